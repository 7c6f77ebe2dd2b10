"""Judged blind on a kept-aside lesson: "an expeditious return" ("marked by speed and efficiency") was offered
"happening without warning or in a short space of time", the gloss of "sudden": a second defensible answer.
WordNet files adjectives under no hypernym, so the cousin test of verbs and nouns never met them; they meet
through the nouns of what they describe ("dispatch" of expeditious under "quickness", "abruptness" of sudden
under "haste", both under "rate"), never through a broad kind ("attribute")."""
from __future__ import annotations

from dataclasses import replace

import pytest
from factories import vocab_context
from test_generate_vocabulary import forget_wordnet, wordnet_of

from quizgen.generate import vocabulary

# (pos, lex file, words, gloss, pointers): "@" hypernym, "+" derived form, "&" similar to (indexes into this list)
SYNSETS = [
    ("n", 7, ["attribute"], "an abstraction belonging to or characteristic of an entity"),          # 0, a top
    ("n", 7, ["rate"], "a quantity considered in relation to time", [("@", 0)]),                   # 1
    ("n", 7, ["quickness", "celerity"], "a rate that is rapid", [("@", 1)]),                      # 2
    ("n", 7, ["haste"], "overly eager speed", [("@", 1)]),                                         # 3
    ("n", 7, ["dispatch"], "the property of being prompt and efficient", [("@", 2), ("+", 7)]),  # 4
    ("n", 7, ["abruptness"], "the quality of happening without warning", [("@", 3), ("+", 8)]),  # 5
    ("n", 7, ["loyalty"], "the quality of being loyal", [("@", 0), ("+", 9)]),                     # 6
    ("a", 0, ["expeditious"], "marked by speed and efficiency", [("+", 4)]),                       # 7
    ("a", 0, ["sudden"], "happening without warning or in a short space of time", [("+", 5)]),   # 8
    ("a", 0, ["loyal"], "steadfast in allegiance or duty", [("+", 6)]),                            # 9
    ("a", 0, ["swift"], "moving very fast", [("&", 7)]),                                           # 10
]


@pytest.fixture
def adj_wordnet(tmp_path, monkeypatch):
    yield wordnet_of(SYNSETS, tmp_path, monkeypatch)
    forget_wordnet()
    vocabulary._attribute_ancestors.cache_clear()


def test_adjectives_meet_through_the_nouns_of_what_they_describe(adj_wordnet):
    def sense(lemma):
        return adj_wordnet.senses(lemma, "ADJ")[0]
    # dispatch (quickness) and abruptness (haste) stand under "rate": the glosses could both fit the sentence
    assert vocabulary.near_in_hierarchy(adj_wordnet, sense("expeditious"), sense("sudden"))
    assert vocabulary.near_in_hierarchy(adj_wordnet, sense("sudden"), sense("expeditious"))
    # loyalty meets them only at "attribute", a top: a fair wrong option
    assert not vocabulary.near_in_hierarchy(adj_wordnet, sense("expeditious"), sense("loyal"))
    assert not vocabulary.near_in_hierarchy(adj_wordnet, sense("sudden"), sense("loyal"))
    # an adjective with no noun of its own meets through the one it is "similar to"
    assert vocabulary.near_in_hierarchy(adj_wordnet, sense("swift"), sense("sudden"))
    assert not vocabulary.near_in_hierarchy(adj_wordnet, sense("swift"), sense("loyal"))


def test_a_broad_kind_is_no_meeting_place(adj_wordnet, monkeypatch):
    monkeypatch.setattr(vocabulary, "ATTRIBUTE_BROAD", 2)  # "rate" (4 below it) now counts as a broad kind
    vocabulary._attribute_ancestors.cache_clear()
    s = adj_wordnet.senses
    assert not vocabulary.near_in_hierarchy(adj_wordnet, s("expeditious", "ADJ")[0], s("sudden", "ADJ")[0])


TEXT = ("Leaders weigh a comeback\n\n"
        "Her doctor urged caution about an expeditious return to the campaign trail.\n\n"
        "A sudden storm closed the roads, and loyal aides waited in the rain.\n")


def test_an_adjective_of_the_article_near_the_key_lends_no_wrong_option(adj_wordnet):
    ctx = vocab_context(TEXT, "expeditious", "ADJ")
    word = ctx.analysis.vocabulary[0]
    listed = (word, *(replace(word, word=w, lemma=w, zipf=3.0) for w in ("sudden", "loyal")))
    ctx = replace(ctx, analysis=replace(ctx.analysis, vocabulary=listed))
    keyed = adj_wordnet.senses("expeditious", "ADJ")[0]
    lent = vocabulary._adjective_lenders(ctx, adj_wordnet, word, keyed, keyed.definition, frozenset())
    assert "steadfast in allegiance or duty" in lent  # loyal: the article's adjectives do lend
    assert "happening without warning or in a short space of time" not in lent  # sudden: near the key
