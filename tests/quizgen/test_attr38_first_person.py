"""attr38: a quotation that opens in its speaker's own first person ("We are losing …", "I would be …") is a
claim the article attributes to a named source: the how-is-it-presented item asks about it (constructed
article); a quotation opening on a third person ("He is …") or a reported claim on a pronoun still is not."""
from __future__ import annotations

import pytest

_CLINIC = ("Rural clinics say they cannot keep nurses\n\n"
           "Small clinics across the valley have lost a third of their nurses in two years, the state health board "
           "reported on Tuesday.\n\n"
           "\"We are losing too many nurses to the city hospitals, and the ones who stay are working double shifts,\" "
           "said Maria Olsen, who runs the clinic in Harlow.\n\n"
           "The board has asked lawmakers to pay for housing near the clinics, a plan the governor has not yet "
           "backed.\n\n"
           "\"He is running out of time to fix the staffing problem before the winter,\" said Paul Grant, a nurse "
           "in Harlow.\n\n"
           "Olsen said they had tried raising wages twice last year without keeping anyone for long.\n\n"
           "The clinic in Harlow serves about 4,000 patients a year from three counties in the valley.\n")


@pytest.fixture(scope="module")
def clinic():
    from test_generate_j13 import _ctx
    return _ctx(_CLINIC)


def test_a_first_person_quotation_is_asked_how_it_is_presented(clinic):
    from quizgen.generate import certainty

    ctx, _ = clinic
    cands = {c[2]: c[0] for c in certainty._candidates(ctx)}
    ours = [k for c, k in cands.items() if c.startswith("We are losing too many nurses")]
    assert ours == [certainty.NAMED]


def test_a_third_person_quotation_or_a_reported_pronoun_claim_is_not(clinic):
    from quizgen.generate import certainty

    ctx, _ = clinic
    claims = [c[2] for c in certainty._candidates(ctx)]
    assert not [c for c in claims if "running out of time" in c]
    assert not [c for c in claims if "raising wages" in c]
