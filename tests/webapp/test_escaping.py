"""Autoescaping: markup and template syntax in an article or a name are shown literally everywhere."""
from __future__ import annotations

import dataclasses

from factories import plain_article
from sqlalchemy import select
from wa_helpers import join, make_teacher, publish, sign_in, store

from webapp.db import db
from webapp.models import Attempt

EVIL = "<script>alert(1)</script> {{7*7}}"


def test_article_and_student_name_are_shown_literally(app, client, sample_lesson):
    text = sample_lesson.article.text.replace("Hua Chunying told reporters", f"Hua Chunying {EVIL} told reporters")
    title_text = f"Headline {EVIL}\n\n" + text.split("\n", 1)[1]
    art = plain_article(title_text)
    lesson = dataclasses.replace(sample_lesson, article=art, items=sample_lesson.items[:1])
    lesson = dataclasses.replace(lesson, items=(dataclasses.replace(lesson.items[0], support=(),
                                                                    stem=f"Q {EVIL}"),))
    with app.app_context():
        t = make_teacher()
        row = store(lesson, t)
        quiz = publish(row, t)
        ids = {"t": t.id, "lesson": row.id, "quiz": quiz.id, "code": quiz.code, "item": row.items[0].id}
    student = app.test_client()
    join(student, ids["code"], EVIL)
    pages = [student.get(f"/q/{ids['code']}")]
    student.post(f"/q/{ids['code']}/submit", data={})
    pages.append(student.get(f"/q/{ids['code']}/done"))
    with app.app_context():
        aid = db.session.scalar(select(Attempt.id))
    sign_in(client, ids["t"])
    for path in (f"/lessons/{ids['lesson']}", f"/lessons/{ids['lesson']}?item={ids['item']}",
                 f"/lessons/{ids['lesson']}/review", f"/lessons/{ids['lesson']}/items/{ids['item']}/edit",
                 "/lessons", f"/quizzes/{ids['quiz']}", f"/quizzes/{ids['quiz']}/results",
                 f"/quizzes/{ids['quiz']}/attempts/{aid}"):
        pages.append(client.get(path))
    for r in pages:
        body = r.get_data(as_text=True)
        assert r.status_code == 200, r.request.path
        assert "<script>alert(1)" not in body, r.request.path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body, r.request.path
        assert "&lt;/script&gt; {{7*7}}" in body, r.request.path  # not evaluated to 49
        assert "&lt;/script&gt; 49" not in body, r.request.path
