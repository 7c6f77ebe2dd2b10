"""Judged blind on set D2 (11 unseen PolNeAR articles): "A redacted copy of the 2013 FDIC inspector general's memo
seen by Reuters said investigators were unable to determine …" keyed "a news outlet" (the ledger gave the claim to
Reuters, which only saw the memo), and the certainty item's explanation said the article attributes it to Reuters.
Constructed sentences of the same shape."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

FILLER = ("The harbour authority runs the port, its ferries and its customs office, and it employs about 900 people "
          "across the region. Its budget is set each spring by the regional council after a public hearing.")


def _ledger(sentence: str):
    text = f"Harbour Authority Lost Files In 2013\n\n{sentence}\n\n{FILLER}\n\n{FILLER}\n\n{FILLER}\n"
    return analyse(article_from_text(text)).attributions


@pytest.mark.parametrize("sentence", [
    "A redacted copy of the 2013 harbour authority memo seen by Reuters said inspectors could not tell which files "
    "had been taken from the agency's computers.",
    "A copy of the inspector general's letter obtained by The Washington Post said the files were never found.",
])
def test_a_written_thing_an_outlet_only_saw_is_the_source_a_document(sentence):
    (a,) = [a for a in _ledger(sentence) if "files" in a.content]
    assert a.source_kind == "document"
    assert "Reuters" not in a.source and "Washington Post" not in a.source


@pytest.mark.parametrize("sentence, outlet", [
    ("Reuters said inspectors could not tell which files had been taken from the agency's computers.", "Reuters"),
    ("A Reuters report said inspectors could not tell which files had been taken from the agency's computers.",
     "Reuters"),
])
def test_an_outlet_that_speaks_is_still_the_source(sentence, outlet):
    (a,) = [a for a in _ledger(sentence) if "files" in a.content]
    assert a.source_kind == "news_outlet" and outlet in a.source
