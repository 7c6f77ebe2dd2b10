"""attr38: a claim whose sentence names its speaker ("Mr. Reyes said …") is attributed to a named source even when
the ledger cannot tell which of two people of that name it is: the how-is-it-presented item asks about it, its
explanation quoting the name as written; a joint source ("Reyes and Lind said") or a pronoun does not count
(constructed article)."""
from __future__ import annotations

import pytest

_TOWN = ("Brothers split over the town budget\n\n"
         "Tom Reyes, the mayor of Harlow, and his brother Carl Reyes, who sits on the town council, have spent the "
         "spring arguing over the budget.\n\n"
         "Mr. Reyes said the town would have to close the public pool next summer unless the council raised fees.\n\n"
         "The council meets on Thursday evening to vote on the budget, which is due by the end of the month.\n\n"
         "Carl Reyes and Ann Lind said the pool could stay open if the town sold two of its unused lots.\n\n"
         "The town clerk, Mary Hale, said the lots had been on the market for three years without a buyer.\n\n"
         "The pool, built in 1968, drew about 9,000 swimmers from three towns last summer, according to the parks "
         "department.\n")


@pytest.fixture(scope="module")
def town():
    from test_generate_j13 import _ctx
    return _ctx(_TOWN)


def test_a_named_speaker_of_unsure_identity_is_still_a_named_source(town):
    from quizgen.generate import certainty

    ctx, an = town
    pool = [a for a in an.attributions if "close the public pool" in a.content]
    assert pool and pool[0].source_confidence < 0.8  # the ledger is unsure which Mr. Reyes
    cands = {c[2]: c for c in certainty._candidates(ctx)}
    got = [c for claim, c in cands.items() if claim.startswith("the town would have to close the public pool")]
    assert [c[0] for c in got] == [certainty.NAMED]
    assert '"Mr. Reyes"' in got[0][3]


def test_a_joint_source_is_not_made_sure(town):
    from quizgen.generate import certainty

    ctx, _ = town
    claims = [c[2] for c in certainty._candidates(ctx)]
    assert not [c for c in claims if "sold two of its unused lots" in c]
