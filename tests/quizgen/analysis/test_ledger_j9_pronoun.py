"""A "she wrote" after a quotation that names other people: the writer is the person named before the
quotation, never someone the quoted words mention (judged on J9a's ledger: '"… President Reagan's trip to
Geneva …," she wrote' was credited to Reagan)."""
from __future__ import annotations

from factories import filler_ledger as ledger


def test_she_after_a_quotation_naming_others_is_the_woman_named_before_it(nlp):
    found = ledger(nlp,
                   "Columnist Dora Vance, who retired on Monday at the age of 80, used her last column to compare "
                   "two mayors.",
                   "“Mayor Hal Brandt’s visit to the plant reminds me of Mayor Otto Kraus’s trip to the harbor in "
                   "1985,” she wrote.")
    quoted = [a for a in found if a.source_text == "she"]
    assert quoted, [(a.source, a.source_text, a.content) for a in found]
    assert all(a.source == "Dora Vance" for a in quoted), [(a.source, a.content) for a in quoted]
