"""What a teacher meets first: the answer key apart by default, a delete that asks and can be undone,
tidy downloads (names, types, rounded scores), the 413 page signed in, and headers that keep
results and keys out of caches."""
from __future__ import annotations

import io
import re
import threading
from datetime import timedelta

import httpx
import pytest
from pypdf import PdfReader
from sqlalchemy import select
from wa_helpers import join, make_teacher, sign_in

from webapp.db import db
from webapp.models import Attempt, Lesson, Quiz
from webapp.services import lessons as lesson_svc


@pytest.fixture
def teacher(app, world):
    c = app.test_client()
    sign_in(c, world["a"])
    return c


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


# --- 9. the answer key ------------------------------------------------------------------------------

def test_the_answer_key_is_a_separate_download_by_default(teacher, world):
    page = teacher.get(f"/lessons/{world['lesson']}").get_data(as_text=True)
    assert re.search(r'<option selected value="separate">|<option value="separate" selected>', page)
    assert 'name="part" value="key"' in page and "Download answer key (PDF)" in page
    sheet = teacher.get(f"/lessons/{world['lesson']}/worksheet.pdf?versions=1&key=separate&paper=letter"
                        "&part=worksheet")
    key = teacher.get(f"/lessons/{world['lesson']}/worksheet.pdf?versions=1&key=separate&paper=letter&part=key")
    assert sheet.status_code == key.status_code == 200
    assert "Answer key" not in pdf_text(sheet.data) and "Answer key" in pdf_text(key.data)
    assert key.headers["Content-Disposition"].endswith('-answer-key.pdf"')


def test_the_key_button_gives_the_key_whatever_the_key_setting(teacher, world):
    for setting in ("appended", "none"):
        r = teacher.get(f"/lessons/{world['lesson']}/worksheet.pdf?key={setting}&part=key")
        assert r.status_code == 200 and "Answer key" in pdf_text(r.data), setting


# --- 10. delete asks, says what goes, and can be undone ------------------------------------------------

def test_delete_asks_first_and_names_what_goes(teacher, app, world):
    join(app.test_client(), world["code"], "Ana")
    page = teacher.get(f"/lessons/{world['lesson']}/delete").get_data(as_text=True)
    assert "1 published quiz" in page and world["code"] in page and "1 student attempt" in page
    assert "30 days" in page
    with app.app_context():
        assert db.session.get(Lesson, world["lesson"]).deleted_at is None  # asking deleted nothing


def test_a_deleted_lesson_hides_its_quiz_and_comes_back_whole(teacher, app, world):
    join(app.test_client(), world["code"], "Ana")
    assert teacher.post(f"/lessons/{world['lesson']}/delete").status_code == 302
    assert world["code"] not in teacher.get("/lessons").get_data(as_text=True)
    assert teacher.get(f"/quizzes/{world['quiz']}/results").status_code == 404
    r = join(app.test_client(), world["code"], "Ben")  # nobody joins the quiz of a deleted lesson
    assert r.status_code == 200 and "No quiz has this code" in r.get_data(as_text=True)
    listing = teacher.get("/lessons/deleted").get_data(as_text=True)
    assert "Restore" in listing
    r = teacher.post(f"/lessons/{world['lesson']}/restore")
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/lessons/{world['lesson']}")
    assert "Ana" in teacher.get(f"/quizzes/{world['quiz']}/results").get_data(as_text=True)
    assert join(app.test_client(), world["code"], "Ben").status_code == 302


def test_another_teacher_cannot_restore_or_see_a_deleted_lesson(app, world, teacher):
    teacher.post(f"/lessons/{world['lesson']}/delete")
    bob = app.test_client()
    sign_in(bob, world["b"])
    assert bob.post(f"/lessons/{world['lesson']}/restore").status_code == 404
    assert "No deleted lessons." in bob.get("/lessons/deleted").get_data(as_text=True)


def test_deleted_lessons_are_purged_after_thirty_days(teacher, app, world):
    teacher.post(f"/lessons/{world['lesson']}/delete")
    with app.app_context():
        row = db.session.get(Lesson, world["lesson"])
        row.deleted_at -= timedelta(days=lesson_svc.KEEP_DELETED_DAYS + 1)
        db.session.commit()
    assert "No deleted lessons." in teacher.get("/lessons/deleted").get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Lesson, world["lesson"]) is None
        assert db.session.get(Quiz, world["quiz"]) is None


# --- 11. downloads and pages -----------------------------------------------------------------------

@pytest.mark.parametrize("fmt, ending", [("moodle", ".moodle.xml"), ("gift", ".gift.txt"), ("qti", "-qti.zip"),
                                         ("csv", ".csv"), ("json", ".json"), ("kahoot", ".kahoot.xlsx"),
                                         ("aiken", ".aiken.txt")])
