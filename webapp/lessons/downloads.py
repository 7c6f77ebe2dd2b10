"""Worksheet PDFs and LMS exports of a lesson (quizgen.worksheet and quizgen.export).

The URLs are in ``webapp/lessons/blueprint.py``.
"""
from __future__ import annotations

import re

from flask import Response, abort, request

from quizgen.export import export_lesson
from quizgen.worksheet import render_worksheet
from webapp.access import me
from webapp.lessons.forms import WorksheetForm
from webapp.services import lessons as lesson_svc
from webapp.services import quizzes as quiz_svc

EXPORT_FORMATS = ("qti", "moodle", "gift", "aiken", "csv", "kahoot", "json")


def _filename(title: str, suffix: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60] or "lesson"
    return f"{stem}{suffix}"


def _attachment(data: bytes, mimetype: str, filename: str) -> Response:
    return Response(data, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def worksheet(lesson_id: int):  # noqa: ANN201
    """The printable worksheet; the join code and link are printed when a quiz is open."""
    row = lesson_svc.get_lesson(me(), lesson_id)
    form = WorksheetForm(request.args)
    if not form.validate():
        abort(400)
    open_quiz = next((q for q in quiz_svc.quizzes_of(row, me()) if q.is_open), None)
    code = open_quiz.code if open_quiz else None
    pdf, key_pdf = render_worksheet(
        lesson_svc.lesson_value(row), versions=int(form.versions.data), key=form.key.data, paper=form.paper.data,
        large_print=form.large_print.data, ledger=form.ledger.data,
        join_code=code, join_url=quiz_svc.join_url(code) if code else None,
    )
    if request.args.get("part") == "key":
        if key_pdf is None:
            abort(404)
        return _attachment(key_pdf, "application/pdf", _filename(row.title, "-answer-key.pdf"))
    return _attachment(pdf, "application/pdf", _filename(row.title, "-worksheet.pdf"))


def export(lesson_id: int, fmt: str):  # noqa: ANN201
    """The lesson in an LMS format."""
    if fmt not in EXPORT_FORMATS:
        abort(404)
    row = lesson_svc.get_lesson(me(), lesson_id)
    result = export_lesson(lesson_svc.lesson_value(row), fmt)
    ext = result.extension if result.extension.startswith(".") else "." + result.extension
    return _attachment(result.data, result.mimetype, _filename(row.title, f"-{fmt}{ext}"))
