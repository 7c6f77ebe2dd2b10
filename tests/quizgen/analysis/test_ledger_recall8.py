"""The ledger's recall, eighth round (issue #9): shapes found missing on a corpus of political news, each
written here as a constructed sentence of the same shape, with negatives beside it."""
from __future__ import annotations

import pytest
from factories import council_attributions

from quizgen.model import CONFIDENT

body = council_attributions


# an adjective of eagerness between the subject and the cue: the subject says it
@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("Tom Hale was quick to point out that the depot had cost less than planned.",
     "Tom Hale", "the depot had cost less than planned"),
    ("The shop owners were eager to stress that the new lane had cut their takings.",
     "The shop owners", "the new lane had cut their takings"),
])
def test_the_eager_subject_says_it(nlp, sentence, source, content):
    found = [a for a in body(nlp, sentence) if a.content == content]
    assert len(found) == 1, [(a.source_text, a.cue, a.content) for a in body(nlp, sentence)]
    assert found[0].source_text == source
    assert found[0].claim_confidence >= CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The treasurer is likely to argue that the budget is sound.",  # a forecast, not a claim
    "It is important to note that the depot cost less than planned.",  # the writer's note
])
def test_a_forecast_or_the_writers_note_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if "budget is sound" in a.content or "depot cost" in a.content]


# a noun of view or proposal with its owner: an unsure claim (listed, never quizzed)
@pytest.mark.parametrize(("sentence", "cue", "source", "content"), [
    ("Tom Hale's passion for cheaper bus fares is well known.", "passion", "Tom Hale", "cheaper bus fares"),
    ("Tom Hale's proposal for a bus lane on Main Street was rejected.", "proposal", "Tom Hale",
     "a bus lane on Main Street"),
    ("The treasurer's position on the new levy has not changed.", "position", "The treasurer", "the new levy"),
])
def test_an_owned_noun_of_view_is_an_unsure_claim(nlp, sentence, cue, source, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, [(a.source_text, a.cue, a.content) for a in body(nlp, sentence)]
    assert found[0].source_text == source and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT


@pytest.mark.parametrize("sentence", [
    "The team's position in the league has not changed.",  # a place, not a view: "in" brings no content
    "Tom Hale's passion was clear to everyone at the meeting.",  # no content
])
def test_an_owned_noun_without_its_content_is_no_claim(nlp, sentence):
    assert not [a for a in body(nlp, sentence) if a.cue in ("position", "passion")]


def test_a_quotation_announced_at_the_end_of_a_long_paragraph(nlp):
    found = body(nlp, "“It is going to cost well over a million dollars,” Tom Hale said about the money spent "
                      "against him. “This is what I am up against.” He went on to say:",
                 "“Incredibly, none of them will come out and back the plan. They will not even admit that "
                 "they are scared of the riders.”")
    said = [a for a in found if a.content.startswith("Incredibly")]
    assert len(said) == 1
    assert said[0].source == "Tom Hale" and said[0].cue == "say" and said[0].source_text == "He"
    assert said[0].cue_span is not None and said[0].source_span is not None
    # the quotation before the colon is not what he goes on to say
    assert not [a for a in found if a.cue == "say" and "up against" in a.content]


# verbs of saying the lexicon lacked
@pytest.mark.parametrize(("sentence", "cue", "source", "content"), [
    ("Tom Hale reiterated that the depot would open in May.", "reiterated", "Tom Hale", "the depot would open in May"),
    ("The treasurer assured the riders that fares would not rise.", "assured", "The treasurer",
     "fares would not rise"),
    ("The shop owners lamented that the council had wasted a year.", "lamented", "The shop owners",
     "the council had wasted a year"),
    ("Tom Hale implied that the treasurer had misled the council.", "implied", "Tom Hale",
     "the treasurer had misled the council"),
    ("Outside the town hall the protesters chanted, “Build the lane now!”", "chanted", "the protesters",
     "Build the lane now!"),
])
def test_more_verbs_of_saying(nlp, sentence, cue, source, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, [(a.source_text, a.cue, a.content) for a in body(nlp, sentence)]
    assert found[0].source_text == source and found[0].content == content
    assert found[0].claim_confidence >= CONFIDENT  # a claim made, not a broad shape


def test_a_verb_of_saying_without_a_clause_or_quotation_is_no_claim(nlp):
    assert not [a for a in body(nlp, "Tom Hale reminded the treasurer of the deadline.") if a.cue == "reminded"]


def test_the_second_clause_has_its_own_subject_when_the_parse_hangs_it_on_an_object(nlp):
    found = body(nlp, "If you doubt the council, the Daily Ledger will call you a liar and the Evening Star "
                      "will accuse you of lying to the voters.")
    accused = [a for a in found if a.cue == "accuse"]
    assert len(accused) == 1
    assert accused[0].source_text == "the Evening Star"  # never the Daily Ledger


def test_a_name_inside_the_quoted_words_does_not_speak_them(nlp):
    found = body(nlp, "The skywriters wrote several messages.", "“The town is great! Berg is disgusting,” read one.")
    assert not [a for a in found if a.source_text == "Berg" and "disgusting" in a.content]


def test_a_speaker_with_a_quoted_name_in_the_aside_speaks_the_quotation_before(nlp):
    found = [a for a in body(nlp, "“We have had better meetings than this one,” county delegate Tom Hale, wearing "
                                  "a flat cap and “Anna Berg” campaign pins, said as the hall emptied.")
             if a.cue == "said"]
    assert len(found) == 1
    assert found[0].source == "Tom Hale"  # not Anna Berg, named inside the pins' quotation marks
    assert found[0].content == "We have had better meetings than this one"


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    ("Tom Hale congratulated the new treasurer Nora Quill on Monday.", "congratulated", "the new treasurer Nora Quill"),
    ("Tom Hale downplayed the size of the shortfall in his speech.", "downplayed", "the size of the shortfall"),
])
def test_verbs_of_stance_are_unsure_claims(nlp, sentence, cue, content):
    found = [a for a in body(nlp, sentence) if a.cue == cue]
    assert len(found) == 1, [(a.source_text, a.cue, a.content) for a in body(nlp, sentence)]
    assert found[0].source == "Tom Hale" and found[0].content == content
    assert found[0].claim_confidence < CONFIDENT


def test_a_short_object_of_stance_is_no_claim(nlp):
    assert not [a for a in body(nlp, "Tom Hale embraced her at the door.") if a.cue == "embraced"]
