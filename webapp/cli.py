"""Commands: ``flask --app webapp setup`` (migrate, load samples, first teacher), and friends."""
from __future__ import annotations

import secrets
from pathlib import Path

import click
from flask import Flask
from sqlalchemy import select

from quizgen.ingest import load_article
from webapp.db import db, transaction
from webapp.models import Lesson
from webapp.services import teachers as teacher_svc
from webapp.services.lessons import build, new_seed, store_lesson

LESSONS_DIR = Path(__file__).resolve().parent.parent / "lessons"


def load_samples(directory: Path = LESSONS_DIR, *, echo=click.echo) -> int:
    """Generate a lesson from each ``lessons/*.md`` into the shared library; returns how many.

    Each gets a random seed, stored with it: with a known seed anyone could rebuild a sample quiz, keys
    and all, with the open-source ``quizgen`` command.
    """
    added = 0
    for path in sorted(directory.glob("*.md")):
        key = path.stem
        if db.session.scalar(select(Lesson.id).where(Lesson.sample_key == key)) is not None:
            continue
        lesson = build(load_article(path), seed=new_seed())
        with transaction():
            store_lesson(lesson, None, path.name, sample_key=key)
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
        if teacher_svc.count() == 0:
            password = new_password()
            teacher_svc.create("teacher@example.org", "First teacher", password)
            click.echo(f"\nSign in at {url}/login\n  email:    teacher@example.org\n  password: {password}\n"
                       "(shown once: note it now; `flask --app webapp reset-password EMAIL` makes a new one)\n")
        else:
            click.echo(f"\nSign in at {url}/login (a signed-in teacher invites colleagues at {url}/invite)\n")

    @app.cli.command("create-teacher")
    @click.argument("email")
    @click.option("--name", default="Teacher")
    def create_teacher(email: str, name: str) -> None:
        """Add a teacher with a random password, printed once."""
        password = new_password()
        teacher_svc.create(email, name, password)
        click.echo(f"{email}: password {password}")

    @app.cli.command("reset-password")
    @click.argument("email")
    def reset_password(email: str) -> None:
        """Give a teacher a new random password, printed once."""
        teacher = teacher_svc.by_email(email)
        if teacher is None:
            raise click.ClickException(f"no teacher with the email {email}")
        password = new_password()
        teacher_svc.set_password(teacher, password)
        click.echo(f"{email}: new password {password}")

    @app.cli.command("load-samples")
    def load_samples_command() -> None:
        """Load the sample lessons of lessons/ into the shared library."""
        click.echo(f"{load_samples()} sample lessons added")
