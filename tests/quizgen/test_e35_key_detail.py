"""Judged blind (stop 35 early set): "…the ______ reported." keyed the Washington Post as a key detail: which
outlet reported the words is the sourcing skill's question, not a detail of the story."""
from __future__ import annotations

from quizgen.generate.key_detail import outlet_reports


def test_the_outlet_that_reported_the_words_is_no_key_detail():
    assert outlet_reports(" reported.")
    assert outlet_reports(" first reported on Monday that the board had met.")
    assert outlet_reports(" has reported that the board met.")
    assert not outlet_reports(" has covered the ferry contract for two years")
    assert not outlet_reports("'s reporter was at the meeting")
