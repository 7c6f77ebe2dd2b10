"""The ledger's recall, fifth round: shapes attribution corpora count that lessons never quiz, listed as
unsure claims (below CONFIDENT): an impression with no source ("X seemed to ...", "X appears weak",
"it appears that ...", "X is widely seen as ..."), what an opening "in a poll" phrase reports, and the topic
of a question put to someone ("asked him about ..."). Constructed sentences, and negatives."""
from __future__ import annotations

from factories import council_attributions

from quizgen.model import CONFIDENT

body = council_attributions


def _by_cue(found, cue):
    return [a for a in found if a.cue == cue]


def test_an_impression_lists_the_subject_and_what_it_seems(nlp):
    found = _by_cue(body(nlp, "The mayor seemed to take hope from the long queue at the new bus stop."), "seemed")
    assert len(found) == 1
    a = found[0]
    assert a.source == "" and a.source_span is None and a.claim_confidence < CONFIDENT
    assert a.content == "The mayor seemed to take hope from the long queue at the new bus stop"


def test_an_impression_with_an_adjective(nlp):
    found = _by_cue(body(nlp, "The shop owners on the square appear tired of the long debate."), "appear")
    assert len(found) == 1 and found[0].claim_confidence < CONFIDENT
    assert "tired of the long debate" in found[0].content


def test_it_appears_that_lists_the_clause(nlp):
    found = _by_cue(body(nlp, "It appears that the council will vote on the fees before the summer."), "appears")
    assert len(found) == 1 and found[0].claim_confidence < CONFIDENT
    assert found[0].content.startswith("the council will vote on the fees")


def test_appearing_somewhere_is_no_impression(nlp):
    found = body(nlp, "The mayor appeared on the local radio station on Tuesday morning after the meeting.")
    assert not _by_cue(found, "appeared")


def test_a_relative_pronoun_is_no_subject_of_an_impression(nlp):
    found = body(nlp, "The council passed a plan that seemed to please the shop owners on the square.")
    assert not _by_cue(found, "seemed")


def test_widely_seen_as_lists_the_subject_and_the_view(nlp):
    found = _by_cue(body(nlp, "The two northern wards are widely seen as strongholds of the mayor."), "seen")
    assert len(found) == 1
    a = found[0]
    assert a.source == "" and a.claim_confidence < CONFIDENT
    assert a.content == "The two northern wards are widely seen as strongholds of the mayor"


def test_seen_by_someone_is_left_to_the_verb_pass(nlp):
    found = body(nlp, "The two northern wards are seen by the planners as strongholds of the mayor.")
    assert not [a for a in _by_cue(found, "seen") if a.source == ""]


def test_an_opening_poll_phrase_is_the_source_of_its_figures(nlp):
    found = _by_cue(body(nlp, "In a county poll released Monday, Berg had 38 percent support among the voters."),
                    "In")
    assert len(found) == 1
    a = found[0]
    assert a.source_text == "a county poll released Monday" and a.claim_confidence < CONFIDENT
    assert a.content.startswith("Berg had 38 percent support")


def test_a_poll_phrase_at_the_end_is_where_not_who(nlp):
    found = body(nlp, "Berg had 38 percent support among the voters in the county poll released Monday.")
    assert not _by_cue(found, "in")


def test_asked_someone_about_a_topic(nlp):
    found = _by_cue(body(nlp, "Tom Hale, a local shop owner, asked the mayor about the parking fees on the square."),
                    "asked")
    assert len(found) == 1
    a = found[0]
    assert a.source == "Tom Hale" and a.claim_confidence < CONFIDENT
    assert a.content == "the parking fees on the square"

