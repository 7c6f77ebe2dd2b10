"""Quizgen's web app: teachers build, review and publish lessons; students take quizzes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask, abort, g, request, session
from werkzeug.routing import IntegerConverter

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class IdConverter(IntegerConverter):
    """``<int:...>`` ids fit the 32-bit id columns: a larger number is a 404, not a database overflow (500)."""

    def __init__(self, url_map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(url_map, *args, **kwargs)


def warm_up_nlp() -> None:
    """Load the spaCy pipeline and run it once, so a worker's first lesson does not pay for it."""
    import sys

    from quizgen import nlp

    nlp.load()("Quizgen is ready, the server said.")
    print(f"quizgen: spaCy pipeline loaded (pid {os.getpid()})", file=sys.stderr, flush=True)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app; ``config`` overrides the defaults and the environment (tests pass theirs)."""
    from flask_migrate import Migrate
    from flask_wtf.csrf import CSRFProtect
    from werkzeug.middleware.proxy_fix import ProxyFix

    from webapp import cli, errors, static_files, templating
    from webapp.auth import accounts
    from webapp.auth.blueprint import bp as auth_bp
    from webapp.config import database_url, default_config
    from webapp.db import db, init_db
    from webapp.lessons.blueprint import bp as lessons_bp
    from webapp.quizzes.blueprint import bp as quizzes_bp
    from webapp.security import HttpsAwareSessionInterface, hide_server_version, set_security_headers
    from webapp.student.blueprint import bp as student_bp

    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        instance_path=os.environ.get("QUIZGEN_INSTANCE") or str(ROOT / "instance"),
    )
    app.config.from_mapping(default_config(Path(app.instance_path), config or {}))
    if config:
        app.config.from_mapping(config)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if app.config["PROXY_FIX"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)  # type: ignore[method-assign]
    app.session_interface = HttpsAwareSessionInterface()
    app.url_map.converters["int"] = IdConverter  # before the blueprints' rules are compiled

    if app.config["NLP_AT_START"] and not app.testing:
        warm_up_nlp()
    init_db(app)
    Migrate(app, db, directory=str(MIGRATIONS))

    @app.before_request
    def load_teacher() -> None:
        """Put the signed-in teacher (or None) in g: first, so that even a refused request (a 413 for
        a file too large) shows its page to the teacher as signed in."""
        g.teacher = accounts.session_teacher(session)

    @app.before_request
    def refuse_nameless_fields() -> None:
        """A form part with no readable name (a garbled or forged multipart post) is a 400; it made
        Flask-WTF's CSRF check crash with a 500. Registered before CSRFProtect so it runs first."""
        if request.method == "POST" and None in request.form:
            abort(400)

    CSRFProtect(app)

    app.register_blueprint(auth_bp)
    app.register_blueprint(lessons_bp)
    app.register_blueprint(quizzes_bp)
    app.register_blueprint(student_bp)
    errors.register(app)
    cli.register(app)
    templating.register(app)
    app.after_request(set_security_headers)
    hide_server_version()
    static_files.install(app)

    @app.teardown_appcontext
    def end_session(exc: BaseException | None) -> None:
        """Roll back whatever a failed request left open (Flask-SQLAlchemy then removes it)."""
        if exc is not None:
            db.session.rollback()

    return app
