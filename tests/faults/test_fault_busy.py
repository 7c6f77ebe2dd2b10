"""The database busy: another process holds a long write transaction on the SQLite file.

Requests wait (the busy timeout) and succeed when the lock goes in time; when it does not, they
fail with a clear retry message (503 with a sentence, never a 500) and nothing is half-saved:
the attempt is either untouched or fully saved and finished.
"""
from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import pytest
from support import students as lc

pytestmark = pytest.mark.slow

BUSY_MS = 1500  # the server's SQLite busy timeout when the lock must outlast it (the default is 10 s)
PATIENT_MS = 8000  # ... and when the lock must end well within it, however loaded the machine
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO throttle_events (key, at) VALUES ('busy-test', '2000-01-01 00:00:00')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
released = time.time()
conn.execute("ROLLBACK")
print(f"released {released!r}", flush=True)
"""


class WriteLock:
    """A separate process holding a write transaction on ``path`` for ``seconds``."""

    def __init__(self, path, seconds):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "locked"

    def wait(self) -> float:
        """Wait for the holder to end; returns when (wall clock) it started to let go of the lock."""
        self.proc.wait(30)
        released = float(self.proc.stdout.readline().split()[1])
        self.proc.stdout.close()
        return released


async def ready_student(server, code, name):
    s = lc.Student(server.url, code, name, seed=len(name))
    assert await s.join() and await s.load()
    return s


def db_path(url):
    return url.removeprefix("sqlite:///")


def test_a_short_lock_makes_requests_wait_and_succeed(quiz_db, serve):
    url, app, quiz = quiz_db()
    server = serve(url, workers=2, config={"SQLITE_BUSY_TIMEOUT_MS": PATIENT_MS})

    async def scenario():
        a = await ready_student(server, quiz["code"], "Wait")
        lock = WriteLock(db_path(url), 0.5)
        await a.answer(a.page.questions[:1])
        answered = time.time()
        released = lock.wait()
        await a.answer(a.page.questions[1:])
        await a.submit()
        return a, answered, released

    a, answered, released = asyncio.run(scenario())
    assert dict(a.log.statuses) == {200: len(a.page.questions) + 2, 302: 2}  # nothing refused
    assert answered >= released  # the first save was answered only after the lock went: it queued
    result = lc.verify(app, quiz["quiz"], [a.log])
    assert result["lost"] == 0 and result["unfinished"] == 0 and a.log.submitted


def test_a_lock_longer_than_the_busy_timeout_gives_a_clear_retry_message_not_a_500(quiz_db, serve):
    url, app, quiz = quiz_db()
    server = serve(url, workers=2, config={"SQLITE_BUSY_TIMEOUT_MS": BUSY_MS})

    async def scenario():
        a = await ready_student(server, quiz["code"], "Busy")
        await a.answer(a.page.questions[:2])
        before = dict(a.log.acked)
        lock = WriteLock(db_path(url), 4 * BUSY_MS / 1000)
        form = {"csrf_token": a.page.csrf, "present": a.page.questions[2].uid}
        form.update(lc.choose(a.page.questions[2], a.rng)[0])
        # an autosave, a plain form save and a hand-in, all while the lock is held (2 workers: <= 2 waits)
        save, page_save, submit = await asyncio.gather(
            a.client.request("POST", f"/q/{quiz['code']}/save", data=form,
                             headers={"Accept": "application/json", "X-CSRFToken": a.page.csrf}),
            a.client.request("POST", f"/q/{quiz['code']}/save", data=form),
            a.client.request("POST", f"/q/{quiz['code']}/submit", data=form),
        )
        assert lock.proc.poll() is None, "the lock ended before the requests: make it longer"
        lock.wait()
        return a, before, save, page_save, submit

    a, before, save, page_save, submit = asyncio.run(scenario())
    for r in (save, page_save, submit):
        assert r.status_code == 503, (r.status_code, r.text[:300])
        assert "try again" in r.text.lower()
        assert "Retry-After" in r.headers or "retry-after" in r.headers
    body = save.json()
    assert body["ok"] is False and "not saved" in (body["error"] + body["detail"]).lower()
    # nothing half-saved: the attempt is exactly as before the lock, and still open
    stored = lc.verify(app, quiz["quiz"], [a.log])
    assert stored["lost"] == 0 and stored["answers"] == len(before)

    async def after():
        await a.answer()
        await a.submit()

    asyncio.run(after())  # once the lock is gone the same student carries on
    result = lc.verify(app, quiz["quiz"], [a.log])
    assert a.log.submitted and result["lost"] == 0 and result["unfinished"] == 0 and result["bad_score"] == 0
    assert "unhandled error" not in server.log_text()
