"""Printable worksheets: student copies in shuffled versions and answer keys citing the article.

``build_story`` (and ``build_key_story``) turn a lesson into ReportLab flowables;
``render_worksheet`` writes them to PDF bytes. The web app and the CLI call
``render_worksheet``; ``shuffle_lesson`` is the version shuffle the exports may reuse.
"""
from __future__ import annotations

from quizgen.worksheet.errors import WorksheetError
from quizgen.worksheet.key import build_key_story, build_ledger_story
from quizgen.worksheet.render import KEY_MODES, render_worksheet
from quizgen.worksheet.student import build_story
from quizgen.worksheet.styles import Styles, make_styles
from quizgen.worksheet.versions import ordered_for_print, shuffle_lesson, version_letters

__all__ = [
    "KEY_MODES",
    "Styles",
    "WorksheetError",
    "build_key_story",
    "build_ledger_story",
    "build_story",
    "make_styles",
    "ordered_for_print",
    "render_worksheet",
    "shuffle_lesson",
    "version_letters",
]
