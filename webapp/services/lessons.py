"""Lessons: create from text, files or URLs; store and load quizgen Lesson values; copy; regenerate.

Reading an article (a URL fetch may take seconds) and generating its questions happen outside any
database transaction: on SQLite a write transaction would stop every student's autosave for that
long. Only the writing of the result is a (short) transaction.
"""
from __future__ import annotations

import secrets
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


MAX_SEED = 10**9


def new_seed() -> int:
    """A random seed for a new or regenerated lesson (stored with it, so it can be made again)."""
    return secrets.randbelow(MAX_SEED)


def end_transaction() -> None:
    """Finish whatever the request has read so far, so no transaction (or SQLite lock) is held while
    reading an article or generating; the objects loaded are reloaded on their next use."""
    db.session.commit()


def build(article: Article, *, seed: int = 0, count: int | None = None) -> Lesson:
    """Generate a lesson with quizgen."""
    count = count or current_app.config["LESSON_ITEM_COUNT"]
    return build_lesson(article, count=count, seed=seed)


def create_lesson(
    owner: Teacher, *, text: str | None = None, url: str | None = None, upload: bytes | None = None,
    filename: str = "upload", seed: int | None = None,
) -> LessonRow:
    """Read the article (pasted ``text``, a ``url`` or an ``upload``), generate and store a lesson for
    ``owner`` with ``seed`` (a random one when None); commits. Raises IngestError for an unreadable
    article, before anything is written.
    """
    config = current_app.config
    end_transaction()
    if text and text.strip():
        article, origin = read_text(text), "pasted text"
    elif url:
        article, origin = load_article(url, allow_private_urls=config["ALLOW_PRIVATE_URLS"]), url
    else:
        article, origin = load_article(upload or b"", filename=filename), filename
    lesson = build(article, seed=new_seed() if seed is None else seed)
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


def regenerate(row: LessonRow, seed: int | None = None) -> int:
    """Replace every item with a fresh generation under ``seed`` (a random one when None); commits.

    Generation runs outside any transaction; the new items are written in one short one. Returns
    the seed used (stored with the lesson).
    """
    article, count = article_value(row), max(len(row.items), 1)
    seed = new_seed() if seed is None else seed
    end_transaction()
    lesson = build(article, seed=seed, count=count)
    data = lesson_to_dict(lesson)
    items = data.pop("items")
    with transaction():
        row.data = data
        row.seed = seed
        row.items.clear()
        db.session.flush()
        row.items.extend(ItemRow(position=i, uid=d["id"], data=d) for i, d in enumerate(items))
    return seed


def delete_lesson(row: LessonRow) -> None:
    with transaction():
        db.session.delete(row)


def item_values(row: LessonRow) -> list[tuple[ItemRow, Any]]:
    """Each item row with its quizgen Item value, in lesson order."""
    return [(it, item_from_dict(it.data)) for it in row.items]

