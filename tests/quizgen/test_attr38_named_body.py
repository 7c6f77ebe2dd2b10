"""attr38: a government body the cue's own sentence names ("The Ruritanian government said …", "Pike's office
told …") is a sure source for the kind-of-source and the how-is-it-presented items (constructed article)."""
from __future__ import annotations

import pytest

_PLOT = ("Exile linked to failed plot gave to campaigns\n\n"
         "A businessman who lives in New Jersey gave money to two campaigns last year, records show.\n\n"
         "The Ruritanian government said on Monday that Ivo Marsh was a leader of the failed plot against the "
         "president.\n\n"
         "Marsh, who moved to the United States in 2009, runs a small paper company in Paterson, according to state "
         "records.\n\n"
         "Senator Dale Pike's office said the donations had been returned to the company last week.\n\n"
         "Pike's office also told reporters that the senator had never met Marsh or anyone from his company.\n\n"
         "The local party chairman, Tom Reyes, said the party would look into how the money was raised.\n\n"
         "The budget office says the cost of the inquiry will be paid from the committee's own funds this year.\n\n"
         "Marsh did not respond to several requests for comment on the claims made against him by the government.\n")


@pytest.fixture(scope="module")
def plot():
    from test_generate_j13 import _ctx
    return _ctx(_PLOT)


def test_a_named_government_body_is_asked_what_kind_of_source(plot):
    from quizgen.generate import sourcing

    ctx, _ = plot
    got = {it.stem: it.options[it.answer] for it in sourcing.kind_of_source(ctx)}
    gov = [k for s, k in got.items() if "Ruritanian government said" in s]
    assert gov == [sourcing.OFFICIAL]


def test_a_named_government_body_is_a_named_source_for_certainty(plot):
    from quizgen.generate import certainty

    ctx, _ = plot
    cands = {c[2]: c[0] for c in certainty._candidates(ctx)}
    assert cands.get("Ivo Marsh was a leader of the failed plot against the president") == certainty.NAMED
    # a body written only as a common noun ("The budget office") is not sure to count as named
    assert not [c for c in cands if "cost of the inquiry" in c]


def test_a_body_made_sure_is_only_one_the_sentence_names(plot):
    from quizgen.generate import attribution

    ctx, an = plot
    gov = next(a for a in an.attributions if "leader of the failed plot" in a.content)
    office = next(a for a in an.attributions if "never met Marsh" in a.content)
    budget = next(a for a in an.attributions if "cost of the inquiry" in a.content)
    assert attribution.named_body_sure(ctx, gov) and attribution.named_body_sure(ctx, office)
    assert not attribution.named_body_sure(ctx, budget)
    # never for a "who said" item: a person of that government may be another right answer
    assert not [it for it in attribution.generate(ctx) if "leader of the failed plot" in it.stem
                and "who" in it.stem.lower()]
