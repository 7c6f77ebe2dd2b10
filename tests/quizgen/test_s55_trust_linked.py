""""How far should readers trust this claim?" points students only at another source's account about the same thing
(judged blind, T13: both such items failed, their model answers sending students to a paragraph on something else:
Cruz praising Pence beside Graham's tweet about Pence's endorsement). Constructed claims."""
from __future__ import annotations

from quizgen.generate.perspective import _same_topic


def test_a_claim_about_something_else_is_no_account_to_weigh():
    assert not _same_topic("I appreciate Governor Dana Voss endorsing Tom Reed for mayor. She is standing up for the "
                           "harbour, not for the developers.",
                           "He has been an incredible leader for the town of Akron")


def test_a_rival_account_of_the_same_thing_is():
    assert _same_topic("the new sea wall will protect the fish market from the winter storms",
                       "the sea wall will not protect the market from storms at all")
