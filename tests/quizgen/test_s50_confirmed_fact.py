"""Certainty, session 50 (judged blind on a kept-aside train set): "Nora Hale, who led the harbour campaign for
thirty years, died on Monday." was asked "The article names who made this claim" and keyed False, while the next
paragraph says "Her death was confirmed by the Harbour Trust": a fact the writer says someone confirmed is not
an unsourced one, so it is not asked as "stated as fact, no source". Constructed articles only.
"""
from __future__ import annotations

import random

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.generate import generate_items, sure_claims
from quizgen.ingest import article_from_text


def _fact_items(nlp, next_paragraph: str) -> list[str]:
    text = "\n\n".join([
        "Nora Hale, Champion of the Harbour, Dies at 92",
        "Nora Hale, who led the campaign to save the old harbour for thirty years and helped shape the town, "
        "died on Monday at her home by the sea wall.",
        next_paragraph, COUNCIL_FILLER,
        "Mayor Tom Reyes said the town would name the new pier after her when it opens next spring.",
        "\"She never gave up on this harbour,\" Reyes said at the council meeting on Tuesday evening."])
    article = article_from_text(text)
    analysis = sure_claims(analyse(article, nlp=nlp))
    items = generate_items(article, analysis, rng=random.Random(0), skills=["certainty", "attribution"])
    return [it.stem for it in items if "died on Monday" in it.stem]


def test_a_fact_the_next_paragraph_says_was_confirmed_is_not_asked_as_unsourced(nlp):
    assert _fact_items(nlp, "Her death was confirmed by the Harbour Trust, the group she founded in 1975.") == []


def test_a_fact_with_no_confirmation_near_is_still_asked(nlp):
    assert _fact_items(nlp, "She had lived in the town since she was a child and ran its small bookshop.")
