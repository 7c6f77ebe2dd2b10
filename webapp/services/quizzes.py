"""Publishing: join codes, quiz settings, what a student may see of a quiz."""
from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from flask import abort, url_for
from sqlalchemy import select

from quizgen.model import Item
from quizgen.serialize import item_from_dict, lesson_to_dict
from webapp.db import db, transaction
from webapp.models import Lesson as LessonRow
from webapp.models import Quiz, Teacher, utcnow
from webapp.services.lessons import lesson_value

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or off a projector is typed right.
JOIN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
FEEDBACK_CHOICES = (
    ("immediately", "Immediately after submitting"),
    ("after_close", "After the quiz closes"),
    ("never", "Never"),
)


def new_code() -> str:
    """A join code not used by any quiz."""
    while True:
        code = "".join(secrets.choice(JOIN_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(Quiz.id).where(Quiz.code == code)) is None:
            return code


def normalise_code(text: str) -> str:
    """What a student typed, as a code: upper case, spaces and dashes dropped."""
    return "".join(c for c in (text or "").upper() if c.isalnum())[:16]


def publish(lesson: LessonRow, teacher: Teacher, settings: dict[str, Any]) -> Quiz:
    """Freeze the lesson's article and items into a new quiz with a join code; commits."""
    value = lesson_value(lesson)
    data = lesson_to_dict(value)
    if not data["items"]:
        raise ValueError("This lesson has no questions yet.")
    with transaction():
        quiz = Quiz(
            lesson=lesson, owner_id=teacher.id, code=new_code(), title=value.article.title[:300],
            article=data["article"], items=data["items"],
        )
        apply_settings(quiz, settings)
        db.session.add(quiz)
    return quiz


def update_settings(quiz: Quiz, settings: dict[str, Any]) -> None:
    """Save the settings form of a published quiz; commits."""
    with transaction():
        apply_settings(quiz, settings)


def apply_settings(quiz: Quiz, settings: dict[str, Any]) -> None:
    """Copy the publish form's settings onto the quiz (not committed)."""
    was_open = quiz.is_open
    quiz.is_open = bool(settings.get("is_open", True))
    limit = settings.get("time_limit_minutes")
    quiz.time_limit_minutes = int(limit) if limit else None
    quiz.shuffle_items = bool(settings.get("shuffle_items"))
    quiz.shuffle_options = bool(settings.get("shuffle_options"))
    quiz.feedback = settings.get("feedback") or "immediately"
    if was_open and not quiz.is_open:
        quiz.closed_at = utcnow()
    elif quiz.is_open:
        quiz.closed_at = None


def get_quiz(teacher: Teacher, quiz_id: int) -> Quiz:
    """The teacher's own quiz, else 404."""
    quiz = db.session.get(Quiz, quiz_id)
    if quiz is None or quiz.owner_id != teacher.id:
        abort(404)
    return quiz


def join_url(code: str) -> str:
    """The address a student opens to join (printed on worksheets, shown as a QR code)."""
    return url_for("student.join", code=code, _external=True)


def quizzes_of(lesson: LessonRow, teacher: Teacher) -> list[Quiz]:
    return list(db.session.scalars(
        select(Quiz).where(Quiz.lesson_id == lesson.id, Quiz.owner_id == teacher.id).order_by(Quiz.id.desc())
    ))


def by_code(code: str) -> Quiz | None:
    return db.session.scalar(select(Quiz).where(Quiz.code == normalise_code(code)))


def feedback_visible(quiz: Quiz) -> bool:
    """May a finished student see correctness and explanations now?"""
    if quiz.feedback == "immediately":
        return True
    if quiz.feedback == "after_close":
        return not quiz.is_open
    return False


# A quiz's items never change once it is published (settings do, items do not), so each worker
# keeps them parsed: an autosave then costs no JSON decoding of the quiz. Keyed by id and join code,
# so a deleted quiz's id taken again by a new quiz is another key.
_ITEMS: dict[tuple[int, str], Mapping[str, Item]] = {}
_ITEMS_MAX = 512


def _parsed_items(quiz_id: int, code: str, raw: Callable[[], list[dict[str, Any]]]) -> Mapping[str, Item]:
    key = (quiz_id, code)
    items = _ITEMS.get(key)
    if items is None:
        if len(_ITEMS) >= _ITEMS_MAX:
            _ITEMS.clear()
        items = _ITEMS[key] = MappingProxyType({d["id"]: item_from_dict(d) for d in raw()})
    return items


def quiz_items(quiz: Quiz) -> Mapping[str, Item]:
    """The quiz's quizgen Items by id, in published order (read-only; parsed once per worker)."""
    return _parsed_items(quiz.id, quiz.code, lambda: quiz.items)


def quiz_items_by_id(quiz_id: int, code: str) -> Mapping[str, Item]:
    """:func:`quiz_items` for a quiz known by id and code only (its items read only when not cached)."""
    return _parsed_items(quiz_id, code, lambda: db.session.scalar(select(Quiz.items).where(Quiz.id == quiz_id)))


def public_item(item: Any, option_order: list[int]) -> dict[str, Any]:
    """What a student may see of an item before finishing: never the key, explanation, support or rubric."""
    return {
        "uid": item.id,
        "kind": item.kind,
        "stem": item.stem,
        "points": item.points,
        "options": [(i, item.options[i]) for i in option_order],
        "prompts": list(enumerate(item.prompts)),
    }
