"""A fixed pattern's ``search`` tried only where a match can open.

A pattern of many alternatives opening on a word boundary ("\\b(?:said|says|told|…)\\b", case-blind) gives
``re`` no first character to skip ahead to, so every ``search`` tries it at every character of the text.
When every match opens with one of a few lower-case ASCII words (read from the pattern itself:
:func:`opening_keys`), the places those words stand in the text's lower case are found with ``str.find``
and the pattern is tried there only, in order: the same first match, found in a fraction of the time.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from quizgen.wordtrie import trie_pattern

# Characters a case-blind pattern matches to an ASCII letter though they are none ("ſ" to "s", "K" to
# "k", "ı" and "İ" to "i"): in a text without them, a word a case-blind pattern of ASCII words matches
# stands in the text's lower case as the pattern writes it.
CASE_ODD = frozenset("\u0130\u0131\u017f\u212a")
KEYS_FOR_TRIE = 10  # a Keyed pattern of this many opening words finds them with one trie (:class:`Keyed`)


def case_odd(text: str) -> bool:
    """Does the text hold a character of :data:`CASE_ODD`? (None in an ASCII text: one quick test first;
    then four substring tests, quicker than a set over every character.)"""
    return not text.isascii() and any(c in text for c in CASE_ODD)


try:  # the pattern parser, to read what a fixed pattern's matches open with (:func:`opening_keys`)
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without them: every pattern runs as it is
    _sre = _sre_parser = None


def _openings(items: object) -> tuple[set[str], bool]:
    """The lower-case ASCII texts a parsed pattern's matches may open with, and whether they are its
    whole text (so what follows may be added); as far as it is literal ("" when nothing is sure)."""
    out = {""}
    for op, av in items:  # type: ignore[attr-defined]
        if op is _sre.AT or op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            continue  # "\b", a lookaround: no character of the match
        if op is _sre.LITERAL:
            ch = chr(av)
            if not ch.isascii():
                return out, False
            out = {o + ch.lower() for o in out}
        elif op is _sre.IN and all(o is _sre.LITERAL and chr(c).isascii() for o, c in av) and len(av) <= 4:
            out = {o + chr(c).lower() for o in out for _, c in av}
        elif op is _sre.BRANCH or op is _sre.SUBPATTERN:
            parts = [_openings(b) for b in av[1]] if op is _sre.BRANCH else [_openings(av[-1])]
            out = {o + p for o in out for got, _ in parts for p in got}
            if not all(whole for _, whole in parts):
                return out, False
        elif (op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT) and av[0] >= 1:
            return {o + p for o in out for p in _openings(av[2])[0]}, False
        else:
            return out, False
        if len(out) > 400:
            return {""}, False
    return out, True


@lru_cache(maxsize=256)
def opening_keys(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case ASCII word starts one of which opens every match of ``pattern`` (none of them
    the start of another), read from the pattern itself; None when some match may open otherwise."""
    if _sre_parser is None:
        return None
    try:
        found, _ = _openings(_sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - a construct this reader does not know
        return None
    if not found or "" in found:
        return None
    keys = sorted(found, key=len)
    return tuple(k for i, k in enumerate(keys) if not any(k.startswith(s) for s in keys[:i]))


def search(pattern: re.Pattern[str], text: str, keys: tuple[str, ...] | None = None) -> re.Match[str] | None:
    """``pattern.search(text)``, the pattern tried only where one of its :func:`opening_keys` (or ``keys``, a
    part of them, when the caller knows the others stand nowhere in the text) stands: the first match, as
    ``search`` finds it ("\\b" and lookbehinds still read the characters before a start)."""
    if keys is None:
        keys = opening_keys(pattern)
    if keys is None or case_odd(text):
        return pattern.search(text)
    low = text.lower()  # the same offsets: no character but those of CASE_ODD lower-cases to ASCII or to two
    starts: set[int] = set()
    for k in keys:
        at = low.find(k)
        while at >= 0:
            starts.add(at)
            at = low.find(k, at + 1)
    for at in sorted(starts):
        m = pattern.match(text, at)
        if m is not None:
            return m
    return None


def literal_search(pattern: re.Pattern[str], text: str, literal: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern every match of which opens with ``literal`` as written (after
    "\\b" or a lookbehind; no IGNORECASE): tried only where ``str.find`` finds the literal, not at every
    character (a name's pattern over the whole body)."""
    if not literal:
        return pattern.search(text)
    at = text.find(literal)
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None:
            return m
        at = text.find(literal, at + 1)
    return None


def word_before_matches(pattern: re.Pattern[str], text: str, literal: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which opens with one capitalised ASCII word
    (``[A-Z][a-z]+``), then white space, then ``literal`` as written ("\\b([A-Z][a-z]+)\\s+Clinton\\b"): the
    pattern is tried only at the word before each place ``str.find`` finds the literal, not at every character.
    The same matches in the same order: a match can open nowhere else, each such word is found once and in
    order, and one opening inside the match before is skipped as ``finditer`` skips it."""
    if not literal:
        yield from pattern.finditer(text)
        return
    after = 0  # where the match before ended
    at = text.find(literal)
    while at >= 0:
        q = at
        while q > 0 and text[q - 1].isspace():
            q -= 1
        s = q
        while s > 0 and "a" <= text[s - 1] <= "z":
            s -= 1
        s -= 1  # the capital the lower-case letters follow
        if q < at and s + 1 < q and s >= after and "A" <= text[s] <= "Z":  # (after >= 0: s is no -1)
            m = pattern.match(text, s)
            if m is not None:
                yield m
                after = m.end()
        at = text.find(literal, at + 1)


class Keyed:
    """A compiled pattern whose one-argument ``search`` is :func:`search` (the other methods are the
    pattern's own): for a fixed pattern of many alternatives searched often, so a module keeps it as
    ``_X = Keyed(re.compile(…))`` and its callers write ``_X.search(text)`` as before."""

    __slots__ = ("compiled", "finder", "findall", "finditer", "flags", "fullmatch", "groupindex", "groups", "keys",
                 "match", "pattern", "split", "sub", "subn")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        keys = opening_keys(compiled)
        if keys is None:
            raise ValueError(f"no opening words read from {compiled.pattern[:60]!r}")
        self.compiled, self.keys = compiled, keys
        # many words: one pass of their trie over the lower-case text finds where the next one stands,
        # quicker than a ``str.find`` pass per word (for a few, the finds are quicker)
        self.finder = re.compile(trie_pattern(keys)).search if len(keys) >= KEYS_FOR_TRIE else None
        self.match, self.fullmatch = compiled.match, compiled.fullmatch
        self.findall, self.finditer = compiled.findall, compiled.finditer
        self.sub, self.subn, self.split = compiled.sub, compiled.subn, compiled.split
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        if span:
            return self.compiled.search(text, *span)
        if case_odd(text):
            return self.compiled.search(text)
        low = text.lower()
        match = self.compiled.match
        if self.finder is not None:  # each place one of the words stands, in order, until the pattern matches
            find = self.finder
            found = find(low)
            while found is not None:
                at = found.start()
                m = match(text, at)
                if m is not None:
                    return m
                found = find(low, at + 1)
            return None
        starts: set[int] = set()
        for k in self.keys:
            at = low.find(k)
            while at >= 0:
                starts.add(at)
                at = low.find(k, at + 1)
        for at in sorted(starts):
            m = match(text, at)
            if m is not None:
                return m
        return None
