"""The ledger, round 35: indirect shapes PolNeAR annotates that the ledger missed (grouped on the train split's
misses), one constructed sentence each; never PolNeAR text."""
from __future__ import annotations

import pytest
from factories import council_attributions

from quizgen.model import CONFIDENT


def _listed(atts):
    return [(a.paragraph, a.source, a.cue, a.claim_confidence, a.content[:50]) for a in atts]


# 1. A name, then its party and state in brackets, then a cue the parse left without a subject ("Sen. Ella Ward
# (D-Mass.) argued ..." read as an apposition of the noun before it): the name is the speaker


def test_a_bracketed_party_between_the_name_and_its_cue(nlp):
    atts = council_attributions(nlp, "At a rally in the park Sen. Ella Ward (D-Mass.) argued that the bus plan "
                                     "was a waste of money.")
    found = [a for a in atts if a.cue == "argued"]
    assert len(found) == 1 and found[0].source == "Ella Ward", _listed(atts)
    assert found[0].content == "the bus plan was a waste of money" and found[0].claim_confidence == 1.0


# 2. "It is unclear whether ...", "It's not clear how ...": an open question no one named holds, listed with no
# source as an unsure claim


@pytest.mark.parametrize("paragraph, cue, content", [
    ("It was unclear exactly when the council would vote on the new fees.", "It was unclear",
     "exactly when the council would vote on the new fees"),
    ("It is not clear whether the new fees will pass the council.", "It is not clear",
     "whether the new fees will pass the council"),
    ("It remains unclear how the city will pay for the new garage.", "It remains unclear",
     "how the city will pay for the new garage"),
])
def test_an_open_question_is_listed_without_a_source(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == cue]
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].source == "" and found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("paragraph", [
    "It is clear that the mayor will sign the bill.",  # no question
    "The route of the new bus line is unclear.",  # no clause: nothing asked
    "Berg said it was unclear whether the fees would pass.",  # inside Berg's claim: hers
])
def test_no_open_question_without_one(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if "clear" in a.cue], _listed(atts)


# 3. A verb of judging with the reason after its object ("praised Hale for speaking out"): the reason is what the
# judgment is about, so the content runs on to the end of the "for" phrase


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Berg recently praised council candidate Tom Hale for speaking out against the new fees.", "praised",
     "council candidate Tom Hale for speaking out against the new fees"),
    ("Tom Hale blasted the police on Tuesday for its decision not to charge the driver.", "blasted",
     "the police on Tuesday for its decision not to charge the driver"),
])
def test_a_judgment_runs_on_to_its_reason(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == cue]
    assert len(found) == 1 and found[0].content == content, _listed(atts)


def test_a_judgment_without_a_reason_keeps_its_object(nlp):
    atts = council_attributions(nlp, "Berg criticized Tom Hale at the meeting.")
    found = [a for a in atts if a.cue == "criticized"]
    assert len(found) == 1 and found[0].content == "Tom Hale", _listed(atts)


# 4. A saying denied ("did not mention", "has not endorsed", "did not say that"): listed with its denial as the
# cue, never a sure claim (what was not said is not the subject's claim), and its subject is not taken for the last
# speaker


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Berg did not mention the new garage in her speech to the drivers.", "did not mention",
     "the new garage in her speech to the drivers"),
    ("Berg has not endorsed the new bus plan.", "has not endorsed", "the new bus plan"),
    ("Mayor Anna Berg did not say that the library would close.", "did not say", "the library would close"),
])
def test_a_denied_saying_is_listed_unsure(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == cue]
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("paragraph", [
    "Nobody said that the library would close.",
    "If you read between the lines, Berg wasn't so much saying that the library would close but that she was "
    "afraid it would.",
    "Officials have not said why the library would close.",  # a question left open
])
def test_no_denied_saying_without_a_speaker_or_an_answer(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if "library" in a.content], _listed(atts)


@pytest.mark.parametrize("paragraph", [
    "Mayor Anna Berg does not plan to stand again.",  # a negated intent: no plan held
    "Berg does not believe that the library will close.",  # a negated view: no view held
])
def test_a_negated_intent_or_view_is_no_entry(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if a.source == "Anna Berg"], _listed(atts)


# 5. A passive report with its agent and no clause ("was first reported by the paper", "the plan, first reported
# by the paper, ..."): the agent reported the thing the passive is about, listed unsure


@pytest.mark.parametrize("paragraph, content", [
    ("The closure was first reported by the town paper on Monday.", "The closure"),
    ("The plan, first reported by the town paper, is a key part of the budget.", "The plan"),
])
def test_a_passive_report_with_its_agent_is_listed(nlp, paragraph, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == "reported"]
    assert len(found) == 1 and found[0].content == content and found[0].source_text == "the town paper", _listed(atts)
    assert found[0].claim_confidence < CONFIDENT


def test_a_passive_report_without_an_agent_is_no_entry(nlp):
    atts = council_attributions(nlp, "The closure was reported on Monday.")
    assert not [a for a in atts if a.cue == "reported"], _listed(atts)
