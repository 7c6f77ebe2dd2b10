"""Student views: join with a code and a name, answer (autosaved), submit once, see feedback.

The URLs are in ``webapp/student/blueprint.py``; the services commit, the views never touch the session.
"""
from __future__ import annotations

import math

from flask import Response, abort, flash, g, make_response, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from webapp.errors import render_error
from webapp.models import Attempt, Quiz, utcnow
from webapp.security import client_address
from webapp.services import attempts as attempt_svc
from webapp.services import joins as join_svc
from webapp.services import quizzes as quiz_svc
from webapp.student.forms import JoinForm, new_join_id

COOKIE_DAYS = 7
CLIENT_COOKIE = "qg_client"


def _cookie_name(quiz: Quiz) -> str:
    return f"qg_{quiz.code}"


def _quiz_or_404(code: str) -> Quiz:
    quiz = quiz_svc.by_code(code)
    if quiz is None:
        abort(404)
    return quiz


def _attempt(quiz: Quiz) -> Attempt | None:
    return attempt_svc.find(quiz, request.cookies.get(_cookie_name(quiz)))


def _client_id() -> str | None:
    """This browser's join-throttle id (a random cookie), if it has one."""
    value = request.cookies.get(CLIENT_COOKIE, "")
    return value if 16 <= len(value) <= 64 else None


def _with_client_cookie(response: Response) -> Response:
    if _client_id() is None:
        response.set_cookie(CLIENT_COOKIE, new_join_id(), max_age=365 * 86400, path="/", httponly=True,
                            samesite="Lax", secure=request.is_secure)
    return response


def _join_page(form: JoinForm, quiz: Quiz | None, status: int = 200) -> Response:
    """The join form; with the quiz known and a class list, students pick their name from it."""
    entries = join_svc.roster(quiz) if quiz is not None else []
    form.student.choices = [("", "— choose your name —")] + [(str(e.id), e.name) for e in entries]
    if not form.join_id.data:
        form.join_id.data = new_join_id()
    body = render_template("student/join.html", form=form, quiz=quiz, roster=entries,
                           codes=any(e.code for e in entries))
    return _with_client_cookie(make_response(body, status))


def home():
    """The front page: join a quiz, or sign in as a teacher."""
    if g.get("teacher") is not None:
        return redirect(url_for("lessons.index"))
    form = JoinForm(formdata=None, join_id=new_join_id())
    return _with_client_cookie(make_response(render_template("student/home.html", form=form)))


def join(code: str = ""):
    """Join a quiz under a name: the same browser and name resume their attempt, another name starts
    its own (a shared computer), and the same form posted twice is one attempt (a double click)."""
    if request.method == "GET":
        code = code or request.args.get("code", "")
        quiz = quiz_svc.by_code(code) if code else None
        form = JoinForm(formdata=None, code=quiz.code if quiz else code)
        return _join_page(form, quiz if quiz is not None and quiz.is_open else None)
    form = JoinForm()
    if not form.validate_on_submit():
        return _join_page(form, None)
    address = client_address()
    try:
        quiz = join_svc.quiz_for_code(form.code.data, address=address, client=_client_id())
    except join_svc.Wait as exc:
        body, status = render_error(429, "Too many wrong codes from this computer or network. "
                                         f"Wait {exc.seconds} seconds, then try again.")
        response = make_response(body, status)
        response.headers["Retry-After"] = str(exc.seconds)
        return response
    except join_svc.Refused as exc:
        getattr(form, exc.field).errors = [exc.message]
        return _join_page(form, None)
    try:
        student = join_svc.student_for(
            quiz, name=form.name.data, entry_id=form.student.data, entry_code=form.student_code.data,
            join_id=form.join_id.data, address=address,
        )
    except join_svc.Wait as exc:
        return render_error(429, f"Too many wrong codes for this name. Wait {exc.seconds} seconds, then try again.")
    except join_svc.Refused as exc:
        getattr(form, exc.field).errors = [exc.message]
        form.code.data = quiz.code
        return _join_page(form, quiz)
    existing = _attempt(quiz)
    if existing is not None and join_svc.same_student(existing, student):
        return redirect(url_for("student.take", code=quiz.code))
    _, token = join_svc.join(quiz, student, address=address)
    response = redirect(url_for("student.take", code=quiz.code))
    response.set_cookie(
        _cookie_name(quiz), token, max_age=COOKIE_DAYS * 86400, path="/",
        httponly=True, samesite="Lax", secure=request.is_secure,
    )
    return response


def leave(code: str) -> ResponseReturnValue:
    """"This isn't me": forget this browser's attempt, so the next student starts their own."""
    quiz = _quiz_or_404(code)
    response = redirect(url_for("student.join", code=quiz.code))
    response.delete_cookie(_cookie_name(quiz), path="/", httponly=True, samesite="Lax", secure=request.is_secure)
    return response


