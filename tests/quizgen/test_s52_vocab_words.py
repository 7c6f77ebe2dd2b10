"""Vocabulary, "Which of these words from the article means …?" (the route for a sure key whose article lends too
few glosses):

- a word after an adjective that only says which or how much ("their own ambivalence", "one shortcoming", "the
  whole fuss") is asked: such a word adds no shade to the word's one sense, unlike "a moral ferocity" (judged in
  review), which stays unasked;
- the lesson's second such item offers words the first did not offer, when the article has enough: the same
  stray words twice in a lesson read as a template.

Constructed articles only (the system's WordNet 3.0)."""
from __future__ import annotations

import random

import pytest
from factories import plain_analysis, plain_article

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Span, VocabWord


@pytest.fixture(autouse=True)
def _article_lenders_only(monkeypatch):
    monkeypatch.setattr(vocabulary, "kin_glosses", lambda *a, **k: [])


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


def _ctx(text: str, words: list[str]) -> Context:
    art = plain_article(text)
    base = plain_analysis(art)
    vocab = []
    for word in words:
        i = art.text.index(word)
        sent = next(s for s in base.sentences if s.span.start <= i < s.span.end)
        vocab.append(VocabWord(word, word, "NOUN", sent.paragraph, sent.span, Span(i, i + len(word), word), 2.8))
    return Context(art, plain_analysis(art, vocabulary=tuple(vocab)), random.Random(1), frozenset(ITEM_KINDS))


HEAD = ("Voters weigh the new tax plan\n\n"
        "Many voters in the town described their ambivalence about the new tax plan at the meeting.\n\n")
OTHERS = "The debate showed the rivalry, the diplomacy and the audacity of local politics in the town.\n"


@pytest.mark.parametrize("before", ["own", "whole"])
def test_a_word_after_an_adjective_of_which_or_how_much_is_asked(wn, before) -> None:
    text = HEAD.replace("their ambivalence", f"their {before} ambivalence") + OTHERS
    (item,) = vocabulary.generate(_ctx(text, ["ambivalence"]))
    assert item.stem == 'Which of these words from the article means "mixed feelings or emotions"?'
    assert item.options[item.answer] == "ambivalence"


def test_a_word_after_an_adjective_of_shade_is_still_not_asked(wn) -> None:
    text = HEAD.replace("their ambivalence", "their moral ambivalence") + OTHERS
    assert vocabulary.generate(_ctx(text, ["ambivalence"])) == []


def test_the_second_words_item_offers_words_the_first_did_not(wn) -> None:
    text = (HEAD + "The mayor admitted a shortcoming of the new tax plan at the meeting in the hall.\n\n"
            "The debate showed the rivalry, the diplomacy, the conundrum, the unanimity, the impasse, the skepticism "
            "and the audacity of local politics in the town.\n")
    first, second = vocabulary.generate(_ctx(text, ["ambivalence", "shortcoming"]))
    assert first.options[first.answer] == "ambivalence" and second.options[second.answer] == "shortcoming"
    assert not set(first.options) & set(second.options)
