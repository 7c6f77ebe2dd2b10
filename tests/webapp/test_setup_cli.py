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


def test_sample_lessons_get_random_stored_seeds(app, tmp_path):
    """Two copies of one sample article get different seeds, and each stored seed rebuilds its items
    (a fixed seed would let anyone rebuild a sample quiz with its keys using the quizgen command)."""
    from paths import LESSONS

    from quizgen.ingest import load_article
    from webapp.models import Lesson
    from webapp.services.lessons import build, lesson_value

    source = sorted(LESSONS.glob("*.md"))[0]
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    with app.app_context():
        assert cli.load_samples(tmp_path, echo=lambda *a: None) == 2
        rows = db.session.query(Lesson).filter(Lesson.sample_key.in_(["a", "b"])).order_by(Lesson.sample_key).all()
        assert len(rows) == 2 and rows[0].seed != rows[1].seed
        for row in rows:
            again = build(load_article(tmp_path / f"{row.sample_key}.md"), seed=row.seed)
            assert [it.stem for it in again.items] == [it.stem for it in lesson_value(row).items]
