"""The auth blueprint: sign up, sign in, sign out."""
from __future__ import annotations

from flask import Blueprint

from webapp.auth import views

bp = Blueprint("auth", __name__)

bp.add_url_rule("/signup", "signup", views.signup, methods=("GET", "POST"))
bp.add_url_rule("/login", "login", views.login, methods=("GET", "POST"))
bp.add_url_rule("/logout", "logout", views.logout, methods=("POST",))
