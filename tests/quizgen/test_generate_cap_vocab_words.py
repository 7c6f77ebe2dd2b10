"""Vocabulary: "Which of these words from the article means …?" when the article lends too few glosses.

Constructed articles only (the system's WordNet 3.0). The meaning items offer glosses of other words of
the article in the key's WordNet field; an article rarely has three, and glosses of words from outside
it were judged absurd blind ("an abrupt emphatic exclamation" beside "counteroffer"). The same sure key
is then asked the other way round: its definition, and four words the student has read. The other
words are nouns only, in their dictionary form, of an abstract sense outside the key's field, never
next to the key in WordNet: no option but the key can mean the definition.
"""
from __future__ import annotations

import random

import pytest
from factories import plain_analysis, plain_article

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Span, VocabWord
from quizgen.validate import lint_item


@pytest.fixture(autouse=True)
def _article_lenders_only(monkeypatch):
    """These tests are about what the article's own words lend: the everyday words of the key's kind that fill
    up otherwise (vocab35, tests/quizgen/test_vocab35_senses.py) are left out."""
    monkeypatch.setattr(vocabulary, "kin_glosses", lambda *a, **k: [])


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


def _ctx(text: str, word: str) -> Context:
    art = plain_article(text)
    base = plain_analysis(art)
    i = art.text.index(word)
    sent = next(s for s in base.sentences if s.span.start <= i < s.span.end)
    v = VocabWord(word, word, "NOUN", sent.paragraph, sent.span, Span(i, i + len(word), word), 2.8)
    return Context(art, plain_analysis(art, vocabulary=(v,)), random.Random(1), frozenset(ITEM_KINDS))


HEAD = ("Voters weigh the new tax plan\n\n"
        "Many voters in the town described their ambivalence about the new tax plan at the meeting.\n\n")
OTHERS = "The debate showed the rivalry, the diplomacy and the audacity of local politics in the town.\n"


def test_the_key_is_asked_among_words_of_the_article_when_it_lends_too_few_glosses(wn) -> None:
    ctx = _ctx(HEAD + OTHERS, "ambivalence")
    (item,) = vocabulary.generate(ctx)
    assert item.stem == 'Which of these words from the article means "mixed feelings or emotions"?'
    assert item.options[item.answer] == "ambivalence"
    assert set(item.options) == {"ambivalence", "rivalry", "diplomacy", "audacity"}
    assert "their ambivalence about the new tax plan" in item.support[0].text
    assert lint_item(item, ctx.article) == []


def test_no_word_of_the_keys_field_or_from_outside_the_article_is_offered(wn) -> None:
    """Two other feelings (too few glosses for the meaning item) are not offered as words either: a word
    of the key's field may be a near meaning ("remorse", "nostalgia" beside "mixed feelings")."""
    text = HEAD + OTHERS.replace("local politics", "remorse and nostalgia")
    (item,) = vocabulary.generate(_ctx(text, "ambivalence"))
    assert not {"remorse", "nostalgia"} & set(item.options)
    assert all(o in text for o in item.options)


@pytest.mark.parametrize("others, why", [
    ("The debate showed the rivalries, the diplomacy and the audacity of local politics in the town.\n",
     "a plural beside a singular key"),
    ("The debate showed the struggle, the diplomacy and the audacity of local politics in the town.\n",
     "a word that is also a verb"),
    ("The debate showed the rivalry, the diplomacy and the audacity of local politics in the town. "
     "The mayor thanked Audacity, a charity, for its help.\n", "a word the article writes as a name"),
    ("The debate showed the rivalry, the diplomacy and the hat of local politics in the town.\n",
     "a concrete word"),
])
def test_too_few_fit_words_means_no_item(wn, others, why) -> None:
    assert vocabulary.generate(_ctx(HEAD + others, "ambivalence")) == [], why


def test_a_plural_key_is_not_asked_among_singular_words(wn) -> None:
    text = HEAD.replace("their ambivalence about", "their ambivalences about") + OTHERS
    assert vocabulary.generate(_ctx(text, "ambivalences")) == []


def test_the_meaning_item_is_still_made_when_the_article_lends_three_glosses(wn) -> None:
    text = HEAD + ("The mayor spoke of the remorse, nostalgia and gratitude he felt, and of his euphoria "
                   "on election night.\n")
    (item,) = vocabulary.generate(_ctx(text, "ambivalence"))
    assert item.options[item.answer] == "mixed feelings or emotions" and "most nearly mean" in item.stem


def test_a_physical_property_said_of_talk_is_no_key(wn) -> None:
    """Found in review: "Chauncey Gardiner's enigmatic circularity" was keyed "the roundness of a
    2-dimensional figure": a shape, colour or texture word said of people or talk is a figure of speech."""
    head = ("Senator speaks\n\n"
            "Many voters in the town found a circularity in the senator's answers at the meeting.\n\n")
    others = "The debate showed the rivalry, the conundrum and the unanimity of local politics in the town.\n"
    assert vocabulary.generate(_ctx(head + others, "circularity")) == []
    shortfall = head.replace("a circularity", "a shortcoming")  # an attribute of no physical thing
    (item,) = vocabulary.generate(_ctx(shortfall + others, "shortcoming"))
    assert item.options[item.answer] == "shortcoming"


def test_a_word_after_an_adjective_or_of_several_senses_is_not_asked_among_words(wn) -> None:
    """Found in review: "a digital exorcism" keyed "freeing from evil spirits", "a moral ferocity" keyed
    "the property of being wild or turbulent": an adjective before the word may make it a figure, and a
    sense picked by the sentence's words is not sure enough for an item that names no sentence."""
    text = HEAD.replace("their ambivalence", "their quiet ambivalence") + OTHERS
    assert vocabulary.generate(_ctx(text, "ambivalence")) == []
    text = HEAD.replace("their ambivalence", "their moral ambivalence") + OTHERS
    assert vocabulary.generate(_ctx(text, "ambivalence")) == []
    # "bromide": a chemical salt, or "a trite or obvious remark" as the sentence's words decide
    text = ("Voters weigh the new tax plan\n\n"
            "Many voters heard the senator offer a trite remark, a bromide about hard work, in the town.\n\n"
            "The debate showed the rivalry, the unanimity and the audacity of local politics in the town.\n")
    assert len(wn.senses("bromide", "NOUN")) > 1
    assert not [it for it in vocabulary.generate(_ctx(text, "bromide")) if it.stem.startswith("Which of these")]


def test_no_word_of_violence_or_sex_is_offered_beside_a_key_that_is_neither(wn) -> None:
    """Found in review: "homosexuality" and "lesbianism" offered beside "tirade"."""
    text = HEAD + OTHERS.replace("the audacity", "the homosexuality")
    assert vocabulary.generate(_ctx(text, "ambivalence")) == []
    assert vocabulary.generate(_ctx(HEAD + OTHERS, "ambivalence")) != []


def test_no_word_of_sexuality_is_offered_even_beside_a_key_of_violence(wn) -> None:
    """Found in review: "lesbianism" and "contraception" offered beside "tirade" ("a speech of violent
    denunciation"), whose own gloss let the violence check pass."""
    head = ("Voters weigh the new tax plan\n\n"
            "Many voters in the town heard his tirade against the new tax plan at the meeting.\n\n")
    fit = "The debate showed the rivalry, the unanimity and the audacity of local politics in the town.\n"
    assert vocabulary.generate(_ctx(head + fit, "tirade")) != []
    text = head + fit.replace("the audacity", "the contraception")
    assert vocabulary.generate(_ctx(text, "tirade")) == []
