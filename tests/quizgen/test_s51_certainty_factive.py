"""Certainty, session 51: a reported claim introduced by a factive verb ("noting that …", "pointed out that …",
"acknowledged that …") is not asked "how does the article present this claim?": the writer vouches for the fact as
well as naming its source, so "stated as fact" is defensible beside "attributed to a named source" (judged blind,
t4). The same claim with "saying" is still asked. Constructed articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates


def _certainty_stems(nlp, sentence: str) -> list[str]:
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [COUNCIL_FILLER, sentence], ["certainty"])
    return [it.stem for it in items if "harbour office" in it.stem]


def test_saying_claim_is_asked(nlp):
    got = _certainty_stems(nlp, "Councillor Ruth Amsel spoke for an hour, saying that the harbour office would "
                                "close for good in March.")
    assert len(got) == 1, got


def test_noting_claim_is_not_asked(nlp):
    got = _certainty_stems(nlp, "Councillor Ruth Amsel spoke for an hour, noting that the harbour office would "
                                "close for good in March.")
    assert got == []
