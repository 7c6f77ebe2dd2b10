"""The ledger's recall, third round: a quotation followed by its speaker and any verb ('"...," Berg shot
back'), a quotation before a cue that otherwise needs a clause ('"...?" Berg added'), short objects of
stance verbs ("endorsed her"), questions ("asked whether ...", "Asked about X, ..."), nouns of saying
given out by a verb ("issued a statement saying ...", "made a call for ...") and a naming participle
after its verb (', calling it "wasteful."'). Stances, questions and namings are unsure claims: listed in
the ledger, never quizzed. Constructed sentences, and negatives that stay no claim."""
from __future__ import annotations

import pytest
from factories import council_attributions

from quizgen.model import CONFIDENT

body = council_attributions


def show(found):
    return [(a.source_text, a.cue, a.content, a.claim_confidence) for a in found]


# paragraph, source (as written, "" for none), cue begins with, content has, sure (a quizzable claim)
SHAPES = [
    ('"Tom wants to be the hero of the evening," Berg shot back. "Let me finish."',
     "Berg", "shot", "hero of the evening", True),
    ('"The fees are a scandal for every shop," Tom Hale, a local shop owner, quipped at the meeting.',
     "Tom Hale", "quipped", "scandal for every shop", True),
    ('"I mean, he talks about savings, but where are the savings?" Berg added during her appearance on the '
     'local radio show. "With so many people moving into town, we are doing the right thing."',
     "Berg", "added", "where are the savings", True),
    ("Former mayor Tom Hale endorsed her on Tuesday.", "Former mayor Tom Hale", "endorsed", "her", False),
    ("Hale opposes abortion and has said so for years.", "Hale", "opposes", "abortion", False),
    ("Lane backed the deal with the bridge builders in March.", "Lane", "backed", "the deal", False),
    ("Lane supports keeping the old ferry running for another year.", "Lane", "supports",
     "keeping the old ferry", False),
    ("Hale asked whether the council would publish the full cost of the bridge.", "Hale", "asked",
     "whether the council would publish", False),
    ("Asked whether she would run again next year, Berg said she had not decided.", "", "Asked",
     "whether she would run again", False),
    ("Hale issued a statement saying the fees would ruin the small shops.", "Hale", "issued a statement saying",
     "the fees would ruin the small shops", True),
    ("Hale made an impassioned call for a new vote on the bridge project.", "Hale", "made an impassioned call",
     "a new vote on the bridge project", True),
    ("Hale voiced support for a new vote on the bridge project.", "Hale", "voiced support",
     "a new vote on the bridge project", True),
    ("The Hale campaign plans to spend two million dollars on radio ads before the vote.", "The Hale campaign",
     "plans", "to spend two million dollars", False),
    ('Hale attacked the bridge plan, calling it "wasteful."', "Hale", "calling", "wasteful", False),
    ("Hale stood up at the meeting, calling them thieves.", "Hale", "calling", "them thieves", False),
]


@pytest.mark.parametrize("paragraph,source,cue,content_has,sure", SHAPES)
def test_new_shapes_are_attributions(nlp, paragraph, source, cue, content_has, sure):
    found = body(nlp, paragraph)
    hits = [a for a in found if content_has in a.content]
    assert hits, show(found)
    a = hits[0]
    assert a.source_text == source, show(hits)
    assert a.cue.startswith(cue), show(hits)
    assert (a.claim_confidence >= CONFIDENT) == sure, show(hits)


@pytest.mark.parametrize("paragraph,cue_word", [
    ("The driver backed the car into the garage behind the hall.", "backed"),  # a thing, no stance
    ("Groups supporting her gathered outside the hall on Sunday.", "supporting"),  # names the groups
    ("Hale did not issue a statement saying the fees would ruin the shops.", "saying"),  # no statement
    ("Hale asked the mayor for a copy of the report on the bridge.", "asked"),  # a request, no question
    ("Reporters asked how the papers about the bridge got out.", "asked"),  # the writer's open question
    ("The council made a call for volunteers to clean the park.", "call"),  # a request for help
    ("Hale would never make a call for a new vote on the bridge.", "call"),  # nothing said
    ('"Let the fees stand for now," the sign on the door read.', "read"),  # a sign holds no view
    ("Calling the fees unfair for the first time, Hale left the room.", "Calling"),  # an aside before its verb
    ("The company plans to open a new shop near the bridge next year.", "plans"),  # a plan, reported
])
def test_negatives_stay_no_claim(nlp, paragraph, cue_word):
    found = body(nlp, paragraph)
    assert not any(cue_word in a.cue for a in found), show(found)


@pytest.mark.parametrize("paragraph,content_has", [
    ("Asked whether watching the vote from the sidelines had been hard for him, Tom Hale said it had been "
     "brutal.", "watching the vote from the sidelines"),
    ("Asked specifically what about the bridge plan is wrong, Tom Hale said it was too costly.",
     "what about the bridge plan is wrong"),
])
def test_the_one_asked_is_not_the_asker(nlp, paragraph, content_has):
    found = body(nlp, paragraph)
    asked = [a for a in found if content_has in a.content]
    assert asked and all(a.source == "" and a.cue == "Asked" for a in asked), show(found)
    assert all(a.claim_confidence < CONFIDENT for a in asked), show(asked)
    said = [a for a in found if a.cue == "said"]
    assert said and "Hale" in said[0].source, show(found)
