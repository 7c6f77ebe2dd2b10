"""The app as a whole: headers, friendly errors, upload cap, SQLite settings, migrations."""
from __future__ import annotations

import io

import pytest
from paths import PG_URL
from sqlalchemy import event, text
from wa_helpers import make_teacher, sign_in

from webapp.db import db

PAGES = ["/", "/join", "/login", "/signup", "/no-such-page"]


@pytest.mark.parametrize("path", PAGES)
def test_security_headers_on_every_page(client, path):
    r = client.get(path)
    csp = r.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"]
    assert b"<script>" not in r.data  # no inline script anywhere


def test_no_inline_script_on_the_quiz_page(client, world):
    client.post("/join", data={"code": world["code"], "name": "Sam"})
    page = client.get(f"/q/{world['code']}").get_data(as_text=True)
    assert '<script src="/static/quiz.js?v=' in page
    assert "<script>" not in page and " onclick=" not in page


def test_html_pages_declare_their_language(client):
    assert '<html lang="en">' in client.get("/").get_data(as_text=True)


def test_not_found_is_a_friendly_page(client):
    r = client.get("/nothing/here")
    assert r.status_code == 404
    assert "Not found" in r.get_data(as_text=True)


def test_unexpected_error_shows_a_friendly_page_without_traceback(app_factory):
    app = app_factory(PROPAGATE_EXCEPTIONS=False)

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    r = app.test_client().get("/boom")
    body = r.get_data(as_text=True)
    assert r.status_code == 500
    assert "Something went wrong" in body
    assert "Traceback" not in body and "secret internals" not in body


def test_max_content_length_is_set_and_oversize_upload_gets_a_friendly_413(app_factory):
    app = app_factory(MAX_CONTENT_LENGTH=1024)
    assert app.config["MAX_CONTENT_LENGTH"] == 1024
    client = app.test_client()
    with app.app_context():
        sign_in(client, make_teacher().id)
    r = client.post("/lessons/new", data={"upload": (io.BytesIO(b"x" * 5000), "big.txt")},
                    content_type="multipart/form-data")
    assert r.status_code == 413
    assert "too large" in r.get_data(as_text=True)


def test_default_upload_cap_is_a_few_megabytes(app):
    assert 1 << 20 <= app.config["MAX_CONTENT_LENGTH"] <= 50 << 20


@pytest.mark.skipif(bool(PG_URL), reason="SQLite settings")
def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(app):
    with app.app_context():
        conn = db.session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.skipif(bool(PG_URL), reason="SQLite settings")
def test_writes_begin_immediate_and_reads_deferred(app, world):
    seen: list[str] = []
    with app.app_context():
        engine = db.engine

    def record(conn, cursor, statement, *args):
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        client = app.test_client()
        client.get(f"/q/{world['code']}")  # reads the quiz, then redirects to the join page
        assert seen and all(s == "BEGIN" for s in seen)
        seen.clear()
        client.post("/join", data={"code": world["code"], "name": "Sam"})
        assert seen and all(s == "BEGIN IMMEDIATE" for s in seen)
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_migrations_build_the_schema_the_models_describe(app):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from flask_migrate import upgrade

    with app.app_context():
        db.drop_all()
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
            assert diff == []
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def test_the_spacy_pipeline_is_loaded_when_the_app_starts_not_on_the_first_lesson(app_factory, monkeypatch):
    from quizgen import nlp

    loaded = []

    def fake_load(name=None):
        loaded.append(name)
        return lambda text: None

    monkeypatch.setattr(nlp, "load", fake_load)
    app_factory(TESTING=False)  # as gunicorn's workers build it
    assert loaded == [None]
    app_factory(TESTING=False, NLP_AT_START=False)
    app_factory()  # tests: off
    assert loaded == [None]


def test_static_files_have_versioned_urls_and_long_cache_lifetimes(client, world):
    import hashlib
    import re
    from pathlib import Path

    import webapp

    client.post("/join", data={"code": world["code"], "name": "Sam"})
    page = client.get(f"/q/{world['code']}").get_data(as_text=True)
    found = re.search(r'src="(/static/quiz\.js\?v=([0-9a-f]{12}))"', page)
    script = Path(webapp.__file__).parent / "static" / "quiz.js"
    assert found and found.group(2) == hashlib.sha256(script.read_bytes()).hexdigest()[:12]
    assert re.search(r'href="/static/app\.css\?v=[0-9a-f]{12}"', page)
    cached = client.get(found.group(1))
    assert cached.status_code == 200 and cached.data == script.read_bytes()
    policy = {p.strip() for p in cached.headers["Cache-Control"].split(",")}
    cached.close()
    assert {"public", "max-age=31536000", "immutable"} <= policy
    plain = client.get("/static/quiz.js")
    unversioned = plain.headers["Cache-Control"]
    plain.close()
    assert "no-cache" in unversioned and "immutable" not in unversioned
