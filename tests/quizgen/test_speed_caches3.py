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


# ---- one pipe call per article, in the pipeline's own batch size: each paragraph's parse is the
# parse of that paragraph alone (no batch leaks into another paragraph's tags, heads or entities)

_PARAS = [
    "The council voted on Tuesday to close the old bridge, the mayor said.",
    "\"We cannot wait for a collapse,\" said Dana Reyes, who chairs the transport committee.",
    "Engineers found cracks in three of the five supports last spring.",
    "Local shops fear that fewer drivers will stop in the town centre.",
    "A report by the county found that repairs would cost about $4 million.",
    "Residents may comment at a meeting next week, officials said.",
    "The bridge opened in 1931 and carries some 9,000 cars a day.",
    "Some drivers said they would take the ferry instead.",
    "The state has not said whether it will help pay for a new crossing.",
    "Work on a temporary footbridge could start in June.",
]


def _parse_facts(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, t.is_sent_start)
            for t in doc]


def test_pipe_parse_equals_one_by_one(nlp) -> None:
    from quizgen.analysis.parsed import parse_article, parse_with_title

    article = plain_article("Council Votes to Close Old Bridge\n\n" + "\n\n".join(_PARAS) + "\n")
    assert len(article.paragraphs) == len(_PARAS)
    alone = [_parse_facts(nlp(p.text)) for p in article.paragraphs]
    assert [_parse_facts(pp.doc) for pp in parse_article(article, nlp)] == alone
    parsed, title = parse_with_title(article, nlp)
    assert title is not None and _parse_facts(title.doc) == _parse_facts(nlp(article.title))
    assert [_parse_facts(pp.doc) for pp in parsed] == alone
