"""Errors the worksheet raises on purpose (each names the bad value and the fix)."""
from __future__ import annotations

from quizgen.errors import QuizgenError


class WorksheetError(QuizgenError):
    """The lesson or the options cannot make a worksheet."""
