"""Student views: join with a code and a name, answer (autosaved), submit once, see feedback.

The URLs are in ``webapp/student/blueprint.py``; the services commit, the views never touch the session.
"""
from __future__ import annotations

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from webapp.errors import render_error
from webapp.models import Attempt, Quiz
from webapp.security import client_address, record_failure, throttled
from webapp.services import attempts as attempt_svc
from webapp.services import quizzes as quiz_svc
from webapp.student.forms import JoinForm

COOKIE_DAYS = 7


def _cookie_name(quiz: Quiz) -> str:
    return f"qg_{quiz.code}"


def _quiz_or_404(code: str) -> Quiz:
    quiz = quiz_svc.by_code(code)
    if quiz is None:
        abort(404)
    return quiz


def _attempt(quiz: Quiz) -> Attempt | None:
    return attempt_svc.find(quiz, request.cookies.get(_cookie_name(quiz)))


def home():  # noqa: ANN201
    """The front page: join a quiz, or sign in as a teacher."""
    if g.get("teacher") is not None:
        return redirect(url_for("lessons.index"))
    return render_template("student/home.html", form=JoinForm(formdata=None))


def join(code: str = ""):  # noqa: ANN201
    """Join a quiz; wrong codes are throttled per client, generously enough for a class behind one address."""
    form = JoinForm()
    if request.method == "GET":
        form = JoinForm(formdata=None, code=code or request.args.get("code", ""))
        return render_template("student/join.html", form=form)
    if form.validate_on_submit():
        key = f"join:{client_address()}"
        limit = current_app.config["JOIN_THROTTLE"]
        if throttled(key, limit):
            return render_error(429, "Too many wrong codes from this network. Wait a few minutes, then try again.")
        quiz = quiz_svc.by_code(form.code.data)
        if quiz is None:
            record_failure(key, limit)
            form.code.errors = ["No quiz has this code. Check it with your teacher."]
        elif not quiz.is_open:
            form.code.errors = ["This quiz is closed."]
        elif not attempt_svc.clean_name(form.name.data):
            form.name.errors = ["Type your name."]
        else:
            existing = _attempt(quiz)
            if existing is not None:
                return redirect(url_for("student.take", code=quiz.code))
            _, token = attempt_svc.join(quiz, form.name.data)
            response = redirect(url_for("student.take", code=quiz.code))
            response.set_cookie(
                _cookie_name(quiz), token, max_age=COOKIE_DAYS * 86400, path="/",
                httponly=True, samesite="Lax", secure=request.is_secure,
            )
            return response
    return render_template("student/join.html", form=form), 200


def _current_attempt(quiz):  # noqa: ANN001, ANN202
    """This browser's attempt at ``quiz``, finished first if its time ran out (None if it has none)."""
    attempt = _attempt(quiz)
    if attempt is not None:
        attempt_svc.bring_up_to_date(attempt)
    return attempt


def take(code: str):  # noqa: ANN201
    """The quiz page: article beside (or above) the questions, saved answers filled in."""
    quiz = _quiz_or_404(code)
    attempt = _current_attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.code))
    if attempt.finished_at is not None:
        return redirect(url_for("student.done", code=quiz.code))
    return render_template(
        "student/take.html", quiz=quiz, attempt=attempt, items=attempt_svc.student_items(attempt),
        saved=attempt_svc.saved_answers(attempt), paragraphs=quiz.article["paragraphs"],
    )


def save(code: str) -> ResponseReturnValue:
    """Autosave (fetch asking for JSON: reply after the commit) or a plain form post of answers."""
    if request.accept_mimetypes.best == "application/json":
        return _autosave(code)
    quiz = _quiz_or_404(code)
    attempt = _attempt(quiz)
    if attempt is None:
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
    outcome = attempt_svc.autosave(code, request.cookies.get(f"qg_{canonical}"), request.form)
    if outcome == "saved":
        return {"ok": True}
    if outcome == "closed":
        flash("Your last change was not saved: this quiz had already been handed in, or its time was up.")
        return {"ok": False, "error": "This quiz has been handed in; this change was not saved.",
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
    # finished already (another tab, a double click, time is up): hand_in changes nothing
    attempt_svc.hand_in(attempt, attempt_svc.answers_from_form(quiz, request.form))
    return redirect(url_for("student.done", code=quiz.code))


def done(code: str):  # noqa: ANN201
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
