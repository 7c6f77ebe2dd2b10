"""Commands: ``flask --app webapp setup`` (migrate, load samples, first teacher), and friends."""
from __future__ import annotations

import secrets
from pathlib import Path

import click
from flask import Flask
from sqlalchemy import func, select

from webapp.db import db
from webapp.models import Lesson, Teacher
from webapp.security import hash_password

LESSONS_DIR = Path(__file__).resolve().parent.parent / "lessons"


def load_samples(directory: Path = LESSONS_DIR, *, echo=click.echo) -> int:  # noqa: ANN001
    """Generate a lesson (seed 0) from each ``lessons/*.md`` into the shared library; returns how many."""
    from webapp.services.lessons import build, store_lesson
    from webapp.services.library import NotAvailable, function

    added = 0
    for path in sorted(directory.glob("*.md")):
        key = path.stem
        if db.session.scalar(select(Lesson.id).where(Lesson.sample_key == key)) is not None:
            continue
        try:
            load_article = function("quizgen.ingest", "load_article", "Reading articles")
            lesson = build(load_article(path), seed=0)
        except NotAvailable as exc:
            echo(f"  sample lessons not loaded: {exc}")
            return added
        store_lesson(lesson, None, path.name, sample_key=key)
        db.session.commit()
        added += 1
        echo(f"  loaded sample lesson {path.name} ({len(lesson.items)} questions)")
    return added


def new_password() -> str:
    return secrets.token_urlsafe(12)


def register(app: Flask) -> None:
    """Add the commands to ``flask --app webapp``."""

    @app.cli.command("setup")
    @click.option("--url", default="http://127.0.0.1:5000", help="Where the app will be served.")
    def setup(url: str) -> None:
        """Apply migrations, load the sample lessons and make a first teacher if there is none."""
        from flask_migrate import upgrade

        upgrade()
        load_samples()
        if db.session.scalar(select(func.count()).select_from(Teacher)) == 0:
            password = new_password()
            db.session.add(Teacher(email="teacher@example.org", name="First teacher",
                                   password_hash=hash_password(password)))
            db.session.commit()
            click.echo(f"\nSign in at {url}/login\n  email:    teacher@example.org\n  password: {password}\n"
                       "(shown once: note it now; `flask --app webapp reset-password EMAIL` makes a new one)\n")
        else:
            click.echo(f"\nSign in at {url}/login, or make an account at {url}/signup\n")

    @app.cli.command("create-teacher")
    @click.argument("email")
    @click.option("--name", default="Teacher")
    def create_teacher(email: str, name: str) -> None:
        """Add a teacher with a random password, printed once."""
        password = new_password()
        db.session.add(Teacher(email=email.strip().lower(), name=name, password_hash=hash_password(password)))
        db.session.commit()
        click.echo(f"{email}: password {password}")

    @app.cli.command("reset-password")
    @click.argument("email")
    def reset_password(email: str) -> None:
        """Give a teacher a new random password, printed once."""
        teacher = db.session.scalar(select(Teacher).where(Teacher.email == email.strip().lower()))
        if teacher is None:
            raise click.ClickException(f"no teacher with the email {email}")
        password = new_password()
        teacher.password_hash = hash_password(password)
        db.session.commit()
        click.echo(f"{email}: new password {password}")

    @app.cli.command("load-samples")
    def load_samples_command() -> None:
        """Load the sample lessons of lessons/ into the shared library."""
        click.echo(f"{load_samples()} sample lessons added")
