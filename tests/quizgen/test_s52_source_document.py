"""Sourcing, session 52: a document the ledger names by a head noun before "of …" ("a state summary of its inspection",
"the summary") or by a sworn statement ("the affidavit") is keyed "a document" in the kind-of-source item;
before, only the phrase's last word was looked at ("inspection" in "a state summary of its inspection") and "summary" or
"affidavit" was no document head, so no item was written. One document gives one such item, however many of its
claims the article cites. Constructed articles only.
"""
from __future__ import annotations

import pytest
from factories import analysed_context

from quizgen.generate.base import Context

_SUMMARY = (
    "County Reviews Harbour Contract\n\n"
    "The county board met on Tuesday to discuss the harbour contract and the cost of repairs to the old pier. "
    "Board members said they would vote on the matter next month after a public hearing.\n\n"
    "According to a state summary of its inspection, the contractor billed the county for 40 days of work that "
    "no crew carried out on the pier.\n\n"
    "According to the summary, the harbour office paid the invoices in March without asking the contractor for "
    "the crew's time sheets.\n\n"
    "The contractor did not answer calls on Wednesday. The board has asked the county auditor to look at the "
    "payments before the vote.\n\n"
    "Residents who use the pier said they hoped the repairs would be finished before the summer season begins.\n")

_AFFIDAVIT = (
    "Driver Charged After Crash On Coast Road\n\n"
    "A delivery driver was charged on Friday after a crash on the coast road that closed the route for six hours. "
    "No one was seriously hurt in the crash, police said.\n\n"
    "According to the affidavit, the driver had been awake for more than 20 hours when his van crossed into the "
    "other lane near the harbour bridge.\n\n"
    "The driver's lawyer did not return calls on Saturday. A hearing in the case has been set for next month.\n\n"
    "The coast road reopened on Friday evening after crews cleared the wreckage and repaired a damaged barrier. "
    "Residents along the route said the road has seen several crashes in recent years, and the county board plans "
    "to discuss new speed limits and warning signs at its meeting next month.\n")


def _ctx(text: str) -> tuple[Context, object]:
    return analysed_context(text)


@pytest.fixture(scope="module")
def summary():
    return _ctx(_SUMMARY)


def _claim(an, words: str):
    found = [a for a in an.attributions if words in a.content]
    assert found, [(a.source, a.source_kind, a.content) for a in an.attributions]
    return found[0]


def test_a_summary_of_a_review_is_a_document(summary):
    from quizgen.generate import sourcing

    ctx, an = summary
    a = _claim(an, "billed the county")
    assert a.source_kind == "document", (a.source, a.source_kind)
    assert sourcing.source_category(ctx, a) == sourcing.DOCUMENT


def test_the_summary_alone_is_a_document(summary):
    from quizgen.generate import sourcing

    ctx, an = summary
    a = _claim(an, "paid the invoices")
    assert a.source_kind == "document", (a.source, a.source_kind)
    assert sourcing.source_category(ctx, a) == sourcing.DOCUMENT


def test_one_document_is_asked_about_once(summary):
    from quizgen.generate import sourcing

    ctx, _ = summary
    items = [it for it in sourcing.kind_of_source(ctx) if it.options[it.answer] == sourcing.DOCUMENT]
    assert len(items) == 1, [it.stem for it in items]
    # the stem shows the document it keys, and the key's distractors are no document nor an outlet
    assert "summary" in items[0].stem
    assert sourcing.OUTLET not in items[0].options


def test_an_affidavit_is_a_document():
    from quizgen.generate import sourcing

    ctx, an = _ctx(_AFFIDAVIT)
    a = _claim(an, "awake for more than 20 hours")
    assert a.source_kind == "document", (a.source, a.source_kind)
    assert sourcing.source_category(ctx, a) == sourcing.DOCUMENT


def test_a_statement_is_still_no_document():
    """A statement is someone's words, a book or a transcript no "official record": still no key."""
    from quizgen.generate import sourcing

    for head in ("statement", "book", "transcript"):
        assert head not in sourcing._DOCUMENT_HEADS
