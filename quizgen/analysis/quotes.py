"""Quotation marks paired per paragraph."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPEN_CURLY, CLOSE_CURLY = "“", "”"
_MARK_CHARS = re.compile("[\"'“”]")  # the only characters where a mark may start


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks (paragraph offsets)
    end: int  # one past the last character inside the marks
    open_start: int  # offset of the opening mark
    unclosed: bool  # runs on into the next paragraph

    def words(self, text: str) -> int:
        return len(text[self.start:self.end].split())


@lru_cache(maxsize=256)
def _find_quotes(text: str) -> tuple[Quote, ...]:
    return tuple(_scan(text))


def find_quotes(text: str) -> list[Quote]:
    """Double-quoted stretches of ``text`` (cached: each paragraph is asked more than once)."""
    return list(_find_quotes(text))


def _scan(text: str) -> list[Quote]:
    """Double-quoted stretches of ``text``; an opening mark never closed runs to the end."""
    quotes: list[Quote] = []
    opened: int | None = None
    width = 1  # of the opening mark: 2 for the two apostrophes some papers print ('')
    nested = 0  # curly quotations opened inside an open curly one ('“People wearing “Settle For Hillary” shirts …”')
    i = 0
    for m in _MARK_CHARS.finditer(text):  # every other character is no mark and steps on by one
        if m.start() < i:
            continue
        i = m.start()
        ch = text[i]
        mark = 2 if _two_apostrophes(text, i) else 1 if ch in ('"', OPEN_CURLY, CLOSE_CURLY) else 0
        if _three_apostrophes(text, i):  # a single quotation inside a '' one, at its end or its start
            if opened is not None and width == 2:  # ''I'd say 'old-school,''' said X: the last two close it
                quotes.append(Quote(opened + 2, i + 1, opened, False))
                opened = None
                i += 3
                continue
            if opened is None and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-"):
                mark = 2  # '''Old-school' is the word,'' he said: the first two open it
        if mark == 2 and opened is None and i > 0 and not (text[i - 1].isspace() or text[i - 1] in "([—–-"):
            mark = 0  # a closing '' with nothing open: not a mark
        if ch == OPEN_CURLY or (mark and ch != CLOSE_CURLY and opened is None):
            if opened is None:
                opened, width, nested = i, mark, 0
            elif text[opened] == OPEN_CURLY:
                nested += 1
        elif ch == CLOSE_CURLY and nested and _closes_later(text, i + 1):
            nested -= 1  # the inner quotation's close: the outer one closes at a later mark, before any other opens
        elif mark and opened is not None:
            quotes.append(Quote(opened + width, i, opened, False))
            opened = None
        i += max(mark, 1)
    if opened is not None and len(text) - opened > width:
        quotes.append(Quote(opened + width, len(text.rstrip()), opened, True))
    return quotes


def _closes_later(text: str, at: int) -> bool:
    """Is there a closing curly mark after ``at`` with no opening one before it? Then a quotation opened inside
    another closed just before ``at``, and the outer one closes there; else the inner "opening" mark was a stray one
    and the mark before ``at`` closes the outer quotation."""
    close = text.find(CLOSE_CURLY, at)
    if close < 0:
        return False
    opening = text.find(OPEN_CURLY, at)
    return opening < 0 or opening > close


def _two_apostrophes(text: str, i: int) -> bool:
    """Two ASCII apostrophes standing for a double quotation mark (''Follow us,'' she said)."""
    return text.startswith("''", i) and (i == 0 or text[i - 1] != "'") and not text.startswith("'" * 3, i)


def _three_apostrophes(text: str, i: int) -> bool:
    """Exactly three ASCII apostrophes at ``i``: a '' quotation and a single one inside it meeting."""
    return text.startswith("'" * 3, i) and (i == 0 or text[i - 1] != "'") and not text.startswith("'" * 4, i)


def quoted_share(quotes: list[Quote], start: int, end: int) -> float:
    """Share of the non-space characters of [start, end) that lie inside quotation marks."""
    if end <= start:
        return 0.0
    inside = 0
    for q in quotes:
        lo, hi = max(start, q.start), min(end, q.end)
        if hi > lo:
            inside += hi - lo
    return inside / (end - start)
