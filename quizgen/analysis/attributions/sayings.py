"""Which ledger entries are pieces of one saying.

The ledger lists a quotation broken by its cue ('"A," Hale said during a rally, "B."') as one entry per piece
when each piece got the cue on its own, and a quotation that goes on into the next paragraph as an entry of
its own (no cue there, the speaker's mention in the paragraph before). Lessons and the shared gold read the
pieces one by one; a reader asking for whole sayings (PolNeAR keeps one attribution with several content
fragments) joins each piece to the saying's first entry, which :func:`saying_links` names.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.model import CONFIDENT, Article, Attribution

OPENS_PARAGRAPH = 3  # a piece whose content starts this close to its paragraph's start opens it (its quotation mark)
# what comes right before a quotation that is a piece of a saying: a comma or colon ('"A," X said, "B"'), a
# sentence's end ('"A," X said. "B."'), "but"/"and" ('he said, but "B"'); not a name or a noun ('said on
# ABC's "This Week"': a show's title)
_PIECE_BEFORE = re.compile(r"(?:[,:;.!?—]|\b(?:but|and))\s*$")
_OPENING_MARKS = " \t\n\"“'‘"


def saying_links(article: Article, attributions: Sequence[Attribution]) -> list[int | None]:
    """For each entry, the index of the first entry of the saying it goes on with, or None (its own saying)."""
    links: list[int | None] = [None] * len(attributions)
    last_para: dict[int, int] = {}  # a saying's first entry -> the paragraph of its last piece so far
    for j, b in enumerate(attributions):
        if not _sure_quotation(b):
            continue
        first = _same_cue(article, attributions, j) if b.cue_span is not None else _going_on(article, attributions, j)
        if first is None:
            continue
        root = links[first]
        if root is None:
            root = first
        if b.cue_span is None and last_para.get(root, attributions[root].paragraph) != b.paragraph - 1:
            continue  # the saying's last piece is not in the paragraph right before
        links[j] = root
        last_para[root] = b.paragraph
    return links


def _sure_quotation(a: Attribution) -> bool:
    return a.direct and bool(a.source) and bool(a.content_spans) and a.claim_confidence >= CONFIDENT


def _same_cue(article: Article, attributions: Sequence[Attribution], j: int) -> int | None:
    """'"A," Hale said during a rally, "B."': an earlier quotation of the same speaker under the very same cue."""
    b = attributions[j]
    before = article.text[:b.content_spans[0].start].rstrip(_OPENING_MARKS)
    if not _PIECE_BEFORE.search(before[-40:]):
        return None
    for i in range(j - 1, -1, -1):
        a = attributions[i]
        if a.paragraph != b.paragraph:
            break
        if _sure_quotation(a) and a.cue_span == b.cue_span and a.source == b.source:
            return i
    return None


def _going_on(article: Article, attributions: Sequence[Attribution], j: int) -> int | None:
    """A quotation with no cue opening its paragraph, right after the same speaker's quotation (entries the
    ledger is unsure of in between do not count; any sure claim does)."""
    b = attributions[j]
    if b.paragraph < 2:
        return None
    para = article.paragraph(b.paragraph)
    if b.content_spans[0].start - para.start > OPENS_PARAGRAPH:
        return None
    for i in range(j - 1, -1, -1):
        a = attributions[i]
        if a.claim_confidence < CONFIDENT:
            continue
        return i if _sure_quotation(a) and a.source == b.source and a.paragraph == b.paragraph - 1 else None
    return None
