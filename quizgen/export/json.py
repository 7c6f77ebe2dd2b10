"""JSON: the lesson schema itself (``quizgen.lesson/1``), read back by ``quizgen import``.

The only lossless format: every field is written, nothing is checked or dropped, so a lesson
can always be taken out whole (``quizgen import`` is where a lesson file is validated).
"""
from __future__ import annotations

from quizgen.export.common import ExportResult
from quizgen.model import Lesson
from quizgen.serialize import lesson_to_json


def export_json(lesson: Lesson) -> ExportResult:
    """The lesson as its own JSON schema: deterministic bytes, no warnings."""
    return ExportResult(lesson_to_json(lesson).encode("utf-8"), "json", "application/json", ())
