"""Teacher accounts: sign-in with throttles, revocable sessions, invitations, sign-up.

The rules of :mod:`webapp.throttle` decide who waits; this module owns the transactions, so the
views only pass in what the request carried and turn the outcome into a page.
"""
from __future__ import annotations

import hashlib
import secrets
from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from webapp import throttle
from webapp.db import db
from webapp.models import Invite, Teacher, utcnow
from webapp.security import hash_password, verify_password

INVITE_DAYS = 14
DEVICE_COOKIE = "qg_device"
# A real hash to check against when the email is unknown, so both cases take the same time.
_DUMMY: dict[str, str] = {}


class Throttled(Exception):
    """Too many failures under one of the request's keys: try again after ``wait`` seconds."""

    def __init__(self, wait: int) -> None:
        super().__init__(f"wait {wait} s")
        self.wait = wait


class BadInvite(Exception):
    """The invitation code is unknown, used or expired."""


def normal_email(email: str) -> str:
    return (email or "").strip().lower()


def new_device_id() -> str:
    return secrets.token_urlsafe(18)


def _find(email: str) -> Teacher | None:
    return db.session.scalar(select(Teacher).where(func.lower(Teacher.email) == normal_email(email)))


def _login_keys(email: str, address: str, device: str | None) -> list[tuple[str, throttle.Rule]]:
    """The keys a sign-in attempt counts under (see webapp.throttle for why these)."""
    if device and throttle.recent(throttle.key("login-device-ok", email, device), throttle.DEVICE_TRUST):
        return [(throttle.key("login-device", email, device), throttle.LOGIN_DEVICE)]
    return [
        (throttle.key("login-pair", email, address), throttle.LOGIN_PAIR),
        (throttle.key("login-account", email), throttle.LOGIN_ACCOUNT),
        (throttle.key("login-address", address), throttle.LOGIN_ADDRESS),
    ]


def check_sign_in(email: str, password: str, *, address: str, device: str | None) -> Teacher | None:
    """The teacher these credentials open, or None (a wrong email and a wrong password look alike).

    Raises :class:`Throttled` before checking anything when a key must still wait. A success
    clears this client's failures and remembers ``device`` as one this teacher signs in from.
    """
    email = normal_email(email)
    keys = _login_keys(email, address, device)
    wait = throttle.longest_wait(keys)
    if wait:
        raise Throttled(wait)
    teacher = _find(email)
    if teacher is None:
        if "hash" not in _DUMMY:
            _DUMMY["hash"] = hash_password("not a password")
        verify_password(_DUMMY["hash"], password)
    if teacher is None or not verify_password(teacher.password_hash, password):
        throttle.fail(keys)
        return None
    throttle.clear(keys[0][0])
    if device:
        throttle.mark(throttle.key("login-device-ok", email, device))
    db.session.commit()
    return teacher


def start_session(session: MutableMapping[str, Any], teacher: Teacher) -> None:
    """A fresh session for ``teacher`` (no fixation), carrying the teacher's session version."""
    session.clear()
    session["teacher_id"] = teacher.id
    session["sv"] = teacher.session_version
    session.permanent = True


def session_teacher(session: MutableMapping[str, Any]) -> Teacher | None:
    """The signed-in teacher, or None when the cookie names none or carries an ended session."""
    tid = session.get("teacher_id")
    if not isinstance(tid, int):
        return None
    teacher = db.session.get(Teacher, tid)
    if teacher is None or session.get("sv") != teacher.session_version:
        return None
    return teacher


def end_sessions(teacher_id: int) -> None:
    """End every session of this teacher (sign-out, "sign out everywhere", a password reset)."""
    db.session.execute(
        update(Teacher).where(Teacher.id == teacher_id).values(session_version=Teacher.session_version + 1)
    )
    db.session.commit()


def _invite_hash(code: str) -> str:
    return hashlib.sha256((code or "").strip().encode()).hexdigest()


def make_invite(teacher: Teacher) -> str:
    """A one-use invitation code (shown once; only its hash is stored), valid for two weeks."""
    code = secrets.token_urlsafe(16)
    db.session.add(Invite(code_hash=_invite_hash(code), created_by=teacher.id,
                          expires_at=utcnow() + timedelta(days=INVITE_DAYS)))
    db.session.commit()
    return code


def invite_usable(code: str | None) -> bool:
    if not code:
        return False
    invite = db.session.scalar(select(Invite).where(Invite.code_hash == _invite_hash(code)))
    return invite is not None and invite.used_at is None and invite.expires_at > utcnow()


def signup_wait(address: str) -> int:
    return throttle.wait_seconds(throttle.key("signup", address), throttle.SIGNUP_ADDRESS)


@dataclass(frozen=True)
class SignUp:
    name: str
    email: str
    password: str
    invite: str | None


def sign_up(form: SignUp, *, address: str, open_signup: bool) -> None:
    """Make the account, unless the email already has one -- and say nothing either way.

    Every attempt costs the same (one slow hash, one throttle count) and ends the same, so the
    answer never tells whether an address has an account; the person then signs in. An
    invitation (needed unless sign-up is open) is used up either way. Raises
    :class:`Throttled` or :class:`BadInvite`.
    """
    address_key = [(throttle.key("signup", address), throttle.SIGNUP_ADDRESS)]
    wait = throttle.longest_wait(address_key)
    if wait:
        raise Throttled(wait)
    throttle.fail(address_key)  # every attempt counts: each costs a slow hash
    invite = None
    if not open_signup or form.invite:
        invite = db.session.scalar(
            select(Invite).where(Invite.code_hash == _invite_hash(form.invite or "")).with_for_update()
        )
        if invite is None or invite.used_at is not None or invite.expires_at <= utcnow():
            db.session.rollback()
            raise BadInvite()
    password_hash = hash_password(form.password)
    if invite is not None:
        invite.used_at = utcnow()
    email = normal_email(form.email)
    if _find(email) is None:
        db.session.add(Teacher(name=form.name.strip(), email=email, password_hash=password_hash))
    try:
        db.session.commit()
    except IntegrityError:  # the same email signed up at the same moment: one account, no answer
        db.session.rollback()
