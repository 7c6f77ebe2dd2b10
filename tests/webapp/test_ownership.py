"""Every route that takes an id checks ownership; anonymous visitors see nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from wa_helpers import item_uids, join, sign_in

from webapp.db import db
from webapp.models import Attempt

GETS = ["/lessons/{lesson}", "/lessons/{lesson}/review", "/lessons/{lesson}/items/{item}/edit",
        "/lessons/{lesson}/publish", "/lessons/{lesson}/worksheet.pdf", "/lessons/{lesson}/export/json",
        "/quizzes/{quiz}", "/quizzes/{quiz}/qr.svg", "/quizzes/{quiz}/results", "/quizzes/{quiz}/results.csv",
        "/quizzes/{quiz}/attempts/{attempt}"]
POSTS = ["/lessons/{lesson}/delete", "/lessons/{lesson}/copy", "/lessons/{lesson}/items/{item}/delete",
         "/lessons/{lesson}/items/{item}/move/down", "/lessons/{lesson}/regenerate", "/lessons/{lesson}/publish",
         "/quizzes/{quiz}", "/quizzes/{quiz}/attempts/{attempt}/delete",
         "/quizzes/{quiz}/attempts/{attempt}/grade/{uid}"]


@pytest.fixture
def ids(app, world):
    c = app.test_client()
    join(c, world["code"], "Ann")
    c.post(f"/q/{world['code']}/submit", data={})
    with app.app_context():
        attempt = db.session.scalar(select(Attempt.id))
    return {**world, "attempt": attempt, "uid": item_uids(app, world["quiz"])["open_response"]}


@pytest.mark.parametrize("path", GETS)
def test_other_teacher_gets_404_on_reads(client, ids, path):
    sign_in(client, ids["b"])
    r = client.get(path.format(**ids))
    assert r.status_code == 404
    assert "KEYMARK" not in r.get_data(as_text=True)


@pytest.mark.parametrize("path", POSTS)
def test_other_teacher_gets_404_on_writes(client, app, ids, path):
    sign_in(client, ids["b"])
    assert client.post(path.format(**ids), data={"seed": "1", "points": "1"}).status_code == 404
    with app.app_context():
        assert db.session.get(Attempt, ids["attempt"]) is not None


@pytest.mark.parametrize("path", GETS)
def test_anonymous_reads_are_refused_with_a_sign_in_link(client, ids, path):
    r = client.get(path.format(**ids))
    assert r.status_code == 403
    page = r.get_data(as_text=True)
    assert "KEYMARK" not in page and "/login?next=" in page


@pytest.mark.parametrize("path", POSTS)
def test_anonymous_writes_are_refused_and_change_nothing(client, app, ids, path):
    r = client.post(path.format(**ids), data={"seed": "1", "points": "1"})
    assert r.status_code == 403
    with app.app_context():
        assert db.session.get(Attempt, ids["attempt"]) is not None


def test_anonymous_without_an_id_goes_to_sign_in(client):
    r = client.get("/lessons")
    assert r.status_code == 302 and r.headers["Location"].startswith("/login")


def test_owner_reaches_them(client, ids):
    sign_in(client, ids["a"])
    for path in GETS:
        if "worksheet" in path or "export" in path:
            continue  # depend on other parts of quizgen; tested in test_publish.py
        assert client.get(path.format(**ids)).status_code == 200, path
