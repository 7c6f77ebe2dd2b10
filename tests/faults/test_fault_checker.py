"""The load and fault runs trust ``support.students.verify``: check that it sees each kind of damage."""
from __future__ import annotations

from sqlalchemy import select
from support import students as lc


def test_verify_counts_lost_answers_duplicates_unfinished_attempts_and_bad_scores(quiz_db):
    from webapp.db import db
    from webapp.models import Attempt, Quiz, Response
    from webapp.services import attempts as attempt_svc

    _, app, quiz = quiz_db()
    with app.app_context():
        q = db.session.get(Quiz, quiz["quiz"])
        uids = [d["id"] for d in q.items if d["kind"] in ("multiple_choice", "true_false")]
        logs = []
        for name in ("Ann", "Bo"):
            attempt, _ = attempt_svc.join(q, name)
            attempt_svc.save_answers(attempt, {uid: 1 for uid in uids})
            logs.append(lc.StudentLog(name, joined=True, acked={uid: 1 for uid in uids}))
        attempt_svc.finish(db.session.scalars(select(Attempt).where(Attempt.display_name == "Bo")).one())
        logs[1].submitted = True
    assert lc.verify(app, quiz["quiz"], logs) | {"attempts": 0, "answers": 0} == {
        "lost": 0, "duplicates": 0, "missing": 0, "unfinished": 0, "bad_score": 0, "attempts": 0, "answers": 0}

    with app.app_context():
        ann = db.session.scalars(select(Attempt).where(Attempt.display_name == "Ann")).one()
        db.session.delete(db.session.scalars(select(Response).where(Response.attempt_id == ann.id)).first())
        db.session.add(Attempt(quiz_id=quiz["quiz"], token_hash="x" * 64, display_name="Ann", layout=[]))
        bo = db.session.scalars(select(Attempt).where(Attempt.display_name == "Bo")).one()
        bo.score = (bo.score or 0) + 0.5
        db.session.commit()
    logs[0].submitted = True  # Ann's hand-in "was acknowledged" but her attempt is not finished
    logs.append(lc.StudentLog("Cy", joined=True))  # joined, yet no attempt
    result = lc.verify(app, quiz["quiz"], logs)
    assert (result["lost"], result["duplicates"], result["missing"], result["unfinished"], result["bad_score"]) == (
        1, 1, 1, 1, 1)
