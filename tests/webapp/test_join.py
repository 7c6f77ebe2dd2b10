"""Joining a quiz: one attempt per browser and name (double clicks included), a new one for a new
name, no way into another name's feedback, visible names only, class lists, and no class lockout."""
from __future__ import annotations

import re
import threading

import pytest
from sqlalchemy import select

from webapp import throttle
from webapp.db import db
from webapp.models import Attempt, Quiz, RosterEntry


def attempts(app):
    with app.app_context():
        rows = db.session.scalars(select(Attempt).order_by(Attempt.id)).all()
        out = [(a.display_name, a.finished_at is not None) for a in rows]
        db.session.remove()
        return out


def hidden_fields(html):
    """The hidden inputs of a page, name -> value."""
    out = {}
    for tag in re.findall(r"<input\b[^>]*>", html):
        attrs = dict(re.findall(r'([a-z_-]+)="([^"]*)"', tag))
        if attrs.get("type") == "hidden" and "name" in attrs:
            out[attrs["name"]] = attrs.get("value", "")
    return out


def join_page(client, code):
    """GET the join link; returns the form's hidden fields (the join id and the CSRF token)."""
    return hidden_fields(client.get(f"/j/{code}").get_data(as_text=True))


def post_join(client, code, name, **extra):
    return client.post("/join", data={**join_page(client, code), "code": code, "name": name, **extra})


def resume_cookie(response, code):
    for header in response.headers.getlist("Set-Cookie"):
        if header.startswith(f"qg_{code}="):
            return header.split("=", 1)[1].split(";", 1)[0]
    return None


def hand_in(client, code):
    assert client.post(f"/q/{code}/submit", data={}).status_code == 302


def test_the_join_form_carries_a_join_id(client, world):
    assert len(join_page(client, world["code"]).get("join_id", "")) >= 16


