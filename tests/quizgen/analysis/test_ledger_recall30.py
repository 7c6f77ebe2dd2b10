"""The ledger's recall, round 30: reported shapes found missing on a corpus of political news (counted by
shape on its training split), each written here as a constructed sentence of the same shape, with
negatives beside it. All are unsure claims: listed in the ledger, never quizzed."""
from __future__ import annotations

import pytest
from factories import council_attributions

from quizgen.model import CONFIDENT

body = council_attributions


def _listed(nlp, sentence):
    return [(a.source_text, a.cue, a.content, a.claim_confidence) for a in body(nlp, sentence)]


# a verb of intent with a "to" clause whose subject is a common noun for people or a body: their stance
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("The governor wants to raise the bus fares next year.", "The governor", "wants",
     "to raise the bus fares next year"),
    ("The bus drivers have threatened to leave the talks over the new rota.", "The bus drivers",
     "have threatened", "to leave the talks over the new rota"),
    ("Local officials refused to release the depot's accounts.", "Local officials", "refused",
     "to release the depot's accounts"),
    ("The city's lawyers aim to overturn the ruling on the depot.", "The city's lawyers", "aim",
     "to overturn the ruling on the depot"),
])
def test_intent_of_a_people_noun_is_an_unsure_claim(nlp, sentence, source, cue, content):
    found = [a for a in body(nlp, sentence) if a.content == content]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and found[0].cue == cue
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The storm threatens to flood the valley before the weekend.",  # a thing holds no intent
    "The old bridge refused to open after the frost.",  # nor does a bridge
    "The rain seems to have stopped for the day.",  # an impression, no one's plan
    "You want to arrive early for the hearing.",  # advice to the reader
    "The organization plans to hold the fair in a new town every year.",  # a body's plan: its news
])
def test_intent_of_a_thing_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue and a.content.startswith("to ")], _listed(nlp, sentence)


# a verb of stance with a short object, whose subject is a common noun for people: where they stand
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("Most voters in the valley strongly support the levy.", "Most voters", "support",
     "the levy"),
    ("More shop owners have endorsed her than him.", "More shop owners", "have endorsed", "her"),
    ("The teachers oppose the merger.", "The teachers", "oppose", "the merger"),
])
def test_stance_of_a_people_noun_is_an_unsure_claim(nlp, sentence, source, cue, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text.startswith(source) and found[0].content.startswith(content)
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The driver backed the van into the lane.",  # an action: "backed the van"
    "The beams support the roof of the depot.",  # a thing holds no stance
    "The parents support their children through college.",  # support as care: no object of stance
    "The steel columns support the weight of the new roof.",  # things, no stance
])
def test_an_action_or_a_things_support_is_no_stance(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue.split()[-1] in ("backed", "support")], \
        _listed(nlp, sentence)


# a saying inside a relative clause: "the letters, which she said held all her notes" -- what she said of them
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("The box held forty letters, which the mayor said covered all her official business.", "the mayor", "said",
     "covered all her official business"),
    ("The depot bought six new buses, which the treasurer said cost far too much.", "the treasurer", "said",
     "cost far too much"),
])
def test_a_saying_inside_a_relative_clause(nlp, sentence, source, cue, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The box held forty letters, which the mayor read aloud to the council.",  # an act, no saying
    "The council approved a levy that Tom Hale asked about last week.",  # a question, no claim
    "The clerk kept the letters, which the mayor said to send back to the council.",  # an order, no claim
])
def test_a_relative_clause_without_a_saying_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.content.startswith(("which", "that"))], _listed(nlp, sentence)


# a verb and preposition of topic listed together, even when the verb alone is no cue ("focused on"), and
# a request with its "to" clause ("asked voters to back ..."): unsure claims
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("The governor focused on the rising bus fares.", "The governor", "focused", "the rising bus fares"),
    ("Mr. Lane asked voters to support another candidate in the race.", "Mr. Lane", "asked",
     "voters to support another candidate in the race"),
])
def test_a_topic_or_a_request_is_an_unsure_claim(nlp, sentence, source, cue, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The camera focused on the stage for most of the night.",  # a thing's focus
    "The storm focused on the coast before it turned north.",  # nor a storm's
])
def test_a_things_focus_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue.startswith("focus")], _listed(nlp, sentence)


# an adjective of stance after a copula: its subject's view, with a "that" clause or a prepositional object
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("Mayor Tom Hale is confident that the depot will open next year.", "Mayor Tom Hale", "is confident",
     "the depot will open next year"),
    ("The teachers were adamant that the merger would hurt the pupils.", "The teachers", "were adamant",
     "the merger would hurt the pupils"),
    ("Most voters are skeptical of the new levy plan.", "Most voters", "are skeptical", "the new levy plan"),
    ("The governor was critical of the decision to close the depot.", "The governor", "was critical",
     "the decision to close the depot"),
])
def test_an_adjective_of_stance_is_an_unsure_claim(nlp, sentence, source, cue, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "It is clear that the depot will open next year.",  # no one holds it: the writer's
    "The bridge is critical to the town's trade.",  # a thing, and no preposition of stance
    "Mr. Lane was unsure whether the depot would open.",  # a question, no view
    "Are the teachers confident that the merger will work?",  # a question
])
def test_an_adjective_without_a_holder_or_a_view_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue.split()[-1] in ("clear", "critical", "unsure", "confident")], \
        _listed(nlp, sentence)