def _current_attempt(quiz):
    """This browser's attempt at ``quiz``, finished first if its time ran out (None if it has none)."""
    attempt = _attempt(quiz)
    if attempt is not None:
        attempt_svc.bring_up_to_date(attempt)
    return attempt


def take(code: str):
    """The quiz page: article beside (or above) the questions, saved answers filled in."""
    quiz = _quiz_or_404(code)
    attempt = _current_attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.code))
    if attempt.finished_at is not None:
        return redirect(url_for("student.done", code=quiz.code))
    now = utcnow()
    left = math.ceil((attempt.deadline - now).total_seconds() / 60) if attempt.deadline else None
    return render_template(
        "student/take.html", quiz=quiz, attempt=attempt, items=attempt_svc.student_items(attempt),
        saved=attempt_svc.saved_answers(attempt), paragraphs=quiz.article["paragraphs"],
        now=now, minutes_left=max(0, left) if left is not None else None, marker=page_marker(attempt),
    )


OTHER_STUDENT = "This page belongs to another student's quiz on this computer: join again under your name."


def page_marker(attempt: Attempt) -> str:
    """Names the attempt a quiz page was drawn for (not the resume token: it opens nothing)."""
    return attempt.token_hash[:16]


def _page_is_for(attempt: Attempt) -> bool:
    """False when the posting page was drawn for another attempt: a student's tab left open on a
    shared computer after the next student joined (the cookie now opens the newcomer's attempt).
    Pages without the marker (older ones) are trusted as before."""
    marks = set(request.form.getlist("attempt"))
    return not marks or marks == {page_marker(attempt)}


def _page_is_for_token(token: str) -> bool:
    """:func:`_page_is_for` from the resume token alone (the autosave path loads no attempt)."""
    marks = set(request.form.getlist("attempt"))
    return not marks or marks == {attempt_svc.token_hash(token)[:16]}


def save(code: str) -> ResponseReturnValue:
    """Autosave (fetch asking for JSON: reply after the commit) or a plain form post of answers."""
    if request.accept_mimetypes.best == "application/json":
        return _autosave(code)
    quiz = _quiz_or_404(code)
    attempt = _attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.code))
    if not _page_is_for(attempt):
        flash(OTHER_STUDENT)
        return redirect(url_for("student.join", code=quiz.code))
    answers = attempt_svc.answers_from_form(quiz, request.form)
    if "submit" in request.form:
        attempt_svc.hand_in(attempt, answers)
        return redirect(url_for("student.done", code=quiz.code))
    try:
        attempt_svc.save_answers(attempt, answers)
    except attempt_svc.AttemptClosed:
        flash("Your last change was not saved: this quiz had already been handed in, or its time was up.")
        return redirect(url_for("student.done", code=quiz.code))
    flash("Your answers are saved.")
    return redirect(url_for("student.take", code=quiz.code))


def _autosave(code: str) -> ResponseReturnValue:
    """The quiz page's autosave (fetch, JSON reply after the commit): the cheap path of the service."""
    canonical = quiz_svc.normalise_code(code)
    token = request.cookies.get(f"qg_{canonical}")
    if token and not _page_is_for_token(token):
        return {"ok": False, "error": OTHER_STUDENT}, 403
    outcome = attempt_svc.autosave(code, token, request.form)
    if outcome == "saved":
        return {"ok": True}
    if outcome == "closed":
        flash("Your last change was not saved: this quiz had already been handed in, or its time was up.")
        return {"ok": False, "error": "This quiz is finished (handed in, or time is up): this change was not saved.",
                "redirect": url_for("student.done", code=canonical)}, 409
    if outcome == "no attempt":
        return {"ok": False, "error": "No attempt: join the quiz again."}, 403
    abort(404)


def submit(code: str) -> ResponseReturnValue:
    """Hand in: saves what the form carries, then finishes the attempt exactly once."""
    quiz = _quiz_or_404(code)
    attempt = _attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.code))
    if not _page_is_for(attempt):
        flash(OTHER_STUDENT)
        return redirect(url_for("student.join", code=quiz.code))
    # finished already (another tab, a double click, time is up): hand_in changes nothing
    attempt_svc.hand_in(attempt, attempt_svc.answers_from_form(quiz, request.form))
    return redirect(url_for("student.done", code=quiz.code))


def done(code: str):
    """After submitting: the score and per-item feedback when the quiz's setting allows it."""
    quiz = _quiz_or_404(code)
    attempt = _current_attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.code))
    if attempt.finished_at is None:
        return redirect(url_for("student.take", code=quiz.code))
    show = quiz_svc.feedback_visible(quiz)
    rows = attempt_svc.feedback(attempt) if show else []
    cited = sorted({n for r in rows for n in r["paragraphs"]})
    return render_template(
        "student/done.html", quiz=quiz, attempt=attempt, show=show, rows=rows, cited=cited,
        pending=attempt_svc.pending(attempt), paragraphs=quiz.article["paragraphs"],
    )
