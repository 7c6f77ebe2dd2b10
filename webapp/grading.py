"""Grading: a pure function of a quizgen Item and a student's response.

Response encodings mirror ``Item.answer`` (see :class:`quizgen.model.Item`):

- multiple_choice / true_false: an option index (an int; a string of ASCII digits, as a form posts
  it, stands for that int; so everywhere below). Exact match scores all points.
- multiple_select: a list of option indexes. Partial credit: (right picks - wrong picks) /
  number of keyed options, floored at 0, times the item's points; ``correct`` only when the
  set equals the key. ``mode="all_or_nothing"`` gives full points for an exact set, else 0.
- matching: a list of [prompt_index, option_index] pairs. Each prompt matched as keyed earns
  points / number of keyed pairs; a prompt answered twice counts only its first pair.
- short_answer: a string, compared with each accepted string after case-folding, Unicode
  normalisation, dropping punctuation and collapsing white space.
- open_response: graded by the teacher against the rubric; the grader returns points=None.

A missing or malformed response scores 0 (never raises).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from quizgen.model import Item

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_INDEX = re.compile(r"-?[0-9]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Grade:
    points: float | None  # None: waiting for the teacher (open response)
    max_points: float
    correct: bool | None  # None when not auto-graded


def normalise_text(text: str) -> str:
    """Case-, space- and punctuation-insensitive form of a short answer."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCT.sub(" ", text.replace("_", " "))
    return _SPACE.sub(" ", text).strip()


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INDEX.fullmatch(value.strip()):
        return int(value.strip())
    return None


def _int_set(value: Any) -> set[int] | None:
    if not isinstance(value, (list, tuple)):
        return None
    out = {_as_int(v) for v in value}
    return None if None in out else out  # type: ignore[return-value]


def _pairs(value: Any) -> dict[int, int]:
    """Matching response as {prompt: option}; the first pair given for a prompt wins."""
    out: dict[int, int] = {}
    if not isinstance(value, (list, tuple)):
        return out
    for pair in value:
        if isinstance(pair, (list, tuple)) and len(pair) == 2:
            p, o = _as_int(pair[0]), _as_int(pair[1])
            if p is not None and o is not None and p not in out:
                out[p] = o
    return out


def grade(item: Item, response: Any, *, mode: str = "partial") -> Grade:
    """Score one response to ``item``.

    Args:
        item: the quizgen item with its key.
        response: the student's answer, encoded as described in the module docstring.
        mode: "partial" or "all_or_nothing" for multiple_select items.

    Returns:
        The points earned (None for an open response), the item's points and whether it is right.
    """
    full = float(item.points)
    kind = item.kind
    if kind == "open_response":
        return Grade(None, full, None)
    if response is None:
        return Grade(0.0, full, False)
    if kind in ("multiple_choice", "true_false"):
        ok = _as_int(response) is not None and _as_int(response) == _as_int(item.answer)
        return Grade(full if ok else 0.0, full, ok)
    if kind == "multiple_select":
        key = _int_set(item.answer) or set()
        got = _int_set(response)
        if got is None or not key:
            return Grade(0.0, full, False)
        exact = got == key
        if mode == "all_or_nothing":
            return Grade(full if exact else 0.0, full, exact)
        right, wrong = len(got & key), len(got - key)
        return Grade(full * max(0, right - wrong) / len(key), full, exact)
    if kind == "matching":
        key_pairs = _pairs(item.answer)
        got_pairs = _pairs(response)
        if not key_pairs:
            return Grade(0.0, full, False)
        hits = sum(1 for p, o in key_pairs.items() if got_pairs.get(p) == o)
        return Grade(full * hits / len(key_pairs), full, hits == len(key_pairs))
    if kind == "short_answer":
        if not isinstance(response, str):
            return Grade(0.0, full, False)
        accepted = item.answer if isinstance(item.answer, (list, tuple)) else [item.answer]
        given = normalise_text(response)
        ok = bool(given) and any(given == normalise_text(str(a)) for a in accepted if a is not None)
        return Grade(full if ok else 0.0, full, ok)
    return Grade(0.0, full, False)
