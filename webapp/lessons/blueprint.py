"""The lessons blueprint: every URL of a teacher's lessons, in one place."""
from __future__ import annotations

from flask import Blueprint

from webapp.access import require_teacher
from webapp.lessons import downloads, views

bp = Blueprint("lessons", __name__)
bp.before_request(require_teacher)

bp.add_url_rule("/lessons", "index", views.index)
bp.add_url_rule("/lessons/new", "new_lesson", views.new_lesson, methods=("GET", "POST"))
bp.add_url_rule("/lessons/<int:lesson_id>", "lesson", views.lesson)
bp.add_url_rule("/lessons/<int:lesson_id>/copy", "copy", views.copy, methods=("POST",))
bp.add_url_rule("/lessons/<int:lesson_id>/delete", "delete", views.delete, methods=("POST",))
bp.add_url_rule("/lessons/<int:lesson_id>/review", "review", views.review)
bp.add_url_rule("/lessons/<int:lesson_id>/regenerate", "regenerate", views.regenerate, methods=("POST",))
bp.add_url_rule("/lessons/<int:lesson_id>/items/new", "add_item", views.add_item, methods=("GET", "POST"))
bp.add_url_rule("/lessons/<int:lesson_id>/items/<int:item_id>/edit", "edit_item", views.edit_item,
                methods=("GET", "POST"))
bp.add_url_rule("/lessons/<int:lesson_id>/items/<int:item_id>/delete", "delete_item", views.delete_item,
                methods=("POST",))
bp.add_url_rule("/lessons/<int:lesson_id>/items/<int:item_id>/move/<direction>", "move_item", views.move_item,
                methods=("POST",))
bp.add_url_rule("/lessons/<int:lesson_id>/worksheet.pdf", "worksheet", downloads.worksheet)
bp.add_url_rule("/lessons/<int:lesson_id>/export/<fmt>", "export", downloads.export)
