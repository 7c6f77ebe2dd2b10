"""Helpers for the web app tests: teachers, signed-in clients, stored lessons, quizzes, students."""
from __future__ import annotations

import dataclasses

from flask import has_app_context

from webapp.db import db
from webapp.models import Teacher

MARK = "KEYMARK"  # put into keys, explanations and rubrics; must never reach a student early


def make_teacher(email="a@school.test", name="Ada", password="correct horse battery"):
    from webapp.security import hash_password

    t = Teacher(email=email, name=name, password_hash=hash_password(password))
    db.session.add(t)
    db.session.commit()
    return t


def sign_in(client, teacher_id):
    """Sign the client in as the teacher (its current session version, as a real sign-in would)."""
    if has_app_context():  # the caller's session may hold SQLite's write lock: read through it
        version = db.session.get(Teacher, teacher_id).session_version
    else:
        with client.application.app_context():
            version = db.session.get(Teacher, teacher_id).session_version
            db.session.remove()
    with client.session_transaction() as sess:
        sess["teacher_id"] = teacher_id
        sess["sv"] = version


def marked_lesson(lesson):
    """The sample lesson with marker strings in every key, explanation, rubric and model answer."""
    items = []
    for n, it in enumerate(lesson.items):
        change = {"explanation": f"{it.explanation} {MARK}-EXPL-{n}"}
        if it.kind == "short_answer":
            change["answer"] = [*it.answer, f"{MARK}-ACCEPT"]
        if it.kind == "open_response":
            change["answer"] = [f"{MARK}-MODEL"]
            change["rubric"] = tuple(dataclasses.replace(r, description=f"{r.description} {MARK}-RUBRIC")
                                     for r in it.rubric)
        items.append(dataclasses.replace(it, **change))
    return dataclasses.replace(lesson, items=tuple(items))


def store(lesson, owner):
    from webapp.services.lessons import store_lesson

    row = store_lesson(lesson, owner, "test")
    db.session.commit()
    return row


def publish(row, owner, **settings):
    from webapp.services.quizzes import publish as do_publish

    return do_publish(row, owner, {"is_open": True, "feedback": "immediately", **settings})


def join(client, code, name="Sam"):
    """Join as a student; returns the response of the join post."""
    return client.post("/join", data={"code": code, "name": name})


def item_uids(app, quiz_id):
    from webapp.models import Quiz

    with app.app_context():
        return {d["kind"]: d["id"] for d in db.session.get(Quiz, quiz_id).items}
