"""The key-detail nickname check caches per article: two articles in one process get their own answers."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.generate.base import Context
from quizgen.generate.key_detail import _only_quoted

QUOTED = 'Title\n\n"You do not need some Grizzly Adams," she said of the race in the state.\n'
PLAIN = "Title\n\nGrizzly Adams, a trapper, spoke at the fair. \"It was fine,\" said Grizzly Adams.\n"


def _ctx(text: str) -> Context:
    return Context(plain_article(text), None, random.Random(1), frozenset())  # type: ignore[arg-type]


def test_each_article_gets_its_own_answer() -> None:
    quoted, plain = _ctx(QUOTED), _ctx(PLAIN)
    for _ in range(2):  # back and forth: a cache carried over would give the other article's answer
        assert _only_quoted(quoted, "Grizzly Adams") is True
        assert _only_quoted(plain, "Grizzly Adams") is False
