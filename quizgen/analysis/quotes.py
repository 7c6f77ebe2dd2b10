"""Quotation marks paired per paragraph."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

OPEN_CURLY, CLOSE_CURLY = "“", "”"


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
    for i, ch in enumerate(text):
        if ch == OPEN_CURLY or (ch == '"' and opened is None):
            if opened is None:
                opened = i
            continue
        if ch == CLOSE_CURLY or ch == '"':
            if opened is not None:
                quotes.append(Quote(opened + 1, i, opened, False))
                opened = None
    if opened is not None and len(text) - opened > 1:
        quotes.append(Quote(opened + 1, len(text.rstrip()), opened, True))
    return quotes


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
