"""A news database's export labels its parts ("ABSTRACT.", "FULL TEXT."): set aside, never a paragraph."""
from __future__ import annotations

import pytest

from quizgen.ingest import article_from_text
from quizgen.ingest.setaside import classify_line

BODY = (
    "The city council voted on Tuesday to close the old library on Main Street, ending a debate that had "
    "run for two years. Council members said the building needed repairs the city could not afford. "
) * 3


@pytest.mark.parametrize("label", ["ABSTRACT.", "FULL TEXT.", "Full Text:", "Abstract", "LEAD PARAGRAPH:"])
def test_labels_are_headings(label: str) -> None:
    assert classify_line(label) == "heading"


@pytest.mark.parametrize("line", ["Abstract art sold well at the fair.", "The full text of the bill is online.",
                                  "Full text of the speech follows below today."])
def test_sentences_using_the_words_stay(line: str) -> None:
    assert classify_line(line) is None


def test_export_labels_are_not_paragraphs() -> None:
    text = ("Library to close after two-year fight\n\nABSTRACT.\n\nThe council ends a long debate over the old "
            "library.\n\nFULL TEXT.\n\n" + BODY + "\n\n" + BODY)
    article = article_from_text(text)
    paras = [p.text for p in article.paragraphs]
    assert "ABSTRACT." not in paras and "FULL TEXT." not in paras
    assert paras[0].startswith("The council ends a long debate")
    assert all(article.text[p.start:p.start + len(p.text)] == p.text for p in article.paragraphs)
