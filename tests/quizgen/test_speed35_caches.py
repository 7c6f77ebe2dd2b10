"""Speed-ups of issue 9 (round 35) give what the plain computations gave: the keys one trie finds in a
text are those ``k in text`` finds, keys nested in others and overlapping ones included, and the keys a
later question adds are looked for again; what is kept for one article is that article's own."""
from __future__ import annotations

import random
import re

from quizgen.analysis import analyse
from quizgen.generate import perspective, sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS
from quizgen.wordtrie import trie_pattern

_STRIKE = """Drivers accused the depot manager of bias in the rota

Bus drivers sued the depot on Monday. "We were never asked," said Ann Cole, who drives the night route.

The manager, Tom Reed, declined to comment. Cole said drivers would strike next week unless the rota
changed, and that passengers on the early routes would be the first to notice the empty stops.

The depot runs forty buses across the county and employs about ninety drivers, most of them on shifts that
start before dawn. Union officials said the dispute had been building for months over overtime and rest days.

Passengers at the main station said they had not been told about the strike. "I need the bus to get to
work," said one nurse waiting at the stop, who would not give her name.
"""

_GARDEN = """A new garden opens beside the library

The garden beside the town library opened on Friday with a bench for readers and a small pond.

Volunteers planted forty trees in the spring, and children from the school painted the fence.

The library will hold reading hours in the garden on summer afternoons, with chairs brought out from the hall.
The town paid for the paths and the pond, and a local firm gave the bench and the plants for the beds.

Visitors can walk through the garden every day from nine in the morning until the library closes in the
evening, and dogs on leads are welcome on the paths but not on the grass beside the pond and the trees.
A plaque by the gate names the volunteers who dug the beds and laid the stones of the paths last year.
"""


def _naive(text: str, keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k in text)


def test_the_trie_finds_the_keys_that_stand_in_the_text_nested_and_overlapping_ones_too() -> None:
    keys = frozenset({"sue", "sues", "sued", "ab", "abcd", "bc", "cde", "e", "say", "says", "zz", "ed"})
    pattern = re.compile(trie_pattern(sorted(keys)))
    for text in ("she sues", "abcde", "he sued and says", "abcx bcd", "nothing", "", "zzz e", "sue",
                 "a\x00bc\x00sa\x00ys", "sayssues"):
        assert perspective._trie_keys_in(text, keys, pattern) == _naive(text, keys), text


def _ctx(nlp, text: str) -> Context:
    article = article_from_text(text)
    return Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))


def test_sentence_keys_are_each_articles_own_and_new_keys_are_looked_for(nlp) -> None:
    strike, garden = _ctx(nlp, _STRIKE), _ctx(nlp, _GARDEN)
    tuples = [perspective._opening_keys(p) for p in (perspective._CRITIC_CUE, perspective._ACCUSING,
                                                     perspective._SPEECH_CUE, perspective._AFFECTED_RE)]
    tuples += [perspective._DECLINED_KEYS, perspective._SPEAKING_KEYS, ("library", "rota", "qqq"), ("pond",)]
    for ctx in (strike, garden, strike, garden):
        low = "\x00".join(s.span.text for s in ctx.analysis.sentences).lower()
        for keys in tuples:
            assert keys is not None
            assert perspective._sentence_keys(ctx, keys) == tuple(k for k in keys if k in low)
    assert "sued" in perspective._sentence_keys(strike, perspective._opening_keys(perspective._ACCUSING))  # type: ignore[operator]
    assert perspective._sentence_keys(garden, ("library", "rota", "qqq")) == ("library",)
    assert perspective._sentence_keys(strike, ("library", "rota", "qqq")) == ("rota",)


