"""Worksheet PDFs and LMS exports of a lesson (quizgen.worksheet and quizgen.export).

The URLs are in ``webapp/lessons/blueprint.py``.
"""
from __future__ import annotations

import re

from flask import Response, abort, request

from quizgen.export import FORMATS, export_lesson
from quizgen.worksheet import render_worksheet
from webapp.access import me
from webapp.lessons.forms import WorksheetForm
from webapp.services import lessons as lesson_svc
from webapp.services import quizzes as quiz_svc

STEM_MAX = 60


def _filename(title: str, suffix: str) -> str:
    """A file name from the title: lower-case words joined by dashes, cut at a word's end (at most
    60 characters), then ``suffix``."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower() or "lesson"
    if len(stem) > STEM_MAX:
        cut = stem[:STEM_MAX + 1]
        stem = cut[:cut.rfind("-")] if "-" in cut else stem[:STEM_MAX]
    return f"{stem}{suffix}"


def _attachment(data: bytes, content_type: str, filename: str) -> Response:
    # content_type as given: a mimetype of "text/csv; charset=utf-8" would get a second charset
    return Response(data, content_type=content_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def worksheet(lesson_id: int):
    """The printable worksheet; the join code and link are printed when a quiz is open."""
    row = lesson_svc.get_lesson(me(), lesson_id)
    form = WorksheetForm(request.args)
    if not form.validate():
        abort(400)
    open_quiz = next((q for q in quiz_svc.quizzes_of(row, me()) if q.is_open), None)
    code = open_quiz.code if open_quiz else None
    wants_key = request.args.get("part") == "key"
    # the answer-key button always gets the key as its own file, whatever the key setting says
    pdf, key_pdf = render_worksheet(
        lesson_svc.lesson_value(row), versions=int(form.versions.data), key="separate" if wants_key else form.key.data,
        paper=form.paper.data,
        large_print=form.large_print.data, ledger=form.ledger.data,
        join_code=code, join_url=quiz_svc.join_url(code) if code else None,
    )
    if wants_key:
        if key_pdf is None:
            abort(404)
        return _attachment(key_pdf, "application/pdf", _filename(row.title, "-answer-key.pdf"))
    return _attachment(pdf, "application/pdf", _filename(row.title, "-worksheet.pdf"))


def export(lesson_id: int, fmt: str):
    """The lesson in an LMS format."""
    if fmt not in FORMATS:
        abort(404)
    row = lesson_svc.get_lesson(me(), lesson_id)
    result = export_lesson(lesson_svc.lesson_value(row), fmt)
    ext = result.extension.lstrip(".")
    # "moodle.xml", "gift.txt", "csv" already say what the file is; "zip" does not ("-qti.zip")
    suffix = f".{ext}" if ext.split(".")[0] == fmt else f"-{fmt}.{ext}"
    return _attachment(result.data, result.mimetype, _filename(row.title, suffix))
