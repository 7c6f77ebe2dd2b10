"""Certainty: a plain dated sentence of the writer's is asked "stated as fact" whether its possessive is written with a
straight apostrophe ("the county's") or a curly one ("the county’s"). The test for quotation marks had taken the
curly apostrophe inside a word for a closing single quotation mark, so only the straight-apostrophe article had the
item. Constructed text."""
from __future__ import annotations

from factories import skill_candidates

from quizgen.generate.certainty import FACT

PARAS = [
    "The Harlow County board voted on Tuesday to close two rural libraries after a long budget fight.",
    "\"We had no other choice this year,\" said board chairman Owen Pryce, who spoke after the meeting.",
    "The county{a}s library system opened its first branch in 1952 near the old mill.",
    "Residents packed the hall for the vote, and several held signs about the closures.",
    "Pryce said the board would look again at the budget in the spring.",
    "Parents at the meeting asked where children would study after school once the two branches shut their doors.",
    "Teachers at the nearby school have started a drive to collect books for a small reading room in the gym.",
    "\"This is a sad week for the whole valley and for every family that used those rooms,\" said teacher Mia Ross.",
    "The board meets again next month to set the rest of the budget for the coming year.",
]


def _fact_stems(nlp, apostrophe: str) -> list[str]:
    items = skill_candidates(nlp, "County shuts two libraries", [p.format(a=apostrophe) for p in PARAS],
                             ["certainty"])
    return [it.stem for it in items if it.kind == "multiple_choice" and it.options[it.answer] == FACT]


def test_a_curly_apostrophe_in_a_possessive_is_no_quotation_mark(nlp):
    straight = _fact_stems(nlp, "'")
    assert any("first branch in 1952" in s for s in straight), straight  # the shape is asked at all
    curly = _fact_stems(nlp, "’")
    assert any("first branch in 1952" in s for s in curly), curly


def test_a_single_quotation_in_the_sentence_still_stops_it(nlp):
    paras = list(PARAS)
    paras[2] = "The county{a}s library system opened its ‘first real branch’ in 1952 near the old mill."
    items = skill_candidates(nlp, "County shuts two libraries", [p.format(a="’") for p in paras], ["certainty"])
    assert not any("first real branch" in it.stem for it in items if it.options and it.answer is not None
                   and it.kind == "multiple_choice" and it.options[it.answer] == FACT)
