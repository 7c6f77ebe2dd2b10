"""`flask --app webapp setup` (what `make run` runs): migrations and a first teacher whose random
password is printed once and works."""
from __future__ import annotations

import re

from sqlalchemy import text

from webapp import cli
from webapp.db import db


def test_setup_makes_the_first_teacher_once_with_a_random_password(app, monkeypatch):
    monkeypatch.setattr(cli, "load_samples", lambda *a, **k: 0)  # generating the samples is tested elsewhere
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    runner = app.test_cli_runner()
    first = runner.invoke(args=["setup"])
    assert first.exit_code == 0, first.output
    password = re.search(r"password: (\S+)", first.output).group(1)
    assert len(password) >= 12
    again = runner.invoke(args=["setup"])
    assert again.exit_code == 0 and password not in again.output and "password:" not in again.output
    client = app.test_client()
    r = client.post("/login", data={"email": "teacher@example.org", "password": password})
    assert r.status_code == 302 and r.headers["Location"].endswith("/lessons")
    assert "/invite" in again.output
