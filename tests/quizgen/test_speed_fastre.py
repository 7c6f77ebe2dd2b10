"""quizgen.fastre.Keyed: a pattern's search tried only where its opening words stand finds what search finds."""
from __future__ import annotations

import importlib
import random
import re

import pytest

from quizgen.fastre import Keyed

_MODULES = ("attribution", "cause_effect", "certainty", "corroboration", "distractors", "evidence", "key_detail",
            "main_idea", "perspective", "sequence", "sourcing", "vocabulary")


def _keyed() -> list[tuple[str, Keyed]]:
    mods = [importlib.import_module(f"quizgen.generate.{m}") for m in _MODULES]
    mods.append(importlib.import_module("quizgen.validate"))
    return [(f"{m.__name__}.{n}", v) for m in mods for n, v in vars(m).items() if isinstance(v, Keyed)]


def _texts() -> list[str]:
    base = [
        "The company denied that the report was accurate, according to a statement.",
        "Officials said the poll of 1,000 voters showed 52 percent support; critics disputed it.",
        "\u201cWe will not back down,\u201d she said. I\u2019m sure he died in 2004, his family wrote.",
        "Photo by Jane Doe / Reuters. The study, released by the Senate committee, cites data.",
        "THE SENATOR SAID NOTHING. The senator \u017faid nothing. \u0130t was a survey \u212aind of thing.",
        "", "x", "said", "  denied   that  ", "He declined to comment and was unavailable for comment.",
    ]
    rng = random.Random(7)
    words = " ".join(base).split() + ["\u017f", "\u0130", "\u0131", "\u212a", "-", "'", "\u2019", ",", "."]
    out = list(base)
    for _ in range(400):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))))
    return out


@pytest.mark.parametrize(("name", "pattern"), _keyed())
def test_keyed_search_finds_what_search_finds(name: str, pattern: Keyed) -> None:
    for text in _texts():
        want, got = pattern.compiled.search(text), pattern.search(text)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), (name, text)


def test_keyed_refuses_a_pattern_without_opening_words() -> None:
    with pytest.raises(ValueError):
        Keyed(re.compile(r"\w+\s+said"))
    assert sorted(Keyed(re.compile(r"\b(?:said|says)\b", re.I)).keys) == ["said", "says"]
