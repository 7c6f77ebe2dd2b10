"""CSRF: with protection on, state-changing requests without a token get 400."""
from __future__ import annotations

import re

import pytest
from paths import PG_URL  # noqa: F401  (same suite on PostgreSQL)
from wa_helpers import make_teacher, marked_lesson, publish, sign_in, store


@pytest.fixture
def csrf_app(app_factory, sample_lesson):
    app = app_factory(WTF_CSRF_ENABLED=True)
    with app.app_context():
        t = make_teacher()
        row = store(marked_lesson(sample_lesson), t)
        quiz = publish(row, t)
        app.config["ids"] = {"t": t.id, "lesson": row.id, "item": row.items[0].id, "code": quiz.code, "quiz": quiz.id}
    return app


def token_from(html):
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html).group(1)


def test_posts_without_a_token_get_400(csrf_app):
    ids = csrf_app.config["ids"]
    client = csrf_app.test_client()
    assert client.post("/login", data={"email": "a@school.test", "password": "x" * 12}).status_code == 400
    assert client.post("/join", data={"code": ids["code"], "name": "Sam"}).status_code == 400
    sign_in(client, ids["t"])
    for path in (f"/lessons/{ids['lesson']}/items/{ids['item']}/delete", f"/lessons/{ids['lesson']}/delete",
                 f"/lessons/{ids['lesson']}/publish", "/logout", f"/quizzes/{ids['quiz']}"):
        r = client.post(path, data={})
        assert r.status_code == 400, path
        assert "expired" in r.get_data(as_text=True)


def test_autosave_needs_the_token_and_works_with_it_in_a_header(csrf_app):
    ids = csrf_app.config["ids"]
    client = csrf_app.test_client()
    page = client.get("/join").get_data(as_text=True)
    r = client.post("/join", data={"code": ids["code"], "name": "Sam", "csrf_token": token_from(page)})
    assert r.status_code == 302
    quiz_page = client.get(f"/q/{ids['code']}").get_data(as_text=True)
    token = token_from(quiz_page)
    json_headers = {"Accept": "application/json"}
    assert client.post(f"/q/{ids['code']}/save", data={}, headers=json_headers).status_code == 400
    r = client.post(f"/q/{ids['code']}/save", data={}, headers={**json_headers, "X-CSRFToken": token})
    assert r.status_code == 200 and r.get_json() == {"ok": True}
