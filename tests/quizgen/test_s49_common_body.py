"""Certainty and sourcing, session 49: a common noun that opens a sentence ("Authorities announced …",
"Officials said …") is capitalised only because the sentence opens on it; it names no body, so the claim is not
"attributed to a named source". Judged blind on a kept-aside article: "Authorities announced that a curfew would
continue through the weekend" was keyed "Attributed to a named source", a wrong key. Constructed articles only.
"""
from __future__ import annotations

import random

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.generate.attribution import named_body_sure
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS


def _curfew(nlp, sentence: str):
    text = "Curfew Stays in Harbor Town\n\n" + "\n\n".join([COUNCIL_FILLER, sentence])
    article = article_from_text(text)
    analysis = analyse(article, nlp=nlp)
    ctx = Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))
    got = [a for a in analysis.attributions if "curfew" in a.content]
    assert len(got) == 1, [a.content for a in analysis.attributions]
    return ctx, got[0]


def test_a_common_noun_opening_the_sentence_is_no_named_body(nlp):
    ctx, a = _curfew(nlp, "Authorities announced that a curfew would continue through the weekend in the town.")
    assert a.source_kind == "government" and a.source.lower() == "authorities"  # the shape judged (left unsure)
    assert not named_body_sure(ctx, a)


def test_a_body_named_by_its_place_stays_a_named_body(nlp):
    ctx, a = _curfew(nlp, "The Ruritanian government announced that a curfew would continue through the weekend.")
    assert a.source_kind == "government"
    assert named_body_sure(ctx, a) or a.source_confidence >= 0.8
