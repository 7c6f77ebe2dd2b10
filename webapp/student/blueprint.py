"""The student blueprint: the front page, joining, taking a quiz, feedback."""
from __future__ import annotations

from flask import Blueprint

from webapp.student import views

bp = Blueprint("student", __name__)

bp.add_url_rule("/", "home", views.home)
bp.add_url_rule("/j/<code>", "join", views.join, methods=("GET",))  # the link and QR code on worksheets
bp.add_url_rule("/join", "join", views.join, methods=("GET", "POST"))
bp.add_url_rule("/q/<code>", "take", views.take)
bp.add_url_rule("/q/<code>/save", "save", views.save, methods=("POST",))
bp.add_url_rule("/q/<code>/submit", "submit", views.submit, methods=("POST",))
bp.add_url_rule("/q/<code>/done", "done", views.done)
