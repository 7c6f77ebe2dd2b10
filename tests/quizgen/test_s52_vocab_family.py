"""Vocabulary: a word's family drifts (its one WordNet sense is no sure key) only when a word derived from it has
senses in several WordNet fields of meaning. Adjectives are filed by form, not meaning (adj.all beside adj.pert,
"of or relating to …"): an adjective of the family in both files is no drift, so "philanthropy", "anecdote" are
asked; nor is a sense of the body, of things or of motion ("lobby" is also a room); a verb of the family in two
fields of meaning still is ("flirtation": "flirt" is also to toy with an idea).

A constructed WordNet in 3.0's file format; constructed sentences."""
from __future__ import annotations

import pytest
from test_generate_vocabulary import forget_wordnet, wordnet_of

from quizgen.generate import vocabulary

SYNSETS = [
    ("n", 7, ["benevolence"], "an inclination to do kind or charitable acts", [("+", 1)]),        # 0
    ("a", 0, ["benevolent"], "showing or motivated by goodwill", [("+", 0)]),                      # 1
    ("a", 1, ["benevolent"], "of or relating to kind acts"),                                       # 2
    ("n", 4, ["flirtation"], "playful behavior intended to arouse sexual interest", [("+", 4)]),   # 3
    ("v", 41, ["flirt"], "talk or behave amorously, without serious intentions", [("+", 3)]),      # 4
    ("v", 31, ["flirt", "toy"], "consider casually or entertain an idea"),                         # 5
    ("n", 18, ["profiteer"], "someone who takes unfair advantage of others for gain", [("+", 7)]),  # 6
    ("v", 41, ["profit"], "make an unreasonable profit on the sale of goods", [("+", 6)]),       # 7
    ("v", 38, ["profit"], "carry goods quickly from place to place"),                           # 8
]


@pytest.fixture
def wn(tmp_path, monkeypatch):
    yield wordnet_of(SYNSETS, tmp_path, monkeypatch)
    forget_wordnet()


def test_an_adjective_of_the_family_in_two_files_is_no_drift(wn):
    got = vocabulary.sense_in_context(wn, "benevolence", "NOUN",
                                      "The mayor was praised for her benevolence toward the town's poorest families.")
    assert got is not None and got.definition == "an inclination to do kind or charitable acts"


def test_a_verb_of_the_family_in_two_fields_still_drifts(wn):
    assert vocabulary.sense_in_context(wn, "flirtation", "NOUN",
                                       "Voters' brief flirtation with the outsider ended before the primary.") is None


def test_a_physical_sense_of_the_family_is_no_drift(wn):
    got = vocabulary.sense_in_context(wn, "profiteer", "NOUN",
                                      "Each profiteer in the port raised prices as the storm closed the roads.")
    assert got is not None and got.definition == "someone who takes unfair advantage of others for gain"
