"""Students' attempts: join, autosave, submit exactly once, time limits, feedback."""
from __future__ import annotations

import hashlib
import random
import secrets
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from flask import abort
from sqlalchemy import JSON, Boolean, DateTime, Integer, bindparam, select, text
from sqlalchemy.exc import IntegrityError

from quizgen.kinds import KINDS, MANY, ONE, PAIRS, has_shape, teacher_graded
from quizgen.model import Item
from webapp.db import db, transaction, write_transaction
from webapp.grading import grade
from webapp.models import Attempt, Quiz, Response, utcnow
from webapp.services import quizzes
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
        kind = KINDS.get(d["kind"])
        if quiz.shuffle_options and kind is not None and kind.shuffles:
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


def overdue(attempt: Attempt) -> bool:
    """Still open, but its time is up or its quiz closed: it is to be finished from its saved answers."""
    return attempt.finished_at is None and (out_of_time(attempt) or not attempt.quiz.is_open)


def lock(attempt: Attempt) -> None:
    """Take the attempt's row for this transaction and re-read it (``finished_at`` as committed now).

    Every change to an attempt or its answers happens under this lock, so a save, a hand-in and a
    teacher's page finishing it never interleave. PostgreSQL: ``SELECT ... FOR UPDATE`` waits for
    whoever holds the row and then sees their commit. SQLite: the transaction is ``BEGIN IMMEDIATE``
    (see webapp.db), so this first statement waits for the one writer there is.
    """
    db.session.execute(
        select(Attempt).where(Attempt.id == attempt.id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()  # fetching the row is what refreshes ``attempt``


def ensure_current(attempt: Attempt) -> None:
    """Finish the attempt from its saved answers when its time is up or its quiz closed."""
    if overdue(attempt):
        finish(attempt)


def bring_up_to_date(attempt: Attempt) -> None:
    """:func:`ensure_current` for a page that only reads (GET): in a write transaction of its own."""
    if overdue(attempt):
        with write_transaction():
            ensure_current(attempt)


def finish_overdue(quiz: Quiz) -> int:
    """Finish, from their saved answers, the quiz's attempts whose time is up or whose quiz closed.

    A student who walks away never comes back to trigger :func:`ensure_current`; the teacher's
    results pages call this instead (it runs in a write transaction of its own). Returns how many
    attempts it finished.
    """
    if not any(overdue(a) for a in quiz.attempts):
        return 0
    with write_transaction():
        return sum(finish(a) for a in list(quiz.attempts) if overdue(a))


def saved_answers(attempt: Attempt) -> dict[str, Any]:
    return {r.item_uid: r.value for r in attempt.responses}


def student_items(attempt: Attempt) -> list[dict[str, Any]]:
    """The attempt's items in its order, stripped of everything a student may not see yet."""
    items = quiz_items(attempt.quiz)
    return [public_item(items[e["uid"]], e["options"]) for e in attempt.layout if e["uid"] in items]


def _clean_value(item: Item, raw: Any) -> Any:
    """Keep only a well-formed answer for this kind of item (None for nothing usable)."""
    n = len(item.options)
    if has_shape(item, ONE):
        try:
            i = int(raw)
        except (TypeError, ValueError):
            return None
        return i if 0 <= i < n else None
    if has_shape(item, MANY):
        picks = set()
        for v in raw if isinstance(raw, list) else []:
            try:
                i = int(v)
            except (TypeError, ValueError):
                continue
            if 0 <= i < n:
                picks.add(i)
        return sorted(picks)
    if has_shape(item, PAIRS):
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
    return answers_for_items(quiz_items(quiz), form)


def answers_for_items(items: Mapping[str, Item], form: Any) -> dict[str, Any]:
    """:func:`answers_from_form` given the quiz's items."""
    out: dict[str, Any] = {}
    for uid in form.getlist("present"):
        item = items.get(uid)
        if item is None:
            continue
        name = f"q-{uid}"
        if has_shape(item, MANY):
            raw: Any = form.getlist(name)
        elif has_shape(item, PAIRS):
            raw = {p: form.get(f"{name}-{p}") for p in range(len(item.prompts)) if form.get(f"{name}-{p}")}
        else:
            raw = form.get(name)
        out[uid] = _clean_value(item, raw)
    return out


# The autosave's statements, written once in the SQL that SQLite and PostgreSQL share: building and
# compiling them per request was most of an autosave's cost.
_UPSERT = text(
    "INSERT INTO responses (attempt_id, item_uid, value, saved_at) VALUES (:attempt_id, :item_uid, :value, :saved_at)"
    " ON CONFLICT (attempt_id, item_uid) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at"
).bindparams(bindparam("value", type_=JSON()), bindparam("saved_at", type_=DateTime()))
_TARGET = (
    "SELECT a.id AS attempt_id, a.finished_at, a.deadline, q.id AS quiz_id, q.is_open"
    " FROM attempts a JOIN quizzes q ON q.id = a.quiz_id WHERE q.code = :code AND a.token_hash = :token_hash"
)
_TARGET_TYPES = {"attempt_id": Integer, "finished_at": DateTime, "deadline": DateTime, "quiz_id": Integer,
                 "is_open": Boolean}
_TARGET_LOCKED = {  # PostgreSQL locks the attempt's row; SQLite's BEGIN IMMEDIATE took the database
    "postgresql": text(_TARGET + " FOR UPDATE OF a").columns(**_TARGET_TYPES),
    "sqlite": text(_TARGET).columns(**_TARGET_TYPES),
}


def _upsert_rows(attempt_id: int, answers: dict[str, Any], now: Any) -> None:
    if answers:
        db.session.execute(_UPSERT, [{"attempt_id": attempt_id, "item_uid": uid, "value": value, "saved_at": now}
                                     for uid, value in answers.items()])


def _upsert(attempt: Attempt, answers: dict[str, Any], now: Any) -> None:
    """Insert or replace the answers of ``attempt`` (not committed; the caller holds the lock)."""
    _upsert_rows(attempt.id, answers, now)
    db.session.expire(attempt, ["responses"])


def _close(attempt: Attempt, now: Any) -> None:
    """Stamp ``finished_at`` and grade every saved answer (not committed; the caller holds the lock)."""
    attempt.finished_at = min(now, attempt.deadline) if attempt.deadline else now
    items = quiz_items(attempt.quiz)
    db.session.expire(attempt, ["responses"])
    for r in attempt.responses:
        item = items.get(r.item_uid)
        if item is not None:
            r.points = grade(item, r.value).points
    attempt.score = sum(r.points or 0.0 for r in attempt.responses)


def save_answers(attempt: Attempt, answers: dict[str, Any]) -> None:
    """Upsert answers and commit, under the attempt's lock.

    Raises AttemptClosed, writing no answer, when the attempt is finished by then (another tab or
    a double click handed it in, even a moment ago) or its time is up (then it is finished first,
    from the answers saved before).
    """
    lock(attempt)
    if attempt.finished_at is None and not overdue(attempt):
        _upsert(attempt, answers, utcnow())
        db.session.commit()
        return
    if attempt.finished_at is None:
        _close(attempt, utcnow())
    db.session.commit()  # ends the transaction (and the lock) either way
    raise AttemptClosed()


def autosave(code: str, token: str | None, form: Any) -> str:
    """The quiz page's autosave, kept cheap: one statement finds and locks the attempt, one writes.

    Returns "saved" (committed), "closed" (nothing written: handed in, or out of time and now
    finished from the answers saved before), "no attempt" (no such resume token on this quiz) or
    "no quiz". Same rules as :func:`save_answers`, without loading the quiz or attempt as objects.
    """
    if not token:
        return "no attempt" if quizzes.by_code(code) else "no quiz"
    target = _TARGET_LOCKED.get(db.session.get_bind().dialect.name, _TARGET_LOCKED["sqlite"])
    row = db.session.execute(target, {"code": quizzes.normalise_code(code), "token_hash": token_hash(token)}).first()
    if row is None:
        db.session.commit()
        return "no attempt" if quizzes.by_code(code) else "no quiz"
    attempt_id, finished_at, deadline, quiz_id, is_open = row
    if finished_at is None and (not is_open or (deadline is not None and utcnow() >= deadline)):
        attempt = db.session.get(Attempt, attempt_id)  # the row locked above: it is there
        if attempt is not None:
            _close(attempt, utcnow())
            finished_at = attempt.finished_at
    if finished_at is not None:
        db.session.commit()
        return "closed"
    _upsert_rows(attempt_id, answers_for_items(quizzes.quiz_items_by_id(quiz_id, quizzes.normalise_code(code)), form),
                 utcnow())
    db.session.commit()
    return "saved"


def hand_in(attempt: Attempt, answers: dict[str, Any]) -> bool:
    """Save the hand-in form's answers and finish, in one transaction under the attempt's lock.

    True only for the call that finished the attempt; False, changing nothing, when it was finished
    already. When its time was up it is finished from the answers saved before, without these.
    The time is stamped after the lock is taken, so no answer saved before the hand-in can carry a
    later time than ``finished_at``.
    """
    lock(attempt)
    if attempt.finished_at is not None:
        db.session.commit()
        return False
    now = utcnow()
    if not overdue(attempt):
        _upsert(attempt, answers, now)
    _close(attempt, now)
    db.session.commit()
    return True


def finish(attempt: Attempt) -> bool:
    """Finish and grade the attempt from its saved answers; True only for the call that finished it.

    Under the attempt's lock (:func:`lock`), so of any number of concurrent hand-ins, saves and
    teachers' pages exactly one finds it unfinished.
    """
    return hand_in(attempt, {})


def rescore(attempt: Attempt) -> None:
    """Recompute the total after a teacher grades an open response (not committed)."""
    attempt.score = sum(r.points or 0.0 for r in attempt.responses)


def open_response(attempt: Attempt, item_uid: str) -> tuple[Item, Response]:
    """The attempt's stored answer to the open-response item ``item_uid``, with the item; else 404."""
    item = quiz_items(attempt.quiz).get(item_uid)
    response = next((r for r in attempt.responses if r.item_uid == item_uid), None)
    if item is None or response is None or not teacher_graded(item.kind):
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
        points = r.points if r and teacher_graded(item.kind) else g.points
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
        if teacher_graded(item.kind) and uid in answered and answered[uid].points is None
    )
