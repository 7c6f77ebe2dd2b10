"""Vocabulary: a word for a person ("detractors", "magnate") is asked about when its meaning is sure, among
meanings of the article's other words for people; a word for people used loosely is still never asked.

Constructed articles only (the system's WordNet 3.0). Before this, every word for a person was skipped
(words for people are used loosely: a refugee "campaigner" is no politician on a ballot), so an article
whose harder words name people ("at least among her detractors") made no vocabulary item of them.
"""
from __future__ import annotations

import pytest
from factories import vocab_context

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.validate import lint_item


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


TEXT = ("Mayor keeps her post\n\n"
        "The plan seems to be working, at least among her detractors on the council.\n\n"
        "A pundit and a bystander spoke to the victims of the flood on Tuesday.\n\n"
        "Each contestant thanked the crowd, and the meeting ended early.\n")


def test_a_word_for_a_person_of_one_sense_is_asked_among_other_peoples_meanings(wn) -> None:
    ctx = vocab_context(TEXT, "detractors", "NOUN")
    items = vocabulary.generate(ctx)
    assert len(items) == 1
    item = items[0]
    assert item.stem.endswith('what does "detractors" most nearly mean?')
    key = item.options[item.answer]
    assert key == "one who disparages or belittles the worth of something"
    # the wrong meanings are people too (no act or quality beside a person), none of them a detractor
    person_glosses = {vocabulary.definition(s) for w in ("pundit", "bystander", "victim", "contestant")
                      for s in wn.senses(w, "NOUN") if s.lexname == 18}
    wrong = set(item.options) - {key}
    assert len(wrong) == 3
    assert all(any(w.startswith(g) or g.startswith(w) for g in person_glosses) for w in wrong), wrong
    assert lint_item(item, ctx.article) == []


def test_a_word_for_a_person_after_a_noun_or_name_that_narrows_it_is_not_asked(wn) -> None:
    text = TEXT.replace("among her detractors", "among her council detractors")
    assert vocabulary.generate(vocab_context(text, "detractors", "NOUN")) == []
    text = TEXT.replace("among her detractors", "among the Smith detractors")
    assert vocabulary.generate(vocab_context(text, "detractors", "NOUN")) == []


def test_a_word_for_a_person_whose_gloss_was_written_for_another_word_is_not_asked(wn) -> None:
    # "challenger" shares "the contestant you hope to defeat" with "rival", its synset's first word: a rival
    # seen from the other side, no meaning of "a serious challenger for the nomination"
    text = TEXT.replace("at least among her detractors on the council", "he became a serious challenger on the council")
    (sense,) = wn.senses("challenger", "NOUN")
    assert sense.words[0] != "challenger"
    assert vocabulary.generate(vocab_context(text, "challenger", "NOUN")) == []


def test_a_word_for_a_person_whose_gloss_shares_its_opening_is_not_asked(wn) -> None:
    text = TEXT.replace("at least among her detractors", "says the egomaniac who leads")
    assert vocabulary.generate(vocab_context(text, "egomaniac", "NOUN")) == []


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
    assert sense.lexname == 18 and vocabulary.plain_person_word(wn, ctx.article.text, ctx.analysis.vocabulary[0], sense)
    items = vocabulary.generate(ctx)
    assert not any(it.options[it.answer] == "janitor" for it in items if isinstance(it.answer, int))
