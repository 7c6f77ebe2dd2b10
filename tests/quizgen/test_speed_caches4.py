"""Patterns built from an article's names are compiled once by ``name_re``, outside re's own cache:
the cached pattern finds exactly what a freshly compiled one finds."""
from __future__ import annotations

import random
import re

from factories import plain_article

from quizgen.generate.base import Context, name_re

TEXT = ("Dana Reyes, who chairs the committee, said the Reyes family would not comment. "
        "DANA REYES was not named again; Reyes's office said Dana's aide, O'Reyes, was away.")


def test_cached_equals_uncached() -> None:
    for name in ("Reyes", "Dana Reyes", "Dana", "O'Reyes", "aide"):
        for pattern, flags in ((r"\b" + re.escape(name) + r"\b", 0),
                               (r"(?<![\w'’])" + re.escape(name) + r"(?![\w])", 0),
                               (re.escape(name), re.I),
                               (rf"\b{re.escape(name)}(?:['’]s)?\b", re.I)):
            fresh = re.compile(pattern, flags)
            cached = name_re(pattern, flags)
            assert [m.span() for m in cached.finditer(TEXT)] == [m.span() for m in fresh.finditer(TEXT)]
            assert cached.flags == fresh.flags and cached.pattern == fresh.pattern


def test_compiled_once_and_kept_out_of_re_cache() -> None:
    pattern = r"\bZyqwort Ansel\b"
    assert name_re(pattern) is name_re(pattern)
    re.purge()
    name_re(r"\bQuillon Brask\b")
    assert not any(key[1] == r"\bQuillon Brask\b" for key in re._cache)  # type: ignore[attr-defined]


def test_flag_given_as_int_or_enum_is_one_pattern() -> None:
    assert name_re(r"\bmayor\b", re.I) is name_re(r"\bmayor\b", int(re.I))
    assert name_re(r"\bmayor\b", re.I).search("The MAYOR said") is not None
    assert name_re(r"\bmayor\b").search("The MAYOR said") is None


# ---- literal_matches: what re.finditer finds for an escaped name (with or without look-arounds)

_TEXTS = [
    TEXT,
    "aaaa aaa_aaa 9aaa aaa9 éaaa aaaé 'aaa ’aaa aaa' -aaa- aaa",
    "Lee-Ann Lee's Lee_ Lee2 O'Lee Lee. (Lee) “Lee” Lee",
    "a.b a.b.a.b ab a+b (a+b) [x] ^x$",
    "",
]
_WORDS = ["aaa", "aa", "a", "Lee", "Lee'", "a.b", "a+b", "(a+b)", "[x]", "^x$", "Reyes", "Dana Reyes", "’aaa", "-aaa"]


def test_literal_matches_equal_finditer() -> None:
    from quizgen.generate.base import literal_matches

    for text in _TEXTS:
        for words in _WORDS:
            got = [m.span() for m in literal_matches(text, words)]
            assert got == [m.span() for m in re.finditer(re.escape(words), text)], (text, words)
            for before, after in (("'’", ""), ("'’-", "-"), ("", "’-"), ("'’", None), (None, "")):
                look = "" if before is None else r"(?<![\w" + re.escape(before) + "])"
                ahead = "" if after is None else r"(?![\w" + re.escape(after) + "])"
                want = [m.span() for m in re.finditer(look + re.escape(words) + ahead, text)]
                hits = literal_matches(text, words, not_before=before, not_after=after)
                assert [m.span() for m in hits] == want, (text, words, before, after)
                assert [(m.start(), m.end()) for m in hits] == want


def test_literal_matches_of_nothing_is_every_position() -> None:
    from quizgen.generate.base import literal_matches

    assert [m.span() for m in literal_matches("ab c", "")] == [m.span() for m in re.finditer("", "ab c")]
    assert [m.span() for m in literal_matches("ab c", "", not_before="", not_after="")] == \
        [m.span() for m in re.finditer(r"(?<![\w])(?![\w])", "ab c")]


def _ctx(text: str) -> Context:
    return Context(plain_article(text), None, random.Random(1), frozenset())  # type: ignore[arg-type]


# ---- article_memo: one value per article, never another article's

def test_article_memo_keeps_each_article_apart() -> None:
    from quizgen.generate.base import article_memo

    one, two = _ctx("Title\n\nThe mayor spoke.\n"), _ctx("Title\n\nThe mayor spoke.\n")
    calls: list[str] = []

    def compute(ctx: Context) -> str:
        calls.append(ctx.article.text)
        return ctx.article.text + str(len(calls))

    first = article_memo(one, "test.memo", lambda: compute(one))
    assert article_memo(one, "test.memo", lambda: compute(one)) == first and len(calls) == 1
    second = article_memo(two, "test.memo", lambda: compute(two))  # same text, another article object
    assert second != first and len(calls) == 2
    other = Context(one.article, plain_article("Title\n\nOther.\n"), one.rng, one.kinds)  # type: ignore[arg-type]
    assert article_memo(other, "test.memo", lambda: compute(other)) not in (first, second)
    # one slot: asked again for the first article after another, it computes afresh (never stale)
    assert article_memo(one, "test.memo", lambda: compute(one)) == one.article.text + "4"


def test_word_matches_equal_bounded_finditer() -> None:
    from quizgen.generate.base import word_matches

    for text in _TEXTS:
        for words in [*_WORDS, "", " ", "'s", "Lee's", "_", "9aaa"]:
            want = [m.span() for m in re.finditer(r"\b" + re.escape(words) + r"\b", text)]
            assert [m.span() for m in word_matches(text, words)] == want, (text, words)


def test_perspective_whole_word_equals_its_pattern() -> None:
    from quizgen.generate.perspective import _whole, _word_re

    for text in _TEXTS:
        for words in [*_WORDS, "", "Lee's"]:
            fast, pattern = _whole(words), _word_re(words)
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            assert fast.findall(text) == pattern.findall(text)
            hit, want = fast.search(text), pattern.search(text)
            assert (hit.span() if hit else None) == (want.span() if want else None)
