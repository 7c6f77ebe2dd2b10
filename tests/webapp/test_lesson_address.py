"""Issue 11.1: the new-lesson form's web-address field reads web addresses only, never server files."""
from __future__ import annotations

import pytest
from wa_helpers import make_teacher, sign_in

from webapp.db import db
from webapp.models import Lesson


@pytest.fixture
def teacher_client(app, client):
    with app.app_context():
        sign_in(client, make_teacher().id)
    return client


@pytest.mark.parametrize("typed", [
    "README.md", "webapp/__init__.py", "quizgen/ingest/__init__.py", "/etc", "/etc/passwd",
    "/no/such/file.txt", "pyproject.toml", "file:///etc/passwd", "../README.md",
])
def test_a_path_in_the_address_field_is_refused_and_never_read(teacher_client, app, typed):
    r = teacher_client.post("/lessons/new", data={"url": typed})
    assert r.status_code == 200  # the form again, with a message: no 500, no lesson
    body = r.get_data(as_text=True)
    assert "web address" in body and "https://" in body
    assert "is a folder" not in body and "Quizgen" in body
    assert "[project]" not in body and "root:" not in body and "create_app" not in body
    with app.app_context():
        assert db.session.query(Lesson).count() == 0


def test_an_address_without_scheme_gets_https(teacher_client, app):
    # taken as https://localhost/news/story, then refused as a private address (no network in tests)
    r = teacher_client.post("/lessons/new", data={"url": "localhost/news/story"})
    assert r.status_code == 200
    body = r.get_data(as_text=True)
    assert "private or local network" in body
    assert 'value="https://localhost/news/story"' in body
    with app.app_context():
        assert db.session.query(Lesson).count() == 0


def test_the_address_field_is_not_a_browser_url_field(teacher_client):
    # type="url" would make the browser refuse "www.example.org/news/story" before it is sent
    body = teacher_client.get("/lessons/new").get_data(as_text=True)
    assert 'name="url"' in body and 'type="url"' not in body and 'inputmode="url"' in body
