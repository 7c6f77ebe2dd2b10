"""Speed-ups of the perspective items (issue 9) give what the plain computations gave: a pattern tried
only where a word its matches open with stands finds what ``finditer`` finds; the words no sentence
of the article holds, the accusing sentences, the places, the opinion level and the tagger's names kept
for one article are that article's own, whatever was asked before; a lesson built after another
article's is the one built first; surname spellings compare as SequenceMatcher compares them; a memo of
two arguments keys them as it keyed any number."""
from __future__ import annotations

import random
import re
from difflib import SequenceMatcher

from quizgen.analysis import analyse
from quizgen.generate import build_lesson, perspective, sure_claims
from quizgen.generate.base import Context, by_identity, forget_memos
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS, Span
from quizgen.serialize import to_plain

# a named party criticised and never heard, a spokesman who declined to comment, residents never quoted
_DEPOT = """Council accused of hiding bus depot costs from residents

Residents of Elmford accused the council of hiding the true cost of the new bus depot on Monday.

"The figures we were shown were wrong from the start," said Nora Vale, who chairs the Elmford Tenants Group.

Critics blamed council leader Brian Holt for the delays, which pushed the cost from 12 million to 19 million
pounds. Holt has led the council since 2019 and signed the depot contract in March.

A spokesman for Holt declined to comment on the figures when asked on Monday.

Residents near the depot site say the building work has kept them awake at night for months. Vale said the
residents would ask for an independent inquiry into the contract next week. The depot is meant to house sixty
electric buses and was first promised for the summer of 2022.
"""

# no criticism, no one declining: a report of a school opening, teachers and parents quoted
_SCHOOL = """New science wing opens at Hillcrest school

The new science wing at Hillcrest school opened on Friday, three months later than planned.

"Our students finally have laboratories worthy of them," head teacher Maria Gomez told parents at the opening.

The wing has six laboratories and a greenhouse on the roof. It cost twelve million dollars, most of it raised
by a bond that voters approved last spring.

Board chair Owen Dale said the district would hire four science teachers before the autumn term begins. The
old laboratories, built in 1968, will become classrooms for the youngest pupils once the summer works are done,
and the car park beside them will be turned into a garden where students can grow their own vegetables.

The school plans an open day in October, when families from the town can visit the new wing and its greenhouse.
"""


def _ctx(nlp, text: str) -> Context:
    article = article_from_text(text)
    return Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))


def _perspective_answers(ctx: Context) -> tuple[object, ...]:
    voices = perspective._voices(ctx)
    return (
        voices,
        perspective._missing_parties(ctx, voices, column=False),
        perspective._missing_parties(ctx, voices, column=True),
        sorted(perspective._heard_in_text(ctx)),
        perspective._criticised(ctx),
        perspective._declines(ctx),
        perspective._unheard(ctx, voices),
        perspective._accused_heard(ctx, voices),
        sorted(perspective._off_limits(ctx)),
        # kept for the lesson, found only when a party or a group passes the cheaper tests
        perspective._claimed_about(ctx),
        sorted(perspective._arguing_groups(ctx)),
        sorted(perspective._dead_groups(ctx)),
        perspective._public_speaks(ctx),
        perspective._member_roles(ctx),
        perspective._opinion_level(ctx),
        repr(perspective.missing_voice(ctx)),
        repr(perspective.trust_source(ctx)),
    )


def test_kept_answers_are_each_articles_own_whatever_was_asked_before(nlp) -> None:
    depot, school = _ctx(nlp, _DEPOT), _ctx(nlp, _SCHOOL)
    forget_memos()
    first = _perspective_answers(depot)
    forget_memos()
    of_school = _perspective_answers(school)
    assert first != of_school
    assert "Holt" in perspective._criticised(depot) and perspective._criticised(school) == {}
    # the accusing sentences and the words the sentences hold are each article's own
    assert any("accused" in s.span.text for s in perspective._accusing_sentences(depot))
    assert perspective._accusing_sentences(school) == ()
    keys = perspective._opening_keys(perspective._CRITIC_CUE)
    assert keys is not None
    assert "accus" in perspective._sentence_keys(depot, keys)  # type: ignore[operator]
    assert "accus" not in perspective._sentence_keys(school, keys)  # type: ignore[operator]
    assert "accus" in perspective._sentence_keys(depot, keys)  # type: ignore[operator]
    # asked again after the other article, and through a new Context of the same objects: the same
    for _ in range(2):
        forget_memos()
        assert _perspective_answers(depot) == first
        forget_memos()
        assert _perspective_answers(Context(school.article, school.analysis, random.Random(0),
                                            school.kinds)) == of_school


def test_a_lesson_built_after_another_articles_is_the_one_built_first(nlp) -> None:
    depot, school = article_from_text(_DEPOT), article_from_text(_SCHOOL)
    first = to_plain(build_lesson(depot, analysis=analyse(depot, nlp=nlp), seed=3))
    of_school = to_plain(build_lesson(school, analysis=analyse(school, nlp=nlp), seed=3))
    assert first["items"] and of_school["items"] and first["items"] != of_school["items"]
    assert to_plain(build_lesson(depot, analysis=analyse(depot, nlp=nlp), seed=3)) == first
    assert to_plain(build_lesson(school, analysis=analyse(school, nlp=nlp), seed=3)) == of_school


_TEXTS = (
    "The mayor SAID the wall was safe, and critics accused him of lying.",
    "Lee, SAYING the plan was sound, left; she was not available for comment.",
    "The senator ſaid nothing new, according to the report.",  # a long s the case-blind patterns read as "s"
    "İstanbul residents told the KOMMISSION (with a Kelvin sign: \u212a) they had not responded.",
    "Two workers died and the victims' families blamed the firm, which has not yet replied.",
    "\"I doubt it,\" my neighbour said; the late Mr. Dane, 80, of Dover, was praised by Holt.",
    "Nothing here at all.",
    "",
    "said said said; saidsaid tells told-told asked, asks: ask",
)


