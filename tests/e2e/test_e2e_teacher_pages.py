"""A teacher's pages in a real browser: both worksheet downloads, a delete that asks and can be
undone, what to do next at the top of the lesson page, and the time limit in the student's clock."""
from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import SHORT_OPINION, sample_lesson
from pypdf import PdfReader
from sqlalchemy import select
from support import server as ls

pytestmark = pytest.mark.slow
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def signed_in(browser, base, quiz):
    page = browser.new_context(**DESKTOP, accept_downloads=True).new_page()
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(quiz["email"])
    page.get_by_label("Password").fill(quiz["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/lessons")
    return page


def pdf_text(download) -> tuple[str, str]:
    data = Path(download.path()).read_bytes()
    return download.suggested_filename, "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_worksheet_and_answer_key_are_two_downloads_by_default(live, browser, shots):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson())
    page = signed_in(browser, server.url, quiz)
    page.goto(f"{server.url}/lessons/{quiz['lesson']}")
    assert page.get_by_label("Answer key").input_value() == "separate"
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download worksheet (PDF)").click()
    name, worksheet = pdf_text(dl.value)
    assert name.endswith("-worksheet.pdf") and "Answer key" not in worksheet
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download answer key (PDF)").click()
    name, key = pdf_text(dl.value)
    assert name.endswith("-answer-key.pdf") and "Answer key" in key
    shots(page, "teacher-01-two-downloads", at=page.get_by_role("button", name="Download answer key (PDF)"))


def test_what_a_teacher_does_next_is_at_the_top_of_the_lesson_page(live, browser, shots):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson())
    page = signed_in(browser, server.url, quiz)
    page.goto(f"{server.url}/lessons/{quiz['lesson']}")
    for target in (page.get_by_role("button", name="Download worksheet (PDF)"),
                   page.get_by_role("link", name="Moodle XML"),
                   page.get_by_text(quiz["code"], exact=True).first):
        box = target.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 900, target  # seen without scrolling
    shots(page, "teacher-02-lesson-top", at=page.locator("h1"))


def test_delete_asks_says_what_is_lost_and_can_be_undone(live, browser, shots):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson())
    student = browser.new_context(**DESKTOP).new_page()
    student.goto(f"{server.url}/j/{quiz['code']}")
    student.get_by_label("Your name").fill("Ana")
    student.get_by_role("button", name="Join").click()
    student.wait_for_url(f"**/q/{quiz['code']}")

    page = signed_in(browser, server.url, quiz)
    title = sample_lesson().article.title
    page.goto(f"{server.url}/lessons/{quiz['lesson']}")
    page.get_by_role("button", name=re.compile("^Delete this lesson")).click()
    # a page that asks, naming what goes with the lesson, before anything is deleted
    text = page.locator("main").inner_text()
    assert "1 published quiz" in text and "1 student attempt" in text and quiz["code"] in text
    assert "restore" in text.lower()
    shots(page, "teacher-03-delete-asks")
    page.get_by_role("link", name="Keep the lesson").click()
    page.wait_for_url(f"**/lessons/{quiz['lesson']}")
    page.get_by_role("button", name=re.compile("^Delete this lesson")).click()
    page.get_by_role("button", name="Delete the lesson").click()
    page.wait_for_url("**/lessons")
    assert page.get_by_role("link", name=title).count() == 0  # gone from the list (the message names it)
    student.goto(f"{server.url}/j/{quiz['code']}")  # its quiz takes no one while it is deleted
    student.get_by_label("Your name").fill("Ben")
    student.get_by_role("button", name="Join").click()
    assert student.locator(".errors").count() == 1

    page.get_by_role("link", name=re.compile("^Deleted lessons")).click()
    shots(page, "teacher-04-deleted-lessons")
    page.get_by_role("button", name="Restore").click()
    page.wait_for_url(f"**/lessons/{quiz['lesson']}")
    assert page.locator("h1").inner_text() == title
    page.goto(f"{server.url}/quizzes/{quiz['quiz']}/results")
    assert "Ana" in page.locator("main").inner_text()  # the attempt came back with it


def test_time_limit_shows_in_the_student_s_clock_with_a_countdown(live, browser, shots):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson(), time_limit_minutes=20)
    context = browser.new_context(**DESKTOP, timezone_id="Asia/Kolkata", locale="en-GB")
    page = context.new_page()
    page.goto(f"{server.url}/j/{quiz['code']}")
    page.get_by_label("Your name").fill("Ana")
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(f"**/q/{quiz['code']}")
    from webapp.db import db
    from webapp.models import Attempt

    with app.app_context():
        deadline = db.session.scalar(select(Attempt.deadline).where(Attempt.quiz_id == quiz["quiz"]))
        db.session.remove()
    local = deadline.replace(tzinfo=UTC).astimezone(ZoneInfo("Asia/Kolkata")).strftime("%H:%M")
    box = page.locator("[data-deadline]")
    assert f"Hand in by {local}" in box.inner_text()
    assert "UTC" not in box.inner_text()
    first = page.locator(".countdown").inner_text()
    assert re.fullmatch(r"(19|20):\d\d left", first), first
    page.wait_for_timeout(2100)
    assert page.locator(".countdown").inner_text() != first  # it counts down
    assert deadline - datetime.now(UTC).replace(tzinfo=None) < timedelta(minutes=21)
    shots(page, "teacher-05-student-countdown", at=box)


def test_the_publish_button_says_publish(live, browser):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson())
    page = signed_in(browser, server.url, quiz)
    page.goto(f"{server.url}/lessons/{quiz['lesson']}/publish")
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(re.compile(r"/quizzes/\d+$"))
    assert re.fullmatch(r"[A-Z0-9]{6}", page.locator("p.join-code").inner_text().strip())


def test_gunicorn_names_no_version_and_pages_are_not_cached(live):
    import httpx

    server, _ = live
    r = httpx.get(f"{server.url}/login", timeout=10)
    assert r.status_code == 200
    assert not re.search(r"\d", r.headers.get("Server", "")), r.headers.get("Server")  # "gunicorn", no version
    assert r.headers["Cache-Control"] == "no-store"



def test_a_short_lesson_says_why_it_is_short_at_the_top(live, browser, shots):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson())
    page = signed_in(browser, server.url, quiz)
    page.goto(f"{server.url}/lessons/new")
    page.get_by_label("Paste the article (headline on the first line)").fill(SHORT_OPINION)
    page.get_by_role("button", name="Make the lesson").click()
    page.wait_for_url(re.compile(r".*/lessons/\d+$"))
    note = page.locator("#lesson-notes")
    assert note.is_visible()
    assert "fewer than the 10 a lesson aims for" in note.inner_text()
    box = note.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 900  # seen without scrolling
    shots(page, "teacher-07-short-lesson-note", at=page.locator("h1"))
