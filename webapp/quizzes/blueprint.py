"""The quizzes blueprint: publishing a lesson and everything about a published quiz, in one place."""
from __future__ import annotations

from flask import Blueprint

from webapp.access import require_teacher
from webapp.quizzes import views

bp = Blueprint("quizzes", __name__)
bp.before_request(require_teacher)

bp.add_url_rule("/lessons/<int:lesson_id>/publish", "publish", views.publish, methods=("GET", "POST"))
bp.add_url_rule("/quizzes/<int:quiz_id>", "quiz", views.quiz, methods=("GET", "POST"))
bp.add_url_rule("/quizzes/<int:quiz_id>/qr.svg", "qr", views.qr)
bp.add_url_rule("/quizzes/<int:quiz_id>/results", "results", views.results)
bp.add_url_rule("/quizzes/<int:quiz_id>/results.csv", "results_download", views.results_download)
bp.add_url_rule("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>", "attempt", views.attempt)
bp.add_url_rule("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/grade/<item_uid>", "grade", views.grade,
                methods=("POST",))
bp.add_url_rule("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/delete", "delete_attempt",
                views.delete_attempt, methods=("POST",))
