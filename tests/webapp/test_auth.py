"""Teachers: sign-up, sign-in, password storage, throttling, safe `next`, cookie flags."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from wa_helpers import make_teacher

from webapp.db import db
from webapp.models import Teacher

PASSWORD = "correct horse battery"


def login(client, email="a@school.test", password=PASSWORD, next_=""):
    return client.post("/login", data={"email": email, "password": password, "next": next_})


def invite_code(app, teacher_id):
    from webapp.auth import accounts

    with app.app_context():
        code = accounts.make_invite(db.session.get(Teacher, teacher_id))
        db.session.remove()
    return code


def signup(client, email, code, password=PASSWORD):
    return client.post("/signup", data={"name": "Ada", "email": email, "password": password, "confirm": password,
                                        "invite": code})


def test_signup_with_an_invitation_makes_an_account_with_a_hashed_password(client, app):
    with app.app_context():
        inviter = make_teacher("inviter@school.test").id
    r = signup(client, "Ada@School.test", invite_code(app, inviter))
    assert r.status_code == 302 and r.headers["Location"].endswith("/login")
    with app.app_context():
        t = db.session.scalar(select(Teacher).where(Teacher.email == "ada@school.test"))
        assert t is not None and PASSWORD not in t.password_hash
    assert login(client, "ada@school.test").headers["Location"].endswith("/lessons")
    assert client.get("/lessons").status_code == 200


def test_signup_rejects_a_short_password(client, app):
    with app.app_context():
        inviter = make_teacher("inviter@school.test").id
    r = signup(client, "x@school.test", invite_code(app, inviter), password="short")
    body = r.get_data(as_text=True)
    assert r.status_code == 200 and ("at least 12" in body.lower() or "Field must be at least 12" in body)


def test_default_password_hash_meets_owasp_strength(app_factory):
    from webapp.config import PASSWORD_METHOD
    from webapp.security import hash_password, verify_password

    app = app_factory(PASSWORD_METHOD=PASSWORD_METHOD)
    with app.app_context():
        h = hash_password("a long enough password")
        method, n, r, p = h.split("$")[0].split(":")
        assert method == "scrypt" and int(n) >= 2**17 and int(r) >= 8 and int(p) >= 1
        assert verify_password(h, "a long enough password")
        assert not verify_password(h, "a long enough passworD")


def test_sign_in_and_out(client, ctx):
    make_teacher()
    r = login(client)
    assert r.status_code == 302 and r.headers["Location"].endswith("/lessons")
    assert client.get("/lessons").status_code == 200
    assert client.get("/logout").status_code == 405  # a link cannot sign anyone out
    client.post("/logout")
    assert client.get("/lessons").status_code == 302


def test_wrong_password_is_refused(client, ctx):
    make_teacher()
    r = login(client, password="wrong password here")
    assert r.status_code == 200
    assert "Wrong email or password" in r.get_data(as_text=True)
    assert client.get("/lessons").status_code == 302


def test_a_guessing_client_waits_even_with_the_right_password(client, ctx):
    make_teacher()
    for _ in range(6):  # five free tries; the sixth failure starts a wait
        assert login(client, password="wrong password here").status_code == 200
    r = login(client)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    assert "Too many" in r.get_data(as_text=True)


def test_throttle_for_one_email_does_not_lock_out_another_teacher(client, ctx):
    make_teacher()
    make_teacher("b@school.test", "Bob")
    for _ in range(5):
        login(client, password="wrong password here")
    assert login(client, email="b@school.test").status_code == 302


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example",
                                    "http:/evil.example", "javascript:alert(1)", "\\\\evil.example"])
def test_next_never_redirects_off_site(client, ctx, target):
    make_teacher()
    r = login(client, next_=target)
    assert r.status_code == 302
    assert r.headers["Location"] == "/lessons"


def test_next_redirects_within_the_site(client, ctx):
    make_teacher()
    r = login(client, next_="/lessons/new")
    assert r.headers["Location"] == "/lessons/new"


def test_anonymous_teacher_page_redirects_to_sign_in_with_next(client):
    r = client.get("/lessons/new")
    assert r.status_code == 302
    assert r.headers["Location"].startswith("/login?next=/lessons/new")


def _session_cookie(response):
    return next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))


def test_session_cookie_is_httponly_lax_and_not_secure_over_http(client, ctx):
    make_teacher()
    cookie = _session_cookie(login(client))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_session_cookie_is_secure_over_https(app, ctx):
    make_teacher()
    client = app.test_client()
    r = client.post("/login", data={"email": "a@school.test", "password": PASSWORD}, base_url="https://localhost")
    cookie = _session_cookie(r)
    assert "Secure" in cookie and "HttpOnly" in cookie
