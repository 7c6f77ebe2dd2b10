"""LMS exports: pure functions of a Lesson, one module per format, and a registry.

``export_lesson(lesson, "qti")`` is what the CLI and the web app call; each exporter returns
an :class:`ExportResult` whose warnings name every item the format could not carry whole.
"""
from __future__ import annotations

from collections.abc import Callable

from quizgen.errors import ExportError
from quizgen.export.aiken import export_aiken
from quizgen.export.common import ExportResult
from quizgen.export.csv import export_csv
from quizgen.export.gift import export_gift
from quizgen.export.json import export_json
from quizgen.export.kahoot import export_kahoot
from quizgen.export.moodle import export_moodle
from quizgen.export.qti import export_qti
from quizgen.model import Lesson

FORMATS: dict[str, Callable[[Lesson], ExportResult]] = {
    "qti": export_qti,
    "moodle": export_moodle,
    "gift": export_gift,
    "aiken": export_aiken,
    "csv": export_csv,
    "kahoot": export_kahoot,
    "json": export_json,
}
# What a person calls each format (the web app's download links).
LABELS: dict[str, str] = {
    "qti": "Canvas (QTI)",
    "moodle": "Moodle XML",
    "gift": "GIFT",
    "aiken": "Aiken",
    "csv": "CSV",
    "kahoot": "Kahoot (.xlsx)",
    "json": "JSON",
}

__all__ = ["FORMATS", "LABELS", "ExportResult", "export_lesson"]


def export_lesson(lesson: Lesson, fmt: str) -> ExportResult:
    """Export a lesson in one of :data:`FORMATS`.

    Args:
        lesson: the lesson to export.
        fmt: a format name: qti, moodle, gift, aiken, csv, kahoot or json.

    Returns:
        The file's bytes, extension, MIME type and the warnings about what it could not carry.

    Raises:
        ExportError: the format is unknown, or an item's answer does not fit its kind.
    """
    try:
        exporter = FORMATS[fmt]
    except (KeyError, TypeError):
        known = ", ".join(FORMATS)
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {known}") from None
    return exporter(lesson)