# "said for the first time that ...": the parser hung the that-clause on "time" as a relative clause and
# tagged its "that" as a relative word; it is a complementiser, and the clause is what was said
@pytest.mark.parametrize(("sentence", "content"), [
    ("Mr. Kirby said for the first time that some letters had been found.", "some letters had been found"),
    ("Tom Hale also said for the first time that the depot would close in May.", "the depot would close in May"),
])
def test_a_that_clause_after_a_time_phrase_is_what_was_said(nlp, sentence, content):
    found = [a for a in body(nlp, sentence) if a.cue.endswith("said")]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].content == content and found[0].claim_confidence >= CONFIDENT


# "..., but it is under pressure, said the firm's chief, Jo Hale.": the parser hung the cue as a conjunct of the
# clause before it, its subject after it; that clause is what was said
@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("The big depot is hanging on, but it is under intense pressure from cheap imports, said the company's chief "
     "executive, John Ferriola.", "the company's chief executive, John Ferriola",
     "The big depot is hanging on, but it is under intense pressure from cheap imports"),
    ("The depot is hanging on, but it is under intense pressure, said Tom Hale on Monday.", "Tom Hale",
     "The depot is hanging on, but it is under intense pressure"),
])
def test_an_inverted_cue_hung_as_a_conjunct(nlp, sentence, source, content):
    found = [a for a in body(nlp, sentence) if a.cue == "said"]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and found[0].content == content


@pytest.mark.parametrize("sentence", [
    "The depot is hanging on, but the bus fares went up, said to be the highest in years.",  # no speaker
    "Tom Hale cut the bus fares in May, and said nothing more about the depot.",  # no inverted speaker
])
def test_a_conjunct_say_without_an_inverted_speaker_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue == "said"], _listed(nlp, sentence)


# a verb of judging with a short object, whose subject is named or a common noun for people: a judgment
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("The governor criticized the plan.", "The governor", "criticized", "the plan"),
    ("Local officials blasted the decision on Monday.", "Local officials", "blasted", "the decision"),
    ("Tom Hale praised them at the meeting.", "Tom Hale", "praised", "them"),
])
def test_a_short_judgment_is_an_unsure_claim(nlp, sentence, source, cue, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The wind slammed the door of the depot.",  # a thing's act
    "Officials praising the plan were few.",  # a participle names the officials, no finite judgment
])
def test_a_things_act_is_no_judgment(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue in ("slammed", "praising")], _listed(nlp, sentence)


def test_a_judgment_told_in_a_time_clause_is_no_claim(nlp):
    sentence = "After the treasurer criticized the plan at the hearing, the mayor left the room."
    assert not [a for a in body(nlp, sentence) if a.cue == "criticized"], _listed(nlp, sentence)


# a relative clause whose cue has the relative word for its object: the view of what that word stands for
@pytest.mark.parametrize(("sentence", "source", "cue", "words"), [
    ("The delays follow a mood of anger toward drivers that critics blame for the closing of the depot.",
     "critics", "blame", "for the closing of the depot"),
    ("The fares rose under a levy which local officials still dispute in court.", "local officials", "dispute",
     "still dispute in court"),
    ("The council kept the plan that the mayor defended.", "the mayor", "defended", "defended"),
])
def test_a_relative_object_of_a_cue_is_an_unsure_claim(nlp, sentence, source, cue, words):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and words in found[0].content
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The council kept the bus that the mayor drove to the fair.",  # no cue
    "The council sold the van which the mayor drove to the fair.",  # no cue
])
def test_a_relative_clause_of_an_act_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue == "drove"], _listed(nlp, sentence)


def test_a_relative_naming_keeps_its_quoted_name(nlp):
    # "which X calls '...'": the quoted name is X's words, a sure claim, not the whole relative clause
    sentence = ('The town fair is a custom which the local historian Jo Baick calls "a cornerstone of our '
                'civic life."')
    found = [a for a in body(nlp, sentence) if a.cue == "calls"]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].content == "a cornerstone of our civic life." and found[0].claim_confidence >= CONFIDENT


# an owned noun of view: a gerund after its preposition ("his passion for flying ..."), or a "that" clause across
# the copula ("Hale's argument is that ..."); unsure claims
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("Mr. Lane left the bank to pursue his passion for flying small planes.", "his", "passion",
     "flying small planes"),
    ("Tom Hale's argument is that the levy will hurt the shops.", "Tom Hale", "argument",
     "the levy will hurt the shops"),
])
def test_an_owned_noun_with_its_clause_is_an_unsure_claim(nlp, sentence, source, cue, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, _listed(nlp, sentence)
    assert found[0].source_text == source and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "Her answer to the question was short.",  # no content
    "Tom Hale's problem is that the depot leaks.",  # no noun of view
    "The mayor has a word for Tom Hale's plan to close the depot: no.",  # a plan is news as often as a view
])
def test_an_owned_noun_without_a_view_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue in ("answer", "problem", "plan")], _listed(nlp, sentence)
