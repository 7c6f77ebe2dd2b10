"""The accounts service: who waits after failed sign-ins, sessions that end, sign-up that tells nothing."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from wa_helpers import make_teacher

from webapp import throttle
from webapp.auth import accounts
from webapp.db import db
from webapp.models import Invite, Teacher
from webapp.services import teachers as teacher_svc

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(throttle, "utcnow", c)
    return c


class CookieSession(dict):
    """What Flask's session is to the service: a dict with a ``permanent`` flag."""

    permanent = False


def attempt(email, password, address, device=None):
    try:
        return accounts.check_sign_in(email, password, address=address, device=device)
    except accounts.Throttled as exc:
        return exc


def test_an_attacker_elsewhere_cannot_lock_the_teacher_out(ctx, clock):
    make_teacher("ada@school.test", password=PASSWORD)
    assert isinstance(attempt("ada@school.test", PASSWORD, "10.0.0.5", "ada-laptop"), Teacher)  # her usual laptop
    for n in range(60):  # a guesser on another network, then spread over many addresses
        attempt("ada@school.test", f"guess {n}", "203.0.113.7" if n < 30 else f"198.51.100.{n}")
    assert isinstance(attempt("ada@school.test", "guess x", "203.0.113.7"), accounts.Throttled)
    # her laptop: not slowed at all; a new computer at school: slowed by at most a minute
    assert isinstance(attempt("ada@school.test", PASSWORD, "10.0.0.5", "ada-laptop"), Teacher)
    waited = attempt("ada@school.test", PASSWORD, "10.0.0.6")
    assert isinstance(waited, accounts.Throttled) and waited.wait <= 60
    clock.now += timedelta(seconds=61)
    assert isinstance(attempt("ada@school.test", PASSWORD, "10.0.0.6"), Teacher)


def test_many_failures_behind_one_address_slow_but_do_not_lock_its_teachers(ctx, clock):
    for email in ("ada@school.test", "bob@school.test"):
        make_teacher(email, password=PASSWORD)
    assert isinstance(attempt("bob@school.test", PASSWORD, "192.0.2.1", "bob-pc"), Teacher)
    for n in range(40):  # someone at the school sprays passwords at made-up accounts
        attempt(f"nobody{n}@school.test", "guess", "192.0.2.1")
    assert isinstance(attempt("bob@school.test", PASSWORD, "192.0.2.1", "bob-pc"), Teacher)
    waited = attempt("ada@school.test", PASSWORD, "192.0.2.1")
    assert isinstance(waited, accounts.Throttled) and waited.wait <= 60
    clock.now += timedelta(seconds=61)
    assert isinstance(attempt("ada@school.test", PASSWORD, "192.0.2.1"), Teacher)


def test_one_client_guessing_one_account_waits_longer_and_longer(ctx, clock):
    make_teacher("ada@school.test", password=PASSWORD)
    waits = []
    for n in range(9):
        result = attempt("ada@school.test", f"guess {n}", "203.0.113.7")
        if isinstance(result, accounts.Throttled):
            waits.append(result.wait)
            clock.now += timedelta(seconds=result.wait)
            attempt("ada@school.test", f"guess {n}", "203.0.113.7")
    assert waits == sorted(waits) and len(waits) >= 3 and waits[-1] > waits[0]


def test_a_wrong_device_cookie_earns_no_trust(ctx, clock):
    make_teacher("ada@school.test", password=PASSWORD)
    for n in range(12):
        attempt("ada@school.test", f"guess {n}", "203.0.113.7", device=f"made-up-{n}")
    assert isinstance(attempt("ada@school.test", "guess", "203.0.113.7", device="made-up-x"), accounts.Throttled)


def test_session_version_ends_copied_sessions(ctx):
    t = make_teacher("ada@school.test", password=PASSWORD)
    session = CookieSession()
    accounts.start_session(session, t)
    assert session.permanent
    copied = CookieSession(session)
    assert accounts.session_teacher(copied) is t
    accounts.end_sessions(t.id)
    assert accounts.session_teacher(copied) is None
    accounts.start_session(session, db.session.get(Teacher, t.id))
    assert accounts.session_teacher(session) is not None
    teacher_svc.set_password(db.session.get(Teacher, t.id), "another long password")
    assert accounts.session_teacher(session) is None
    assert accounts.session_teacher({"teacher_id": t.id}) is None  # a cookie from before versions


def test_sign_up_ends_the_same_whether_or_not_the_email_has_an_account(ctx, clock):
    ada = make_teacher("ada@school.test", password=PASSWORD)
    before = ada.password_hash
    codes = [accounts.make_invite(ada) for _ in range(2)]
    accounts.sign_up(accounts.SignUp("Eve", "ADA@school.test", "a new long password", codes[0]),
                     address="192.0.2.9", open_signup=False)
    accounts.sign_up(accounts.SignUp("Cy", "cy@school.test", "a new long password", codes[1]),
                     address="192.0.2.9", open_signup=False)
    assert db.session.get(Teacher, ada.id).password_hash == before  # nothing about Ada changed
    assert db.session.scalar(select(func.count()).select_from(Teacher)) == 2
    assert all(i.used_at is not None for i in db.session.scalars(select(Invite)))
    with pytest.raises(accounts.BadInvite):  # used up
        accounts.sign_up(accounts.SignUp("Di", "di@school.test", "a new long password", codes[1]),
                         address="192.0.2.9", open_signup=False)
    with pytest.raises(accounts.BadInvite):  # sign-up is closed and there is no invitation
        accounts.sign_up(accounts.SignUp("Di", "di@school.test", "a new long password", None),
                         address="192.0.2.9", open_signup=False)


def test_invitations_expire(ctx, clock):
    ada = make_teacher("ada@school.test", password=PASSWORD)
    code = accounts.make_invite(ada)
    assert accounts.invite_usable(code) and not accounts.invite_usable("made up")
    invite = db.session.scalar(select(Invite))
    invite.expires_at = datetime(2000, 1, 1)
    db.session.commit()
    assert not accounts.invite_usable(code)


def test_sign_ups_from_one_address_are_throttled(ctx, clock):
    outcomes = []
    for n in range(8):
        try:
            accounts.sign_up(accounts.SignUp("X", f"x{n}@school.test", "a long enough password", None),
                             address="192.0.2.50", open_signup=True)
            outcomes.append("made")
        except accounts.Throttled:
            outcomes.append("wait")
    assert outcomes[:5] == ["made"] * 5 and outcomes[-1] == "wait"