def test_a_double_clicked_join_makes_one_attempt(app, world):
    """Two identical posts at the same moment (a double click) give one attempt and one cookie."""
    first = app.test_client()
    fields = join_page(first, world["code"])
    clients = [first, app.test_client()]
    for c in clients[1:]:
        for cookie in first._cookies.values():
            c.set_cookie(cookie.key, cookie.value, domain=cookie.domain)
    barrier = threading.Barrier(len(clients))
    responses = [None] * len(clients)

    def click(n):
        barrier.wait()
        responses[n] = clients[n].post("/join", data={**fields, "code": world["code"], "name": "Dee"})

    threads = [threading.Thread(target=click, args=(n,)) for n in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert [r.status_code for r in responses] == [302, 302]
    assert attempts(app) == [("Dee", False)]
    tokens = {resume_cookie(r, world["code"]) for r in responses}
    assert len(tokens) == 1 and None not in tokens  # both tabs resume the same attempt


def test_one_browser_one_name_twice_is_one_attempt(client, app, world):
    post_join(client, world["code"], "Dee")
    post_join(client, world["code"], " dee ")  # the same name, typed again later
    assert attempts(app) == [("Dee", False)]


def test_another_name_at_the_same_computer_starts_a_new_attempt(client, app, world):
    code = world["code"]
    post_join(client, code, "Ana")
    hand_in(client, code)
    assert "thank you, Ana" in client.get(f"/q/{code}/done").get_data(as_text=True)
    r = post_join(client, code, "Ben")
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/q/{code}")
    page = client.get(f"/q/{code}").get_data(as_text=True)
    # Ana's name nowhere as a word (a random CSRF token may hold the letters "Ana": one did, in a CI run)
    assert "Questions for Ben" in page and not re.search(r"(?<![\w-])Ana(?![\w-])", page)
    r = client.get(f"/q/{code}/done")  # Ana's feedback is not reachable from Ben's join
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/q/{code}")
    assert attempts(app) == [("Ana", True), ("Ben", False)]


def test_a_finished_attempt_offers_to_start_as_someone_else(client, app, world):
    code = world["code"]
    post_join(client, code, "Ana")
    hand_in(client, code)
    page = client.get(f"/q/{code}/done").get_data(as_text=True)
    assert "This isn't me — start as someone else" in page
    r = client.post(f"/q/{code}/leave")
    assert r.status_code == 302 and re.search(rf"/(j/|join\?code=){code}$", r.headers["Location"])
    assert client.get(f"/q/{code}/done").status_code == 302  # Ana's page is gone from this browser
    assert "Ana" not in client.get(f"/j/{code}").get_data(as_text=True)
    assert attempts(app) == [("Ana", True)]


@pytest.mark.parametrize("name", ["", "   ", "\u200b", "\u200b\u200d\ufeff", "\u3164", "\u202e"])
def test_blank_and_invisible_names_are_refused(client, app, world, name):
    r = post_join(client, world["code"], name)
    assert r.status_code == 200 and "Type your name" in r.get_data(as_text=True)
    assert attempts(app) == []


def test_invisible_characters_are_not_stored(client, app, world):
    post_join(client, world["code"], "A\u200bna\u2060")
    assert attempts(app) == [("Ana", False)]


def set_roster(app, quiz_id, lines):
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        for n, (name, code) in enumerate(lines):
            db.session.add(RosterEntry(quiz=quiz, position=n, name=name, code=code))
        db.session.commit()
        ids = {e.name: e.id for e in quiz.roster}
        db.session.remove()
        return ids


def test_with_a_class_list_students_pick_a_name_from_it(client, app, world):
    ids = set_roster(app, world["quiz"], [("Ana Alves", None), ("Ben Brown", None)])
    page = client.get(f"/j/{world['code']}").get_data(as_text=True)
    assert "<select" in page and "Ana Alves" in page and "Ben Brown" in page
    r = post_join(client, world["code"], "", student=str(ids["Ben Brown"]))
    assert r.status_code == 302
    assert attempts(app) == [("Ben Brown", False)]
    other = app.test_client()
    r = post_join(other, world["code"], "Mallory", student="999999")  # not on the list
    assert r.status_code == 200 and attempts(app) == [("Ben Brown", False)]


def test_a_student_code_is_needed_and_resumes_from_any_computer(client, app, world):
    ids = set_roster(app, world["quiz"], [("Ana Alves", "4821"), ("Ben Brown", "7730")])
    r = post_join(client, world["code"], "", student=str(ids["Ben Brown"]), student_code="4821")
    assert r.status_code == 200 and "code" in r.get_data(as_text=True).lower() and attempts(app) == []
    r = post_join(client, world["code"], "", student=str(ids["Ben Brown"]), student_code="7730")
    assert r.status_code == 302
    other = app.test_client()  # Ben moves to another computer: his code brings back his attempt
    r = post_join(other, world["code"], "", student=str(ids["Ben Brown"]), student_code=" 7730 ")
    assert r.status_code == 302
    assert attempts(app) == [("Ben Brown", False)]


def test_duplicate_names_are_flagged_for_the_teacher(app, world):
    for name in ("Ana", "ana", "Ben"):
        post_join(app.test_client(), world["code"], name)
    teacher = app.test_client()
    from wa_helpers import sign_in

    sign_in(teacher, world["a"])
    page = teacher.get(f"/quizzes/{world['quiz']}/results").get_data(as_text=True)
    assert "2 attempts under the name Ana" in page
    assert page.count('class="dup"') == 2


def test_wrong_codes_from_one_address_do_not_shut_out_the_class(app, world):
    attacker = app.test_client()
    fields = join_page(attacker, world["code"])
    for n in range(60):
        attacker.post("/join", data={**fields, "code": f"ZZZZ{n:02d}", "name": "X"})
    r = attacker.post("/join", data={**fields, "code": "ZZZZZZ", "name": "X"})
    assert r.status_code == 429  # the guesser's own browser waits
    for name in ("Ana", "Ben", "Cai"):  # classmates behind the same address still get in
        r = post_join(app.test_client(), world["code"], name)
        assert r.status_code == 302, name


def test_a_flood_from_one_address_waits_but_a_joined_class_keeps_joining(app, world, monkeypatch):
    monkeypatch.setattr(throttle, "JOIN_ADDRESS", throttle.Rule(free=20, base=30, cap=60, forget=600))
    assert post_join(app.test_client(), world["code"], "Ana").status_code == 302  # the class starts
    for n in range(30):  # fresh browsers each time: only the address key holds them back
        c = app.test_client()
        c.post("/join", data={**join_page(c, world["code"]), "code": f"ZZZZ{n:02d}", "name": "X"})
    c = app.test_client()
    r = c.post("/join", data={**join_page(c, world["code"]), "code": "ZZZZZZ", "name": "X"})
    assert r.status_code == 429
    assert post_join(app.test_client(), world["code"], "Ben").status_code == 302  # the right code still works


def test_a_tab_left_open_by_the_last_student_cannot_write_into_the_next_one_s_answers(client, app, world):
    code = world["code"]
    post_join(client, code, "Ana")
    ana_page = client.get(f"/q/{code}").get_data(as_text=True)
    ana_fields = {k: v for k, v in hidden_fields(ana_page).items() if k == "attempt"}
    uid = re.search(r'name="present" value="([^"]+)"', ana_page).group(1)
    post_join(client, code, "Ben")  # Ben joins in another tab; Ana's tab is still open
    ana_save = {**ana_fields, "present": uid, f"q-{uid}": "0"}
    r = client.post(f"/q/{code}/save", data=ana_save, headers={"Accept": "application/json"})
    assert r.status_code == 403 and "another student" in r.get_json()["error"]
    r = client.post(f"/q/{code}/submit", data=ana_save)
    assert r.status_code == 302 and re.search(rf"/(j/|join\?code=){code}$", r.headers["Location"])
    with app.app_context():
        ben = db.session.scalar(select(Attempt).where(Attempt.display_name == "Ben"))
        assert ben.responses == [] and ben.finished_at is None
    ben_page = client.get(f"/q/{code}").get_data(as_text=True)  # Ben's own page saves as usual
    ben_save = {"attempt": hidden_fields(ben_page)["attempt"], "present": uid, f"q-{uid}": "1"}
    assert client.post(f"/q/{code}/save", data=ben_save, headers={"Accept": "application/json"}).get_json()["ok"]


def test_a_code_typed_on_the_front_page_leads_to_the_class_list(app, world):
    ids = set_roster(app, world["quiz"], [("Ana Alves", None), ("Ben Brown", None)])
    c = app.test_client()
    fields = hidden_fields(c.get("/").get_data(as_text=True))
    r = c.post("/join", data={**fields, "code": world["code"].lower(), "name": "Mallory"})
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "Choose your name from the class list" in page and "Ben Brown" in page
    r = c.post("/join", data={**hidden_fields(page), "code": world["code"], "student": str(ids["Ana Alves"])})
    assert r.status_code == 302
    r = app.test_client().post("/join", data={**fields, "code": world["code"], "name": " ben  brown "})
    assert r.status_code == 302  # a name typed exactly as on the list is taken as that entry
    assert attempts(app) == [("Ana Alves", False), ("Ben Brown", False)]
