"""Vocabulary: a sure key whose article lends too few wrong meanings is offered among the first meanings of a
short, hand-picked list of everyday words of its WordNet field (:data:`vocabulary.EVERYDAY_WORDS`), far from it.

Constructed articles only (the system's WordNet 3.0). Before this, such a key made no item (or the
"Which of these words …" shape, when the article had three rare abstract nouns).
"""
from __future__ import annotations

import pytest
from factories import vocab_context

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.validate import lint_item


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


def _ctx(text: str, word: str, pos: str = "NOUN") -> Context:
    return vocab_context(text, word, pos)


def _pool_glosses(wn, pos: str, lexname: int) -> set[str]:
    return {vocabulary.definition(wn.senses(w, pos)[0]) for w in vocabulary.EVERYDAY_WORDS[(pos, lexname)]}


TEXT = ("Mayor keeps her post\n\n"
        "She showed great fortitude through the long months of the budget dispute with the council.\n\n"
        "The council met again on Tuesday and agreed on a new plan for the town's roads and schools.\n")


def test_a_sure_key_without_lenders_is_asked_among_everyday_meanings_of_its_field(wn) -> None:
    ctx = _ctx(TEXT, "fortitude")
    items = vocabulary.generate(ctx)
    assert len(items) == 1
    item = items[0]
    assert item.stem.endswith('what does "fortitude" most nearly mean?')
    key = item.options[item.answer]
    assert key == "strength of mind that enables one to endure adversity with courage"
    wrong = set(item.options) - {key}
    assert len(wrong) == 3 and wrong <= _pool_glosses(wn, "NOUN", 7)
    assert lint_item(item, ctx.article) == []


def test_the_everyday_meanings_keep_away_from_the_key_and_the_sentence(wn) -> None:
    ctx = _ctx(TEXT.replace("through the long months", "and patience through the long months"), "fortitude")
    keyed = wn.senses("fortitude", "NOUN")[0]
    v = ctx.analysis.vocabulary[0]
    got = vocabulary.everyday_glosses(wn, v, keyed)
    patience = vocabulary.definition(wn.senses("patience", "NOUN")[0])
    assert patience not in got  # a word of the sentence lends no wrong meaning
    assert got and all(d in _pool_glosses(wn, "NOUN", 7) for d in got)


def test_no_everyday_list_for_a_field_it_does_not_cover(wn) -> None:
    ctx = _ctx(TEXT, "fortitude")
    v = ctx.analysis.vocabulary[0]
    keyed = wn.senses("nightclub", "NOUN")[0]
    assert vocabulary.everyday_glosses(wn, v, keyed) == []


def test_no_everyday_traits_beside_a_key_of_ground_or_measure(wn) -> None:
    text = TEXT.replace("She showed great fortitude", "They measured the acreage")
    ctx = _ctx(text, "acreage")
    v = ctx.analysis.vocabulary[0]
    keyed = wn.senses("acreage", "NOUN")[0]
    assert keyed.lexname == 7  # filed among attributes, as the traits are
    assert vocabulary.everyday_glosses(wn, v, keyed) == []
