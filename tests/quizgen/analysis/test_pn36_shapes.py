"""The ledger, round 36: shapes PolNeAR annotates that the ledger missed (grouped on the train split's misses),
one constructed sentence each; never PolNeAR text."""
from __future__ import annotations

import pytest
from factories import council_attributions


def _listed(atts):
    return [(a.paragraph, a.source, a.cue, a.claim_confidence, a.content[:50]) for a in atts]


# 1. A poll named in a closing "in" phrase ("Hale moved from third to second in a newer survey"): the poll found
# what the clause says, as the opening phrase does ("In a Fox poll, Cruz had ..."); listed, unsure


@pytest.mark.parametrize("paragraph, source, content", [
    ("Mr. Hale moved from third to second in a more recent survey from the Harbor College.",
     "a more recent survey from the Harbor College", "Mr. Hale moved from third to second"),
    ("Ms. Berg leads Mr. Hale among women by eight points in the latest Herald poll.",
     "the latest Herald poll", "Ms. Berg leads Mr. Hale among women by eight points"),
    ("Ms. Berg continues to lead Mr. Hale in most polls of the city.",
     "most polls of the city", "Ms. Berg continues to lead Mr. Hale"),
    ("Mr. Hale trails Ms. Berg in the Herald survey by nearly nine points.",
     "the Herald survey", "Mr. Hale trails Ms. Berg by nearly nine points"),
])
def test_a_closing_poll_phrase_finds_its_clause(nlp, paragraph, source, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == "in"]
    assert len(found) == 1, _listed(atts)
    assert found[0].source_text == source and found[0].content == content, _listed(atts)
    assert found[0].claim_confidence < 1.0


@pytest.mark.parametrize("paragraph", [
    "Mr. Hale said Ms. Berg leads the race in the latest Herald poll.",  # the poll is inside Hale's claim
    "After he fell to third in the Herald poll, Mr. Hale left the race.",  # the poll's finding is an aside
    "Voters in the Herald poll want a new bus line.",  # the phrase tells whose answers, no clause after the poll
])
def test_no_closing_poll_phrase_inside_another_claim_or_an_aside(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if a.cue == "in"], _listed(atts)


# 2. A relative clause on a message someone gives out ("released a video that accuses ..."): the one who released
# it says it, as in "released a video accusing ..."; the cue runs from the verb that gives it out


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Ms. Lane released a video that accuses Mr. Hale of wasting money on buses.",
     "released a video that accuses", "Mr. Hale of wasting money on buses"),
    ("Ms. Lane posted a message on Twitter that said the bus plan was a waste of money.",
     "posted a message on Twitter that said", "the bus plan was a waste of money"),
])
def test_a_relative_clause_on_a_message_given_out_is_its_senders(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == cue]
    assert len(found) == 1 and found[0].source_text == "Ms. Lane", _listed(atts)
    assert found[0].content == content and found[0].claim_confidence == 1.0


@pytest.mark.parametrize("paragraph", [
    "Ms. Lane did not release a video that says the bus plan is a waste of money.",
    "The video that Ms. Lane released says the bus plan is a waste of money.",
])
def test_no_sender_for_a_message_not_given_out(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if a.source_text == "Ms. Lane"], _listed(atts)


# 3. A noun of stance after a copula ("is a vocal advocate of", "has been a pointed critic of"): its subject holds
# the view on what the "of" phrase names, like an adjective of stance ("is critical of"); listed, unsure


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Ms. Lane is a vocal advocate of the new bus lanes.", "is a vocal advocate", "the new bus lanes"),
    ("Mr. Hale has been a pointed critic of the new fare rules.", "been a pointed critic", "the new fare rules"),
    ("Mr. Hale remains a proponent of changes to the bus system.", "remains a proponent", "changes to the bus system"),
])
def test_a_noun_of_stance_after_a_copula(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == cue]
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].claim_confidence < 1.0 and found[0].source


