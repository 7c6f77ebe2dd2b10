"""The signed-in teacher: the guard the lessons and quizzes blueprints run before every view."""
from __future__ import annotations

from flask import g

from webapp.auth.views import login_required
from webapp.models import Teacher


@login_required
def require_teacher() -> None:
    """Every teacher page needs a signed-in teacher (installed with ``bp.before_request``)."""
    return None


def me() -> Teacher:
    """The signed-in teacher (set by the app's ``load_teacher`` before each request)."""
    return g.teacher
