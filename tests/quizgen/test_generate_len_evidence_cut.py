"""An evidence item never shows a sentence the splitter cut at a title ("… and Sens." | "Bo Kim and …"):
half a sentence reads as garbled (a new key-detail rule let such a sentence reach the evidence item)."""
from __future__ import annotations

from test_generate_evidence_cited import _evidence_items, _keyed

_WHOLE = ("Council spending\n\n"
          "Court records obtained by the Ledger show that the council paid the builder twice for one bridge "
          "and the mayor signed both checks.\n")


def test_a_whole_sentence_citing_records_is_asked():
    assert _keyed(_evidence_items(_WHOLE, "Court records"))  # the control: the same shape, whole


def test_a_sentence_cut_at_a_plural_title_is_not():
    text = _WHOLE.replace("and the mayor signed both checks.", "and Sens. Ann Lee and Bo Kim signed both checks.")
    assert not _evidence_items(text, "Court records")
