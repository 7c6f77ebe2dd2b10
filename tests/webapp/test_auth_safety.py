"""Accounts as an attacker would try them: sign-up by invitation only and telling nothing, sessions
that end on sign-out and password reset, and failed sign-ins that cannot lock a teacher out."""
from __future__ import annotations

import re

from sqlalchemy import func, select
from wa_helpers import make_teacher

from webapp.db import db
from webapp.models import Teacher

PASSWORD = "correct horse battery"
ATTACKER = {"REMOTE_ADDR": "203.0.113.66"}


def login(client, email="a@school.test", password=PASSWORD, **kw):
    return client.post("/login", data={"email": email, "password": password}, **kw)


def teachers(app):
    with app.app_context():
        n = db.session.scalar(select(func.count()).select_from(Teacher))
        db.session.remove()
        return n


def make_invite_link(app, client):
    """Sign ``client`` in as Ada (made the first time) and make an invitation link on the page."""
    if teachers(app) == 0:
        with app.app_context():
            make_teacher("ada@school.test", "Ada")
        assert login(client, "ada@school.test").status_code == 302
    page = client.post("/invite").get_data(as_text=True)
    link = re.search(r'value="(http[^"]+/signup\?invite=[^"]+)"', page).group(1)
    return link.split("invite=", 1)[1]


def signup(client, email, code=None, name="New teacher", password="another long password", **kw):
    data = {"name": name, "email": email, "password": password, "confirm": password}
    if code is not None:
        data["invite"] = code
    return client.post("/signup", data=data, **kw)


def test_sign_up_is_closed_without_an_invitation(client, app):
    page = client.get("/signup").get_data(as_text=True)
    assert "by invitation" in page
    r = signup(client, "eve@school.test")
    assert r.status_code == 200 and "This invitation is not valid" in r.get_data(as_text=True)
    r = signup(client, "eve@school.test", code="guessed-code")
    assert r.status_code == 200 and teachers(app) == 0
    assert "make an account" not in client.get("/").get_data(as_text=True)


def test_a_signed_in_teacher_invites_a_colleague_once(client, app):
    assert client.get("/invite").status_code == 302  # signed out: to the sign-in page
    code = make_invite_link(app, client)
    colleague = app.test_client()
    assert f'value="{code}"' in colleague.get(f"/signup?invite={code}").get_data(as_text=True)
    r = signup(colleague, "bo@school.test", code)
    assert r.status_code == 302 and r.headers["Location"].endswith("/login")
    assert login(colleague, "bo@school.test", "another long password").status_code == 302
    r = signup(app.test_client(), "cy@school.test", code)  # the link works once
    assert r.status_code == 200 and teachers(app) == 2


def test_sign_up_says_the_same_whether_or_not_the_email_has_an_account(client, app):
    codes = [make_invite_link(app, client) for _ in range(2)]
    answers = []
    for email, code in (("ada@school.test", codes[0]), ("new@school.test", codes[1])):
        c = app.test_client()
        r = signup(c, email, code)
        answers.append((r.status_code, r.headers.get("Location"), c.get("/login").get_data(as_text=True)))
    assert answers[0] == answers[1]
    assert "already" not in answers[0][2].split("(If this email")[0]
    # Ada's own password still works; the one typed at the sign-up does not
    assert login(app.test_client(), "ada@school.test").status_code == 302
    assert login(app.test_client(), "ada@school.test", "another long password").status_code == 200


def test_sign_up_is_throttled_per_address(app_factory):
    app = app_factory(ALLOW_SIGNUP=True)  # even when open, a burst of slow hashes is refused
    client = app.test_client()
    statuses = [signup(client, f"t{n}@school.test").status_code for n in range(8)]
    assert statuses[:6] == [302] * 6 and statuses[-1] == 429
    assert teachers(app) == 6
    assert signup(app.test_client(), "far@school.test", environ_base={"REMOTE_ADDR": "198.51.100.3"}).status_code == 302


def test_a_copied_session_cookie_stops_working_after_sign_out(client, app):
    with app.app_context():
        make_teacher()
    login(client)
    stolen = client.get_cookie("session").value
    thief = app.test_client()
    thief.set_cookie("session", stolen, domain="localhost")
    assert thief.get("/lessons").status_code == 200
    client.post("/logout")
    assert thief.get("/lessons").status_code == 302  # to the sign-in page
    assert client.get("/lessons").status_code == 302


def test_a_password_reset_ends_every_session(client, app):
    with app.app_context():
        make_teacher()
    login(client)
    assert client.get("/lessons").status_code == 200
    result = app.test_cli_runner().invoke(args=["reset-password", "a@school.test"])
    assert "new password" in result.output
    assert client.get("/lessons").status_code == 302
    new_password = result.output.strip().rsplit(" ", 1)[1]
    assert login(client, password=new_password).status_code == 302


def test_guessing_from_elsewhere_does_not_lock_the_teacher_out(client, app):
    with app.app_context():
        make_teacher()
    assert login(client).status_code == 302  # Ada has signed in from this browser before
    client.post("/logout")
    attacker = app.test_client()
    statuses = [login(attacker, password=f"guess {n}", environ_base=ATTACKER).status_code for n in range(40)]
    assert statuses[-1] == 429  # the guesser is slowed down ...
    assert login(client).status_code == 302  # ... and Ada still signs in, right away, with the right password


def test_many_failures_behind_a_school_address_do_not_lock_its_teachers_out(client, app):
    with app.app_context():
        make_teacher()
        make_teacher("bob@school.test", "Bob")
    assert login(client).status_code == 302
    for n in range(40):  # someone in the school sprays guesses at other accounts, from the same address
        login(app.test_client(), f"nobody{n}@school.test", "guess")
    assert login(client).status_code == 302  # Ada's browser is known: in at once
    r = login(app.test_client(), "bob@school.test")  # Bob on a new computer: slowed a little at most
    assert r.status_code == 302 or (r.status_code == 429 and int(r.headers["Retry-After"]) <= 60)