def test_the_quick_ellipsis_test_finds_what_the_cut_pattern_finds() -> None:
    from quizgen.generate.attribution import _CUT_AFTER_FUNCTION_WORD, _ends_on_function_word, cut_cleanly

    pieces = ["of", "the", "a", " ", ",", "…", "x", "Of", "THE", "_", "é", "1", ".", "\"", "’s", "is", "'", "ſ"]
    rng = random.Random(35)
    texts = ["the future of…", "the future of …", "often…", "xthe…", "the……", "of_…", "in 5…", "said so"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    for text in texts:
        if _CUT_AFTER_FUNCTION_WORD.search(text):
            assert _ends_on_function_word(text), text  # never says no where the pattern matches
        elif "ſ" not in text:
            assert not _ends_on_function_word(text), text

    class _Claim:
        direct = True

    assert cut_cleanly(_Claim(), "said the future of…") == "said the future…"  # type: ignore[arg-type]
    assert cut_cleanly(_Claim(), "said the plan was sound.") == "said the plan was sound"  # type: ignore[arg-type]


def test_a_name_garbled_or_not_is_told_the_same_asked_again() -> None:
    from quizgen.validate import mojibake

    for _ in range(2):
        assert mojibake("Representative Ra\u00c3\u00bal Grijalva")
        assert mojibake("A\u0303\u0083 text")
        assert not mojibake("Pe\u00f1a Nieto")
        assert not mojibake("plain words")


def test_family_mentions_are_found_where_the_pattern_finds_them() -> None:
    from quizgen.generate.attribution import _KIN, _kin_mentions

    def plain(text: str, surname: str) -> list[int]:
        sur = re.escape(surname)
        return [m.start() for m in re.finditer(
            rf"\b{sur}['’]s?\s+(?:\w+\s+)?{_KIN}\b|\b(?:the|The)\s+{sur}s\b|"
            rf"\b{sur}\s+(?:family|couple|household|siblings|brothers|sisters)\b", text)]

    pieces = ["Vale", "Vales", "the", "The", " ", "  ", "\u00a0", "'s", "’s", "husband", "family", "x", "old", "wife",
              ",", "theVale", "Va", "le"]
    rng = random.Random(9)
    texts = ["the Vales came, and Vale's husband and the Vale family", "Vale's old wife", "The  Vales"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    for text in texts:
        for surname in ("Vale", "Va"):
            assert _kin_mentions(text, surname) == plain(text, surname), (text, surname)


def test_the_sources_of_a_claim_are_those_the_ledger_gives_it_or_a_claim_like_it(nlp) -> None:
    from quizgen.generate.base import forget_memos, norm, overlap
    from quizgen.generate.distractors import sources_for_claim

    strike, garden = _ctx(nlp, _STRIKE), _ctx(nlp, _GARDEN)
    for ctx in (strike, garden, strike):
        forget_memos()
        for a in ctx.analysis.attributions:
            for threshold in (0.34, 0.0, 0.9):
                want = set()
                for o in ctx.analysis.attributions:
                    if overlap(o.content, a.content) >= threshold or norm(a.content) in norm(o.content):
                        want.update(x for x in (o.source, o.relay) if x)
                assert sources_for_claim(ctx, a.content, threshold=threshold) == want
    assert sources_for_claim(strike, "drivers would strike next week") >= {"Ann Cole"}


def test_a_memo_keys_a_context_by_its_article_and_analysis_even_when_they_are_changed(nlp) -> None:
    from dataclasses import replace

    from quizgen.generate.base import by_identity, forget_memos

    @by_identity
    def sentences(ctx: Context, n: int = 0) -> int:
        return len(ctx.analysis.sentences) + n

    strike, garden = _ctx(nlp, _STRIKE), _ctx(nlp, _GARDEN)
    forget_memos()
    ctx = Context(strike.article, strike.analysis, random.Random(0), frozenset(ITEM_KINDS))
    assert sentences(ctx) == sentences(strike) == len(strike.analysis.sentences)
    assert sentences(ctx, 2) == len(strike.analysis.sentences) + 2
    ctx.analysis = garden.analysis  # a test may set another analysis on a Context: asked again, not kept
    ctx.article = garden.article
    assert sentences(ctx) == len(garden.analysis.sentences) != len(strike.analysis.sentences)
    assert sentences(replace(ctx, analysis=strike.analysis)) == len(strike.analysis.sentences)
    assert sentences(ctx, 2) == len(garden.analysis.sentences) + 2


def test_source_options_drawn_from_a_pool_kept_per_article_and_kind_are_each_articles_own(nlp) -> None:
    from quizgen.generate.base import forget_memos
    from quizgen.generate.distractors import source_distractors

    strike, garden = _ctx(nlp, _STRIKE), _ctx(nlp, _GARDEN)

    def options(ctx: Context) -> list[list[str]]:
        out = []
        for a in ctx.analysis.attributions:
            ctx.rng.seed(0)
            out.append(source_distractors(ctx, a, 3))
        return out

    forget_memos()
    first = options(strike)
    forget_memos()
    of_garden = options(garden)
    for _ in range(2):  # asked again after the other article: the same options, none of the other's names
        assert options(strike) == first
        assert options(garden) == of_garden
    assert not {n for opts in of_garden for n in opts} & {"Ann Cole", "Tom Reed"}
