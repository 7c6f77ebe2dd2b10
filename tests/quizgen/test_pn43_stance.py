"""pn43: stance shapes the other passes left out (quizgen/analysis/attributions/stance.py), listed as unsure entries
(claim_confidence below CONFIDENT), on constructed sentences: a verb of judging with a short object ("applauded the
ruling"), of proposing with a gerund ("proposed closing the pier"), of holding someone to be something ("considers
Moss untrustworthy"), of stance with its preposition ("warned of a long fight"), a relative clause's stance
("shop groups that oppose the levy"). Controls: a relative word as the object is the scene, told in passing ("the
levy, which Ward has championed"), a thing holds no view, an "it" object is no stance, a participle's offer is an
act, a sure saying stays sure."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

_TEXT = ("Harbour levy splits the council\n\n"
         "Governor Ed Ward spoke to reporters at the harbour on Monday about the new budget for the town.\n\n"
         "Senator Ruth Lane applauded the ruling on Tuesday.\n\n"
         "Fishing groups condemned the levy's passage but kept their boats in the harbour.\n\n"
         "Mayor Carl Moss has proposed temporarily closing the pier to cars.\n\n"
         "Lane considers Moss untrustworthy.\n\n"
         "Ward warned of a long fight over the harbour levy in the spring.\n\n"
         "Local shop groups that oppose the levy met on Friday.\n\n"
         "Moss balked at the new harbour fees.\n\n"
         "Ward belittled the harbour plan on the radio.\n\n"
         "The plan rests on the harbour levy, which Ward has championed since the autumn.\n\n"
         "The storm condemned the old pier to ruin last winter.\n\n"
         "Moss liked it.\n\n"
         "Ward stood on the quay, offering an olive branch to the fleet.\n\n"
         "Lane said the council would publish new figures on the harbour levy before the vote in May.\n\n"
         "The town council met again on Friday to discuss the budget for the coming year and the roads in "
         "the county, and the members will meet again in the spring after the harbour works are finished.\n")


@pytest.fixture(scope="module")
def ledger():
    return analyse(article_from_text(_TEXT)).attributions


@pytest.mark.parametrize("words, source, cue", [
    ("the ruling", "Ruth Lane", "applauded"),
    ("the levy's passage", "", "condemned"),
    ("temporarily closing the pier", "Carl Moss", "has proposed"),
    ("Moss untrustworthy", "Ruth Lane", "considers"),
    ("a long fight over the harbour levy", "Ed Ward", "warned"),
    ("the levy", "Local shop groups", "oppose"),
    ("the new harbour fees", "Carl Moss", "balked"),
    ("the harbour plan", "Ed Ward", "belittled"),
])
def test_a_stance_shape_is_listed_unsure(ledger, words, source, cue):
    hits = [a for a in ledger if a.content.startswith(words) and a.cue == cue]
    assert hits, [(a.source, a.cue, a.content) for a in ledger]
    a = hits[0]
    if source:
        assert a.source == source, (a.source, a.cue)
    assert a.claim_confidence < CONFIDENT
    assert a.source_span is not None and a.cue_span is not None and a.content_spans


def test_a_thing_holds_no_stance(ledger):
    assert not [a for a in ledger if "pier to ruin" in a.content], [(a.source, a.cue, a.content) for a in ledger]


def test_an_it_object_and_a_participles_offer_are_not_listed(ledger):
    assert not [a for a in ledger if a.cue in ("liked", "offering")], [(a.source, a.cue, a.content) for a in ledger]


def test_a_plain_saying_stays_sure(ledger):
    hits = [a for a in ledger if "would publish new figures" in a.content]
    assert hits and hits[0].source == "Ruth Lane" and hits[0].claim_confidence >= CONFIDENT


def test_a_relative_word_as_the_object_is_the_scene_not_a_stance(ledger):
    # "the harbour levy, which Ward has championed": told in passing (as "the fees, which Berg bemoaned")
    assert not [a for a in ledger if a.cue == "has championed"], [(a.source, a.cue, a.content) for a in ledger]
