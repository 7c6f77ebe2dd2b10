"""Friendly error pages: a status, a sentence and a way on; never a traceback."""
from __future__ import annotations

from flask import Flask, make_response, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from quizgen.errors import QuizgenError
from webapp.db import db

MESSAGES = {
    400: ("Something was wrong with that request", "Please go back, reload the page and try again."),
    403: ("Not allowed", "You do not have access to this page."),
    404: ("Not found", "There is nothing here. Check the address or go back to your lessons."),
    405: ("Not allowed", "That action is not possible on this page."),
    413: ("That file is too large", "Files up to {limit} are accepted. Try a smaller file, or paste the text."),
    422: ("Quizgen could not do that", "Please check the input and try again."),
    429: ("Too many tries", "Please wait a few minutes and try again."),
    500: ("Something went wrong on our side", "Your last change may not have been saved. Please try again."),
    503: ("The server is busy", "Your change was not saved. Please wait a moment and try again."),
}


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def render_error(status: int, detail: str | None = None) -> tuple[object, int]:
    title, text = MESSAGES.get(status, MESSAGES[500] if status >= 500 else MESSAGES[400])
    from flask import current_app

    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    text = text.format(limit=f"{limit // (1024 * 1024)} MB")
    if _wants_json():
        return {"ok": False, "error": title, "detail": detail or text}, status
    return render_template("errors/error.html", status=status, title=title, text=detail or text), status


def register(app: Flask) -> None:
    """Install the handlers on the app."""

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        """The form was stale or forged: 400 with a page that says to reload."""
        return render_error(400, "This form has expired or was not sent from this site. Reload the page and try again.")

    @app.errorhandler(QuizgenError)
    def quizgen_error(exc: QuizgenError):
        """quizgen refused the input: its message says what to change."""
        db.session.rollback()
        return render_error(422, str(exc))

    @app.errorhandler(OperationalError)
    def database_error(exc: OperationalError):
        """SQLite still locked after its busy timeout: nothing was saved, so say so and ask for a retry."""
        db.session.rollback()
        if "database is locked" not in str(exc):
            app.logger.exception("database error on %s", request.path)
            return render_error(500)
        app.logger.warning("database busy on %s: %s", request.path, exc.orig)
        response = make_response(render_error(503))
        response.headers["Retry-After"] = "2"
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        """Every HTTP error gets the friendly page."""
        return render_error(exc.code or 500)

    @app.errorhandler(Exception)
    def server_error(exc: Exception):
        """An unexpected error: roll back, log, friendly 500."""
        db.session.rollback()
        app.logger.exception("unhandled error on %s", request.path)
        return render_error(500)
