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


# ---- validate: the cut-word check reads one set of word runs per article instead of a pattern per word


def test_word_runs_match_the_word_boundary_pattern() -> None:
    import re

    from quizgen.validate import word_runs

    text = ("Le café_bar opened in 2019; its owner's plan—“expand”—failed. Naïve critics said "
            "re-opening was un­likely, x2 times. Straße ist kurz.")
    words = ["caf", "café", "bar", "opened", "owner", "s", "plan", "expand", "Na", "ve", "Naïve", "re",
             "opening", "un", "likely", "x", "times", "Stra", "e", "Straße", "ist", "kurz", "Opened", "fail"]
    for w in words:
        assert (w in word_runs(text)) == bool(re.search(rf"\b{re.escape(w)}\b", text)), w


def test_cut_word_lint_unchanged() -> None:
    from quizgen.model import Item
    from quizgen.validate import _lint_stem

    article = plain_article("Title\n\nThe mayor called the plan a disaster for the town centre.\n")
    item = Item(id="x", skill="key_detail", kind="multiple_choice",
                stem='The mayor called the plan "a disas…" What did she mean?',
                options=("a", "b"), answer=0, explanation="", support=())
    assert any("cut mid-word" in w for w in _lint_stem(item, article))
    whole = Item(id="y", skill="key_detail", kind="multiple_choice",
                 stem='The mayor called the plan "a disaster…" What did she mean?',
                 options=("a", "b"), answer=0, explanation="", support=())
    assert not any("cut mid-word" in w for w in _lint_stem(whole, article))


# ---- nlp: the two small pipeline components skip docs they cannot change


def test_lemma_fix_and_brackets_still_apply(nlp) -> None:
    doc = nlp("Hoping for rain, the farmers HOPED it would come, and she hopes so too.")
    verbs = [t for t in doc if t.lower_ in ("hoping", "hoped", "hopes") and t.pos_ == "VERB"]
    assert verbs and all(t.lemma_ == "hope" for t in verbs)
    doc = nlp("They will slap us in the face [by withholding the video]. Then they left.")
    inside = [t for t in doc if t.text in ("[", "by", "withholding", "]")]
    assert inside and not any(t.is_sent_start for t in inside)


# ---- main idea: a cut option's sentence is parsed without entities and lemmas, which it never reads


def test_cut_parse_keeps_tags_heads_and_sentences(nlp) -> None:
    from quizgen.generate.main_idea import _parsed

    for text in ("The council voted on Tuesday to close the old bridge after engineers found cracks, "
                 "the mayor said.",
                 "Dana Reyes, who chairs the committee, said the repairs would cost about $4 million in 2025.",
                 "Shops in Springfield fear fewer drivers will stop; the state has not said whether it will pay."):
        full, light = nlp(text), _parsed(text)
        assert [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.is_sent_start, t.is_punct) for t in light] == \
            [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.is_sent_start, t.is_punct) for t in full]


# ---- hedges: the per-token word filter skips only tokens no rule of _marker takes

_HEDGED = ("The minister reportedly took bribes, and officials are believed to have known. The data suggests "
           "that about 40 people may have died in the supposed accident. Media reports say the mayor is "
           "expected to resign next month. Concerns that the bridge could fall grew; I suspect the report "
           "was alleged to be false. Up to 300 homes were apparently hit, roughly 12 of them badly.")


def test_hedge_filter_drops_no_marker(nlp) -> None:
    from quizgen.analysis.hedges import _marker, find_hedges
    from quizgen.analysis.lexicon import (
        APPROXIMATORS,
        HEARSAY_NOUNS,
        HEDGE_ADJECTIVES,
        HEDGE_ADVERBS,
        HEDGE_MODALS,
        HEDGE_VERBS,
        SPECULATION_NOUNS,
    )
    from quizgen.analysis.parsed import parse_article

    words = HEDGE_ADVERBS | HEDGE_ADJECTIVES | HEDGE_MODALS | APPROXIMATORS | HEARSAY_NOUNS | SPECULATION_NOUNS
    article = plain_article("Title\n\n" + _HEDGED + "\n")
    parsed = parse_article(article, nlp)
    taken = [t for pp in parsed for t in pp.doc if _marker(t) is not None]
    assert len(taken) >= 8
    for pp in parsed:
        for tok in pp.doc:
            if tok.lower_ not in words and tok.lemma_.lower() not in HEDGE_VERBS:
                assert _marker(tok) is None, tok.text
    found = find_hedges(parsed)
    assert {h.words.split()[0].lower() for h in found} >= {"reportedly", "supposed", "suggests"}


def test_misspelt_cache_same_as_uncached() -> None:
    from quizgen.analysis.vocabulary import _misspelt, _zipf

    for word in ("recieve", "receive", "thier", "their", "definately", "bridge", "teh", "grammer"):
        z = _zipf(word)
        assert _misspelt(word, z) == _misspelt.__wrapped__(word, z)
    assert _misspelt("recieve", _zipf("recieve")) is True


def test_wordnet_folder_is_remembered_once_found_and_not_while_missing(tmp_path, monkeypatch):
    from quizgen import wordnet

    monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path))
    assert wordnet.find_folder() is None  # nothing there yet: not remembered
    for kind in ("index", "data"):
        for suffix in wordnet.POS_FILES.values():
            (tmp_path / f"{kind}.{suffix}").write_text("")
    assert wordnet.find_folder() == tmp_path
    (tmp_path / "index.noun").unlink()
    assert wordnet.find_folder() == tmp_path  # found once: no more stat calls for this setting
