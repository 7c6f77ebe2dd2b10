"""Main-idea ranking: sentences that share the headline's and the article's key words, early first."""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from quizgen.model import Article, Sentence

_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = set(
    "the a an and or but of to in on at for by with from as that this these those is are was were be been "
    "being has have had it its their they them he she his her we our you your not no will would can could "
    "may might should said says say told also who which what when where while about over after before up "
    "out so if than then there into more most some any all one two new last year years".split()
)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def rank_main_ideas(article: Article, sentences: list[Sentence], *, top: int = 3) -> list[Sentence]:
    """The ``top`` sentences most likely to state the main idea, best first."""
    if not sentences:
        return []
    word_sets = [set(_words(s.span.text)) for s in sentences]  # once per sentence: counted, then scored
    freq = Counter(chain.from_iterable(word_sets))
    title = set(_words(article.title))
    n_par = max(1, len(article.paragraphs))
    scored = []
    for s, ws in zip(sentences, word_sets, strict=True):
        if not ws or len(s.span.text.split()) < 8:
            continue
        central = sum(map(freq.__getitem__, ws)) / (len(ws) ** 0.7)  # counts are ints: any order sums alike
        headline = len(ws & title) * 2.0
        # news puts its main point in the lead: the first paragraph counts most
        position = 3.0 * (1 - (s.paragraph - 1) / n_par) + {1: 4.0, 2: 1.5}.get(s.paragraph, 0.0)
        if s.index == 0 and len(ws) >= 8:
            position += 12.0  # the lede: a news article's first sentence states its main point
        quoted = -2.0 if s.span.text.lstrip().startswith(("\"", "“")) else 0.0
        scored.append((central + headline + position + quoted, -s.index, s))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [s for _, _, s in scored[:top]]
