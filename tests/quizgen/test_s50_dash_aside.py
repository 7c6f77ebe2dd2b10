"""Ledger, session 50: the name that closes a dash aside is not who speaks. "In the letter - addressed to the
state attorney …, Paul R. Grant - the Vermont Republican asks …": the parse makes Grant the subject and the
words after the closing dash his appositive; found reading a short lesson, where the addressee was given as
the speaker. Constructed articles only.
"""
from __future__ import annotations

import pytest
from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text


@pytest.mark.parametrize("addressee, speaker", [
    ("the state attorney for the District of Harbor, Paul R. Grant", "Vermont Republican"),
    ("the chief of the harbor police, Daniel K. Moore", "Maine Democrat"),
])
def test_the_addressee_in_a_dash_aside_is_not_the_speaker(nlp, addressee, speaker):
    asks = (f"In the letter - addressed to {addressee} - the {speaker} asks for an investigation to determine whether "
            "\"the builders broke the law when they cut corners on the wall.\"")
    text = "\n\n".join(["Senator Seeks Sea Wall Inquiry", COUNCIL_FILLER,
                        "State Senator Jo Reyes on Tuesday wrote to state officials about the collapse.", asks])
    got = [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph == 3]
    assert got, "no claim found"
    name = addressee.rsplit(", ", 1)[1]
    assert all(name.split()[-1] not in a.source for a in got), [(a.source, a.content) for a in got]
    assert any(speaker in a.source or a.source == "Jo Reyes" for a in got), [(a.source, a.content) for a in got]
