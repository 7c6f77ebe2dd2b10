"""Issue 15.4: the teacher sees what was read from a page before trusting the lesson, and fixes it."""
from __future__ import annotations

import io
import json

import pytest
from support.pages import TOWN_BODY
from wa_helpers import make_teacher, sign_in

from webapp.db import db
from webapp.models import Lesson
from webapp.services import lessons as lesson_svc

BODY = TOWN_BODY
PROMPT = "Sign up for our morning newsletter and get the news in your inbox."
CREDIT = "Courier writers Li Wei and Sam Park contributed to this report."
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Eastbrook votes for a new library",
      "author": {"@type": "Person", "name": "Jane Doe"},
      "publisher": {"@type": "Organization", "name": "The Eastbrook Courier"}, "wordCount": 600}


def page_bytes() -> bytes:
    paras = BODY[:4] + [PROMPT] + BODY[4:] + [CREDIT]
    return (f"<html><head><title>Eastbrook votes for a new library | The Eastbrook Courier</title>"
            f'<script type="application/ld+json">{json.dumps(LD)}</script></head><body><article>'
            f"<h1>Eastbrook votes for a new library</h1>{''.join(f'<p>{p}</p>' for p in paras)}"
            f"</article></body></html>").encode()


@pytest.fixture
def made(app, client):
    with app.app_context():
        teacher = make_teacher()
        sign_in(client, teacher.id)
    r = client.post("/lessons/new", data={"upload": (io.BytesIO(page_bytes()), "library.html")},
                    content_type="multipart/form-data")
    assert r.status_code == 302 and r.headers["Location"].endswith("/article")
    with app.app_context():
        lesson_id = db.session.query(Lesson).one().id
    return {"client": client, "id": lesson_id, "url": r.headers["Location"]}


def stored_article(app, lesson_id):
    with app.app_context():
        return lesson_svc.article_value(db.session.get(Lesson, lesson_id))


def test_after_a_page_is_read_the_teacher_sees_what_was_extracted(made):
    body = made["client"].get(made["url"]).get_data(as_text=True)
    assert "Check the article as Quizgen read it" in body
    assert 'value="Eastbrook votes for a new library"' in body
    assert 'value="Jane Doe"' in body and 'value="The Eastbrook Courier"' in body
    for i, p in enumerate(BODY):
        assert f'name="p-{i}"' in body and p in body
    # what was set aside, and why
    assert PROMPT in body and "page furniture (read more, subscribe, sign-up and share prompts, ads)" in body
    assert CREDIT in body and "contributors&#39; credit" in body
    # the page's own word count says more than was found: the teacher is told in words
    assert "The page says the article has 600 words; Quizgen found 197 (33%)" in body
    assert "Date" in body and "2015-01-01" not in body  # no date guessed from "in 2015" in the text


def test_the_teacher_fixes_paragraphs_and_metadata_and_the_lesson_is_made_again(app, made):
    before = stored_article(app, made["id"])
    credit_index = before.set_aside.index(CREDIT)
    form = {
        "title": "Eastbrook library approved", "byline": "Jane Doe, Li Wei", "source_name": "Eastbrook Courier",
        "date": "2024-03-05",
        "p-0": BODY[0].replace("Tuesday", "Monday"),
        "drop-11": "1",
        f"restore-{credit_index}": "1",
    }
    r = made["client"].post(made["url"], data=form)
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/lessons/{made['id']}")
    after = stored_article(app, made["id"])
    texts = [p.text for p in after.paragraphs]
    assert texts[0] == BODY[0].replace("Tuesday", "Monday")
    assert BODY[11] not in texts and BODY[11] in after.set_aside  # dropped, but kept aside
    assert texts[-1] == CREDIT and CREDIT not in after.set_aside  # restored, as the last paragraph
    assert (after.title, after.byline, after.source_name, after.date) == (
        "Eastbrook library approved", "Jane Doe, Li Wei", "Eastbrook Courier", "2024-03-05")
    for p in after.paragraphs:  # offsets still hold in the rebuilt text
        assert after.text[p.start:p.start + len(p.text)] == p.text
    with app.app_context():
        row = db.session.get(Lesson, made["id"])
        assert row.title == "Eastbrook library approved" and len(row.items) >= 1
        assert all("Tuesday" not in str(it.data) for it in row.items)  # questions come from the new text


