"""Sign up, sign in, sign out; the login_required guard. The URLs are in ``webapp/auth/blueprint.py``."""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import (
    current_app,
    flash,
    g,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from webapp.auth.forms import SignInForm, SignUpForm
from webapp.errors import render_error
from webapp.models import Teacher
from webapp.security import (
    clear_failures,
    client_address,
    hash_password,
    record_failure,
    safe_next,
    throttled,
    verify_password,
)
from webapp.services import teachers as teacher_svc

# A real hash to check against when the email is unknown, so both cases take the same time.
_DUMMY: dict[str, str] = {}


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send anonymous visitors to the sign-in page, remembering where they were going."""

    @functools.wraps(view)
    def wrapped(**kwargs: Any) -> Any:
        if g.get("teacher") is None:
            target = url_for("auth.login", next=request.full_path.rstrip("?"))
            if request.view_args:
                # a page about one teacher's object: refuse (403) and offer the sign-in link,
                # so an id in the address reveals nothing, not even a redirect
                from webapp.errors import render_error

                body, status = render_error(403, "This page belongs to a teacher's account. Sign in to see it.")
                response = make_response(body, status)
                response.headers["X-Sign-In"] = target
                return response
            return redirect(target)
        return view(**kwargs)

    return wrapped


def _sign_in(teacher: Teacher) -> None:
    session.clear()  # a fresh session on sign-in: no fixation
    session["teacher_id"] = teacher.id
    session.permanent = True


def signup():  # noqa: ANN201
    """Create a teacher account."""
    if not current_app.config["ALLOW_SIGNUP"]:
        return render_error(404)
    form = SignUpForm()
    if form.validate_on_submit():
        teacher = teacher_svc.create(form.email.data, form.name.data, form.password.data)
        _sign_in(teacher)
        flash("Welcome! Your account is ready.")
        return redirect(url_for("lessons.index"))
    return render_template("auth/signup.html", form=form)


def login():  # noqa: ANN201
    """Sign in; failures are throttled per email address and per client."""
    form = SignInForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        limit = current_app.config["LOGIN_THROTTLE"]
        keys = (f"login:email:{email}", f"login:ip:{client_address()}")
        ip_limit = (limit[0] * 4, limit[1])  # a school shares one address: allow more per client
        if throttled(keys[0], limit) or throttled(keys[1], ip_limit):
            return render_error(429, "Too many failed sign-ins. Please wait 15 minutes and try again.")
        teacher = teacher_svc.by_email(email)
        if teacher is None:
            if "hash" not in _DUMMY:
                _DUMMY["hash"] = hash_password("not a password")
            verify_password(_DUMMY["hash"], form.password.data)
        if teacher is None or not verify_password(teacher.password_hash, form.password.data):
            for key in keys:
                record_failure(key, limit)
            form.password.errors.append("Wrong email or password.")
            return render_template("auth/login.html", form=form), 200
        clear_failures(keys[0])
        _sign_in(teacher)
        return redirect(safe_next(form.next.data) or url_for("lessons.index"))
    return render_template("auth/login.html", form=form)


def logout():  # noqa: ANN201
    """Sign out (a POST, so a link elsewhere cannot sign a teacher out)."""
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("auth.login"))
