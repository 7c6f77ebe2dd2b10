"""attr38: "declared" followed by a clause of its own ("the government declared Marsh was a leader of the plot")
gives a claim like "said" does; "declared" with only an object ("declared victory", "declared war on the group
that has …") gives none (constructed sentences and article)."""
from __future__ import annotations

import pytest

from quizgen.model import Attribution, Span


def _att(cue: str, content: str, direct: bool = False) -> Attribution:
    return Attribution(source="Ruritanian government", source_text="The Ruritanian government",
                       source_span=Span(0, 25, "The Ruritanian government"),
                       source_kind="government", cue=cue, cue_span=Span(26, 26 + len(cue), cue), content=content,
                       content_spans=(Span(40, 40 + len(content), content),), direct=direct, paragraph=2)


@pytest.mark.parametrize("cue,content", [
    ("declared", "Ivo Marsh was a leader of the failed plot"),
    ("declared", "that the election results were final"),
    ("has declared", "the border crossings will stay closed until March"),
])
def test_declared_with_a_clause_is_a_claim(cue, content):
    from quizgen.generate.attribution import claim_like

    assert claim_like(_att(cue, content))


@pytest.mark.parametrize("cue,content", [
    ("declared", "victory in the race for governor"),
    ("declared", "a state of emergency in three counties"),
    ("declared", "war on the group that has killed dozens of soldiers"),
    ("declared", "his candidacy for the Senate seat"),
    ("announced", "the locations that would be given the three orbiters"),
])
def test_declared_with_only_an_object_is_no_claim(cue, content):
    from quizgen.generate.attribution import claim_like

    assert not claim_like(_att(cue, content))


_PLOT = ("Exile linked to failed plot gave to campaigns\n\n"
         "A businessman who lives in New Jersey gave money to two campaigns last year, records show.\n\n"
         "After the failed coup last summer, the Ruritanian government declared Ivo Marsh was a leader of the plot "
         "against the president.\n\n"
         "Marsh, who moved to the United States in 2009, runs a small paper company in Paterson, according to state "
         "records.\n\n"
         "The local party chairman, Tom Reyes, said the party would look into how the money was raised.\n\n"
         "Reyes said the campaigns had not been told where the money came from when it was given last spring.\n\n"
         "The company Marsh runs in Paterson has six employees and sells paper goods to shops in three states, "
         "according to its website.\n\n"
         "Marsh did not respond to several requests for comment on the claims made against him by the government.\n")


def test_a_declared_claim_of_a_named_government_is_asked_about():
    from test_generate_j13 import _ctx

    from quizgen.generate import certainty, sourcing

    ctx, _ = _ctx(_PLOT)
    cands = {c[2]: c[0] for c in certainty._candidates(ctx)}
    assert cands.get("Ivo Marsh was a leader of the plot against the president") == certainty.NAMED
    kinds = [it.options[it.answer] for it in sourcing.kind_of_source(ctx) if "declared Ivo Marsh" in it.stem]
    assert kinds == [sourcing.OFFICIAL]
