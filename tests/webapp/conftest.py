"""Fixtures for the web app: an app on a fresh database per test, teachers, lessons, quizzes.

SQLite always (a file under tmp_path); PostgreSQL instead when TEST_DATABASE_URL is set, in a
schema of its own per test session so parallel runs do not collide.
"""
from __future__ import annotations

import os
import secrets

import pytest
from sqlalchemy import create_engine, text
from wa_helpers import make_teacher, marked_lesson, publish, store

from webapp import create_app
from webapp.config import database_url
from webapp.db import db

PG_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def pg_schema():
    """A throw-away PostgreSQL schema for this session (None on SQLite)."""
    if not PG_URL:
        yield None
        return
    schema = f"t_{secrets.token_hex(6)}"
    engine = create_engine(database_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    yield schema
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


def app_config(tmp_path, pg_schema, **extra):
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
        "PASSWORD_METHOD": "pbkdf2:sha256:1000",  # fast in tests; the default is checked on its own
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'test.sqlite3'}",
        "SERVER_NAME": "localhost",
    }
    if pg_schema:
        config["SQLALCHEMY_DATABASE_URI"] = PG_URL
        config["SQLALCHEMY_ENGINE_OPTIONS"] = {"connect_args": {"options": f"-csearch_path={pg_schema}"}}
    config.update(extra)
    return config


def make_app(tmp_path, pg_schema, **extra):
    app = create_app(app_config(tmp_path, pg_schema, **extra))
    with app.app_context():
        db.drop_all()
        db.create_all()
    return app


@pytest.fixture
def app_factory(tmp_path, pg_schema, monkeypatch):
    """make(**config) -> a fresh app on a fresh database; engines closed at teardown."""
    monkeypatch.setenv("QUIZGEN_INSTANCE", str(tmp_path / "instance"))
    made = []

    def make(**extra):
        application = make_app(tmp_path, pg_schema, **extra)
        made.append(application)
        return application

    yield make
    for application in made:
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(app_factory):
    return app_factory()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield


@pytest.fixture
def world(app, sample_lesson):
    """Teacher A with a lesson and an open quiz, teacher B with nothing; ids only."""
    with app.app_context():
        a = make_teacher("a@school.test", "Ada")
        b = make_teacher("b@school.test", "Bob")
        row = store(marked_lesson(sample_lesson), a)
        quiz = publish(row, a)
        ids = {"a": a.id, "b": b.id, "lesson": row.id, "quiz": quiz.id, "code": quiz.code,
               "item": row.items[0].id}
    return ids


