"""The ledger, round 34: shapes PolNeAR annotates that the ledger missed (grouped by cue verb and construction
on the train split's misses), one constructed sentence each; never PolNeAR text."""
from __future__ import annotations

import pytest
from factories import council_attributions

from quizgen.model import UNSURE


def _listed(atts):
    return [(a.paragraph, a.source, a.cue, a.claim_confidence, a.content[:50]) for a in atts]


def _entry(atts, cue):
    return [a for a in atts if a.cue == cue]


# 1. A verb of communicating, judging or holding in mind with an object ("noted the rule", "bemoaned the unrest",
# "likened the levy to a toll"): the object is the view, listed as an unsure claim (never quizzed)


@pytest.mark.parametrize("paragraph, cue, content", [
    ("In her letter to the drivers, Berg noted the new parking rule.", "noted", "the new parking rule"),
    ("Berg bemoaned the long delays at the bus depot.", "bemoaned", "the long delays at the bus depot"),
    ("Berg likened the garage levy to a toll on every family.", "likened",
     "the garage levy to a toll on every family"),
    ("Berg reiterated her plan for new bus lanes.", "reiterated", "her plan for new bus lanes"),
])
def test_an_object_of_communicating_or_judging_is_listed(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = _entry(atts, cue)
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].claim_confidence < UNSURE


@pytest.mark.parametrize("paragraph", [
    "The storm noted nothing.",
    "The new rule frames the debate for the council.",  # a thing holds no view
    "Berg noted it.",  # too little to list
    "The fees, which Berg bemoaned in May, were raised again.",  # a relative clause: the scene, in passing
])
def test_no_view_without_a_speaker_or_an_object(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if a.cue in ("noted", "frames", "bemoaned")], _listed(atts)


# 2. "called for" a gerund clause ("called for cutting the fares"): the clause is the demand, as a noun is


def test_called_for_a_gerund(nlp):
    atts = council_attributions(nlp, "Berg has called for cutting the bus fares for every pupil in the city.")
    found = [a for a in atts if a.cue.endswith("called for")]
    assert len(found) == 1 and found[0].content == "cutting the bus fares for every pupil in the city", _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].claim_confidence == 1.0


# 3. A possessed noun with a content clause ("Berg's insistence that ...") or a noun of intent with a "to"
# clause ("her decision to ..."): the owner's view, listed as an unsure claim


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Berg's conclusion that the fees were fair was challenged by the drivers.", "conclusion",
     "the fees were fair"),
    ("Berg's decision to close the old garage surprised the council.", "decision", "to close the old garage"),
    ("Berg's determination to raise the fees worried the drivers.", "determination", "to raise the fees"),
])
def test_an_owned_clause_noun_is_listed(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = _entry(atts, cue)
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].claim_confidence < UNSURE


@pytest.mark.parametrize("paragraph", [
    "Berg's ability to raise the fees is limited by law.",  # no noun of intent: a capacity, not a view
    "The decision to close the old garage surprised the council.",  # nobody owns it
])
def test_a_clause_noun_without_an_owner_or_a_view_is_not_listed(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if a.cue in ("ability", "decision")], _listed(atts)


# 4. A saying inside what another source says is that source's report ("Berg said Hale favors a toll": Berg's view
# of Hale, not Hale's own claim); PolNeAR never annotates an attribution inside another's content


@pytest.mark.parametrize("paragraph, inner", [
    ("Berg said Hale favors a new toll on the harbor bridge.", "favors"),
    ("Berg said that Hale had promised to close the old garage by May.", "had promised"),
])
def test_a_saying_inside_another_claim_is_part_of_it(nlp, paragraph, inner):
    atts = council_attributions(nlp, paragraph)
    said = _entry(atts, "said")
    assert len(said) == 1 and said[0].source == "Anna Berg" and "Hale" in said[0].content, _listed(atts)
    assert not _entry(atts, inner), _listed(atts)


def test_two_sayings_side_by_side_stay_two(nlp):
    atts = council_attributions(nlp, "Berg said the fees were fair, and Hale said they were far too high.")
    assert {a.source for a in _entry(atts, "said")} == {"Anna Berg", "Hale"}, _listed(atts)


@pytest.mark.parametrize("paragraph, sources", [
    ("Berg suggested that the depot should close, while Hale said the fees were far too high.", {"Anna Berg", "Hale"}),
    ("The council announced that it hired a new planner, according to the Harbor Gazette.",
     {"council", "Harbor Gazette"}),
])
def test_a_saying_beside_another_claim_stays(nlp, paragraph, sources):
    atts = council_attributions(nlp, paragraph)
    found = {a.source for a in atts if a.claim_confidence >= UNSURE}
    assert all(any(s in f for f in found) for s in sources), _listed(atts)


# 5. A decision or a vote with its "to" clause ("decided to close the depot", "voted to raise the fees"): listed as
# an unsure claim, as a plan is


@pytest.mark.parametrize("paragraph, cue, source, content", [
    ("Berg decided to close the old garage before the winter.", "decided", "Anna Berg",
     "to close the old garage before the winter"),
    ("The drivers voted to strike over the new fees.", "voted", "drivers", "to strike over the new fees"),
])
def test_a_decision_is_listed(nlp, paragraph, cue, source, content):
    atts = council_attributions(nlp, paragraph)
    found = _entry(atts, cue)
    assert len(found) == 1 and found[0].content == content and source in found[0].source, _listed(atts)
    assert found[0].claim_confidence < UNSURE


def test_a_clause_noun_with_a_phrase_before_its_clause(nlp):
    # the noun's own prepositions come first ("decision in May to ..."): only its clause is the content
    atts = council_attributions(nlp, "Berg's decision in May to close the old garage surprised the council.")
    assert all(a.cue != "decision" or a.content == "to close the old garage" for a in atts), _listed(atts)


# 6. A promise of a thing ("is promising lower fees"), and a trailing participle that gives a reason or a judgment
# ("..., citing a threat to public safety"): the subject's view, listed as unsure


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Berg is promising lower fees and more buses for every district.", "promising",
     "lower fees and more buses for every district"),
    ("Berg closed the old garage on Friday, citing a threat to public safety.", "citing",
     "a threat to public safety"),
])
def test_a_promised_thing_or_a_cited_reason_is_listed(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue.endswith(cue)]
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].claim_confidence < UNSURE
