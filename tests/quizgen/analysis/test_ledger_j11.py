"""Ledger shapes a blind judge found behind wrong keys (set J11), one constructed text each: a show's or a
book's title in quotation marks after its owner's possessive ("in an interview with KXTV's “The Morning
Desk with Ann Ray”") is a name, no one's words."""
from __future__ import annotations

import pytest
from factories import filler_ledger as ledger


def show(found):
    return [(a.source, a.cue, a.content, a.source_confidence, a.claim_confidence) for a in found]


@pytest.mark.parametrize("paragraph", [
    "In an interview with KXTV’s “The Morning Desk with Ann Ray,” on June 3, Mayor Tom Reyes continued his "
    "attacks on the council.",
    "Speaking on the network's \"Sunday Roundtable,\" Tom Reyes repeated his call for lower bridge tolls.",
    "Anna Berg, whose column appears in the Courier's “Harbour Notes,” wrote that the ferry was late again.",
])
def test_a_title_after_its_owners_possessive_is_no_ones_words(nlp, paragraph):
    found = [a for a in ledger(nlp, paragraph)
             if any(t in a.content for t in ("Morning Desk", "Sunday Roundtable", "Harbour Notes"))]
    assert not found, show(found)

