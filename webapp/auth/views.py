"""Sign up (by invitation unless open), sign in, sign out, invitations; the login_required guard.
The URLs are in ``webapp/auth/blueprint.py``; :mod:`webapp.auth.accounts` owns the rules and the commits."""
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
from werkzeug.wrappers import Response

from webapp.auth import accounts
from webapp.auth.forms import InviteForm, SignInForm, SignUpForm
from webapp.errors import render_error
from webapp.security import client_address, safe_next


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send anonymous visitors to the sign-in page, remembering where they were going."""

    @functools.wraps(view)
    def wrapped(**kwargs: Any) -> Any:
        if g.get("teacher") is None:
            target = url_for("auth.login", next=request.full_path.rstrip("?"))
            if request.view_args:
                # a page about one teacher's object: refuse (403) and offer the sign-in link,
                # so an id in the address reveals nothing, not even a redirect
                body, status = render_error(403, "This page belongs to a teacher's account. Sign in to see it.")
                response = make_response(body, status)
                response.headers["X-Sign-In"] = target
                return response
            return redirect(target)
        return view(**kwargs)

    return wrapped


def _too_many(wait: int, what: str) -> Response:
    body, status = render_error(429, f"Too many {what}. Wait {wait} seconds, then try again.")
    response = make_response(body, status)
    response.headers["Retry-After"] = str(wait)
    return response


def signup():
    """Make a teacher account: with an invitation from a colleague (or anyone, if sign-up is open).

    The page ends the same whether or not the email already had an account, so it tells no one
    who has one; the new teacher then signs in.
    """
    open_signup = bool(current_app.config["ALLOW_SIGNUP"])
    form = SignUpForm()
    if request.method == "GET":
        form.invite.data = request.args.get("invite", "")
    elif form.validate_on_submit():
        try:
            accounts.sign_up(
                accounts.SignUp(form.name.data, form.email.data, form.password.data, form.invite.data or None),
                address=client_address(), open_signup=open_signup,
            )
        except accounts.Throttled as exc:
            return _too_many(exc.wait, "sign-ups from this network")
        except accounts.BadInvite:
            form.invite.errors = ["This invitation is not valid: it was used already, has expired or was "
                                  "mistyped. Ask the colleague who invited you for a new one."]
        else:
            flash("Thank you. Sign in with your email and the password you chose. (If this email already had "
                  "an account, nothing about it changed: sign in with its own password.)")
            return redirect(url_for("auth.login"))
    return render_template("auth/signup.html", form=form, open_signup=open_signup)


def login():
    """Sign in. Failures slow down this browser, this address and this account -- never so much
    that someone else's guessing can shut a teacher out (see webapp.throttle)."""
    form = SignInForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        device = request.cookies.get(accounts.DEVICE_COOKIE) or ""
        device = device if 16 <= len(device) <= 64 else accounts.new_device_id()
        try:
            teacher = accounts.check_sign_in(form.email.data, form.password.data,
                                             address=client_address(), device=device)
        except accounts.Throttled as exc:
            return _too_many(exc.wait, "failed sign-ins")
        if teacher is None:
            form.password.errors.append("Wrong email or password.")
            return render_template("auth/login.html", form=form), 200
        accounts.start_session(session, teacher)
        response = redirect(safe_next(form.next.data) or url_for("lessons.index"))
        response.set_cookie(accounts.DEVICE_COOKIE, device, max_age=180 * 86400, path="/login", httponly=True,
                            samesite="Strict", secure=request.is_secure)
        return response
    return render_template("auth/login.html", form=form)


def logout():
    """Sign out (a POST, so a link elsewhere cannot sign a teacher out). It ends every session of
    this teacher, so a copy of the cookie stops working too."""
    if g.get("teacher") is not None:
        accounts.end_sessions(g.teacher.id)
    session.clear()
    flash("You are signed out, on this device and every other.")
    return redirect(url_for("auth.login"))


@login_required
def invite():
    """Invite a colleague: a one-use link, valid for two weeks, shown once."""
    form = InviteForm()
    link = None
    if form.validate_on_submit():
        code = accounts.make_invite(g.teacher)
        link = url_for("auth.signup", invite=code, _external=True)
    return render_template("auth/invite.html", form=form, link=link, days=accounts.INVITE_DAYS)
