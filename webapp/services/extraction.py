"""The extraction review: the article as read, corrected by the teacher, and the lesson made again."""
from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.ingest.checks import check_article
from quizgen.ingest.setaside import reason
from quizgen.ingest.synth import assemble
from quizgen.model import Article
from quizgen.serialize import lesson_to_dict
from webapp.db import db, transaction
from webapp.models import Item as ItemRow
from webapp.models import Lesson as LessonRow
from webapp.services.lessons import article_value, build

MAX_PARAGRAPH = 20_000  # characters of one edited paragraph
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _clean(text: str) -> str:
    """Typed text without control characters (PostgreSQL's JSON refuses NUL) or lone surrogates."""
    return _CONTROL.sub("", text.replace("\r\n", "\n"))


@dataclass(frozen=True)
class AsideLine:
    index: int
    text: str
    reason: str


def set_aside_lines(article: Article) -> list[AsideLine]:
    """The lines the reader set aside, each with why (in words)."""
    return [AsideLine(i, line, reason(line)) for i, line in enumerate(article.set_aside)]


@dataclass(frozen=True)
class Correction:
    """What the teacher changed on the review page."""

    title: str
    byline: str
    source_name: str
    date: str
    paragraphs: dict[int, str]  # paragraph index (from 0) -> its text as edited
    dropped: set[int]
    restored: set[int]  # indexes into Article.set_aside


def corrected_article(article: Article, fix: Correction) -> Article:
    """The article with the teacher's corrections; checked (too short, too long, not English).

    Dropped paragraphs go to the set-aside lines (nothing the page showed is lost); a restored
    line becomes a paragraph where it stood on the page (after the last paragraph when its
    place is not known).

    Raises:
        IngestError: the corrected article is not fit for a lesson.
    """
    blocks: list[str] = []
    aside: list[str | tuple[str, int]] = []
    places = article.set_aside_at if len(article.set_aside_at) == len(article.set_aside) else ()
    at = {j: places[j] if places else len(article.paragraphs) for j in range(len(article.set_aside))}

    def lines_before(i: int) -> None:
        for j, line in enumerate(article.set_aside):
            if at[j] == i or (i == len(article.paragraphs) and at[j] > i):
                if j in fix.restored:
                    blocks.append(line)
                else:
                    aside.append((line, len(blocks)))

    for i, p in enumerate(article.paragraphs):
        lines_before(i)
        text = _clean(fix.paragraphs.get(i, p.text)).strip()[:MAX_PARAGRAPH]
        if i in fix.dropped or not text:
            aside.append((p.text, len(blocks)))
        else:
            blocks.append(text)
    lines_before(len(article.paragraphs))
    new = assemble(
        _clean(fix.title).strip() or article.title, blocks, set_aside=aside,
        byline=_clean(fix.byline).strip() or None, date=_clean(fix.date).strip() or None,
        source_url=article.source_url, source_name=_clean(fix.source_name).strip() or None,
        license=article.license, classify=False,
        notes=tuple(n for n in article.notes if not n.startswith("Checked by the teacher")),
    )
    return check_article(new)


def revise(row: LessonRow, article: Article) -> None:
    """Store the corrected article and make the questions again from it (same seed); commits."""
    lesson = build(article, seed=row.seed, count=max(len(row.items), 1))
    data = lesson_to_dict(lesson)
    items = data.pop("items")
    with transaction():
        row.data = data
        row.title = article.title[:300]
        row.ledger = None
        row.items.clear()
        db.session.flush()
        row.items.extend(ItemRow(position=i, uid=d["id"], data=d) for i, d in enumerate(items))


def current_article(row: LessonRow) -> Article:
    return article_value(row)