@pytest.mark.parametrize("paragraph", [
    "Ms. Lane is the architect of the new bus lanes.",  # a maker, no stance
    "It is a critic of the plan.",  # no one who holds views
])
def test_no_noun_of_stance_without_a_stance_or_a_holder(nlp, paragraph):
    atts = council_attributions(nlp, paragraph)
    assert not [a for a in atts if "architect" in a.cue or "critic" in a.cue], _listed(atts)


# 4. A verb and its preposition of topic with a particle or a manner adverb between them ("spoke out about",
# "spoke favorably of", "talk openly about"): the verb's topic, as without the word between; listed, unsure


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Ms. Lane has spoken out about the new fares for riders.", "spoken", "the new fares for riders"),
    ("Mr. Hale spoke favorably of the new fare rules.", "spoke", "the new fare rules"),
])
def test_a_topic_after_a_particle_or_manner_adverb(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if cue in a.cue]
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].claim_confidence < 1.0


def test_no_topic_after_an_adverb_without_its_preposition(nlp):
    atts = council_attributions(nlp, "Mr. Hale spoke briefly with the new driver of the bus.")
    assert not [a for a in atts if "spoke" in a.cue], _listed(atts)


# 5. More verbs of stance with their preposition ("cautioned against", "lashed out at", "pushed back against",
# "stumped for", "alluded to"), and a one-word topic ("talked about security"); listed, unsure


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Mr. Hale cautioned against raising the fares this year.", "cautioned", "raising the fares this year"),
    ("Ms. Lane lashed out at the bus company on Monday.", "lashed", "the bus company"),
    ("Ms. Lane has pushed back against claims of waste at the depot.", "pushed", "claims of waste"),
    ("Mr. Hale stumped for Ms. Lane in the west end.", "stumped", "Ms. Lane"),
    ("Mr. Hale talked about safety at the meeting.", "talked", "safety"),
])
def test_more_verbs_of_stance_with_their_preposition(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if cue in a.cue]
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].claim_confidence < 1.0


def test_no_one_word_topic_that_is_a_pronoun(nlp):
    atts = council_attributions(nlp, "Mr. Hale talked about it at the meeting.")
    assert not [a for a in atts if "talked" in a.cue], _listed(atts)


# 6. A verb and its object that together state a stance ("took issue with", "took aim at"): the subject's view of
# what the preposition names; listed, unsure


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Mr. Hale took issue with the new fare rules for riders.", "took", "the new fare rules for riders"),
    ("Ms. Lane took aim at the bus company over the late buses.", "took", "the bus company"),
])
def test_a_verb_and_object_of_stance(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if cue in a.cue]
    assert len(found) == 1 and found[0].content == content, _listed(atts)
    assert found[0].claim_confidence < 1.0


def test_no_stance_in_taking_a_thing(nlp):
    atts = council_attributions(nlp, "Mr. Hale took a bus with the new fare rules.")
    assert not [a for a in atts if "took" in a.cue], _listed(atts)


# 7. A feeling about something ("was dismayed by the vote", "were angered by the delays", "is upbeat about the
# plan"): its subject's stance on it, though the parse reads "dismayed by" as a passive (the "by" phrase is what the
# feeling is about, never a speaker); listed, unsure


@pytest.mark.parametrize("paragraph, cue, content", [
    ("Mr. Hale was dismayed by the new fare rules.", "was dismayed", "the new fare rules"),
    ("Ms. Lane was impressed by the new depot on Main Street.", "was impressed", "the new depot on Main Street"),
    ("Mr. Hale was troubled that the buses were late again.", "was troubled", "the buses were late again"),
    ("Ms. Lane is upbeat about the new bus lanes.", "is upbeat", "the new bus lanes"),
])
def test_a_feeling_about_something_is_its_subjects_stance(nlp, paragraph, cue, content):
    atts = council_attributions(nlp, paragraph)
    found = [a for a in atts if a.cue == cue]
    assert len(found) == 1 and found[0].content == content and found[0].source, _listed(atts)
    assert found[0].claim_confidence < 1.0
    assert not [a for a in atts if a.source_text.startswith("the new")], _listed(atts)
