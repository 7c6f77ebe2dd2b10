"""A count written "all 99" is a number, asked as one, and "99" is a right answer (judged blind, T12: "racing to visit
______ of the state's counties" asked for a "number and unit" and took only "all 99")."""
from __future__ import annotations

from quizgen.generate.distractors import unit
from quizgen.generate.key_detail import _as_asked, accepted_numbers


def test_all_is_no_unit():
    assert unit("all 99") == frozenset()
    assert unit("all 50 states") == frozenset({"states"})


def test_the_bare_number_is_accepted():
    accepted = _as_asked("all 99", accepted_numbers("all 99"))
    assert "99" in accepted and "all 99" in accepted