def test_export_names_say_the_format_once(teacher, world, fmt, ending):
    r = teacher.get(f"/lessons/{world['lesson']}/export/{fmt}")
    name = re.search(r'filename="([^"]+)"', r.headers["Content-Disposition"]).group(1)
    assert name.endswith(ending) and name.count(fmt) == 1, name


def test_export_names_are_not_cut_mid_word(teacher, app, world):
    with app.app_context():
        row = db.session.get(Lesson, world["lesson"])
        row.title = "China Invites Pompeo to Visit Xinjiang, Says There Are No Rights Abuses"
        db.session.commit()
    r = teacher.get(f"/lessons/{world['lesson']}/export/moodle")
    name = re.search(r'filename="([^"]+)"', r.headers["Content-Disposition"]).group(1)
    stem = name.removesuffix(".moodle.xml")
    assert len(stem) <= 60 and "china-invites-pompeo-to-visit-xinjiang-says-there-are-no".startswith(stem)
    assert stem.endswith(("-are", "-no", "-there", "-says")), stem


@pytest.mark.parametrize("fmt", ["gift", "aiken", "csv", "kahoot", "json", "moodle", "qti"])
def test_no_charset_twice(teacher, world, fmt):
    content_type = teacher.get(f"/lessons/{world['lesson']}/export/{fmt}").headers["Content-Type"]
    assert content_type.count("charset") <= 1, content_type


def test_results_csv_rounds_scores(teacher, app, world):
    join(app.test_client(), world["code"], "Ana")
    with app.app_context():
        attempt = db.session.scalar(select(Attempt))
        attempt.score, attempt.max_score = 10.333333333333332, 31.0
        attempt.finished_at = attempt.started_at
        db.session.commit()
    text = teacher.get(f"/quizzes/{world['quiz']}/results.csv").get_data(as_text=True)
    assert "10.333" not in text and ",10.33,31," in text


def test_the_413_page_keeps_the_teacher_signed_in(app_factory):
    app = app_factory(MAX_CONTENT_LENGTH=1024)
    client = app.test_client()
    with app.app_context():
        sign_in(client, make_teacher(name="Ada").id)
    r = client.post("/lessons/new", data={"upload": (io.BytesIO(b"x" * 5000), "big.txt")},
                    content_type="multipart/form-data")
    assert r.status_code == 413
    assert "Sign out (Ada)" in r.get_data(as_text=True)


def test_the_publish_button_says_publish(teacher, world):
    page = teacher.get(f"/lessons/{world['lesson']}/publish").get_data(as_text=True)
    assert re.search(r'<button type="submit"[^>]*>Publish</button>', page)
    assert "Save settings" in teacher.get(f"/quizzes/{world['quiz']}").get_data(as_text=True)


def test_the_lesson_page_starts_with_what_to_do_next(teacher, world):
    page = teacher.get(f"/lessons/{world['lesson']}").get_data(as_text=True)
    top = page.index('class="next-steps"')
    assert top < page.index('id="article"')
    for thing in ("Download worksheet (PDF)", "Download answer key (PDF)", "Moodle XML", world["code"]):
        assert top < page.index(thing) < page.index('id="article"'), thing


def test_the_time_limit_is_given_for_the_student_s_clock(app, world):
    with app.app_context():
        db.session.get(Quiz, world["quiz"]).time_limit_minutes = 20
        db.session.commit()
    student = app.test_client()
    join(student, world["code"], "Ana")
    page = student.get(f"/q/{world['code']}").get_data(as_text=True)
    assert "UTC" not in page
    deadline = re.search(r'data-deadline="([^"]+)"', page).group(1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", deadline)
    assert "within 20 minutes" in page and "countdown.js" in page


# --- 12. caches and the Server header ----------------------------------------------------------------

def test_results_csv_and_keys_are_never_stored_by_a_cache(teacher, app, world):
    join(app.test_client(), world["code"], "Ana")
    for path in (f"/quizzes/{world['quiz']}/results", f"/quizzes/{world['quiz']}/results.csv",
                 f"/lessons/{world['lesson']}/worksheet.pdf?part=key", f"/lessons/{world['lesson']}/export/csv",
                 f"/lessons/{world['lesson']}/review"):
        r = teacher.get(path)
        assert r.status_code == 200 and r.headers["Cache-Control"] == "no-store", path
    static = teacher.get("/static/app.css")
    static.close()
    assert "no-store" not in static.headers.get("Cache-Control", "")


def test_the_development_server_names_no_version(app):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        r = httpx.get(f"http://127.0.0.1:{server.port}/login", timeout=10)
    finally:
        server.shutdown()
        thread.join(10)
    assert r.status_code == 200
    assert r.headers["Server"] == "Quizgen"