def test_a_correction_that_leaves_too_little_is_refused_and_nothing_changes(app, made):
    before = stored_article(app, made["id"])
    form = {"title": "x", **{f"drop-{i}": "1" for i in range(1, 12)}}
    r = made["client"].post(made["url"], data=form)
    assert r.status_code == 200
    body = r.get_data(as_text=True)
    assert "needs at least 120" in body or "only" in body
    assert 'name="drop-3" value="1" checked' in body  # the teacher's choices are still there
    assert stored_article(app, made["id"]) == before


def test_another_teacher_cannot_see_or_change_the_extraction(app, made):
    from flask.testing import FlaskClient

    other: FlaskClient = app.test_client()
    with app.app_context():
        sign_in(other, make_teacher(email="b@school.test").id)
    assert other.get(made["url"]).status_code == 404
    assert other.post(made["url"], data={"title": "Hacked"}).status_code == 404
    assert stored_article(app, made["id"]).title == "Eastbrook votes for a new library"


def test_pasted_text_goes_straight_to_the_lesson(app, client):
    with app.app_context():
        sign_in(client, make_teacher().id)
    r = client.post("/lessons/new", data={"text": "Eastbrook votes for a new library\n\n" + "\n\n".join(BODY)})
    assert r.status_code == 302 and not r.headers["Location"].endswith("/article")


def test_the_lesson_page_links_to_the_check_page(made):
    lesson_page = made["client"].get(f"/lessons/{made['id']}").get_data(as_text=True)
    assert f'href="/lessons/{made["id"]}/article">Check the article as read</a>' in lesson_page


def test_control_characters_typed_into_a_paragraph_are_dropped(app, made):
    r = made["client"].post(made["url"], data={"p-0": "The council\x00 of Eastbrook\x07 voted." + BODY[0][28:],
                                                "byline": "Jane\x00 Doe"})
    assert r.status_code == 302
    after = stored_article(app, made["id"])
    assert "\x00" not in after.text and "\x07" not in after.text and after.byline == "Jane Doe"


def test_a_restored_line_goes_back_to_where_it_stood_on_the_page(app, made):
    before = stored_article(app, made["id"])
    assert before.set_aside_at[before.set_aside.index(PROMPT)] == 4  # read between BODY[3] and BODY[4]
    form = {"title": before.title, "byline": "Jane Doe", "source_name": "The Eastbrook Courier", "date": "",
            "drop-1": "1", f"restore-{before.set_aside.index(PROMPT)}": "1"}
    r = made["client"].post(made["url"], data=form)
    assert r.status_code == 302
    after = stored_article(app, made["id"])
    texts = [p.text for p in after.paragraphs]
    assert texts[:4] == [BODY[0], BODY[2], BODY[3], PROMPT]  # in its place, not at the end
    assert texts[4:] == BODY[4:]
    # the dropped paragraph and the credit are kept aside, each where it stood
    assert after.set_aside_at[after.set_aside.index(BODY[1])] == 1
    assert after.set_aside_at[after.set_aside.index(CREDIT)] == len(texts)
    for p in after.paragraphs:
        assert after.text[p.start:p.start + len(p.text)] == p.text
    # a second correction still knows the places: restoring the dropped paragraph puts it back as ¶2
    form = {"title": before.title, "byline": "Jane Doe", "source_name": "The Eastbrook Courier", "date": "",
            f"restore-{after.set_aside.index(BODY[1])}": "1"}
    assert made["client"].post(made["url"], data=form).status_code == 302
    again = stored_article(app, made["id"])
    assert [p.text for p in again.paragraphs][:5] == [BODY[0], BODY[1], BODY[2], BODY[3], PROMPT]
