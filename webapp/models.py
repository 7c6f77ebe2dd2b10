"""The web app's tables: teachers, lessons and their items, published quizzes, attempts, answers.

Lessons are stored as quizgen values in JSON columns (``quizgen.serialize`` dicts); the
services convert between these rows and :mod:`quizgen.model` values.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webapp.db import db


def utcnow() -> datetime:
    """Naive UTC now (both SQLite and PostgreSQL columns store naive UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Teacher(db.Model):
    __tablename__ = "teachers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Copied into the session cookie at sign-in; a cookie carrying another number is signed out.
    # Signing out and a password reset add one, so a copied cookie stops working.
    session_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    lessons: Mapped[list[Lesson]] = relationship(back_populates="owner", passive_deletes=True)


class Invite(db.Model):
    """A one-use invitation a signed-in teacher made for a colleague (sign-up is off by default)."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the code; the code is shown once
    created_by: Mapped[int] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)


class Lesson(db.Model):
    """A lesson; ``owner_id`` is NULL for the shared sample library."""

    __tablename__ = "lessons"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    origin: Mapped[str] = mapped_column(String(500), default="")  # "pasted text", a file name or URL
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # lesson dict without its items
    seed: Mapped[int] = mapped_column(Integer, default=0)
    sample_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    ledger: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # cached analysis spans
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Set when the teacher deletes the lesson: hidden from every page, restorable until purged.
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    owner: Mapped[Teacher | None] = relationship(back_populates="lessons")
    items: Mapped[list[Item]] = relationship(
        back_populates="lesson", order_by="Item.position", cascade="all, delete-orphan", passive_deletes=True
    )
    quizzes: Mapped[list[Quiz]] = relationship(back_populates="lesson", passive_deletes=True)


class Item(db.Model):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lessons.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str] = mapped_column(String(64))  # quizgen Item.id
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # quizgen item dict

    lesson: Mapped[Lesson] = relationship(back_populates="items")


class Quiz(db.Model):
    """A published quiz: a frozen copy of the lesson's article and items plus its settings."""

    __tablename__ = "quizzes"

    id: Mapped[int] = mapped_column(primary_key=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lessons.id", ondelete="CASCADE"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    article: Mapped[dict[str, Any]] = mapped_column(JSON)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    shuffle_items: Mapped[bool] = mapped_column(Boolean, default=False)
    shuffle_options: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback: Mapped[str] = mapped_column(String(20), default="immediately")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

    lesson: Mapped[Lesson] = relationship(back_populates="quizzes")
    attempts: Mapped[list[Attempt]] = relationship(
        back_populates="quiz", cascade="all, delete-orphan", passive_deletes=True, order_by="Attempt.id"
    )
    roster: Mapped[list[RosterEntry]] = relationship(
        back_populates="quiz", cascade="all, delete-orphan", passive_deletes=True, order_by="RosterEntry.position"
    )


class RosterEntry(db.Model):
    """A name on a quiz's optional class list; students then pick their name instead of typing one.

    ``code`` is an optional teacher-set code the student must also give (the teacher hands it out,
    so it is kept readable for the teacher, not hashed like a password).
    """

    __tablename__ = "roster_entries"
    __table_args__ = (UniqueConstraint("quiz_id", "name", name="uq_roster_quiz_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    code: Mapped[str | None] = mapped_column(String(20))

    quiz: Mapped[Quiz] = relationship(back_populates="roster")


class Attempt(db.Model):
    """One student's go at a quiz, reached only through the hash of its resume token."""

    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    layout: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # item order and option orders
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    deadline: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float, default=0)
    roster_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("roster_entries.id", ondelete="SET NULL"), index=True
    )

    quiz: Mapped[Quiz] = relationship(back_populates="attempts")
    responses: Mapped[list[Response]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", passive_deletes=True
    )


class Response(db.Model):
    """A student's answer to one item; at most one per attempt and item."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("attempt_id", "item_uid", name="uq_response_attempt_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    item_uid: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    points: Mapped[float | None] = mapped_column(Float)  # None: waiting for the teacher
    teacher_comment: Mapped[str | None] = mapped_column(Text)

    attempt: Mapped[Attempt] = relationship(back_populates="responses")


class Throttle(db.Model):
    """Failures counted under one key (an account and a browser, an address, ...): see webapp.throttle."""

    __tablename__ = "throttles"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    wait_until: Mapped[datetime | None] = mapped_column(DateTime)
