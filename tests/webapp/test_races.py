"""Races between a hand-in and other requests of the same student: nothing changes an answer after
the hand-in, on SQLite and on PostgreSQL (``TEST_DATABASE_URL``).

Each test makes one interleaving happen on purpose instead of hoping for it: the first request is
held at a chosen point inside the hand-in (grading, or stamping the time) while the second one is
sent; it is let go once the second request has finished or is waiting at the database for the
attempt's lock (``SELECT ... FOR UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite). Nothing
here measures time; the waits are only there so that a broken build fails instead of hanging.
"""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, select
from wa_helpers import item_uids, join

from webapp.db import db
from webapp.grading import grade
from webapp.models import Attempt
from webapp.services import attempts as attempt_svc
from webapp.services.quizzes import quiz_items

JSON = {"Accept": "application/json"}
GIVE_UP = 30  # seconds: a bug that deadlocks fails the test instead of hanging the suite


class Race:
    """Run ``first`` in a thread held at ``hold`` (a name in webapp.services.attempts), then ``second``."""

    def __init__(self, app, monkeypatch, hold: str) -> None:
        self.app = app
        self.held, self.release, self.second_waits = threading.Event(), threading.Event(), threading.Event()
        real = getattr(attempt_svc, hold)

        def holding(*args, **kwargs):
            result = real(*args, **kwargs)  # e.g. the time is read, then the request is held
            if threading.current_thread().name == "first" and not self.release.is_set():
                self.held.set()
                assert self.release.wait(GIVE_UP), "the second request never came"
            return result

        monkeypatch.setattr(attempt_svc, hold, holding)

    def _watch(self, conn, cursor, statement, parameters, context, executemany) -> None:
        """The second request is about to wait for the attempt's lock (or the SQLite write lock)."""
        if threading.current_thread().name == "second" and (
                "FOR UPDATE" in statement or statement.startswith("BEGIN IMMEDIATE")):
            self.second_waits.set()

    def run(self, first, second):
        """Both results, after: first held -> second sent -> second done or waiting -> first let go."""
        results = {}

        def call(name, fn):
            results[name] = fn()

        with self.app.app_context():
            engine = db.engine
        event.listen(engine, "before_cursor_execute", self._watch)
        try:
            a = threading.Thread(target=call, args=("first", first), name="first")
            a.start()
            assert self.held.wait(GIVE_UP), "the first request never reached the point to hold it at"
            b = threading.Thread(target=call, args=("second", second), name="second")
            b.start()
            for _ in range(GIVE_UP * 100):
                if self.second_waits.wait(0.01) or not b.is_alive():
                    break
            self.release.set()
            a.join(GIVE_UP)
            b.join(GIVE_UP)
        finally:
            self.release.set()
            event.remove(engine, "before_cursor_execute", self._watch)
        return results["first"], results["second"]


def tab(app, code, cookie):
    """Another browser tab of the same student: a client with the same resume cookie."""
    c = app.test_client()
    c.set_cookie(f"qg_{code}", cookie)
    return c


def stored(app, quiz_id):
    """(the attempt, {item uid: stored value}, the score a regrade of the stored answers gives)."""
    with app.app_context():
        attempts = db.session.scalars(select(Attempt).where(Attempt.quiz_id == quiz_id)).all()
        assert len(attempts) == 1
        a = attempts[0]
        items = quiz_items(a.quiz)
        values = {r.item_uid: r.value for r in a.responses}
        regrade = sum(grade(items[r.item_uid], r.value).points or 0.0 for r in a.responses)
        saved_at = [r.saved_at for r in a.responses]
        db.session.expunge(a)
        return a, values, regrade, saved_at


@pytest.fixture
def student(app, world):
    """A joined student: (cookie, the true/false item's uid, its right answer, a wrong one)."""
    client = app.test_client()
    join(client, world["code"])
    cookie = client.get_cookie(f"qg_{world['code']}").value
    uid = item_uids(app, world["quiz"])["true_false"]
    with app.app_context():
        from webapp.models import Quiz

        key = quiz_items(db.session.get(Quiz, world["quiz"]))[uid].answer
    return cookie, uid, key, 1 - key


