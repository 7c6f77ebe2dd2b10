"""Judged blind (stop 34 early set): the claim a poll backs never opens on the time phrase before "that"."""
from __future__ import annotations

import pytest

from quizgen.generate.evidence import backed_claim


class _Sup:
    def __init__(self, text: str) -> None:
        self.text, self.start, self.end = text, 0, len(text)


@pytest.mark.parametrize("when", ["last week", "on Monday", "earlier this month", "in March", "this year"])
def test_the_finding_after_a_time_phrase_starts_at_its_clause(when):
    # "What kind of evidence does this sentence give for the claim "last week that Clinton would beat Trump …"?"
    text = (f"A Marist College poll found {when} that the governor would beat the mayor 46 to 40 percent in a "
            "general election match-up.")
    claim = backed_claim(None, _Sup(text), "study/report")
    assert claim is not None
    assert claim.startswith("the governor would beat the mayor"), claim
