"""Judged blind on J4: "missteps" offered "the savage and excessive killing of many people", "the act of
cleaning with a broom" (from "a sweeping indictment") and "the killing of a human being by another human
being": senses of the key's WordNet field (acts), but absurd beside "an unintentional but embarrassing
blunder". A distractor is never a gloss of violence or death beside a key that is none, never an act of
the body or of moving things beside one that is not, never a sense of a word the article writes as a
verb's form, and never a gloss sharing the asked word's root."""
from __future__ import annotations

import random

import pytest
from factories import plain_analysis, plain_article
from test_generate_vocabulary import forget_wordnet, wordnet_of

from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Span, VocabWord

# (pos, lex file, words, gloss, pointers): indexes into this list for hypernyms ("@")
SYNSETS = [
    ("n", 4, ["act"], "something that people do or cause to happen"),                      # 0
    ("n", 4, ["mistake", "error"], "a wrong action attributable to bad judgment", [("@", 0)]),  # 1
    ("n", 4, ["misstep"], "an unintentional but embarrassing blunder", [("@", 1)]),         # 2
    ("n", 4, ["killing"], "the act of terminating a life", [("@", 0)]),                      # 3
    ("n", 4, ["massacre"], "the savage and excessive killing of many people", [("@", 3)]),  # 4
    ("n", 4, ["homicide"], "the killing of a human being by another human being", [("@", 3)]),  # 5
    ("n", 4, ["cleaning"], "the act of making something clean", [("@", 0)]),                 # 6
    ("n", 4, ["sweeping"], "the act of cleaning with a broom", [("@", 6)]),                 # 7
    ("v", 35, ["sweep"], "clean by sweeping"),                                               # 8
    ("n", 4, ["ratification"], "making something valid by formally ratifying it", [("@", 0)]),  # 9
    ("n", 4, ["deportation"], "the act of expelling a person from their native land", [("@", 0)]),  # 10
    ("n", 4, ["renovation"], "the act of improving by renewing and restoring", [("@", 0)]),  # 11
]

TEXT = ("Convention week ends\n\n"
        "The stakes were made higher by missteps during the first three nights of the convention. "
        "He delivered a sweeping indictment of the political class in the speech.\n\n"
        "He spoke of a massacre abroad and of a homicide in his home town last summer. "
        "He promised the deportation of some people and the renovation of old bridges across the land.\n")


@pytest.fixture
def j4_wordnet(tmp_path, monkeypatch):
    yield wordnet_of(SYNSETS, tmp_path, monkeypatch)
    forget_wordnet()


def _ctx():
    article = plain_article(TEXT)
    analysis = plain_analysis(article)
    i = TEXT.index("missteps")
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    word = VocabWord("missteps", "misstep", "NOUN", 1, sent.span, Span(i, i + 8, "missteps"), 2.0)
    return Context(article, Analysis(**{**analysis.__dict__, "vocabulary": (word,)}), random.Random(3),
                   frozenset(ITEM_KINDS)), word


def test_no_violent_or_bodily_or_misread_sense_beside_a_blunder(j4_wordnet):
    ctx, word = _ctx()
    keyed = vocabulary.sense_in_context(j4_wordnet, "misstep", "NOUN", word.sentence.text)
    assert keyed is not None and keyed.definition == "an unintentional but embarrassing blunder"
    got = vocabulary.distractor_definitions(ctx, j4_wordnet, word, keyed)
    assert not any("killing" in d or "broom" in d for d in got)
    # two glosses of the key's kind are left: too few for an item, so none is made
    assert got == [] or len(got) < 3
    assert vocabulary.generate(ctx) == []


def test_unlike_in_kind(j4_wordnet):
    key = j4_wordnet.senses("misstep", "NOUN")[0]
    assert vocabulary.unlike_in_kind(j4_wordnet, key, j4_wordnet.senses("massacre", "NOUN")[0])
    assert vocabulary.unlike_in_kind(j4_wordnet, key, j4_wordnet.senses("sweeping", "NOUN")[0])
    assert not vocabulary.unlike_in_kind(j4_wordnet, key, j4_wordnet.senses("deportation", "NOUN")[0])
    # a killing beside a killing is of one kind
    assert not vocabulary.unlike_in_kind(j4_wordnet, j4_wordnet.senses("homicide", "NOUN")[0],
                                         j4_wordnet.senses("massacre", "NOUN")[0])
