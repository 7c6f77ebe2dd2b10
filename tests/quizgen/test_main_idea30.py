"""Main-idea distractors: a body sentence that opens with a subordinate clause ("Though the pier was
shut, the fishermen sold …", "As a point of fact, …") is a whole sentence when given whole; only a cut of
such a sentence would leave a fragment (its head the subordinate clause), so a short one is kept whole and
a long one still gives no option. A pronoun in the opening clause before any name still rules it out."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.main_idea import _details

KEY = "The council of Dover voted on Monday to close the old river bridge"
SHORT = ("Though the harbor pier was shut for the winter, the fishermen sold their catch at the market "
         "near the station.")
LONG = ("Although the fishing boats of the northern coast had already been tied up in the harbor for most of the "
        "long winter months, the fishermen of the town still sold their catch at the market near the station "
        "every single morning of the week.")
PRONOUN = "When he arrived at the station, the engineer handed the fishermen a list of the repairs to the pier."


def _pool(body: str) -> list[str]:
    art = plain_article(f"Dover closes old bridge\n\n{KEY}.\n\nA later hearing on the cost is set for the "
                        f"second week of June with the planners.\n\n{body}\n")
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    pool, _ = _details(ctx, KEY, ctx.analysis.sentences[0])
    return pool


def test_a_short_sentence_opening_with_a_subordinate_clause_is_a_whole_distractor() -> None:
    pool = _pool(SHORT)
    assert "Though the harbor pier was shut for the winter, the fishermen sold their catch at the market near " \
           "the station" in [d.rstrip(".") for d in pool], pool


def test_a_long_one_is_still_not_cut() -> None:
    pool = _pool(LONG)
    assert not any(d.startswith("Although") for d in pool), pool


def test_a_pronoun_in_the_opening_clause_still_rules_it_out() -> None:
    pool = _pool(PRONOUN)
    assert not any(d.startswith("When he") for d in pool), pool


def test_a_scene_in_a_when_clause_stays_out() -> None:
    """"When Ruth Dale woke on Monday, the sea was at her gate": a feature's scene, which a student might take
    for the story's opening point, gives no distractor."""
    pool = _pool("When Ruth Dale woke early on Monday morning, the sea was already lapping at her garden gate.")
    assert not any(d.startswith("When Ruth") for d in pool), pool


def _parsed_pool(cole: str) -> list[str]:
    from quizgen import analyse
    from quizgen.nlp import load

    art = plain_article(f"Dover closes old bridge\n\n{KEY}.\n\nA later hearing on the cost is set for the second week "
                        "of June with the planners.\n\nThe ferry to the islands will run twice a day until the end of "
                        "the summer season.\n\nThe bakers on the main street sold more bread than ever before in the "
                        f"spring.\n\nFor many, the choice on the ballot is plain. {cole}\n\n\"There is only one man "
                        "for the job. He spends his own money on it.\"\n")
    ctx = Context(art, analyse(art, nlp=load()), random.Random(1), frozenset({"multiple_choice"}))
    pool, _ = _details(ctx, KEY, ctx.analysis.sentences[0])
    return pool


def test_a_sentence_that_opens_a_quotation_with_a_colon_is_no_distractor() -> None:
    """"Ann Cole, a retired teacher, said that given the choice on the ballot:" introduces the quotation after
    it; without its colon it reads as a sentence cut off mid-clause (the full parse keeps it a sentence)."""
    cole = "Ann Cole, a retired teacher from the harbor district, said that given the choice on the ballot"
    assert any(d.startswith("Ann Cole") for d in _parsed_pool(cole + " she would vote early.")), "no control"
    pool = _parsed_pool(cole + ":")
    assert not any(d.startswith("Ann Cole") for d in pool), pool
