"""Students on shared computers, in a real browser: each name its own attempt, nobody sees another's
feedback, blank names are refused, and a class list lets students pick their name. (A double-clicked
Join is tested over HTTP in tests/webapp/test_join.py: a browser does not reliably send both posts.)"""
from __future__ import annotations

import re

import pytest
from factories import sample_lesson
from sqlalchemy import select
from support import server as ls

pytestmark = pytest.mark.slow
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def attempts(app, quiz_id):
    from webapp.db import db
    from webapp.models import Attempt

    with app.app_context():
        rows = db.session.scalars(select(Attempt).where(Attempt.quiz_id == quiz_id).order_by(Attempt.id)).all()
        out = [(a.display_name, a.finished_at is not None) for a in rows]
        db.session.remove()
    return out


def join_as(page, base, code, name):
    page.goto(f"{base}/j/{code}")
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(f"**/q/{code}")


def hand_in(page, code):
    page.locator("fieldset[data-uid] input[type=radio]").first.check()
    page.get_by_role("button", name="Hand in").click()
    page.wait_for_url(f"**/q/{code}/done")


def test_next_student_at_a_shared_computer_gets_their_own_attempt(live, browser, shots):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson(), feedback="immediately")
    base, code = server.url, quiz["code"]
    lab = browser.new_context(**DESKTOP)  # one lab computer, one browser profile, all day
    page = lab.new_page()

    join_as(page, base, code, "Ana")
    hand_in(page, code)
    assert page.locator("h1").inner_text() == "Handed in — thank you, Ana"
    assert page.get_by_text("Right answer:").count() > 0  # Ana's feedback, with the key

    # Ben sits down and opens the join link: his name gives him a new quiz, not Ana's page
    join_as(page, base, code, "Ben")
    assert page.locator("h2#q-h").inner_text() == "Questions for Ben"
    assert "Ana" not in page.content()
    page.goto(f"{base}/q/{code}/done")  # Ana's feedback page is out of his reach
    page.wait_for_url(f"**/q/{code}")
    assert "Right answer:" not in page.content() and "Ana" not in page.content()
    shots(page, "share-01-ben-gets-his-own-quiz")

    # Ben hands in and leaves; Cai finds Ben's page and says it isn't him
    hand_in(page, code)
    assert page.locator("h1").inner_text() == "Handed in — thank you, Ben"
    page.get_by_role("button", name="This isn't me — start as someone else").click()
    page.wait_for_url(re.compile(rf"/(j/|join\?code=){code}$"))
    assert "Ben" not in page.content() and "Right answer:" not in page.content()
    shots(page, "share-02-start-as-someone-else")
    page.get_by_label("Your name").fill("Cai")
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(f"**/q/{code}")
    page.goto(f"{base}/q/{code}/done")
    page.wait_for_url(f"**/q/{code}")  # Cai has not handed in: no feedback page, certainly not Ben's

    # someone types Ana's name at this computer later: a name alone never opens Ana's feedback
    page.goto(f"{base}/j/{code}")
    page.get_by_label("Your name").fill("ana")
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(f"**/q/{code}")
    assert "Right answer:" not in page.content()

    assert attempts(app, quiz["quiz"]) == [("Ana", True), ("Ben", True), ("Cai", False), ("ana", False)]
    lab.close()


def test_blank_and_invisible_names_are_refused_in_the_page(live, browser):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson())
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/j/{quiz['code']}")
    page.get_by_label("Your name").fill("\u200b\u200b\u2060")
    page.get_by_role("button", name="Join").click()
    assert "Type your name" in page.locator(".errors").inner_text()
    assert attempts(app, quiz["quiz"]) == []


def test_with_a_class_list_students_pick_their_name_and_give_their_code(live, browser, shots):
    server, app = live
    quiz = ls.publish_lesson(app, sample_lesson())
    base, code = server.url, quiz["code"]
    teacher = browser.new_context(**DESKTOP).new_page()
    teacher.goto(f"{base}/login")
    teacher.get_by_label("Email").fill(quiz["email"])
    teacher.get_by_label("Password").fill(quiz["password"])
    teacher.get_by_role("button", name="Sign in").click()
    teacher.goto(f"{base}/quizzes/{quiz['quiz']}")
    box = teacher.get_by_role("textbox", name=re.compile("^Class list"))
    box.fill("Ana Alves, 4821\nBen Brown, 7730\nCai Chen, 1234")
    teacher.get_by_role("button", name="Save the class list").click()
    assert "3 names" in teacher.locator(".flash").inner_text()

    student = browser.new_context(**DESKTOP).new_page()
    student.goto(f"{base}/j/{code}")
    names = student.get_by_label("Your name")
    assert names.evaluate("e => e.tagName") == "SELECT"
    assert names.locator("option").all_inner_texts()[1:] == ["Ana Alves", "Ben Brown", "Cai Chen"]
    shots(student, "share-03-pick-your-name")
    names.select_option(label="Ben Brown")
    student.get_by_label("Your code").fill("4821")  # Ana's code, not Ben's
    student.get_by_role("button", name="Join").click()
    assert "code" in student.locator(".errors").inner_text().lower()
    assert attempts(app, quiz["quiz"]) == []
    student.get_by_label("Your name").select_option(label="Ben Brown")
    student.get_by_label("Your code").fill("7730")
    student.get_by_role("button", name="Join").click()
    student.wait_for_url(f"**/q/{code}")
    assert student.locator("h2#q-h").inner_text() == "Questions for Ben Brown"
    assert attempts(app, quiz["quiz"]) == [("Ben Brown", False)]
