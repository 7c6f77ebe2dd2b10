"""Vocabulary: a sure key whose article lends too few wrong meanings makes no item.

Until session 49 such a key was offered among the first meanings of a hand-picked list of everyday words of its
WordNet field. Judged blind on unseen articles, those meanings were absurd in the sentence ("directions for making
something" and "a quiet song intended to lull a child to sleep" beside "flattery"; "absence of light", "the state
of being silent" beside "xenophobia"), so the item was no test of the word: fewer items rather than such ones.
Constructed articles only (the system's WordNet 3.0).
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
        "She showed great fortitude through the long months of the budget dispute with the council.\n\n"
        "The council met again on Tuesday and agreed on a new plan for the town's roads and schools.\n")


def test_a_sure_key_without_lenders_makes_no_item(wn) -> None:
    ctx = vocab_context(TEXT, "fortitude", "NOUN")
    v = ctx.analysis.vocabulary[0]
    keyed = vocabulary.sense_in_context(wn, v.lemma, v.pos, v.sentence.text)
    assert keyed is not None  # the key is sure: only the wrong meanings are missing
    assert vocabulary.definition(keyed) == "strength of mind that enables one to endure adversity with courage"
    assert len(vocabulary.distractor_definitions(ctx, wn, v, keyed)) < 3
    assert vocabulary.generate(ctx) == []
