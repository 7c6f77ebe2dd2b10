"""Issue 15.4 in a real browser: a teacher uploads a saved web page, checks what was read, fixes it."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "webapp"))
from test_extraction_review import BODY, CREDIT, PROMPT, page_bytes

pytestmark = pytest.mark.slow
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def make_teacher(app) -> None:
    from webapp.db import db
    from webapp.models import Teacher
    from webapp.security import hash_password

    with app.app_context():
        db.session.add(Teacher(email="okafor@school.test", name="Mr Okafor",
                               password_hash=hash_password("a long staffroom password")))
        db.session.commit()
        db.session.remove()


def test_teacher_checks_and_corrects_the_article_read_from_a_saved_page(live, browser, shots, tmp_path):
    server, app = live
    make_teacher(app)
    saved = tmp_path / "eastbrook-library.html"
    saved.write_bytes(page_bytes())
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/login")
    page.get_by_label("Email").fill("okafor@school.test")
    page.get_by_label("Password").fill("a long staffroom password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/lessons")

    page.goto(f"{server.url}/lessons/new")
    page.get_by_label(re.compile("upload a file")).set_input_files(str(saved))
    page.get_by_role("button", name="Make the lesson").click()
    page.wait_for_url(re.compile(r"/lessons/\d+/article$"), timeout=90_000)
    lesson_url = page.url.rsplit("/", 1)[0]

    # what was read: the metadata, the paragraphs, what was set aside and why, the warning
    assert page.get_by_label("Title").input_value() == "Eastbrook votes for a new library"
    assert page.get_by_label("Author(s)").input_value() == "Jane Doe"
    assert page.get_by_label("Outlet (newspaper, site)").input_value() == "The Eastbrook Courier"
    assert page.locator("textarea").count() == len(BODY)
    aside = page.locator("ul.set-aside")
    assert PROMPT in aside.inner_text() and "contributors' credit" in aside.inner_text()
    assert "600 words" in page.locator("#extraction-notes").inner_text()
    shots(page, "x1-extraction-review")

    # the teacher corrects it
    page.get_by_label("Author(s)").fill("Jane Doe, Li Wei")
    page.get_by_label("¶1", exact=True).fill(BODY[0].replace("Tuesday", "Monday"))
    page.locator("#x-p12").get_by_label(re.compile("Drop this paragraph")).check()
    page.locator("li", has_text=CREDIT).get_by_label("Bring back").check()
    page.get_by_role("button", name=re.compile("Save the corrections")).click()
    page.wait_for_url(lesson_url, timeout=90_000)
    article = page.locator("#article").inner_text()
    assert "voted on Monday" in article and "voted on Tuesday" not in article
    assert CREDIT in article and BODY[11] not in article
    assert "Article corrected" in page.locator(".flash").inner_text()
    shots(page, "x2-lesson-after-correction")

    # the correction is kept: the review page shows it again
    page.goto(f"{lesson_url}/article")
    assert page.get_by_label("Author(s)").input_value() == "Jane Doe, Li Wei"
    assert BODY[11] in page.locator("ul.set-aside").inner_text()
