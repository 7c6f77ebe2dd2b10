"""Students' attempts: join, autosave, submit exactly once, time limits, feedback."""
from __future__ import annotations

import hashlib
import random
import secrets
from datetime import timedelta
from typing import Any

from flask import abort
from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from quizgen.model import Item
from webapp.db import db, transaction, write_transaction
from webapp.grading import grade
from webapp.models import Attempt, Quiz, Response, utcnow
from webapp.services.names import clean_name
from webapp.services.quizzes import public_item, quiz_items
from webapp.services.results import answer_text


class AttemptClosed(Exception):
    """The attempt takes no more changes (finished, out of time, or the quiz closed)."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def join(quiz: Quiz, display_name: str, *, token: str | None = None,
         roster_entry_id: int | None = None) -> tuple[Attempt, str]:
    """Start an attempt; returns it and the resume token for the cookie.

    ``token`` (see :mod:`webapp.services.joins`) is derived from the join form, so the same form
    posted twice -- a double click -- names the same attempt: the second post gets the attempt the
    first made (the unique token hash settles a race on either database). Without one, a random
    token (256 bits) starts a new attempt.
    """
    token = token or secrets.token_urlsafe(32)
    found = db.session.scalar(select(Attempt).where(Attempt.token_hash == token_hash(token)))
    if found is not None and found.quiz_id == quiz.id:
        return found, token
    rng = random.Random(secrets.randbits(64))
    items = list(quiz.items)
    if quiz.shuffle_items:
        rng.shuffle(items)
    layout = []
    for d in items:
        order = list(range(len(d.get("options") or [])))
        if quiz.shuffle_options and d["kind"] != "true_false":
            rng.shuffle(order)
        layout.append({"uid": d["id"], "options": order})
    now = utcnow()
    attempt = Attempt(
        quiz=quiz, token_hash=token_hash(token), display_name=clean_name(display_name), layout=layout,
        started_at=now, roster_entry_id=roster_entry_id,
        deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None,
        max_score=float(sum(int(d.get("points") or 1) for d in quiz.items)),
    )
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:  # the other click of a double click made it first (PostgreSQL)
        db.session.rollback()
        found = db.session.scalar(select(Attempt).where(Attempt.token_hash == token_hash(token)))
        if found is None:
            raise
        return found, token
    return attempt, token


def find(quiz: Quiz, token: str | None) -> Attempt | None:
    """The attempt this resume token opens on this quiz, if any."""
    if not token:
        return None
    return db.session.scalar(
        select(Attempt).where(Attempt.token_hash == token_hash(token), Attempt.quiz_id == quiz.id)
    )


def get_attempt(quiz: Quiz, attempt_id: int) -> Attempt:
    """The quiz's attempt with this id, else 404."""
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.quiz_id != quiz.id:
        abort(404)
    return attempt


def out_of_time(attempt: Attempt) -> bool:
    return attempt.deadline is not None and utcnow() >= attempt.deadline


def ensure_current(attempt: Attempt) -> None:
    """Finish the attempt from its saved answers when its time is up or its quiz closed."""
    if attempt.finished_at is None and (out_of_time(attempt) or not attempt.quiz.is_open):
        finish(attempt)


def bring_up_to_date(attempt: Attempt) -> None:
    """:func:`ensure_current` for a page that only reads (GET): in a write transaction of its own."""
    if attempt.finished_at is None and (out_of_time(attempt) or not attempt.quiz.is_open):
        with write_transaction():
            ensure_current(attempt)


def finish_overdue(quiz: Quiz) -> int:
    """Finish, from their saved answers, the quiz's attempts whose time is up or whose quiz closed.

    A student who walks away never comes back to trigger :func:`ensure_current`; the teacher's
    results pages call this instead (it runs in a write transaction of its own). Returns how many
    attempts it finished.
    """
    with write_transaction():
        return sum(finish(a) for a in list(quiz.attempts)
                   if a.finished_at is None and (out_of_time(a) or not quiz.is_open))


def saved_answers(attempt: Attempt) -> dict[str, Any]:
    return {r.item_uid: r.value for r in attempt.responses}


def student_items(attempt: Attempt) -> list[dict[str, Any]]:
    """The attempt's items in its order, stripped of everything a student may not see yet."""
    items = quiz_items(attempt.quiz)
    return [public_item(items[e["uid"]], e["options"]) for e in attempt.layout if e["uid"] in items]


def _clean_value(item: Item, raw: Any) -> Any:
    """Keep only a well-formed answer for this kind of item (None for nothing usable)."""
    n = len(item.options)
    if item.kind in ("multiple_choice", "true_false"):
        try:
            i = int(raw)
        except (TypeError, ValueError):
            return None
        return i if 0 <= i < n else None
    if item.kind == "multiple_select":
        picks = set()
        for v in raw if isinstance(raw, list) else []:
            try:
                i = int(v)
            except (TypeError, ValueError):
                continue
            if 0 <= i < n:
                picks.add(i)
        return sorted(picks)
    if item.kind == "matching":
        pairs = []
        for p, o in (raw or {}).items() if isinstance(raw, dict) else []:
            try:
                p, o = int(p), int(o)
            except (TypeError, ValueError):
                continue
            if 0 <= p < len(item.prompts) and 0 <= o < n:
                pairs.append([p, o])
        return sorted(pairs)
    return str(raw or "")[:5000]


