"""Certainty: the presentations a reader can tell from the sentence's own words come first, a claim put to people
the article does not name before one more claim of a named source (judged blind: a lesson's certainty items were
mostly keyed "attributed to a named source"); and the items of one article do not all ask in one wording ("How does
the article present this claim …?" repeated, judged blind). Constructed text."""
from __future__ import annotations

from factories import skill_candidates

from quizgen.generate.certainty import NAMED, UNNAMED

PARAS = [
    "The Harlow County board voted on Tuesday to close two rural libraries after a long budget fight over costs.",
    "Board chairman Owen Pryce said the county could not pay for the buildings and the staff at the same time.",
    "Librarian Ada Quill said the two branches lent more than nine thousand books to children last year alone.",
    "Residents packed the hall for the vote, and several of them held signs about the closures and the budget.",
    "Officials said the county will sell the buildings in June to pay for repairs to the main library.",
    "Teachers at the nearby school have started a drive to collect books for a small reading room in the gym.",
    "The board meets again next month to set the rest of the budget for the coming year and to hear the public.",
]


def _mc(nlp) -> list:
    items = skill_candidates(nlp, "County shuts two libraries", PARAS, ["certainty"])
    return [it for it in items if it.skill == "certainty" and it.kind == "multiple_choice"]


def test_a_claim_of_unnamed_officials_is_asked_before_more_named_ones(nlp):
    mc = _mc(nlp)
    keys = [it.options[it.answer] for it in mc]
    assert UNNAMED in keys and NAMED in keys, keys
    assert keys.index(UNNAMED) < keys.index(NAMED), [it.stem for it in mc]


def test_the_items_of_one_article_are_worded_differently(nlp):
    mc = _mc(nlp)
    assert len(mc) >= 2, [it.stem for it in mc]
    openings = [it.stem.split("¶")[0] for it in mc[:3]]
    assert len(set(openings)) == len(openings), [it.stem for it in mc]
    for it in mc:  # each wording still quotes the claim and names its paragraph
        assert "¶" in it.stem and "\"" in it.stem and it.stem.endswith("?"), it.stem
