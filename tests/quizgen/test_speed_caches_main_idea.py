"""What generation keeps to save time never carries over from one article to the next: the main-idea
headline, name and point words are made once per article (matched by identity), and a lesson built after
another article's is the lesson that article gives when built first. The cause-effect patterns are
tried only on sentences holding their words: each pattern's match holds one of them."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.analysis import analyse
from quizgen.generate import build_lesson
from quizgen.generate.base import Context
from quizgen.generate.cause_effect import _NEEDS, PATTERNS
from quizgen.generate.main_idea import _headline_words, _name_words, _point_words
from quizgen.serialize import to_plain

HARBOUR = ("Harbour ferry terminal opens in Dover\n\n"
           "The new ferry terminal in Dover opened on Saturday after two years of building work by the council.\n\n"
           "Mayor Alice Brandt said the terminal would bring 300 jobs to the town and more visitors in summer.\n\n"
           "The old pier was closed in 2019 because of storm damage, and the boats moved to a temporary quay.\n\n"
           "Fishermen said the move had cost them customers, according to a survey by the harbour board.\n")
BRIDGE = ("River bridge closure angers farmers near Hexham\n\n"
          "The county closed the old river bridge near Hexham on Monday, cutting the main road to the market.\n\n"
          "Farmer Tom Oakes said the detour added 40 minutes to every trip and would lead to higher prices.\n\n"
          "Engineers found cracks in two of the bridge's arches in March, the county said in a statement.\n\n"
          "Repairs are expected to take until next spring and cost about 4 million pounds.\n")


def _ctx(text: str) -> Context:
    art = plain_article(text)
    return Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))


def _words_of(ctx: Context) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return _headline_words(ctx), _point_words(ctx), _name_words(ctx)


def test_main_idea_words_are_each_articles_own_whatever_was_asked_before() -> None:
    harbour, bridge = _ctx(HARBOUR), _ctx(BRIDGE)
    first = _words_of(harbour)
    of_bridge = _words_of(bridge)
    assert "ferry" in first[0] and "bridge" in of_bridge[0]
    assert "ferry" not in of_bridge[0] and "bridge" not in first[0]
    assert "brandt" in first[2] and "oakes" in of_bridge[2] and "oakes" not in first[2]
    assert _words_of(harbour) == first  # asked again after the other article: the same
    assert _words_of(_ctx(BRIDGE)) == of_bridge  # a new Context of the same text: the same


def test_a_lesson_built_after_another_articles_is_the_one_built_first() -> None:
    harbour, bridge = plain_article(HARBOUR), plain_article(BRIDGE)
    first = to_plain(build_lesson(harbour, analysis=analyse(harbour), seed=2))
    of_bridge = to_plain(build_lesson(bridge, analysis=analyse(bridge), seed=2))
    again = to_plain(build_lesson(harbour, analysis=analyse(harbour), seed=2))
    bridge_again = to_plain(build_lesson(bridge, analysis=analyse(bridge), seed=2))
    assert first["items"] and of_bridge["items"]
    assert again == first
    assert bridge_again == of_bridge
    assert first["items"] != of_bridge["items"]


def test_each_cause_effect_pattern_finds_only_sentences_holding_one_of_its_words() -> None:
    sentences = (
        "The harbour road was closed for a week due to the storm damage on the sea wall.",
        "The ferry was cancelled on Tuesday because of high winds along the coast.",
        "The closure of the old bridge near the market led to long queues in the town.",
        "The council's decision to close the pier prompted protests by the fishermen.",
        "Heavy rain over the hills caused flooding in three villages by the river.",
    )
    found = 0
    for text in sentences:
        for pat, needs in zip(PATTERNS, _NEEDS, strict=True):
            if pat.search(text):
                found += 1
                assert any(w in text for w in needs), (pat.pattern, text)
    assert found >= len(sentences)
    assert len(_NEEDS) == len(PATTERNS)
