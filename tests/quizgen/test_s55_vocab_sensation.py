"""A bodily sensation's gloss is no wrong meaning beside a key of another kind (judged blind, D5: "shrugs off policy
minutiae" offered "the sensation caused by heat energy", absurd beside "a small or minor detail"). WordNet 3.0."""
from __future__ import annotations

import pytest

from quizgen import wordnet
from quizgen.generate.vocabulary import unlike_in_kind

wn = wordnet.load()
pytestmark = pytest.mark.skipif(wn is None, reason="WordNet (Debian's wordnet-base) is not installed")


def _sense(word: str, words_in_gloss: str):
    return next(s for s in wn.senses(word, "NOUN") if words_in_gloss in s.definition)


@pytest.mark.parametrize("word,gloss", [("heat", "sensation caused by heat"), ("pain", "somatic sensation"),
                                        ("taste", "taste buds")])
def test_a_sensation_is_unlike_an_abstract_key(word, gloss):
    assert unlike_in_kind(wn, _sense("minutia", "minor detail"), _sense(word, gloss))


def test_a_sensation_may_stand_beside_a_key_that_is_one():
    # "taste" keyed as the sensation: another sensation is a fair wrong meaning
    assert not unlike_in_kind(wn, _sense("taste", "taste buds"), _sense("smell", "olfactory"))


def test_an_abstract_gloss_still_stands_beside_an_abstract_key():
    assert not unlike_in_kind(wn, _sense("minutia", "minor detail"), _sense("rationale", "fundamental reasons"))
