"""Judged blind: key-detail blanks on incidental facts (a talk-show guest's name, "six weeks from now",
a span of days told from another event). A side figure's name and a time told from another are no key."""
from __future__ import annotations

import random

import pytest

from quizgen.generate import key_detail, sure_claims
from quizgen.generate.base import Context
from quizgen.generate.key_detail import trivia
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

_PARAGRAPHS = [
    'Harbour council approves sea wall plan',
    'The Harbourton council approved a plan on Monday to build a second sea wall along the old harbour, '
    'at a cost of 40 million pounds.',
    'Mayor Anna Lindqvist said the work would start in the spring. The council voted 9 to 4 for the plan '
    'after a long debate in the town hall.',
    'The harbour has flooded three times in the past decade, and the last storm destroyed 60 homes near '
    'the quay.',
    'Council member Pieter Walsh, who voted against the plan, said the cost would fall on families. Walsh'
    ' said the county should pay more.',
    'On a morning radio show on Tuesday, the comedian Rosalind Okafor joked that the town would soon need'
    ' a third wall.',
    'The county has promised 12 million pounds toward the work. The rest will come from a new harbour '
    'fee.',
    'Engineers said the second wall would take three years to build. The vote on the harbour fee comes '
    'six weeks from now.',
    'Residents of the harbour district, where the flooding was worst, cheered when the result was read '
    'out. Lindqvist thanked them for their patience.',
]
_TEXT = "\n\n".join(_PARAGRAPHS) + "\n"


@pytest.fixture(scope="module")
def items(nlp):
    from quizgen.analysis import analyse

    article = article_from_text(_TEXT)
    ctx = Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))
    return key_detail.generate(ctx)


def _answers(it) -> list[str]:
    if it.kind == "multiple_choice":
        return [it.options[it.answer]]
    return [str(a) for a in it.answer]


def test_a_side_figure_named_once_is_no_key(items):
    assert items, "the story's own numbers are still asked"
    assert not [it.stem for it in items if any("Okafor" in a for a in _answers(it))]


def test_a_time_told_from_now_or_from_another_event_is_no_key(items):
    assert not [it.stem for it in items if "weeks from now" in it.stem]


@pytest.mark.parametrize("sentence", [
    "The vote on the fee comes [six] weeks from now.",
    "The traders resisted talks until [three] weeks before the freeze was to expire.",
    "The court sent a signal [four] days before the judge died.",
    "The port is still closed [five] years after the war broke out.",
    "The council spoke with [five] days left until the vote.",
    "The mayor has defended the plan over the past [18] months.",
])
def test_relative_times_are_trivia(sentence):
    start, end = sentence.index("["), sentence.index("]") - 1
    assert trivia(sentence.replace("[", "").replace("]", ""), start, end)


@pytest.mark.parametrize("sentence", [
    "The police had trained for [18] months to deal with the protesters.",
    "He promised action in the first [100] days of his term.",
    "The storm destroyed [60] homes near the quay.",
])
def test_a_span_or_a_count_of_the_story_is_still_asked(sentence):
    start, end = sentence.index("["), sentence.index("]") - 1
    assert not trivia(sentence.replace("[", "").replace("]", ""), start, end)
