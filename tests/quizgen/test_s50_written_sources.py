"""Ledger, session 50: a summary, e-mails, memos, letters or filings cited as the source are a
document. Found reading a short lesson: "According to an FBI summary of its investigation, …" was an
organisation's claim and "according to the summary" an unnamed group. Constructed articles only.
"""
from __future__ import annotations

import pytest
from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text


@pytest.mark.parametrize("sentence", [
    "According to a police summary of its inquiry, the aide sent the contractor a warning weeks before the fire.",
    "According to the summary, the contractor did not reply to the warning for three weeks.",
    "The memos show that the council knew about the cracks in the sea wall two years ago.",
    "According to emails released on Friday, the contractor knew about the cracks a year before the storm.",
    "The filings say that the contractor owes the town more than $2 million in unpaid fees.",
])
def test_a_written_record_cited_is_a_document(nlp, sentence):
    text = "\n\n".join(["Sea Wall Inquiry Widens", COUNCIL_FILLER,
                        "The town's mayor said on Monday that the inquiry would take months.", sentence])
    got = [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph == 3]
    assert len(got) == 1, [(a.source, a.content) for a in got]
    assert got[0].source_kind == "document", (got[0].source, got[0].source_kind)
