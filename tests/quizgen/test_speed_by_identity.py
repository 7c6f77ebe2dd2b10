"""``by_identity``: generators ask the same of one object many times, and it answers once per object
(never with another object's answer, even an equal one) until the next lesson starts."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.generate.base import Context, by_identity, forget_memos, in_quotation, support_for
from quizgen.model import Span

TEXT = "Title\n\nThe mayor said \"the bridge opens in May\" and left.\n\nThe council met on Monday.\n"


def test_answers_once_per_object() -> None:
    calls: list[object] = []

    @by_identity
    def length(span: Span, extra: int) -> int:
        calls.append(span)
        return span.end - span.start + extra

    a = Span(0, 5, "mayor")
    assert length(a, 1) == 6 and length(a, 1) == 6 and len(calls) == 1
    assert length(a, 2) == 7 and len(calls) == 2  # another plain argument: asked again
    b = Span(0, 5, "mayor")  # equal, but another object: asked again
    assert length(b, 1) == 6 and len(calls) == 3


def test_forget_memos_empties_them() -> None:
    calls: list[object] = []

    @by_identity
    def first_word(span: Span) -> str:
        calls.append(span)
        return span.text.split()[0]

    a = Span(0, 9, "The mayor")
    first_word(a)
    forget_memos()
    assert first_word(a) == "The" and len(calls) == 2


def test_context_keyed_by_its_article_and_analysis() -> None:
    calls: list[Context] = []

    @by_identity
    def title(ctx: Context) -> str:
        calls.append(ctx)
        return ctx.article.title

    one, two = plain_article(TEXT), plain_article(TEXT)
    # the rng and kinds differ from one skill's context to the next: the article and analysis do not
    assert title(Context(one, None, random.Random(1), frozenset())) == "Title"  # type: ignore[arg-type]
    title(Context(one, None, random.Random(2), frozenset({"short_answer"})))  # type: ignore[arg-type]
    assert len(calls) == 1
    title(Context(two, None, random.Random(1), frozenset()))  # type: ignore[arg-type]
    assert len(calls) == 2


def test_memoised_span_helpers_answer_as_before() -> None:
    article = plain_article(TEXT)
    start = article.text.index("the bridge")
    for _ in range(2):  # the second time from the memo
        assert in_quotation(article, start)
        assert not in_quotation(article, article.text.index("The mayor"))
        sup = support_for(article, start, start + len("the bridge "))  # the space after is trimmed
        assert sup is not None and sup.text == "the bridge"
        assert support_for(article, article.text.index("and left"), article.text.index("The council") + 3) is None


def test_profanity_pretest_finds_what_the_pattern_finds() -> None:
    from quizgen.validate import _PROFANE, _profane

    texts = ["a ſhit day", "Shit “x”", "the “bridge” opens", "PISSED off", "pissed \n off", "Bullshit!",
             "a \u212aunt", "motherfucking", "assessment of the bastion", "Piss poor", "nothing here", ""]
    for t in texts:
        assert _profane(t) == (_PROFANE.search(t) is not None), t
