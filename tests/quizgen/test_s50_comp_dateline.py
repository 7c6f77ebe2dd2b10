"""Datelines ("BRUSSELS - ", "LONDON, Sept. 3 (Reuters) - ") are no part of any sentence, stem or option."""
from __future__ import annotations

import pytest

from quizgen.ingest import article_from_html, article_from_text
from quizgen.ingest.setaside import opening_dateline

_BODY = [
    "The harbour council met on Friday to discuss the flood defences after the storm broke the old sea wall, "
    "offering a new plan amid growing concern that the town is too dependent on the county for repairs.",
    "Deeply divided about how to pay for the work, members found little agreement on a timetable. But there "
    "was more agreement that the town should build a second wall, after a push from the mayor and the county.",
    "The plan, which includes a pumping station near the ferry terminal, was part of a long meeting held in "
    "the old library on how to win back residents who doubt the council's value.",
    "Mayor Anna Lindqvist said the town could not wait for another winter. \"We have to act before the next "
    "storm,\" she said after the meeting.",
    "Council member Pieter Walsh said the cost, put at 40 million pounds, would fall on families who already "
    "pay too much. The county has promised 12 million pounds toward the work.",
    "Engineers warned in 2019 that the old wall would not survive a large storm. The council commissioned a "
    "study in 2021, which found that the wall had lost a third of its strength.",
    "The second wall would take three years to build, engineers said, and the pumping station two more.",
    "Residents of the harbour district, where the flooding was worst, have asked for a vote on the plan.",
]


@pytest.mark.parametrize("dateline", ["BRUSSELS - ", "WASHINGTON \u2014 ", "NEW YORK (AP) \u2014 ",
                                      "LONDON, Sept. 3 (Reuters) - ", "MANCHESTER, N.H. -- ",
                                      "Mexico City (AFP) \u2013 "])
def test_a_dateline_before_the_lede_is_set_aside_and_the_paragraph_starts_at_the_story(dateline):
    text = "Harbour council weighs plans for a second sea wall\n\n" + dateline + "\n\n".join(_BODY) + "\n"
    article = article_from_text(text)
    first = article.paragraphs[0]
    assert first.text.startswith("The harbour council met on Friday"), first.text[:40]
    assert article.text[first.start:first.start + len(first.text)] == first.text  # a real span of the text
    assert dateline.split(" ")[0].rstrip(",") in " ".join(article.set_aside)
    html = ("<html><body><h1>Harbour council weighs plans for a second sea wall</h1>"
            + "".join(f"<p>{dateline if i == 0 else ''}{p}</p>" for i, p in enumerate(_BODY)) + "</body></html>")
    web = article_from_html(html)
    assert web.paragraphs[0].text.startswith("The harbour council met on Friday")
    assert web.text[web.paragraphs[0].start:web.paragraphs[0].end] == web.paragraphs[0].text


@pytest.mark.parametrize("opening", ["NATO \u2014 The alliance met on Friday.",
                                     "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - Sanders leads.",
                                     "Sen. Ted Cruz (R-Texas) \u2014 who spoke first \u2014 left.",
                                     "The vote on the merger - the first in years - failed."])
def test_a_capital_word_or_a_heading_before_a_dash_is_no_dateline(opening):
    assert opening_dateline(opening, early=True) == 0


def test_a_bare_place_later_in_the_article_is_left_in_its_paragraph():
    assert opening_dateline("WASHINGTON \u2014 The vote failed.", early=False) == 0
    assert opening_dateline("WASHINGTON, June 24 (UPI) \u2014 The vote failed.", early=False) > 0


def test_no_item_prints_the_dateline():
    from quizgen.generate import build_lesson

    text = "Harbour council weighs plans for a second sea wall\n\nBRUSSELS - " + "\n\n".join(_BODY) + "\n"
    lesson = build_lesson(article_from_text(text), count=15, seed=0)
    assert lesson.items
    for it in lesson.items:
        assert "BRUSSELS" not in it.stem and not any("BRUSSELS" in o for o in it.options), it.stem
