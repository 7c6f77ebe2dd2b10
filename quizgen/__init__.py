"""Quizgen: a news article in, a reading and source-evaluation lesson out.

The public functions below are what the CLI, the worksheet, the exports and the web app
call; each stage is a plain function over the frozen values of :mod:`quizgen.model`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizgen.model import Analysis, Article, Item, Lesson

__version__ = "0.1.0"


def load_article(source: Any, **options: Any) -> Article:
    """Read an article from a path, bytes or text (see :func:`quizgen.ingest.load_article`)."""
    from quizgen.ingest import load_article as _load

    return _load(source, **options)


def analyse(article: Article, *, nlp: Any = None) -> Analysis:
    """Run the analysis (claim ledger, evidence, hedges, vocabulary, ...) over an article."""
    from quizgen.analysis import analyse as _analyse

    return _analyse(article, nlp=nlp)


def build_lesson(article: Article, **options: Any) -> Lesson:
    """Analyse, generate and validate: the whole lesson (see :func:`quizgen.generate.build_lesson`)."""
    from quizgen.generate import build_lesson as _build

    return _build(article, **options)


def lint_item(item: Item, article: Article) -> list[str]:
    """Quality warnings for one item (used on teacher-edited items too)."""
    from quizgen.validate import lint_item as _lint

    return _lint(item, article)
