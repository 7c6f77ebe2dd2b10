"""Teacher accounts: look up, create, change a password (each write commits)."""
from __future__ import annotations

from sqlalchemy import func, select

from webapp.db import db, transaction
from webapp.models import Teacher
from webapp.security import hash_password


def get(teacher_id: int) -> Teacher | None:
    return db.session.get(Teacher, teacher_id)


def by_email(email: str) -> Teacher | None:
    """The teacher with this email (case-insensitive), if any."""
    return db.session.scalar(select(Teacher).where(func.lower(Teacher.email) == email.strip().lower()))


def count() -> int:
    return db.session.scalar(select(func.count()).select_from(Teacher)) or 0


def create(email: str, name: str, password: str) -> Teacher:
    """A new teacher with a hashed password; commits."""
    with transaction():
        teacher = Teacher(email=email.strip().lower(), name=name.strip(), password_hash=hash_password(password))
        db.session.add(teacher)
    return teacher


def set_password(teacher: Teacher, password: str) -> None:
    with transaction():
        teacher.password_hash = hash_password(password)
