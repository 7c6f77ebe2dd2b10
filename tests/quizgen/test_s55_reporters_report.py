"""A report journalists wrote ("according to a pool report", "press reports say") is listed with an unsure kind: a
news report, a document and unnamed people are all defensible (judged blind, T11: "according to a pool report" keyed
"a document", while the press pool's unnamed reporters wrote it). A report of an office stays a document.
Constructed sentences."""
from __future__ import annotations

import pytest

from quizgen.model import CONFIDENT
from tests.quizgen.test_attribution_forms import ledger


def _entry(nlp, sentence: str, words: str):
    _, found = ledger(nlp, sentence)
    got = [a for a in found if words in a.content]
    assert got, [(a.source, a.content) for a in found]
    return got[0]


@pytest.mark.parametrize("sentence", [
    "Mayor Anna Berg, a former teacher, attended the meeting with the union alone, according to a pool report.",
    "Mayor Anna Berg, a former teacher, attended the meeting with the union alone, according to press reports.",
])
def test_a_report_by_journalists_has_an_unsure_kind(nlp, sentence):
    a = _entry(nlp, sentence, "meeting with the union")
    assert a.kind_confidence < CONFIDENT, (a.source, a.source_kind, a.kind_confidence)


def test_an_office_report_stays_a_sure_document(nlp):
    a = _entry(nlp, "The harbor lost $2 million last year, according to a report by the city auditor.",
               "lost $2 million")
    assert a.source_kind == "document" and a.kind_confidence >= CONFIDENT, (a.source, a.kind_confidence)
