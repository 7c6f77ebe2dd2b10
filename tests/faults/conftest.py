"""Fault tests: gunicorn on loopback over a fresh SQLite file, with the hand-checked sample lesson published.

Each test gets its own database and server (``serve``); the students are the load client of
``tests/support/students.py``. ``QUIZGEN_SOAK=1`` (``make soak``) scales the runs up.
"""
from __future__ import annotations

import pytest
from support import server as ls


@pytest.fixture
def quiz_db(tmp_path, sample_lesson):
    """make(**quiz settings) -> (db url, app, quiz info) on a fresh migrated SQLite file."""
    made = []

    def make(**settings):
        url = ls.sqlite_url(tmp_path / f"faults{len(made)}.sqlite3")
        app = ls.app_for(url, tmp_path / "instance")
        ls.migrate(app)
        made.append(app)
        return url, app, ls.publish_lesson(app, sample_lesson, **settings)

    yield make
    from webapp.db import db

    for app in made:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def serve(tmp_path):
    """serve(db_url, **Server options) -> a started gunicorn; every one is stopped at teardown."""
    servers = []

    def start(db_url, **options):
        server = ls.Server(db_url, tmp_path / "instance", **options).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
