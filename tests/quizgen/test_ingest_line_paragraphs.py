"""Paragraphs one per line under a headline set off by a blank line: each line is a paragraph."""
from __future__ import annotations

from quizgen.ingest import article_from_text

LINES = [
    "The city council voted on Tuesday to close the old library on Main Street after two years of debate.",
    "\u201cWe could not afford the repairs any longer,\u201d said Mayor Ann Lee, who chaired the meeting.",
    "Residents who spoke at the meeting asked the council to keep the reading room open on weekends.",
    "The council said it would look for a new site for the library before the end of the year.",
    "A final vote on the budget for the new building is planned for March, officials said.",
    "Library staff will move to the town hall annex, where a smaller lending desk opens in April.",
    "The building, which opened in 1911, was listed as unsafe by inspectors after a storm last winter.",
]


def test_one_paragraph_per_line() -> None:
    text = "Council votes to close the old library\n\n" + "\n".join(LINES) + "\n"
    article = article_from_text(text)
    assert [p.text for p in article.paragraphs] == LINES
    assert all(article.text[p.start:p.start + len(p.text)] == p.text for p in article.paragraphs)


def test_a_hard_wrapped_paragraph_stays_one() -> None:
    wrapped = ("The city council voted on Tuesday to close the old library on\n"
               "Main Street after two years of debate. Residents who spoke at the\n"
               "meeting asked the council to keep the reading room open on\n"
               "weekends, and the council said it would look for a new site.")
    text = "Council votes to close the old library\n\n" + wrapped + "\n\n" + " ".join(LINES) + "\n"
    article = article_from_text(text)
    assert article.paragraphs[0].text == wrapped
    assert len(article.paragraphs) == 2