def answers_from_form(quiz: Quiz, form: Any) -> dict[str, Any]:
    """Answers posted by the quiz form, for the items it says it carries (``present`` fields)."""
    items = quiz_items(quiz)
    out: dict[str, Any] = {}
    for uid in form.getlist("present"):
        item = items.get(uid)
        if item is None:
            continue
        name = f"q-{uid}"
        if item.kind == "multiple_select":
            raw: Any = form.getlist(name)
        elif item.kind == "matching":
            raw = {p: form.get(f"{name}-{p}") for p in range(len(item.prompts)) if form.get(f"{name}-{p}")}
        else:
            raw = form.get(name)
        out[uid] = _clean_value(item, raw)
    return out


def save_answers(attempt: Attempt, answers: dict[str, Any]) -> None:
    """Upsert answers and commit; raises AttemptClosed (after finishing it) when too late."""
    ensure_current(attempt)
    if attempt.finished_at is not None:
        raise AttemptClosed()
    if not answers:
        return
    now = utcnow()
    dialect = db.session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    rows = [{"attempt_id": attempt.id, "item_uid": uid, "value": value, "saved_at": now}
            for uid, value in answers.items()]
    stmt = insert(Response).values(rows)
    stmt = stmt.on_conflict_do_update(
        index_elements=["attempt_id", "item_uid"],
        set_={"value": stmt.excluded.value, "saved_at": stmt.excluded.saved_at},
    )
    db.session.execute(stmt)
    db.session.commit()
    db.session.expire(attempt, ["responses"])


def finish(attempt: Attempt) -> bool:
    """Finish and grade the attempt from its saved answers; True only for the call that finished it.

    The conditional UPDATE is the submit-once guarantee: of any number of concurrent
    submits, exactly one sees ``finished_at IS NULL`` (SQLite serialises writers with
    BEGIN IMMEDIATE; PostgreSQL re-checks the condition after the row lock).
    """
    now = utcnow()
    end = min(now, attempt.deadline) if attempt.deadline else now
    claimed = db.session.execute(
        update(Attempt).where(Attempt.id == attempt.id, Attempt.finished_at.is_(None)).values(finished_at=end)
    ).rowcount
    if claimed != 1:
        db.session.rollback()
        db.session.refresh(attempt)
        return False
    items = quiz_items(attempt.quiz)
    db.session.expire(attempt, ["responses"])
    for r in attempt.responses:
        item = items.get(r.item_uid)
        if item is not None:
            r.points = grade(item, r.value).points
    attempt.score = sum(r.points or 0.0 for r in attempt.responses)
    db.session.commit()
    db.session.refresh(attempt)
    return True


def rescore(attempt: Attempt) -> None:
    """Recompute the total after a teacher grades an open response (not committed)."""
    attempt.score = sum(r.points or 0.0 for r in attempt.responses)


def open_response(attempt: Attempt, item_uid: str) -> tuple[Item, Response]:
    """The attempt's stored answer to the open-response item ``item_uid``, with the item; else 404."""
    item = quiz_items(attempt.quiz).get(item_uid)
    response = next((r for r in attempt.responses if r.item_uid == item_uid), None)
    if item is None or response is None or item.kind != "open_response":
        abort(404)
    return item, response


def grade_open_response(attempt: Attempt, response: Response, points: int, comment: str | None) -> None:
    """The teacher's points and comment on an open response, and the attempt's new total; commits."""
    with transaction():
        response.points = float(points)
        response.teacher_comment = comment or None
        rescore(attempt)


def delete_attempt(attempt: Attempt) -> None:
    """Delete an attempt and its answers for good; commits."""
    with transaction():
        db.session.delete(attempt)


def feedback(attempt: Attempt) -> list[dict[str, Any]]:
    """Per item: the student's answer, the key, correctness, explanation and cited paragraphs."""
    items = quiz_items(attempt.quiz)
    saved = {r.item_uid: r for r in attempt.responses}
    out = []
    for entry in attempt.layout:
        item = items.get(entry["uid"])
        if item is None:
            continue
        r = saved.get(item.id)
        value = r.value if r else None
        g = grade(item, value)
        points = r.points if r and item.kind == "open_response" else g.points
        out.append({
            "item": item, "value": value, "grade": g, "points": points,
            "paragraphs": sorted({s.paragraph for s in item.support}),
            "comment": r.teacher_comment if r else None,
            "answer_text": answer_text(item, value), "key_text": answer_text(item, item.answer),
        })
    return out


def pending(attempt: Attempt) -> int:
    """How many open responses still wait for the teacher."""
    items = quiz_items(attempt.quiz)
    answered = {r.item_uid: r for r in attempt.responses}
    return sum(
        1 for uid, item in items.items()
        if item.kind == "open_response" and uid in answered and answered[uid].points is None
    )
