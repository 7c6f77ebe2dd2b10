"""Judged blind on J12: "decried" ("express strong disapproval of") was offered "censure severely or
angrily", the gloss of "rebuked" in a later sentence: no sister of the key's in WordNet, but a cousin
(both under "criticize"), and a second defensible answer. A word of the asked word's own sentence
("railed against" beside "decried") lends no meaning either, whatever form the article writes it in.
And "homosexuality" was asked, beside three stray glosses: a word of sexuality is no vocabulary
exercise, its meaning is the article's subject."""
from __future__ import annotations

import random

import pytest
from factories import plain_analysis, plain_article
from test_generate_vocabulary import forget_wordnet, wordnet_of

from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Span, VocabWord

# (pos, lex file, words, gloss, pointers): indexes into this list for hypernyms ("@"); 32 = verb.communication
SYNSETS = [
    ("v", 32, ["communicate"], "transmit thoughts or feelings"),                                # 0, a top
    ("v", 32, ["note", "remark"], "make mention of", [("@", 0)]),                             # 1
    ("v", 32, ["criticize", "knock"], "find fault with; express criticism of", [("@", 1)]),   # 2
    ("v", 32, ["denounce"], "speak out against", [("@", 2)]),                                 # 3
    ("v", 32, ["decry"], "express strong disapproval of", [("@", 3)]),                        # 4
    ("v", 32, ["rebuke", "berate"], "censure severely or angrily", [("@", 2)]),              # 5
    ("v", 32, ["complain"], "express dissatisfaction or pain", [("@", 0)]),                   # 6
    ("v", 32, ["rail"], "complain bitterly and at length", [("@", 6)]),                       # 7
    ("v", 32, ["ask"], "address a question to", [("@", 0)]),                                  # 8
    ("v", 32, ["promise"], "make a pledge of something", [("@", 0)]),                         # 9
    ("v", 32, ["greet"], "welcome with friendly words", [("@", 0)]),                          # 10
    ("v", 32, ["apologize"], "acknowledge faults or shortcomings", [("@", 0)]),               # 11
    ("n", 7, ["quality"], "an essential and distinguishing attribute of something"),         # 12
    ("n", 7, ["homosexuality"], "a sexual attraction to persons of the same sex", [("@", 12)]),  # 13
    ("n", 7, ["candor"], "the trait of being open and frank in speech", [("@", 17)]),        # 14
    ("n", 7, ["frugality"], "prudence in avoiding waste of money or goods", [("@", 17)]),    # 15
    ("n", 7, ["tenacity"], "persistent determination to reach a chosen goal", [("@", 17)]),  # 16
    ("n", 7, ["trait"], "a distinguishing feature of your personal nature"),                  # 17
]

TEXT = ("The law is challenged\n\n"
        "Business leaders decried the new law; editors railed against it for many weeks. "
        "Later the mayor rebuked the council in a long speech at the town hall.\n\n"
        "She promised a new vote, greeted the crowd, asked for calm and apologized to the families. "
        "A columnist mocked leaders as obsessed with homosexuality in a widely read piece. "
        "Her allies praised the candor, frugality and tenacity of the new mayor.\n")

VERBS = ("decried", "railed", "rebuked", "promised", "greeted", "asked", "apologized")


@pytest.fixture
def j12_wordnet(tmp_path, monkeypatch):
    yield wordnet_of(SYNSETS, tmp_path, monkeypatch)
    forget_wordnet()


def _word(analysis, text: str, lemma: str, pos: str, zipf: float) -> VocabWord:
    i = TEXT.index(text)
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    para = 1 if i < TEXT.index("She promised") else 2
    return VocabWord(text, lemma, pos, para, sent.span, Span(i, i + len(text), text), zipf)


def _ctx(words: tuple[tuple[str, str, str, float], ...]):
    article = plain_article(TEXT)
    analysis = plain_analysis(article)
    vocab = tuple(_word(analysis, *w) for w in words)
    return Context(article, Analysis(**{**analysis.__dict__, "vocabulary": vocab}), random.Random(5),
                   frozenset(ITEM_KINDS)), vocab


# "decried" is rare enough to ask; the others only lend their meanings (too common to be asked themselves)
_VERB_WORDS = tuple((w, lemma, "VERB", 2.0 if lemma == "decry" else 4.5) for w, lemma in zip(
    VERBS, ("decry", "rail", "rebuke", "promise", "greet", "ask", "apologize"), strict=True))


def test_a_cousin_of_the_key_and_a_word_of_its_sentence_lend_no_meaning(j12_wordnet):
    ctx, vocab = _ctx(_VERB_WORDS)
    word = vocab[0]
    keyed = vocabulary.sense_in_context(j12_wordnet, "decry", "VERB", word.sentence.text)
    assert keyed is not None and keyed.definition == "express strong disapproval of"
    got = vocabulary.distractor_definitions(ctx, j12_wordnet, word, keyed)
    assert "censure severely or angrily" not in got  # rebuke: a cousin under "criticize"
    assert "complain bitterly and at length" not in got  # rail: "railed against" in the key's own sentence
    # the meanings of words that are neither still make an item's three wrong options
    assert len(got) == 3 and set(got) <= {"address a question to", "make a pledge of something",
                                          "welcome with friendly words", "acknowledge faults or shortcomings"}
    items = [it for it in vocabulary.generate(ctx) if "decried" in it.stem]
    assert len(items) == 1 and "censure severely or angrily" not in items[0].options


def test_senses_meet_near_only_below_the_top_of_the_hierarchy(j12_wordnet):
    def sense(lemma):
        return j12_wordnet.senses(lemma, "VERB")[0]
    assert vocabulary.near_in_hierarchy(j12_wordnet, sense("decry"), sense("rebuke"))  # both under "criticize"
    assert vocabulary.near_in_hierarchy(j12_wordnet, sense("decry"), sense("criticize"))
    # "promise" and "ask" meet only at "communicate", a top: far enough apart
    assert not vocabulary.near_in_hierarchy(j12_wordnet, sense("promise"), sense("ask"))
    assert not vocabulary.near_in_hierarchy(j12_wordnet, sense("decry"), sense("rail"))


def test_a_word_of_sexuality_is_not_asked(j12_wordnet):
    nouns = (("homosexuality", "homosexuality", "NOUN", 2.0), ("candor", "candor", "NOUN", 4.5),
             ("frugality", "frugality", "NOUN", 4.5), ("tenacity", "tenacity", "NOUN", 4.5))
    ctx, _ = _ctx(nouns + _VERB_WORDS)
    stems = [it.stem for it in vocabulary.generate(ctx)]
    assert not any("homosexuality" in s for s in stems)
    assert any("decried" in s for s in stems)  # the generator does ask the article's other word
