"""Speed rewrites answer as the patterns they replace did (constructed texts, every case the rewrite reads)."""
from __future__ import annotations

import itertools
import random
import re

from factories import people_entities, plain_analysis, plain_article

from quizgen.fastre import literal_search, word_before_matches
from quizgen.generate.base import Context
from quizgen.generate.main_idea import _TITLE_CASED_LONG, _TITLE_CASED_RE
from quizgen.generate.perspective import (
    _DESCRIBED_AFTER,
    _DESCRIBED_SPEAKER,
    _article_before,
    _described_speakers,
    _descriptor_heard,
)
from quizgen.model import ITEM_KINDS

_TEXTS = [
    "The Johnson Space Center said on Monday.",
    "Officials at the\n\nJohnson Space Center declined.",
    "A ban Johnson faced; an Johnson; a  johnson; THE JOHNSON; the_Johnson; xthe Johnson.",
    "Johnson spoke first. The Johnsons came later, a Johnson-like plan.",
    "Mrs. Rivera, the Rivera family and Rivera’s allies met an\tRivera aide.",
    "Kelvin \u212aim and the Kim family; ſo the Sara ſmith.",
    "the Jos\u00e9 Alvarez group met a José Alvarez.",
    "Nothing here names anyone at all",
    "",
]
_NAMES = ["Johnson", "Johnson Space Center", "Rivera", "Kim", "Sara Smith", "José Alvarez", "johnson", "Alvarez"]


def test_article_before_finds_what_the_case_blind_pattern_finds():
    for text, name in itertools.product(_TEXTS, _NAMES):
        expected = re.search(rf"\b(?:the|a|an)\s+{re.escape(name)}", text, re.I) is not None
        assert _article_before(text, name) is expected, (text, name)


def test_article_before_reads_the_white_space_and_the_word_boundary():
    assert _article_before("met the\n\n Rivera aide", "Rivera")
    assert not _article_before("the ban Rivera", "Rivera")  # "an" inside "ban": no word "an"
    assert not _article_before("theRivera", "Rivera")  # no white space between
    assert _article_before("AN Rivera", "rivera")


def test_long_title_words_are_the_long_words_of_the_word_pattern():
    texts = [*_TEXTS, "Clinton Sides With Bush On Trade", "a-b-c abc_defg 9abcd é-abcd xy’z it's O'Neill’s"]
    for text in texts:
        assert _TITLE_CASED_LONG.findall(text) == [w for w in _TITLE_CASED_RE.findall(text) if len(w) > 3], text


def test_literal_search_finds_the_first_match_search_finds():
    for text, name in itertools.product(_TEXTS, _NAMES):
        pattern = re.compile(r"\b" + re.escape(name) + r"(?:s|es)(?:['’]|\b)|\b" + re.escape(name) +
                             r"(?:['’]s)?\s+(?:family|allies|aide)\b")
        got, want = literal_search(pattern, text, name), pattern.search(text)
        assert (got and got.span()) == (want and want.span()), (text, name)


_DESCRIBED = ("Brant plans a tower\n\n"
              "Don Brant, a billionaire developer, met voters on Monday. Mary Cole, a nurse, watched. "
              "Ann Diaz, a pilot, flew home.\n\n"
              "The billionaire told reporters the tower would rise. Don Brant smiled.\n\n"
              "Mary Cole left early, said the nurse.")


def _described_context():
    article = plain_article(_DESCRIBED)
    ents = people_entities(article, "Don Brant", "Mary Cole", "Ann Diaz")
    return Context(article, plain_analysis(article, entities=ents), random.Random(0), frozenset(ITEM_KINDS))


def test_described_speakers_kept_per_article_answer_as_found_anew():
    text = _described_context().article.text
    expected = [(m.start(), m.group(2)) for m in _DESCRIBED_SPEAKER.finditer(text)]
    expected += [(m.start(), m.group(1)) for m in _DESCRIBED_AFTER.finditer(text)]
    assert list(_described_speakers(text)) == expected and len(expected) == 2
    names = ["Don Brant", "Ann Diaz", "Mary Cole", "Don Brant"]
    ctx = _described_context()
    kept = [_descriptor_heard(ctx, n) for n in names]  # the second and third from the article's memo
    anew = [_descriptor_heard(_described_context(), n) for n in names]  # each a new analysis: found anew
    assert kept == anew == [True, False, True, True]


def test_word_before_matches_are_the_patterns_own_matches():
    texts = [*_TEXTS, "Bill Clinton and Hillary Clinton Clinton; Mr.Clinton; McClinton Clinton; ClintonX Clinton",
             "Clinton opened. A Clinton ally, Dr Clinton and\n\nChelsea   Clinton’s book; EClinton Clinton",
             "Enver Solomon spoke; the Council Enver Solomon, said Solomon. XSolomon Solomon"]
    for text, name in itertools.product(texts, ["Clinton", "Solomon", "Johnson", "Rivera", "José Alvarez"]):
        pattern = re.compile(r"\b([A-Z][a-z]+)\s+" + re.escape(name) + r"\b")
        got = [(m.span(), m.group(1)) for m in word_before_matches(pattern, text, name)]
        assert got == [(m.span(), m.group(1)) for m in pattern.finditer(text)], (text, name)


def test_per_analysis_tables_keep_the_latest_analysis_only():
    from quizgen.generate import key_detail

    first, second = _described_context(), _described_context()
    for ctx in (first, second):
        assert key_detail.sure_names(ctx, "PERSON") == key_detail.sure_names(ctx, "PERSON")
        key_detail.sure_names(ctx, "ORG")
    held = {id(a) for a, _ in key_detail._SURE_CACHE.values()}
    assert held == {id(second.analysis)}  # the first analysis's answers are gone, so it is not kept alive
    assert key_detail.sure_names(first, "PERSON") == key_detail.sure_names(second, "PERSON")  # found anew alike


_RELEASED = ("Council backs plan\n\n"
             "Maria Lopez, the council leader, said the plan would pass. \"It is ready,\" she said.\n\n"
             "Critics disagreed. A spokesman for the union said it would cost jobs.")


def _live_docs() -> int:
    import gc

    from spacy.tokens import Doc

    return sum(1 for o in gc.get_objects() if isinstance(o, Doc))


def test_analyse_frees_its_docs_without_the_collector(nlp):
    import gc

    from quizgen.analysis import analyse

    article = plain_article(_RELEASED)
    analyse(article, nlp=nlp)  # anything loaded once, first
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        before = _live_docs()
        analysis = analyse(article, nlp=nlp)
        assert _live_docs() == before  # no Doc left in a reference cycle for the collector to find
    finally:
        if was:
            gc.enable()
    assert analysis.attributions  # the analysis itself is whole


def test_released_docs_read_their_tables_anew_alike(nlp):
    from quizgen.analysis import analyse_parsed
    from quizgen.analysis.parsed import parse_with_title, release_docs, sents_of, tokens

    article = plain_article(_RELEASED)
    parsed, title = parse_with_title(article, nlp)
    first = analyse_parsed(article, parsed, title=title)
    doc = parsed[0].doc
    kept = ([t.i for t in tokens(doc)], [(s.start, s.end) for s in sents_of(doc)])
    assert any(str(k).startswith("quizgen_") for k in doc.user_data)
    release_docs(parsed, title)
    assert not any(str(k).startswith("quizgen_") for k in doc.user_data)
    assert ([t.i for t in tokens(doc)], [(s.start, s.end) for s in sents_of(doc)]) == kept
    assert analyse_parsed(article, parsed, title=title) == first
