"""Speed rewrites that must give the very answers of the plain forms they replace: the trie of outlet names,
the honorific pattern that skips to an "M" or a "D", the four-letter roots of vocabulary's ``same_root``,
WordNet's kept sense lists, and one parse of the article per analysis."""
from __future__ import annotations

import re

import pytest

from quizgen.generate import base, vocabulary
from quizgen.wordtrie import trie_pattern

_WORDS = ["abc", "abc news", "abc news australia", "ap", "associated press", "a.b.c", "c++", "x|y", "cbs", "cbs news"]
_TEXTS = ["", "the abc reported", "abcnews", "abc new", "he wrote for the associated pres", "a.b.c and c++ and x|y",
          "ABC", "a b c", "cbs  news", "zzz", "newsap", "x", "abc news australi", "captain"]


def test_trie_matches_exactly_the_strings_of_the_plain_alternation():
    plain = re.compile("|".join(re.escape(w) for w in sorted(_WORDS)))
    trie = re.compile(trie_pattern(_WORDS))
    for w in _WORDS:
        for s in (w, w[:-1], w + "!", w[1:]):
            assert bool(trie.fullmatch(s)) == bool(plain.fullmatch(s)), s
    for t in _TEXTS:
        a, b = plain.search(t), trie.search(t)
        assert (a is None) == (b is None), t
        if a is not None and b is not None:
            assert a.start() == b.start(), t


def test_trie_of_no_empty_string():
    with pytest.raises(ValueError):
        trie_pattern(["abc", ""])


_BODY = ("Mr. Ban met Mrs Smith and Dr.Ban. xMr. Ban is no title, nor is _Ms Ban or 1Dr Ban; Miss\nBan is, and "
         "MMr. Ban is not. Mr Ban Ki-moon spoke; Ms.  Ban-Ki did not. Dr Smith, Mrs. Smith-Jones.")


@pytest.mark.parametrize("word", ["Ban", "Smith", "Ki-moon", "Smith-Jones", "Jones"])
def test_honorific_pattern_finds_what_the_word_boundary_form_found(word):
    plain = re.findall(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{re.escape(word)}(?![\w-])", _BODY)
    assert re.findall(rf"{base._HONORIFIC}\s+{re.escape(word)}(?![\w-])", _BODY) == plain


def test_honorific_name_forms_on_a_constructed_body():
    body = "Secretary-General Ban Ki-moon arrived. Mr. Ban said the talks would go on. Mr Ban left."
    assert base.honorific_name_forms(body, "Ban Ki-moon") == (["Ban", "Mr. Ban", "Mr Ban"], ["Ki-moon"])


def _same_root_plain(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    ra, rb = vocabulary._PREFIX.sub("", a), vocabulary._PREFIX.sub("", b)
    return any(len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4] for x in (a, ra) for y in (b, rb))


@pytest.mark.parametrize("a,b", [("handover", "handling"), ("disavow", "avowal"), ("Disavow", "AVOWAL"),
                                 ("cat", "cattle"), ("unwrap", "wrapping"), ("rebuke", "reboot"), ("under", "undo"),
                                 ("counteroffer", "offering"), ("deform", "form"), ("dismay", "mayor"), ("a", "a")])
def test_same_root_as_before(a, b):
    assert vocabulary.same_root(a, b) == _same_root_plain(a, b)
    assert vocabulary.same_root(b, a) == _same_root_plain(b, a)


def test_wordnet_senses_kept_are_the_senses():
    from quizgen import wordnet

    wn = wordnet.load()
    if wn is None:
        pytest.skip("no WordNet")
    first = wn.senses("running", "VERB")
    again = wn.senses("running", "VERB")
    base_form = wn.base_form("running", "VERB")
    assert base_form is not None
    assert again is first
    assert first == tuple(wn.sense("VERB", off) for off in wn._load_index("VERB")[base_form])
    assert wn.senses("qwxzzy", "NOUN") == ()


def test_analysis_parses_the_article_once(nlp, monkeypatch):
    """One ``nlp.pipe`` over the headline and the paragraphs: no other call of the pipeline."""
    from quizgen.analysis import analyse
    from quizgen.model import Article, Paragraph

    title = "Council delays vote on new bridge"
    paras = ["The city council delayed a vote on the new bridge on Monday, officials said.",
             "\"We need more time,\" said Mayor Jane Roe, who called the plan costly.",
             "A report by the transport office found the bridge would cost $40 million."]
    text = title + "\n\n" + "\n\n".join(paras)
    paragraphs, at = [], len(title) + 2
    for i, p in enumerate(paras, 1):
        paragraphs.append(Paragraph(i, p, at))
        at += len(p) + 2
    article = Article(title=title, paragraphs=tuple(paragraphs), text=text)
    calls: list[int] = []
    cls = type(nlp)
    pipe, call = cls.pipe, cls.__call__

    def counted_pipe(self, texts, *args, **kwargs):
        texts = list(texts)
        calls.append(len(texts))
        return pipe(self, texts, *args, **kwargs)

    def counted_call(self, *args, **kwargs):
        calls.append(-1)
        return call(self, *args, **kwargs)

    monkeypatch.setattr(cls, "pipe", counted_pipe)
    monkeypatch.setattr(cls, "__call__", counted_call)
    analysis = analyse(article, nlp=nlp)
    assert calls == [1 + len(paras)]
    assert analysis.sentences


def _in_quotation_plain(article, start: int) -> bool:
    number = base.paragraph_at(article, start)
    if number is None:
        return False
    p = article.paragraph(number)
    before = p.text[: start - p.start]
    straight = before.count("\"") + before.count("''")
    curly = before.count("“") - before.count("”")
    return straight % 2 == 1 or curly > 0


def test_in_quotation_counts_marks_as_before():
    import random

    from quizgen.model import Article, Paragraph

    rng = random.Random(34)
    for _ in range(60):
        paras, at, parts = [], 6, []
        for n in range(1, 4):
            text = "".join(rng.choice(["a", " ", "'", "''", "\"", "“", "”", "x."]) for _ in range(rng.randint(1, 40)))
            paras.append(Paragraph(n, text, at))
            parts.append(text)
            at += len(text) + 2
        article = Article(title="Head", paragraphs=tuple(paras), text="Head\n\n" + "\n\n".join(parts))
        base.forget_memos()
        for start in range(len(article.text) + 1):
            assert base.in_quotation(article, start) == _in_quotation_plain(article, start), (parts, start)
