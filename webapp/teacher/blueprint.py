"""The teacher blueprint object, shared by the view modules of this package."""
from __future__ import annotations

from flask import Blueprint, g

from webapp.auth.views import login_required

bp = Blueprint("teacher", __name__)


@bp.before_request
@login_required
def require_teacher() -> None:
    """Every teacher page needs a signed-in teacher."""
    return None


def me():  # noqa: ANN201
    """The signed-in teacher."""
    return g.teacher
