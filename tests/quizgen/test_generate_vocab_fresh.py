"""Two meaning items of one lesson offer different wrong meanings where the article lends enough.

Judged blind (JV2): the same distractor gloss ("a communication that is written or spoken …") in two
vocabulary items of one lesson reads as a template, and a student who saw it wrong once skips it.
Constructed article, the system's WordNet 3.0.
"""
from __future__ import annotations

import random
import re

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


def _ctx(text: str, words: list[tuple[str, str, str, float]]) -> Context:
    art = plain_article(text)
    base = plain_analysis(art)
    vocab = []
    for word, lemma, pos, z in words:
        i = art.text.index(word)
        sent = next(s for s in base.sentences if s.span.start <= i < s.span.end)
        vocab.append(VocabWord(word, lemma, pos, sent.paragraph, sent.span, Span(i, i + len(word), word), z))
    return Context(art, plain_analysis(art, vocabulary=tuple(vocab)), random.Random(1), frozenset(ITEM_KINDS))


# the words of criticism lend "berated" nothing (cousins of its sense under "criticize", and verbs passing its verdict:
# "express strong disapproval of", "spread negative information about"): the last sentences lend meanings far from
# both keys
TEXT = ("Council argues over the budget\n\n"
        "The senator spurned the group at the meeting on Monday. "
        "The mayor later berated the staff at the plant.\n\n"
        "Her aides lauded the plan in a long letter. Critics decried the cuts to the school budget. "
        "The mayor reiterated his pledge to the town. Voters rebuked the council for the delay. "
        "The judge vilified the lawyers in court. Fans impugned the coach. Rivals upbraided the team. "
        "Residents pondered the offer for days. Pupils memorized the speech. Neighbours gossiped about the vote. "
        "The clerk notified the residents. The board appointed a new clerk. The panel deduced the cause. "
        "The coach consoled the players.\n")


def test_two_meaning_items_share_no_wrong_meaning_when_the_article_lends_enough(wn) -> None:
    ctx = _ctx(TEXT, [("spurned", "spurn", "VERB", 2.6), ("berated", "berate", "VERB", 2.6)])
    asked = {}
    for it in vocabulary.generate(ctx):
        m = re.search(r"what does \"([\w-]+)\" most nearly mean", it.stem)
        if m:
            asked[m.group(1)] = set(it.options) - {it.options[it.answer]}
    assert set(asked) == {"spurned", "berated"}
    assert len(asked["spurned"]) == len(asked["berated"]) == 3
    assert not asked["spurned"] & asked["berated"]


def test_a_gloss_is_offered_again_rather_than_losing_the_item(wn) -> None:
    """With only four other verbs of speech in the article, the second item reuses a wrong meaning
    instead of being dropped: fewer repeats, never fewer items."""
    text = ("Council argues over the budget\n\n"
            "The senator spurned the group at the meeting on Monday. "
        "The mayor later berated the staff at the plant.\n\n"
            "Her aides lauded the plan in a long letter. Critics decried the cuts to the school budget. "
            "The mayor reiterated his pledge to the town. Voters rebuked the council for the delay.\n")
    ctx = _ctx(text, [("spurned", "spurn", "VERB", 2.6), ("berated", "berate", "VERB", 2.6)])
    asked = [it for it in vocabulary.generate(ctx) if "most nearly mean" in it.stem]
    assert len(asked) == 2
