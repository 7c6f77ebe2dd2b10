"""Speed-ups of issue 9 (session 48) give what the plain computations gave: the sentence found at an offset
by a binary search is the one the walk through all sentences found (overlapping sentences are still walked),
kept for one analysis only; a memo of one argument answers as before; a lesson drops what the generators
remembered of it once it is built."""
from __future__ import annotations

import random

from quizgen.analysis import analyse
from quizgen.generate import base, build_lesson, generate_items, sure_claims
from quizgen.generate.base import by_identity, sentence_at
from quizgen.ingest import article_from_text
from quizgen.model import Sentence, Span
from tests.factories import plain_analysis, plain_article

_TEXT = """Council opens a new depot

The council opened the new bus depot on Monday. It cost 19 million pounds.

Residents near the site say the work kept them awake. The depot will house sixty buses.
"""


# long enough for a lesson: claims with named sources, numbers, a date
_LESSON = """Council accused of hiding bus depot costs from residents

Residents of Elmford accused the council of hiding the true cost of the new bus depot on Monday.

"The figures we were shown were wrong from the start," said Nora Vale, who chairs the Elmford Tenants Group.

Critics blamed council leader Brian Holt for the delays, which pushed the cost from 12 million to 19 million
pounds. Holt has led the council since 2019 and signed the depot contract in March.

Holt said the council had published every figure and that the depot would save money within ten years.

Residents near the depot site say the building work has kept them awake at night for months. Vale said the
residents would ask for an independent inquiry into the contract next week. The depot is meant to house sixty
electric buses and was first promised for the summer of 2022.
"""


def _walk(sentences: tuple[Sentence, ...], offset: int) -> Sentence | None:
    """What sentence_at gave before: the first sentence holding the offset."""
    for s in sentences:
        if s.span.start <= offset < s.span.end:
            return s
    return None


def test_sentence_at_finds_what_the_walk_found_at_every_offset() -> None:
    article = plain_article(_TEXT)
    analysis = plain_analysis(article)
    assert len(analysis.sentences) == 4
    for offset in range(-1, len(_TEXT) + 2):  # inside sentences, in the gaps between them, past both ends
        assert sentence_at(analysis, offset) is _walk(analysis.sentences, offset)


def test_sentence_at_walks_sentences_that_overlap() -> None:
    article = plain_article(_TEXT)
    first = Sentence(Span(30, 60, _TEXT[30:60]), 1, 0)
    inner = Sentence(Span(40, 50, _TEXT[40:50]), 1, 1)  # inside the first: never the answer of a search
    later = Sentence(Span(45, 90, _TEXT[45:90]), 1, 2)
    analysis = plain_analysis(article, sentences=(first, inner, later))
    assert sentence_at(analysis, 42) is first
    assert sentence_at(analysis, 55) is first
    assert sentence_at(analysis, 70) is later
    assert sentence_at(analysis, 95) is None


def test_sentence_at_keeps_no_answer_from_another_analysis() -> None:
    article = plain_article(_TEXT)
    one = plain_analysis(article)
    other = plain_analysis(article, sentences=one.sentences[2:])
    offset = one.sentences[0].span.start + 3
    assert sentence_at(one, offset) is one.sentences[0]
    assert sentence_at(other, offset) is None
    later = one.sentences[3].span.start + 1
    assert sentence_at(other, later) is other.sentences[1]
    for _ in range(80):  # many analyses asked about: the index stays bounded
        sentence_at(plain_analysis(article), offset)
    assert len(base._SENTENCE_INDEX) <= 65


def test_memo_of_one_argument_answers_as_the_function_does() -> None:
    calls: list[object] = []

    @by_identity
    def label(x: object) -> str:
        calls.append(x)
        return f"<{x}>"

    a, b = object(), object()
    assert label(a) == f"<{a}>" and label(a) == f"<{a}>" and label(b) == f"<{b}>"
    assert label("word") == "<word>" and label("word") == "<word>"
    assert calls == [a, b, "word"]  # each asked once, a string by its value


def _remembered() -> int:
    """How many answers the memos :func:`base.forget_memos` empties hold now."""
    held = 0
    for clear in base._FORGET:
        owner = getattr(clear, "__self__", None)
        if isinstance(owner, dict):
            held += len(owner)
        elif hasattr(owner, "cache_info"):
            held += owner.cache_info().currsize
    return held


def test_a_built_lesson_leaves_no_memo_behind(nlp) -> None:
    article = article_from_text(_LESSON)
    analysis = analyse(article, nlp=nlp)
    sure = sure_claims(analysis)
    generate_items(article, sure, rng=random.Random(0))
    assert _remembered() > 0  # the generators remember answers while they work
    lesson = build_lesson(article, analysis=analysis, count=3)
    assert _remembered() == 0  # dropped as the lesson is made, not kept until the next one
    assert lesson == build_lesson(article, analysis=analysis, count=3)