def _spans(found) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def test_patterns_tried_where_their_words_stand_find_what_finditer_finds() -> None:
    patterns = [v for v in vars(perspective).values() if isinstance(v, re.Pattern)]
    assert len(patterns) > 50
    rng = random.Random(9)
    pieces = ["said ", "Said", "the late ", " and other ", "declined to comment", "I'm ", "ſ", "\u212a", "İ",
              "ı", ", ", "\"", "“", "residents ", "accused ", "Mr. ", "x", " "]
    texts = list(_TEXTS) + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(300)]
    keyed = 0
    for pattern in patterns:
        keys = perspective._opening_keys(pattern)
        keyed += keys is not None
        for text in texts:
            want = list(pattern.finditer(text))
            assert _spans(perspective._find_all(pattern, text)) == _spans(want), (pattern.pattern[:40], text)
            assert _spans(perspective._find_all(pattern, text, 3, len(text) - 2)) == \
                _spans(pattern.finditer(text, 3, len(text) - 2)), (pattern.pattern[:40], text)
            got = perspective._search(pattern, text)
            assert _spans([got] if got else []) == _spans(want[:1]), (pattern.pattern[:40], text)
            if keys is not None and not perspective._case_odd(text):
                # every match opens with one of the keys (the premise of the search)
                assert all(text[m.start():].lower().startswith(keys) for m in want), (pattern.pattern[:40], text)
    assert keyed > 40  # most of the module's patterns are tried only where their words stand


def test_opening_keys_read_from_the_pattern() -> None:
    assert perspective._opening_keys(re.compile(r"\b(?:said|says|say)\b", re.I)) == ("say", "said")
    assert perspective._opening_keys(re.compile(r"\b[Hh]is\s+aides?\b")) == ("his",)
    assert perspective._opening_keys(re.compile(r"(?<![\w.])(?:I|my)\b")) == ("i", "my")
    # a match that may open on any word, an optional first word, a character class: no keys
    assert perspective._opening_keys(re.compile(r"\w+\s+said")) is None
    assert perspective._opening_keys(re.compile(r"(?:the\s+)?mayor")) is None
    assert perspective._opening_keys(re.compile(r"[A-Z]\w+ said")) is None
    assert perspective._opening_keys(re.compile(r"Émile|said")) is None  # not ASCII: never lower-cased
    # a pattern given keys it does not open with is never asked to (the caller's keys are a part of them)
    assert perspective._find_all(re.compile(r"\bsaid\b"), "Lee said so.", keys=()) == []


def test_literal_search_is_the_patterns_search() -> None:
    for text in _TEXTS + ("Holt has since apologised; Holt denied it", "Holtz denied it. Holt responded."):
        for word in ("Holt", "said", "Mr", ""):
            pattern = re.compile(rf"\b{re.escape(word)}\s+(?:has\s+)?(?:since\s+)?(?:apologi[sz]\w*|denied|responded)")
            want = pattern.search(text)
            got = perspective._literal_search(pattern, text, word)
            assert (got and got.span()) == (want and want.span()), (word, text)


def test_surname_spellings_compare_as_sequence_matcher_compares_them() -> None:
    rng = random.Random(4)
    letters = "abcdehmnrstu"
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))
        b = a if rng.random() < 0.3 else "".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))
        if rng.random() < 0.5:  # a near spelling: one letter changed, added or dropped
            i = rng.randrange(len(a))
            b = a[:i] + rng.choice(["", rng.choice(letters), rng.choice(letters) * 2]) + a[i + 1:]
        assert perspective._alike(a, b) == (SequenceMatcher(None, a, b).ratio() >= 0.8), (a, b)
    assert perspective._near_same("Anna Buchtmann", "Bauchtman") and not perspective._near_same("Lee", "Leeds")


def test_memo_of_two_arguments_keys_them_as_any_number() -> None:
    calls: list[tuple[object, ...]] = []

    @by_identity
    def pair(x: object, y: object) -> tuple[object, ...]:
        calls.append((x, y))
        return (x, y)

    @by_identity
    def triple(x: object, y: object, z: object) -> tuple[object, ...]:
        calls.append((x, y, z))
        return (x, y, z)

    one = article_from_text(_SCHOOL)
    other = article_from_text(_SCHOOL)  # an equal article, another object
    analysis = object()
    a = Context(one, analysis, random.Random(1), frozenset())  # type: ignore[arg-type]
    b = Context(one, analysis, random.Random(2), frozenset())  # type: ignore[arg-type]
    c = Context(other, analysis, random.Random(1), frozenset())  # type: ignore[arg-type]
    span = Span(0, 3, "New")
    assert pair(a, span) == (a, span) and pair(b, span) == (a, span) and len(calls) == 1  # one article, analysis
    assert pair(c, span) == (c, span) and len(calls) == 2  # another article object: asked again
    assert pair("x", 5) == ("x", 5) and pair("x", 5) == ("x", 5) and len(calls) == 3  # plain values by value
    assert pair(5, "x") == (5, "x") and len(calls) == 4
    assert pair(span, span)[1] is span and len(calls) == 5
    equal = Span(0, 3, "New")
    assert pair(span, equal)[1] is equal and len(calls) == 6  # an equal object, another one: asked again
    assert triple(a, span, 7) == (a, span, 7) and triple(b, span, 7) == (a, span, 7) and len(calls) == 7
    forget_memos()
    pair(a, span)
    assert len(calls) == 8  # a new lesson: asked again
