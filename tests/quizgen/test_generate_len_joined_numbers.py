"""Lesson length: a "to" or an "and" before a number gap gives the answer away only when another number
stands right before it ("1,428 to ______", "$20 million or ______"); after a verb it is none
("Unemployment dipped to ______ in January", "get the rate down to ______"). A poll's margin of error
is fine print, never a gap."""
from __future__ import annotations

from quizgen.generate.key_detail import gives_away, trivia


def _gap(sentence: str, number: str) -> tuple[str, int, int]:
    i = sentence.index(number)
    return sentence, i, i + len(number)


def test_a_verb_before_to_gives_nothing_away():
    assert not gives_away(*_gap("Unemployment dipped to 4.9 percent in January, the agency reported.", "4.9 percent"))
    assert not gives_away(*_gap("He pledged to bring the jobless rate down to 6 percent over four years.", "6 percent"))
    assert not gives_away(*_gap("The deficit is $544 billion, $105 billion more than last year, and $130 billion "
                                "more than the office had projected.", "$130 billion"))


def test_a_number_before_to_or_and_still_gives_away():
    assert gives_away(*_gap("Without superdelegates, the senator leads the governor, 1,428 to 1,153.", "1,153"))
    assert gives_away(*_gap("The group could raise $20 million or $30 million before the vote.", "$30 million"))
    assert gives_away(*_gap("Turnout ran between 40 and 45 percent in most of the counties.", "45 percent"))
    assert gives_away(*_gap("For that subsample, the margin is plus or minus 3.4 percentage points.", "minus 3.4"))


def test_margin_of_error_is_trivia():
    assert trivia(*_gap("For the smaller group, the margin of error is 4.1 percentage points.", "4.1"))


def test_a_capitalised_number_word_inside_a_sentence_is_part_of_a_name():
    assert trivia(*_gap("The senator helped write the Gang of Eight bill with two partners.", "Eight"))
    assert not trivia(*_gap("Eight senators helped write the bill with two partners.", "Eight"))
