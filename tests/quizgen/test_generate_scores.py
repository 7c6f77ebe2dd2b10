"""A poll's score ("leading Ann Lee 46 percent to 44 percent") is two sides' figures, not a range: the
first side is a gap of its own, with the other side left in the sentence; a range ("from 30 percent to
40 percent") is still never gapped by one end."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.generate.base import Context
from quizgen.generate.key_detail import _score, number_items
from quizgen.model import ITEM_KINDS, Analysis, Quantity, Readability, Sentence, Span

_HEAD = "Harbour poll shows tight mayoral race\n\n"
_LEDE = "A new harbour poll shows the mayoral race between Ann Lee and Tom Reyes is close in the town.\n\n"


def _numbers(body, quantities):
    """number_items over a constructed article: one sentence per paragraph, the given quantity phrases."""
    article = plain_article(_HEAD + _LEDE + body)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    qs = []
    for phrase in quantities:
        i = article.text.index(phrase)
        par = next(p.number for p in article.paragraphs if p.start <= i < p.end)
        qs.append(Quantity("percent", Span(i, i + len(phrase), phrase), par))
    analysis = Analysis(sentences=sents, entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=tuple(qs), vocabulary=(),
                        readability=Readability(8.0, 60.0, 200, 10, 1), main_ideas=sents[:1])
    return number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


def test_the_leader_s_figure_of_a_score_is_a_gap():
    items = _numbers("The harbour poll showed Ann Lee leading Tom Reyes among likely voters in the town, "
                     "46 percent to 44 percent.\n", ["46 percent to 44 percent"])
    assert len(items) == 1
    item = items[0]
    assert "______ to 44 percent" in item.stem
    keyed = item.options[item.answer] if item.kind == "multiple_choice" else item.answer[0]
    assert keyed == "46 percent"


def test_one_end_of_a_range_is_no_gap():
    items = _numbers("Support for the harbour plan in the town rose from 30 percent to 40 percent over the "
                     "last year, the poll showed.\n", ["30 percent to 40 percent"])
    assert items == []


def test_what_makes_a_score():
    s = "The poll showed Ann Lee leading Tom Reyes 46 percent to 44 percent."
    assert _score(s, s.index("46"))
    s = "Ann Lee beat him 53 percent to 36 percent in the harbour wards."
    assert _score(s, s.index("53"))
    s = "Support for the plan rose from 30 percent to 40 percent."
    assert not _score(s, s.index("30"))
    s = "Ann Lee leads among voters who give the plan between 30 percent and 40 percent."
    assert not _score(s, s.index("30"))
    s = "Ann Lee won 46 percent to 44 votes."  # two units: no score
    assert not _score(s, s.index("46"))


def test_numbers_written_in_words_have_their_whole_value():
    from quizgen.generate.distractors import numeric_value
    from quizgen.generate.key_detail import accepted_numbers

    assert numeric_value("Seventy-two percent") == 72
    assert numeric_value("twenty five") == 25
    assert numeric_value("one hundred and five") == 105
    assert numeric_value("fifty-one million") == 51e6
    assert numeric_value("a dozen") == 12
    accepted = accepted_numbers("Seventy-two percent")
    assert {"72", "72 percent", "72%"} <= set(accepted)
    assert "2" not in accepted and "two" not in accepted  # judged blind: "2" accepted for "Seventy-two percent"


def test_a_count_out_of_ten_is_written_in():
    """"about ______ in 10 voters" among 15, 16 and 21: the ratio rules the wrong options out."""
    body = ("The harbour plan is viewed positively by about 4 in 10 registered voters in the town.\n\n"
            "Some 15 people spoke at the meeting, and 21 wrote letters, while 16 signed a petition.\n")
    article = plain_article(_HEAD + _LEDE + body)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    qs = []
    for phrase in ("4", "15", "21", "16"):
        i = article.text.index(f" {phrase} ") + 1
        par = next(p.number for p in article.paragraphs if p.start <= i < p.end)
        qs.append(Quantity("number", Span(i, i + len(phrase), phrase), par))
    analysis = Analysis(sentences=sents, entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=tuple(qs), vocabulary=(),
                        readability=Readability(8.0, 60.0, 200, 10, 1), main_ideas=sents[:1])
    items = number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    ratio = [it for it in items if "in 10" in it.stem]
    assert ratio and all(it.kind == "short_answer" for it in ratio)
    assert "4" in ratio[0].answer and "four" in ratio[0].answer
