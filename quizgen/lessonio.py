"""Get a Lesson from what a user names on the command line: a lesson JSON or an article."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from quizgen.model import Lesson
from quizgen.serialize import lesson_from_json


def lesson_from_path(path: str | Path, **build_options: Any) -> Lesson:
    """A ``.json`` file is read as a saved lesson; anything else is ingested and generated.

    ``build_options`` (count, skills, kinds, seed) go to :func:`quizgen.build_lesson`.
    """
    from quizgen import build_lesson, load_article

    p = Path(path)
    if p.suffix.lower() == ".json":
        return lesson_from_json(p.read_text(encoding="utf-8"))
    return build_lesson(load_article(p), **build_options)
