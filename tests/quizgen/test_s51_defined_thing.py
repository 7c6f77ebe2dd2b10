"""Speaker options, session 51: a name the article defines as a thing ("Dalton Brody is a Washington, DC, gifts
and accessories store, which sells …") is never offered as a person who might have said something; a name
defined as a person ("… is a retired teacher who …") and one whose description holds a clause of its own stay
fit. Constructed articles only.
"""
from __future__ import annotations

import random

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.attribution import defined_as_thing, unfit_speaker
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS


def _ctx(nlp, paragraphs):
    article = article_from_text("\n\n".join(["Harbour Plan Draws Anger", COUNCIL_FILLER, *paragraphs]))
    return Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))


_TEXT = [
    "Mayor Tom Reyes said on Monday that the council would vote on the harbour plan next month, after a "
    "long public hearing.",
    "The mayor asked whether Carver Lomax had the permits ready. Carver Lomax is a Portland, Maine, boats and "
    "marine supplies store, which sells rope, sails and paint, according to its website.",
    "Nora Hale is a retired teacher who has fished in the bay for forty years. She said the plan would ruin it.",
    "Pete Lund is a Democrat, and he said nothing about the plan at the meeting.",
]


def test_a_name_defined_as_a_store_is_no_speaker(nlp):
    ctx = _ctx(nlp, _TEXT)
    assert defined_as_thing(ctx, "Carver Lomax")
    assert unfit_speaker(ctx, "Carver Lomax")


def test_a_name_defined_as_a_person_stays_fit(nlp):
    ctx = _ctx(nlp, _TEXT)
    assert not defined_as_thing(ctx, "Nora Hale")
    assert not defined_as_thing(ctx, "Pete Lund")  # "a Democrat, and he said nothing": no head noun of his
    assert not defined_as_thing(ctx, "Tom Reyes")
