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

Each kind's rule is its :meth:`quizgen.kinds.Kind.score`, next to the kind's answer shape, so a new
kind is one class in the registry; this module keeps what is the web app's: the ``Grade`` it
stores, the missing-response and teacher-graded cases, and the rules above as the contract
(tests/webapp/test_grading.py and tests/fuzz/test_fuzz_grader.py check them).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizgen.kinds import kind_of, normalise_text
from quizgen.model import Item

__all__ = ["Grade", "grade", "normalise_text"]


@dataclass(frozen=True)
class Grade:
    points: float | None  # None: waiting for the teacher (open response)
    max_points: float
    correct: bool | None  # None when not auto-graded


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
    kind = kind_of(item)
    if kind is not None and kind.teacher_graded:
        return Grade(None, full, None)
    if response is None or kind is None:
        return Grade(0.0, full, False)
    points, correct = kind.score(item, response, mode=mode)
    return Grade(points, full, correct)
