"""Vocabulary distractors: when the article's words lend too few meanings within the key's length band, a
second try takes a wider band, but only glosses in everyday words, and the options as a whole stay balanced.
Constructed article, the system's WordNet 3.0."""
from __future__ import annotations

import random

import pytest
from factories import plain_analysis, plain_article

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Span, VocabWord


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


TEXT = ("Council argues over the budget\n\n"
        "The treasurer lauded the mayor in a long letter to the board on Monday.\n\n"
        "Critics tried to forestall the cuts to the school budget. The board objected to the delay in the spring. "
        "The clerk pointed to the old rule in the charter. The union tried to discourage the vote.\n")


def _ctx(text: str) -> Context:
    art = plain_article(text)
    base = plain_analysis(art)
    i = art.text.index("lauded")
    sent = next(s for s in base.sentences if s.span.start <= i < s.span.end)
    v = VocabWord("lauded", "laud", "VERB", sent.paragraph, sent.span, Span(i, i + 6, "lauded"), 2.8)
    return Context(art, plain_analysis(art, vocabulary=(v,)), random.Random(1), frozenset(ITEM_KINDS))


def test_the_wider_band_gives_a_third_meaning(wn) -> None:
    ctx = _ctx(TEXT)
    v = ctx.analysis.vocabulary[0]
    key = vocabulary.sense_in_context(wn, "laud", "VERB", v.sentence.text)
    assert key is not None
    narrow = vocabulary.distractor_definitions(ctx, wn, v, key)
    wide = vocabulary.distractor_definitions(ctx, wn, v, key, band=2.0, plain=True)
    assert len(narrow) < 3 <= len(wide), (narrow, wide)
    items = vocabulary.generate(ctx)
    assert any("\"lauded\"" in it.stem for it in items), [it.stem for it in items]


def test_the_wider_band_takes_no_gloss_in_rare_words(wn) -> None:
    ctx = _ctx(TEXT)
    v = ctx.analysis.vocabulary[0]
    key = vocabulary.sense_in_context(wn, "laud", "VERB", v.sentence.text)
    assert key is not None
    for d in vocabulary.distractor_definitions(ctx, wn, v, key, band=2.0, plain=True):
        assert all(vocabulary._zipf(w) >= vocabulary._PLAIN_ZIPF for w in vocabulary._words(d)), d
