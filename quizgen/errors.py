"""Errors a teacher can act on: each message names the problem and the fix."""
from __future__ import annotations


class QuizgenError(Exception):
    """Base class of every error quizgen raises on purpose."""


class IngestError(QuizgenError):
    """The article could not be read or is not fit for a lesson."""


class EmptyArticleError(IngestError):
    pass


class TooShortError(IngestError):
    """Too short for a lesson; ``article`` is the article as read, fit for anything but a lesson."""

    def __init__(self, message: str, article: object = None) -> None:
        super().__init__(message)
        self.article = article


class TooLongError(IngestError):
    pass


class NotEnglishError(IngestError):
    pass


class UnsupportedFileError(IngestError):
    pass


class BinaryFileError(IngestError):
    pass


class NoTextLayerError(IngestError):
    pass


class FetchError(IngestError):
    """A URL could not be fetched (refused address, timeout, too large, bad status)."""


class LessonFormatError(QuizgenError):
    """A lesson JSON file is malformed or of an unknown schema version."""


class ExportError(QuizgenError):
    pass
