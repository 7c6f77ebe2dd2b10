"""pn41: broader shapes listed as unsure entries (claim_confidence below CONFIDENT), on constructed sentences.
A light verb and a noun of saying ("took a swipe at the tax"), a trailing participle of speech ("..., discussing a
letter from ..."), the one who "seemed to recognize" something: listed, never sure; controls stay as they were (a
sure saying stays sure, a thing holds no view, a leading participle is no claim)."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT


def _entry(ledger, words):
    hits = [a for a in ledger if words in a.content]
    assert hits, [(a.source, a.cue, a.content) for a in ledger]
    return hits[0]


# "took a swipe at X", "made no mention of X", "made the point that ...", "paid tribute to X", "came out in support
# of X": a light verb and a noun of saying or stance, its subject the source; listed unsure (pn41)
_LIGHT = ("Harbour tax splits the council\n\n"
          "Governor Ed Ward spoke to reporters at the harbour on Monday about the new budget for the town.\n\n"
          "Senator Ruth Lane took a swipe at the new harbour tax during the debate on Tuesday night.\n\n"
          "Ward made no mention of the fishing fleet in his long speech to the council on Wednesday.\n\n"
          "Lane made the point that the harbour tax would hurt the small shops along the front.\n\n"
          "Ward paid tribute to the lifeboat crews who worked through the storm last winter.\n\n"
          "Mayor Carl Moss came out in support of the harbour tax after the vote on Thursday.\n\n"
          "The storm took a swipe at the harbour wall on Sunday night and damaged the pier.\n\n"
          "Lane said the council would publish new figures on the harbour tax before the vote in May.\n\n"
          "The town council met again on Friday to discuss the budget for the coming year and the roads in "
          "the county, and the members will meet again in the spring after the harbour works are finished.\n")


@pytest.fixture(scope="module")
def light():
    return analyse(article_from_text(_LIGHT)).attributions


@pytest.mark.parametrize("words, source, cue", [
    ("the new harbour tax", "Ruth Lane", "took a swipe at"),
    ("the fishing fleet", "Ed Ward", "made no mention of"),
    ("the harbour tax would hurt", "Ruth Lane", "made the point"),
    ("the lifeboat crews", "Ed Ward", "paid tribute to"),
    ("the harbour tax", "Carl Moss", "came out in support of"),
])
def test_a_light_verb_and_a_noun_of_saying_is_listed_unsure(light, words, source, cue):
    hits = [a for a in light if words in a.content and a.cue == cue]
    assert hits, [(a.source, a.cue, a.content) for a in light]
    a = hits[0]
    assert a.source == source, (a.source, a.cue)
    assert a.cue == cue, a.cue
    assert a.claim_confidence < CONFIDENT


def test_a_plain_saying_stays_sure(light):
    a = _entry(light, "would publish new figures")
    assert a.source == "Ruth Lane" and a.claim_confidence >= CONFIDENT, (a.source, a.claim_confidence)


def test_a_thing_taking_a_swipe_is_no_source(light):
    assert not any("storm" in a.source_text.lower() for a in light), [(a.source_text, a.content) for a in light]


# "..., discussing a letter from ...", "..., highlighting the damage ...": a trailing participle of speech or judgment
# after its main clause is the main clause's subject's own claim, listed unsure (pn41)
_ASIDES = ("Harbour tax vote\n\n"
           "Governor Ed Ward spoke to reporters at the harbour on Monday about the new budget for the town.\n\n"
           "Ward spoke at the rally in the square, discussing a letter from Senator Lane about the harbour tax.\n\n"
           "Lane closed the session early, highlighting the damage the storm did to the old harbour wall.\n\n"
           "Citing the storm damage, officials closed the pier to visitors for the rest of the week.\n\n"
           "The fishing fleet stayed in the harbour for three days while the wind blew hard from the north and the "
           "sea rose over the old wall by the lighthouse.\n\n"
           "The town council met again on Friday to discuss the budget for the coming year and the roads in "
           "the county, and the members will meet again in the spring after the harbour works are finished.\n")


@pytest.fixture(scope="module")
def asides():
    return analyse(article_from_text(_ASIDES)).attributions


@pytest.mark.parametrize("words, source, cue", [
    ("a letter from Senator Lane", "Ed Ward", "discussing"),
    ("the damage the storm did", "Lane", "highlighting"),
])
def test_a_trailing_participle_aside_is_listed_unsure(asides, words, source, cue):
    hits = [a for a in asides if words in a.content and a.cue == cue]
    assert hits, [(a.source, a.cue, a.content) for a in asides]
    assert source in hits[0].source and hits[0].claim_confidence < CONFIDENT, (hits[0].source, hits[0].claim_confidence)


def test_a_leading_participle_is_still_no_claim(asides):
    assert not any(a.cue.lower() == "citing" for a in asides), [(a.source, a.cue, a.content) for a in asides]


# "Ward seemed to recognize the weight of the vote": the one who seems is the source of what he seems to recognize,
# fear or care about (unsure); "the pier seemed to be safe" stays an impression with no source (pn41)
_SEEMS = ("Harbour tax vote\n\n"
          "Governor Ed Ward spoke to reporters at the harbour on Monday about the new budget for the town.\n\n"
          "Ward seemed to recognize the weight of the vote on the harbour tax for the fishing fleet.\n\n"
          "The old pier seemed to be safe enough for the visitors after the storm last winter.\n\n"
          "Boats from three towns along the coast came in to shelter behind the new wall on Sunday night.\n\n"
          "The fishing fleet stayed in the harbour for three days while the wind blew hard from the north and the "
          "sea rose over the old wall by the lighthouse.\n\n"
          "The town council met again on Friday to discuss the budget for the coming year and the roads in "
          "the county, and the members will meet again in the spring after the harbour works are finished.\n")


@pytest.fixture(scope="module")
def seems():
    return analyse(article_from_text(_SEEMS)).attributions


def test_the_one_who_seems_to_recognize_is_the_source(seems):
    hits = [a for a in seems if "weight of the vote" in a.content]
    assert hits, [(a.source, a.cue, a.content) for a in seems]
    a = hits[0]
    assert a.source == "Ed Ward" and a.cue.startswith("seemed to recognize"), (a.source, a.cue)
    assert a.claim_confidence < CONFIDENT


def test_a_thing_that_seems_safe_has_no_source(seems):
    hits = [a for a in seems if "safe enough" in a.content]
    assert hits and not hits[0].source, [(a.source, a.cue, a.content) for a in seems]
