"""Time limits on a live server: answers after expiry are refused; attempts nobody handed in are
finished from their autosaves when the teacher looks (time up, or the quiz closed)."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select
from support import students as lc
from support.http_client import Client

pytestmark = pytest.mark.slow


def attempts(app, quiz_id):
    from webapp.db import db
    from webapp.models import Attempt

    with app.app_context():
        out = {a.display_name: {"finished_at": a.finished_at, "deadline": a.deadline, "score": a.score,
                                "max": a.max_score, "answers": {r.item_uid: r.value for r in a.responses}}
               for a in db.session.scalars(select(Attempt).where(Attempt.quiz_id == quiz_id))}
        db.session.remove()
        return out


def expire(app, quiz_id):
    """Move every attempt's deadline one second into the past (as if the time limit ran out)."""
    from webapp.db import db
    from webapp.models import Attempt, utcnow

    with app.app_context():
        for a in db.session.scalars(select(Attempt).where(Attempt.quiz_id == quiz_id)):
            a.deadline = utcnow() - timedelta(seconds=1)
        db.session.commit()
        db.session.remove()


async def teacher_client(base, quiz):
    t = Client(base)
    page = await t.request("GET", "/login")
    token = lc.hidden_value(page.text, "csrf_token")
    r = await t.request("POST", "/login", data={"csrf_token": token, "email": quiz["email"],
                                               "password": quiz["password"], "next": ""})
    assert r.status_code == 302, r.text[:300]
    return t


def graded_score(app, quiz_id, answers):
    from webapp.db import db
    from webapp.grading import grade
    from webapp.models import Quiz
    from webapp.services.quizzes import quiz_items

    with app.app_context():
        items = quiz_items(db.session.get(Quiz, quiz_id))
        db.session.remove()
    return sum(grade(items[uid], v).points or 0.0 for uid, v in answers.items())


def test_after_expiry_answers_are_refused_and_abandoned_attempts_finish_from_autosaves(quiz_db, serve):
    url, app, quiz = quiz_db(time_limit_minutes=10)
    server = serve(url, workers=2)
    code = quiz["code"]

    async def before():
        late = lc.Student(server.url, code, "Late", seed=1)
        gone = lc.Student(server.url, code, "Gone", seed=2)
        for s, n in ((late, 3), (gone, 4)):
            assert await s.join() and await s.load()
            await s.answer(s.page.questions[:n])
        return late, gone

    late, gone = asyncio.run(before())
    expire(app, quiz["quiz"])

    async def after_expiry():
        q = late.page.questions[5]
        form = {"csrf_token": late.page.csrf, "present": q.uid, **lc.choose(q, late.rng)[0]}
        autosave = await late.client.request("POST", f"/q/{code}/save", data=form,
                                             headers={"Accept": "application/json"})
        page_save = await late.client.request("POST", f"/q/{code}/save", data=form)
        submit = await late.client.request("POST", f"/q/{code}/submit", data=form)
        return autosave, page_save, submit

    autosave, page_save, submit = asyncio.run(after_expiry())
    assert autosave.status_code == 409 and autosave.json()["ok"] is False
    assert "finished" in autosave.json()["error"] and autosave.json()["redirect"].endswith(f"/q/{code}/done")
    assert page_save.status_code == 302 and page_save.headers["location"].endswith(f"/q/{code}/done")
    assert submit.status_code == 302 and submit.headers["location"].endswith(f"/q/{code}/done")
    rows = attempts(app, quiz["quiz"])
    assert rows["Late"]["answers"] == late.log.acked and len(rows["Late"]["answers"]) == 3  # late answer refused
    assert rows["Late"]["finished_at"] == rows["Late"]["deadline"]  # finished at the deadline, not later
    assert rows["Late"]["score"] == graded_score(app, quiz["quiz"], late.log.acked)
    assert rows["Gone"]["finished_at"] is None  # nobody has looked yet

    async def teacher_looks():
        t = await teacher_client(server.url, quiz)
        return await t.request("GET", f"/quizzes/{quiz['quiz']}/results")

    results = asyncio.run(teacher_looks())
    assert results.status_code == 200
    gone_row = attempts(app, quiz["quiz"])["Gone"]
    assert gone_row["finished_at"] is not None, "an abandoned, expired attempt was left unfinished"
    assert gone_row["answers"] == gone.log.acked and len(gone_row["answers"]) == 4
    assert gone_row["score"] == graded_score(app, quiz["quiz"], gone.log.acked)
    assert "in progress" not in results.text


def test_closing_the_quiz_finishes_attempts_in_progress_from_their_autosaves(quiz_db, serve):
    url, app, quiz = quiz_db()
    server = serve(url, workers=2)
    code = quiz["code"]

    async def scenario():
        s = lc.Student(server.url, code, "Open", seed=3)
        assert await s.join() and await s.load()
        await s.answer(s.page.questions[:2])
        t = await teacher_client(server.url, quiz)
        settings = await t.request("GET", f"/quizzes/{quiz['quiz']}")
        token = lc.hidden_value(settings.text, "csrf_token")
        closed = await t.request("POST", f"/quizzes/{quiz['quiz']}", data={
            "csrf_token": token, "time_limit_minutes": "", "feedback": "immediately"})  # "Open" unticked
        assert closed.status_code == 302
        results = await t.request("GET", f"/quizzes/{quiz['quiz']}/results")
        return s, results

    s, results = asyncio.run(scenario())
    assert results.status_code == 200
    row = attempts(app, quiz["quiz"])["Open"]  # the student has not come back: the teacher's look finished it
    assert row["finished_at"] is not None, "closing the quiz left an attempt in progress"
    assert row["answers"] == s.log.acked
    assert row["score"] == graded_score(app, quiz["quiz"], s.log.acked)

    async def comes_back():
        return await s.client.request("POST", f"/q/{code}/save", data={
            "csrf_token": s.page.csrf, "present": s.page.questions[3].uid,
            **lc.choose(s.page.questions[3], s.rng)[0]}, headers={"Accept": "application/json"})

    assert asyncio.run(comes_back()).status_code == 409
    assert attempts(app, quiz["quiz"])["Open"]["answers"] == s.log.acked