def test_two_tabs_handing_in_different_answers_keep_the_first_hand_in(app, world, student, monkeypatch):
    cookie, uid, right, wrong = student
    code = world["code"]
    one, two = tab(app, code, cookie), tab(app, code, cookie)
    race = Race(app, monkeypatch, "grade")  # tab one is held while it grades its hand-in
    r1, r2 = race.run(
        lambda: one.post(f"/q/{code}/submit", data={"present": uid, f"q-{uid}": str(right)}),
        lambda: two.post(f"/q/{code}/submit", data={"present": uid, f"q-{uid}": str(wrong)}),
    )
    assert r1.status_code == 302 and r2.status_code == 302
    attempt, values, regrade, _ = stored(app, world["quiz"])
    assert values == {uid: right}  # tab two's answer did not land after tab one's hand-in
    assert attempt.score == regrade == 1.0


def test_an_autosave_racing_the_hand_in_is_refused_and_says_so(app, world, student, monkeypatch):
    cookie, uid, right, wrong = student
    code = world["code"]
    page, other = tab(app, code, cookie), tab(app, code, cookie)
    race = Race(app, monkeypatch, "grade")
    r1, r2 = race.run(
        lambda: page.post(f"/q/{code}/submit", data={"present": uid, f"q-{uid}": str(right)}),
        lambda: other.post(f"/q/{code}/save", data={"present": uid, f"q-{uid}": str(wrong)}, headers=JSON),
    )
    assert r1.status_code == 302
    assert r2.status_code == 409, r2.get_data(as_text=True)
    body = r2.get_json()
    assert body["ok"] is False and "not saved" in body["error"] and body["redirect"].endswith("/done")
    attempt, values, regrade, _ = stored(app, world["quiz"])
    assert values == {uid: right} and attempt.score == regrade == 1.0


def test_the_hand_in_time_is_stamped_under_the_lock(app, world, student, monkeypatch):
    """An autosave that slips in while the hand-in waits is never stamped later than the hand-in."""
    cookie, uid, right, wrong = student
    code = world["code"]
    page, other = tab(app, code, cookie), tab(app, code, cookie)
    mc = item_uids(app, world["quiz"])["multiple_choice"]
    race = Race(app, monkeypatch, "utcnow")  # held just after the hand-in has read the clock
    r1, r2 = race.run(
        lambda: page.post(f"/q/{code}/submit", data={"present": mc, f"q-{mc}": "2"}),
        lambda: other.post(f"/q/{code}/save", data={"present": uid, f"q-{uid}": str(wrong)}, headers=JSON),
    )
    assert r1.status_code == 302
    attempt, values, regrade, saved_at = stored(app, world["quiz"])
    assert attempt.finished_at is not None and values[mc] == 2
    assert all(t <= attempt.finished_at for t in saved_at)
    assert attempt.score == regrade
    if r2.status_code == 200:  # acknowledged: then it was saved before the hand-in, and graded
        assert values[uid] == wrong
    else:
        assert r2.status_code == 409 and uid not in values


def test_a_save_after_the_hand_in_is_refused_on_a_stale_attempt(app, world, student):
    """The attempt a request loaded before the hand-in committed is re-read under the lock."""
    cookie, uid, right, wrong = student
    with app.app_context():
        db.session().expire_on_commit = False
        attempt = db.session.scalars(select(Attempt)).one()
        assert attempt.finished_at is None  # loaded while still open
        db.session.commit()  # (SQLite) let go of the write lock; the object keeps what it loaded
        other, done = tab(app, world["code"], cookie), []
        # in a thread of its own, so that the hand-in has its own app context and session
        hand_in = threading.Thread(target=lambda: done.append(other.post(f"/q/{world['code']}/submit", data={})))
        hand_in.start()
        hand_in.join(GIVE_UP)
        assert done[0].status_code == 302 and attempt.finished_at is None  # still the stale copy
        with pytest.raises(attempt_svc.AttemptClosed):
            attempt_svc.save_answers(attempt, {uid: wrong})
        db.session.remove()
    _, values, _, _ = stored(app, world["quiz"])
    assert values == {}
