"""Publishing: settings, join code, QR code and link; worksheet and export downloads."""
from __future__ import annotations

import io

import pytest
from sqlalchemy import select
from wa_helpers import sign_in

from webapp.db import db
from webapp.models import Quiz


def test_publish_with_settings(client, app, world):
    sign_in(client, world["a"])
    r = client.post(f"/lessons/{world['lesson']}/publish",
                    data={"is_open": "y", "time_limit_minutes": "20", "shuffle_items": "y",
                          "feedback": "after_close"})
    assert r.status_code == 302
    with app.app_context():
        q = db.session.scalars(select(Quiz).order_by(Quiz.id.desc())).first()
        assert (q.is_open, q.time_limit_minutes, q.shuffle_items, q.shuffle_options, q.feedback) == \
            (True, 20, True, False, "after_close")
        assert q.id != world["quiz"] and q.code != world["code"]
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert q.code in page and f"/j/{q.code}" in page and "qr.svg" in page


def test_qr_code_is_an_svg_of_the_join_link(client, world):
    sign_in(client, world["a"])
    r = client.get(f"/quizzes/{world['quiz']}/qr.svg")
    assert r.mimetype == "image/svg+xml" and b"<svg" in r.data and b"<path" in r.data


def test_closing_a_quiz_finishes_nothing_new_and_refuses_answers(client, app, world):
    sign_in(client, world["a"])
    client.post(f"/quizzes/{world['quiz']}", data={"feedback": "never"})  # is_open unchecked: closed
    with app.app_context():
        q = db.session.get(Quiz, world["quiz"])
        assert not q.is_open and q.closed_at is not None and q.feedback == "never"


def test_shuffled_quiz_shows_every_item_and_option_once(app, world):
    from wa_helpers import join

    with app.app_context():
        q = db.session.get(Quiz, world["quiz"])
        q.shuffle_items = q.shuffle_options = True
        db.session.commit()
        stems = [d["stem"] for d in q.items]
    c = app.test_client()
    join(c, world["code"])
    page = c.get(f"/q/{world['code']}").get_data(as_text=True)
    import html

    page = html.unescape(page)
    for stem in stems:
        assert page.count(stem) == 1


def test_worksheet_download_prints_the_join_code(client, world):
    from pypdf import PdfReader

    sign_in(client, world["a"])
    r = client.get(f"/lessons/{world['lesson']}/worksheet.pdf?versions=2&key=appended&paper=a4")
    assert r.status_code == 200 and r.mimetype == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(r.data)).pages)
    assert world["code"] in text


def test_separate_answer_key_download(client, world):
    sign_in(client, world["a"])
    r = client.get(f"/lessons/{world['lesson']}/worksheet.pdf?key=separate&part=key")
    assert r.status_code == 200 and r.data.startswith(b"%PDF")


@pytest.mark.parametrize("fmt", ["qti", "moodle", "gift", "aiken", "csv", "kahoot", "json"])
def test_exports_download(client, world, fmt):
    sign_in(client, world["a"])
    r = client.get(f"/lessons/{world['lesson']}/export/{fmt}")
    assert r.status_code == 200 and r.data
    assert "attachment" in r.headers["Content-Disposition"]


def test_unknown_export_format_is_404(client, world):
    sign_in(client, world["a"])
    assert client.get(f"/lessons/{world['lesson']}/export/docx").status_code == 404
