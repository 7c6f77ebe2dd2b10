"""The ledger's recall, seventh round: reporting structures of English that the passes missed. Each row is a
constructed sentence with the source, cue and content the ledger must find (``None`` for a sentence that
must give no claim at that cue). Constructed sentences only; negatives beside each shape."""
from __future__ import annotations

import pytest
from factories import council_attributions

from quizgen.model import CONFIDENT

body = council_attributions

# (sentence, cue, source as written, content) -- content None: no claim at this cue takes in the main clause
FOUND = [
    # a comparative "as" clause of saying vouches for the clause it hangs on
    ("As the Chronicle reported on Monday, the mayor has already become an adviser to the governor.",
     "reported", "the Chronicle", "the mayor has already become an adviser to the governor"),
    ("The planners met the bus company twice in the spring, as the Daily Ledger first reported.",
     "reported", "the Daily Ledger", "The planners met the bus company twice in the spring"),
    ("As reported by the Evening Star, the treasurer knew of the shortfall before the vote.",
     "reported", "the Evening Star", "the treasurer knew of the shortfall before the vote"),
    ("The new depot will cost more than planned, as the shop owners have long warned.",
     "warned", "the shop owners", "The new depot will cost more than planned"),
    ("As Tom Hale noted in his letter, the bus lane has cut journey times by a third.",
     "noted", "Tom Hale", "the bus lane has cut journey times by a third"),
    # ... but an "as" of time is no attribution
    ("As the treasurer was speaking, the protesters gathered outside the town hall.", "speaking", None, None),
    ("As the mayor announced her budget, the protesters cheered in the square.", "announced", None, None),
    # a gerund clause right after a cue of proposing or denying is its content
    ("Tom Hale suggests cutting the bus fares as a step toward reducing traffic in the centre.",
     "suggests", "Tom Hale", "cutting the bus fares as a step toward reducing traffic in the centre"),
    ("The treasurer denied having seen the report before the vote.",
     "denied", "The treasurer", "having seen the report before the vote"),
    # "make the case that ...": the one who tries to make it
    ("Tom Hale tried to make the case that the budget was still in its early stages.",
     "case", "Tom Hale", "the budget was still in its early stages"),
    # a view no one named holds: no source
    ("The idea that the council can balance the budget without cuts is absurd.",
     "idea", "", "the council can balance the budget without cuts"),
    ("A common refrain is that the new depot will ruin the budget.",
     "refrain", "", "the new depot will ruin the budget"),
    ("The fact that the council can balance the budget without cuts is remarkable.", "fact", None, None),
]


def test_poll_figures_are_no_stance(nlp):
    found = body(nlp, "In the county poll, 28 percent of the voters supported the mayor and 23 percent "
                      "favored Tom Hale.")
    assert not [a for a in found if a.cue in ("supported", "favored")]


@pytest.mark.parametrize(("sentence", "content"), [('"Absolutely," Tom Hale said.', "Absolutely"),
                                                  ('"Never again!" Tom Hale said after the meeting.', "Never again!")])
def test_a_short_quotation_before_its_speaker_is_an_unsure_claim(nlp, sentence, content):
    found = [a for a in body(nlp, sentence) if a.cue == "said"]
    assert len(found) == 1
    assert found[0].source == "Tom Hale" and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT  # too short to quiz


def test_a_short_quotation_that_ends_its_sentence_has_no_speaker_after_it(nlp):
    found = body(nlp, 'The town hall was full. "Never again." Tom Hale said nothing more that night.')
    assert not [a for a in found if "Never again" in a.content]


@pytest.mark.parametrize(("sentence", "cue", "source", "content"), FOUND, ids=[row[0][:40] for row in FOUND])
def test_the_claim_found_at_the_cue(nlp, sentence, cue, source, content):
    found = [a for a in body(nlp, sentence) if a.cue.split()[-1] == cue]
    if content is None:
        assert not [a for a in found if "the protesters" in a.content or "the council can" in a.content]
        return
    assert len(found) == 1, [(a.source_text, a.cue, a.content) for a in body(nlp, sentence)]
    a = found[0]
    assert a.source_text == source
    assert a.content == content
    if not source:
        assert a.source == "" and a.claim_confidence < CONFIDENT  # a view of no one named is never quizzed
