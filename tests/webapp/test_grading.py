"""The grader, on hand-checked cases for every kind of item."""
from __future__ import annotations

import pytest

from webapp.grading import grade, normalise_text


def by_kind(lesson, kind):
    return next(it for it in lesson.items if it.kind == kind)


@pytest.mark.parametrize("response,points,correct", [(0, 1.0, True), (1, 0.0, False), ("0", 1.0, True),
                                                      (None, 0.0, False), (True, 0.0, False), (9, 0.0, False),
                                                      # not option numbers (these raised ValueError)
                                                      ("--0", 0.0, False), ("\u00b2", 0.0, False)])
def test_multiple_choice(sample_lesson, response, points, correct):
    g = grade(by_kind(sample_lesson, "multiple_choice"), response)
    assert (g.points, g.correct) == (points, correct)


def test_true_false(sample_lesson):
    item = by_kind(sample_lesson, "true_false")
    assert grade(item, 1).correct and not grade(item, 0).correct


@pytest.mark.parametrize("response,partial,exact", [
    ([0, 1], 1.0, True), ([1, 0], 1.0, True), ([0], 0.5, False), ([0, 1, 2], 0.5, False),
    ([2, 3], 0.0, False), ([0, 2, 3], 0.0, False), ([], 0.0, False), ("0", 0.0, False),
])
def test_multiple_select_partial_and_all_or_nothing(sample_lesson, response, partial, exact):
    item = by_kind(sample_lesson, "multiple_select")  # key [0, 1]
    assert grade(item, response).points == pytest.approx(partial)
    assert grade(item, response).correct is exact
    assert grade(item, response, mode="all_or_nothing").points == (1.0 if exact else 0.0)


@pytest.mark.parametrize("response,share", [
    ([[0, 0], [1, 1], [2, 2]], 1.0), ([[0, 0], [1, 2], [2, 1]], 1 / 3), ([[2, 2], [0, 0]], 2 / 3),
    ([[0, 1], [0, 0]], 0.0), ([], 0.0), ([[0, "x"]], 0.0),
])
def test_matching_per_pair(sample_lesson, response, share):
    assert grade(by_kind(sample_lesson, "matching"), response).points == pytest.approx(share)


@pytest.mark.parametrize("response,ok", [("amicable", True), ("  AMICABLE!", True), ("am icable", False),
                                         ("", False), ("friendly", False), ("Amicable.", True), (3, False)])
def test_short_answer_ignores_case_space_and_punctuation(sample_lesson, response, ok):
    assert grade(by_kind(sample_lesson, "short_answer"), response).correct is ok


def test_normalise_text():
    assert normalise_text("  The  U.S.’s   “reply” ") == "the u s s reply"


def test_open_response_waits_for_the_teacher(sample_lesson):
    g = grade(by_kind(sample_lesson, "open_response"), "anything")
    assert g.points is None and g.correct is None and g.max_points == 3
