"""Crashes: a worker SIGKILLed during a burst of autosaves and submits; the whole server restarted mid-quiz."""
from __future__ import annotations

import asyncio
import random
import signal
import time

import pytest
from fault_scale import scale
from support import students as lc

pytestmark = pytest.mark.slow


async def joined(base, code, count, *, prefix, retries):
    """``count`` students who have joined and loaded the quiz (no faults yet)."""
    students = [lc.Student(base, code, f"{prefix}{n:02d}", seed=n, retries=retries) for n in range(count)]
    ok = await asyncio.gather(*(s.join() for s in students))
    assert all(ok)
    assert all(await asyncio.gather(*(s.load() for s in students)))
    return students


async def finish(students):
    async def one(s):
        await s.answer()
        await s.submit()

    await asyncio.gather(*(one(s) for s in students))


def test_sigkill_of_workers_during_a_burst_loses_no_acknowledged_answer(quiz_db, serve):
    """Every save that got a 2xx is in the database; retried hand-ins finish each attempt exactly once."""
    url, app, quiz = quiz_db()
    server = serve(url, workers=3)
    count, kills = scale(16, 60), scale(6, 40)
    rng = random.Random(7)
    cut = []  # the worker killed while it was reading a save

    async def kill_the_reader(client_port):
        """Kill the worker that has accepted this half-sent save (bounded wait for it to be accepted)."""
        for _ in range(1000):
            pid = server.worker_holding(client_port)
            if pid is not None:
                server.kill_worker(pid)
                cut.append(pid)
                return
            await asyncio.sleep(0.01)

    async def scenario():
        students = await joined(server.url, quiz["code"], count, prefix="K", retries=20)
        for s in students:
            s.save_repeats = scale(3, 6)
        # A random kill often lands between two requests (an autosave takes a few milliseconds of a
        # worker's time), cutting nothing off; so one student's first save is sent in two halves and
        # the worker reading it is killed in between: at least one request is surely cut off.
        students[0].client.hold = kill_the_reader
        burst = asyncio.create_task(finish(students))
        killed = []
        while len(killed) < kills and not burst.done():
            await asyncio.sleep(rng.uniform(0.1, 0.3))
            pids = server.worker_pids()
            if pids:
                pid = rng.choice(pids)
                server.kill_worker(pid)
                killed.append(pid)
        await burst
        return students, killed

    students, killed = asyncio.run(scenario())
    count = len(students)
    logs = [s.log for s in students]
    summary = lc.summary(logs)
    assert cut, "no worker was seen reading the half-sent save"
    assert len(killed) >= 3, "the burst ended before the workers were killed: make it longer"
    assert students[0].log.retries > 0, "the save whose worker was killed was not sent again"
    result = lc.verify(app, quiz["quiz"], logs)
    assert result["lost"] == 0 and result["duplicates"] == 0 and result["missing"] == 0
    assert summary["submitted"] == count and result["unfinished"] == 0 and result["bad_score"] == 0
    assert summary["5xx"] == 0, summary["statuses"]
    assert all(len(s.log.acked) == len(s.page.questions) for s in students)  # every answer got through
    # the master replaces the killed workers; the last kill may be only a moment ago, so wait for it
    # (bounded) rather than look once
    for _ in range(300):
        if len(server.worker_pids()) == 3:
            break
        time.sleep(0.1)
    assert len(server.worker_pids()) == 3


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["graceful-restart", "crash"])
def test_students_resume_with_their_answers_after_the_server_restarts(quiz_db, serve, how):
    """Half the answers saved, the whole server stopped (or killed) and started again: pages show them."""
    url, app, quiz = quiz_db()
    server = serve(url, workers=2)
    count = scale(6, 30)

    async def before():
        students = await joined(server.url, quiz["code"], count, prefix="R", retries=30)
        half = len(students[0].page.questions) // 2
        await asyncio.gather(*(s.answer(s.page.questions[:half]) for s in students))
        return students, half

    students, half = asyncio.run(before())
    acked_before = [dict(s.log.acked) for s in students]
    server.stop(how)
    assert not server.worker_pids()
    server.start()  # same port, same database, same secret

    async def after():
        pages = []
        for s in students:
            assert await s.load(), "the quiz page did not open after the restart"
            pages.append(s.page)
        await finish(students)
        return pages

    pages = asyncio.run(after())
    for s, page, acked in zip(students, pages, acked_before, strict=True):
        first = s.page.questions[:half]
        assert len(acked) == half
        assert {q.uid: page.shown.get(q.uid) for q in first} == {q.uid: acked.get(q.uid) for q in first}
        assert not any(page.shown.get(q.uid) for q in s.page.questions[half:])  # nothing invented
    logs = [s.log for s in students]
    result = lc.verify(app, quiz["quiz"], logs)
    assert result["lost"] == 0 and result["duplicates"] == 0 and result["unfinished"] == 0
    assert lc.summary(logs)["submitted"] == count and lc.summary(logs)["5xx"] == 0
