"""Joining a quiz: the code (throttled without shutting a class out), the student's name or class-list
entry, and the resume token that makes one browser and one name one attempt.

The token is an HMAC of the quiz, the join form's random ``join_id`` and the student: the same
form posted twice (a double click, a reload of the post) names the same attempt, while another
name -- the next student at a shared computer -- gets a new one. A student on a class list with
a code gets a token from that code, so the code brings back the same attempt from any computer.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from webapp import throttle
from webapp.db import db, transaction
from webapp.models import Attempt, Quiz, RosterEntry
from webapp.services import attempts as attempt_svc
from webapp.services import quizzes as quiz_svc
from webapp.services.names import RosterLine, clean_name, name_key


class Wait(Exception):
    """Too many wrong codes from this browser or address: try again in ``seconds``."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"wait {seconds} s")
        self.seconds = seconds


class Refused(Exception):
    """The join cannot go ahead; ``field`` is the form field the message belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Student:
    """Who is joining: the name to show and, with a class list, the entry picked."""

    name: str
    entry: RosterEntry | None
    token: str | None


def _client_keys(address: str, client: str | None) -> list[tuple[str, throttle.Rule]]:
    return [(throttle.key("join-client", address, client or "-"), throttle.JOIN_CLIENT)]


def _address_keys(address: str) -> list[tuple[str, throttle.Rule]]:
    return [(throttle.key("join-address", address), throttle.JOIN_ADDRESS)]


def _class_here(quiz: Quiz, address: str) -> str:
    return throttle.key("join-class", address, quiz.id)


def quiz_for_code(code: str, *, address: str, client: str | None) -> Quiz:
    """The open quiz this code names, or :class:`Refused` / :class:`Wait`.

    A browser that keeps guessing waits on its own. The address as a whole waits only after
    many wrong codes, and even then the right code of a quiz already joined from this address
    goes through: the class behind the school's one address keeps joining.
    """
    wait = throttle.longest_wait(_client_keys(address, client))
    if wait:
        raise Wait(wait)
    quiz = quiz_svc.by_code(code)
    known_here = quiz is not None and throttle.recent(_class_here(quiz, address), throttle.CLASS_AT_ADDRESS)
    if not known_here:
        wait = throttle.longest_wait(_address_keys(address))
        if wait:
            raise Wait(wait)
    if quiz is None:
        throttle.fail(_client_keys(address, client) + _address_keys(address))
        raise Refused("code", "No quiz has this code. Check it with your teacher.")
    if not quiz.is_open:
        raise Refused("code", "This quiz is closed.")
    return quiz


def _token(quiz: Quiz, *parts: object) -> str:
    secret = str(current_app.config["SECRET_KEY"]).encode()
    message = "\x1f".join(["join", str(quiz.id), *map(str, parts)]).encode()
    return base64.urlsafe_b64encode(hmac.new(secret, message, hashlib.sha256).digest()).rstrip(b"=").decode()


def roster(quiz: Quiz) -> list[RosterEntry]:
    return list(quiz.roster)


def student_for(quiz: Quiz, *, name: str | None, entry_id: str | None, entry_code: str | None,
                join_id: str | None, address: str) -> Student:
    """Check who is joining (a visible name, or a class-list entry and its code)."""
    join_id = (join_id or "").strip()[:64] or None
    entries = roster(quiz)
    if not entries:
        shown = clean_name(name)
        if not shown:
            raise Refused("name", "Type your name (letters or digits).")
        return Student(shown, None, _token(quiz, "name", join_id, name_key(shown)) if join_id else None)
    entry = None
    if entry_id and entry_id.isdigit():
        entry = next((e for e in entries if e.id == int(entry_id)), None)
    elif name:  # typed on the front page before the class list could be shown
        entry = next((e for e in entries if name_key(e.name) == name_key(name)), None)
    if entry is None:
        raise Refused("student", "Choose your name from the class list.")
    if entry.code:
        keys = [(throttle.key("join-student-code", address, entry.id), throttle.JOIN_CLIENT)]
        wait = throttle.longest_wait(keys)
        if wait:
            raise Wait(wait)
        given = "".join((entry_code or "").split())
        if not hmac.compare_digest(given.upper().encode(), entry.code.upper().encode()):
            throttle.fail(keys)
            raise Refused("student_code", "That is not your code. Check it with your teacher.")
        return Student(entry.name, entry, _token(quiz, "roster-code", entry.id, entry.code.upper()))
    return Student(entry.name, entry, _token(quiz, "roster", entry.id, join_id) if join_id else None)


def same_student(attempt: Attempt, student: Student) -> bool:
    """Whether this browser's attempt is already this student's (then joining resumes it)."""
    if student.entry is not None:
        return attempt.roster_entry_id == student.entry.id
    return name_key(attempt.display_name) == name_key(student.name)


def join(quiz: Quiz, student: Student, *, address: str) -> tuple[Attempt, str]:
    """Start (or, for the same join form or student code, find) the attempt; remembers that this
    quiz's class joins from this address. Commits."""
    throttle.mark(_class_here(quiz, address))
    return attempt_svc.join(quiz, student.name, token=student.token,
                            roster_entry_id=student.entry.id if student.entry else None)


def duplicate_names(quiz: Quiz) -> dict[str, list[Attempt]]:
    """Names (as the teacher sees them) that more than one attempt of this quiz uses."""
    groups: dict[str, list[Attempt]] = {}
    for attempt in db.session.scalars(select(Attempt).where(Attempt.quiz_id == quiz.id).order_by(Attempt.id)):
        groups.setdefault(name_key(attempt.display_name), []).append(attempt)
    return {rows[0].display_name: rows for rows in groups.values() if len(rows) > 1}


def set_roster(quiz: Quiz, lines: list[RosterLine]) -> None:
    """Replace the quiz's class list, keeping the entries (and so their attempts' links) of names
    still on it; an empty list turns the class list off. Commits."""
    with transaction():
        kept = {name_key(e.name): e for e in quiz.roster}
        wanted = {name_key(line.name) for line in lines}
        for key, entry in kept.items():
            if key not in wanted:
                db.session.delete(entry)
        db.session.flush()
        for position, line in enumerate(lines):
            entry = kept.get(name_key(line.name))
            if entry is None:
                db.session.add(RosterEntry(quiz_id=quiz.id, position=position, name=line.name, code=line.code))
            else:
                entry.name, entry.code, entry.position = line.name, line.code, position
    db.session.expire(quiz, ["roster"])


def roster_lines(quiz: Quiz) -> list[RosterLine]:
    return [RosterLine(e.name, e.code) for e in quiz.roster]
