"""Lessons: create from text, files or URLs; store and load quizgen Lesson values; copy; regenerate."""
from __future__ import annotations

from typing import Any

from flask import abort, current_app
from sqlalchemy import select

from quizgen.generate import build_lesson
from quizgen.ingest import article_from_text as read_text
from quizgen.ingest import load_article
from quizgen.model import Article, Lesson
from quizgen.serialize import item_from_dict, lesson_from_dict, lesson_to_dict
from webapp.db import db, transaction
from webapp.models import Item as ItemRow
from webapp.models import Lesson as LessonRow
from webapp.models import Teacher


def lesson_value(row: LessonRow) -> Lesson:
    """The stored lesson as a quizgen value (items in their current order)."""
    return lesson_from_dict({**row.data, "items": [it.data for it in row.items]})


def article_value(row: LessonRow) -> Article:
    return lesson_from_dict({**row.data, "items": []}).article


def store_lesson(
    lesson: Lesson, owner: Teacher | None, origin: str, *, sample_key: str | None = None
) -> LessonRow:
    """Save a quizgen Lesson as a new row (not committed)."""
    data = lesson_to_dict(lesson)
    items = data.pop("items")
    row = LessonRow(
        owner=owner, title=lesson.article.title[:300], origin=origin[:500], data=data,
        seed=lesson.seed, sample_key=sample_key,
    )
    row.items = [ItemRow(position=i, uid=d["id"], data=d) for i, d in enumerate(items)]
    db.session.add(row)
    return row


def build(article: Article, *, seed: int = 0, count: int | None = None) -> Lesson:
    """Generate a lesson with quizgen."""
    count = count or current_app.config["LESSON_ITEM_COUNT"]
    return build_lesson(article, count=count, seed=seed)


def article_from_text(text: str) -> Article:
    return read_text(text)


def article_from_upload(data: bytes, filename: str) -> Article:
    return load_article(data, filename=filename)


def article_from_url(url: str) -> Article:
    return load_article(url, allow_private_urls=current_app.config["ALLOW_PRIVATE_URLS"])


def create_lesson(owner: Teacher, article: Article, origin: str, *, seed: int = 0) -> LessonRow:
    """Generate and store a lesson for ``owner``; commits."""
    lesson = build(article, seed=seed)
    with transaction():
        return store_lesson(lesson, owner, origin)


def visible_lessons(teacher: Teacher) -> tuple[list[LessonRow], list[LessonRow]]:
    """The teacher's own lessons (newest first) and the shared sample library."""
    own = db.session.scalars(
        select(LessonRow).where(LessonRow.owner_id == teacher.id).order_by(LessonRow.id.desc())
    ).all()
    samples = db.session.scalars(
        select(LessonRow).where(LessonRow.owner_id.is_(None)).order_by(LessonRow.sample_key)
    ).all()
    return list(own), list(samples)


def get_lesson(teacher: Teacher, lesson_id: int, *, edit: bool = False) -> LessonRow:
    """A lesson the teacher may see (own, or a sample when only reading); 404 otherwise."""
    row = db.session.get(LessonRow, lesson_id)
    if row is None:
        abort(404)
    if row.owner_id == teacher.id:
        return row
    if row.owner_id is None and not edit:
        return row
    abort(404)


def copy_lesson(row: LessonRow, teacher: Teacher) -> LessonRow:
    """A private, editable copy of a lesson (e.g. a sample); commits."""
    with transaction():
        copy = store_lesson(lesson_value(row), teacher, row.origin)
        copy.ledger = row.ledger
    return copy


def regenerate(row: LessonRow, seed: int) -> None:
    """Replace every item with a fresh generation under another seed; commits."""
    lesson = build(article_value(row), seed=seed, count=max(len(row.items), 1))
    data = lesson_to_dict(lesson)
    items = data.pop("items")
    with transaction():
        row.data = data
        row.seed = seed
        row.items.clear()
        db.session.flush()
        row.items.extend(ItemRow(position=i, uid=d["id"], data=d) for i, d in enumerate(items))


def delete_lesson(row: LessonRow) -> None:
    with transaction():
        db.session.delete(row)


def item_values(row: LessonRow) -> list[tuple[ItemRow, Any]]:
    """Each item row with its quizgen Item value, in lesson order."""
    return [(it, item_from_dict(it.data)) for it in row.items]

