"""Patterns built from an article's names are compiled once by ``name_re``, outside re's own cache:
the cached pattern finds exactly what a freshly compiled one finds."""
from __future__ import annotations

import re

from quizgen.generate.base import name_re

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
