"""Vocabulary: a word for a person ("detractors", "neurosurgeon", "magnate") is never asked about.

Constructed articles only (the system's WordNet 3.0). Stop 48 asked such words among the meanings of the article's
other words for people; judged blind since (stop 55), both such items failed: "detractor" of Trump beside "a
contestant that you are matched against", which fits the same man (D4), and "retired neurosurgeon Ben Carson" beside
"a female head of a family or tribe", the word giving its gloss away (T11). The people an article describes are many
things at once, so the other people-words' meanings fit them too; and words for people are used loosely.
"""
from __future__ import annotations

import pytest
from factories import vocab_context

from quizgen import wordnet
from quizgen.generate import vocabulary


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


TEXT = ("Mayor keeps her post\n\n"
        "The plan seems to be working, at least among her detractors on the council.\n\n"
        "A pundit and a bystander spoke to the victims of the flood on Tuesday.\n\n"
        "Each contestant thanked the crowd, and the meeting ended early.\n")


def test_a_word_for_a_person_is_not_asked(wn) -> None:
    ctx = vocab_context(TEXT, "detractors", "NOUN")
    (sense,) = wn.senses("detractor", "NOUN")
    assert sense.lexname == 18  # a word for a person, of one sense: asked before stop 55
    assert vocabulary.generate(ctx) == []


def test_a_title_before_a_name_is_not_asked(wn) -> None:
    text = TEXT.replace("at least among her detractors on the council",
                        "says retired neurosurgeon Tom Reed, who sits on the council")
    assert vocabulary.generate(vocab_context(text, "neurosurgeon", "NOUN")) == []


def test_a_word_for_a_person_is_never_asked_among_abstract_words_of_the_article(wn) -> None:
    # the article lends no other person's meaning, only abstract nouns: "Which of these words from the article
    # means 'someone employed to clean and maintain a building'?" beside "truce", "diplomacy", "showmanship"
    # would key the one word for a person by its kind alone
    text = ("Talks resume after a long pause\n\n"
            "The janitor said the building stayed open through the night.\n\n"
            "The truce held, and diplomacy and showmanship filled the week before the vote.\n\n"
            "Leaders praised the clemency shown to the prisoners and the austerity of the new budget.\n")
    ctx = vocab_context(text, "janitor", "NOUN")
    (sense,) = wn.senses("janitor", "NOUN")
    assert sense.lexname == 18
    items = vocabulary.generate(ctx)
    assert not any(it.options[it.answer] == "janitor" for it in items if isinstance(it.answer, int))
