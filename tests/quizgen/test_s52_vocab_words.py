"""Vocabulary, "Which of these words from the article means …?" (the route for a sure key whose article lends too
few glosses):

- a word after an adjective that only says which or how much ("their own ambivalence", "one shortcoming", "the
  whole fuss") is asked: such a word adds no shade to the word's one sense, unlike "a moral ferocity" (judged in
  review), which stays unasked;
- the lesson's second such item offers words the first did not offer, when the article has enough: the same
  stray words twice in a lesson read as a template.

Constructed articles only (the system's WordNet 3.0)."""
from __future__ import annotations

import pytest
from factories import vocab_nouns_context

from quizgen.generate import vocabulary


@pytest.fixture(autouse=True)
def _article_lenders_only(monkeypatch):
    monkeypatch.setattr(vocabulary, "kin_glosses", lambda *a, **k: [])


HEAD = ("Voters weigh the new tax plan\n\n"
        "Many voters in the town described their ambivalence about the new tax plan at the meeting.\n\n")
OTHERS = "The debate showed the rivalry, the diplomacy and the audacity of local politics in the town.\n"


@pytest.mark.parametrize("before", ["own", "whole"])
def test_a_word_after_an_adjective_of_which_or_how_much_is_asked(wn, before) -> None:
    text = HEAD.replace("their ambivalence", f"their {before} ambivalence") + OTHERS
    (item,) = vocabulary.generate(vocab_nouns_context(text, ["ambivalence"]))
    assert item.stem == 'Which of these words from the article means "mixed feelings or emotions"?'
    assert item.options[item.answer] == "ambivalence"


def test_a_word_after_an_adjective_of_shade_is_still_not_asked(wn) -> None:
    text = HEAD.replace("their ambivalence", "their moral ambivalence") + OTHERS
    assert vocabulary.generate(vocab_nouns_context(text, ["ambivalence"])) == []


def test_the_second_words_item_offers_words_the_first_did_not(wn) -> None:
    text = (HEAD + "The mayor admitted a shortcoming of the new tax plan at the meeting in the hall.\n\n"
            "The debate showed the rivalry, the diplomacy, the conundrum, the unanimity, the impasse, the skepticism "
            "and the audacity of local politics in the town.\n")
    first, second = vocabulary.generate(vocab_nouns_context(text, ["ambivalence", "shortcoming"]))
    assert first.options[first.answer] == "ambivalence" and second.options[second.answer] == "shortcoming"
    assert not set(first.options) & set(second.options)
