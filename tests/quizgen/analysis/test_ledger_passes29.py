"""Ledger shapes of the attribution passes found on unseen news (set 29), one constructed text each:
a participle of saying that opens a quotation after its speaker's own clause; cue verbs coordinated
under one subject; a causative ("prompted X to call for") that does not make its subject speak; a
reporter's adjunct after a partial quotation ("on Twitter before claiming ...")."""
from __future__ import annotations

import pytest
from factories import filler_ledger as ledger


def show(found):
    return [(a.source, a.cue, a.content, a.source_confidence, a.claim_confidence) for a in found]


# 1. "X tweeted congratulations to Y, adding "..."": what was added is the quotation, never X's own clause


@pytest.mark.parametrize("paragraph, quoted", [
    ('Smith tweeted congratulations to Jones, adding "We will win this state together."',
     "We will win this state together."),
    ('Smith tweeted congratulations to Jones, adding "to all the friends and neighbours who gave your time to '
     'this campaign: Onward!"', "to all the friends and neighbours who gave your time to this campaign: Onward!"),
    ('The governor sent her thanks to the volunteers, adding "to every family that opened a door to us: '
     'thank you!"', "to every family that opened a door to us: thank you!"),
])
def test_adding_a_quotation_claims_only_the_quotation(nlp, paragraph, quoted):
    found = [a for a in ledger(nlp, paragraph) if a.cue == "adding"]
    assert found, show(ledger(nlp, paragraph))
    assert all(a.content.strip(' "') == quoted.strip(' "') for a in found), show(found)
    assert not any("congratulations" in a.content or "thanks" in a.content for a in ledger(nlp, paragraph))


# 2. "Strategists fear that Y and warn that Z": the second cue has the first cue's subject


@pytest.mark.parametrize("paragraph, source, first, second", [
    ("Party strategists fear that Lee missed a chance in the debate and warn that the race will tighten.",
     "strategists", "Lee missed a chance in the debate", "the race will tighten"),
    ("Council members fear that the mayor has lost control of the budget and warn that taxes will rise.",
     "Council members", "the mayor has lost control of the budget", "taxes will rise"),
    ("The governor says that the old plan failed badly and insists that a new plan is needed.",
     "governor", "the old plan failed badly", "a new plan is needed"),
])
def test_coordinated_cue_verbs_share_their_subject(nlp, paragraph, source, first, second):
    found = ledger(nlp, paragraph)
    by_content = {a.content.rstrip("."): a for a in found}
    assert first in by_content, show(found)
    assert second in by_content, show(found)
    assert source in by_content[first].source, show(found)
    assert source in by_content[second].source, show(found)


def test_a_conjoined_verb_that_agrees_with_the_reported_clause_keeps_its_subject(nlp):
    # "Hale said that Reyes resigned and warned ...": all past; the parse's reading (Reyes warned) may be
    # right, so it stays as parsed
    found = ledger(nlp, "Hale said that Reyes resigned in March and warned that the port would close.")
    assert not any(a.content.startswith("the port") and "Hale" in a.source for a in found), show(found)


# 3. "That proposal prompted Parliament to call for a new vote": the proposal says nothing


@pytest.mark.parametrize("paragraph, cause", [
    ("That proposal prompted Parliament to call for a new vote.", "proposal"),
    ("The report led the agency to conclude that the old bridge was unsafe.", "report"),
    ("The scandal forced the mayor to admit that she had misled voters.", "scandal"),
    ("Pressure from donors pushed the senator to call for an inquiry into the deal.", "Pressure"),
    ("The ruling prompted the senator to say that the court had gone too far.", "ruling"),
])
def test_a_causative_subject_does_not_speak(nlp, paragraph, cause):
    found = ledger(nlp, paragraph)
    assert not any(cause.lower() in a.source.lower() for a in found), show(found)


@pytest.mark.parametrize("paragraph, speaker, content", [
    ("The ruling prompted Senator Ann Berg to say that the court had gone too far.", "Berg",
     "the court had gone too far"),
    ("The scandal forced Mayor Tom Reyes to admit that he had misled voters.", "Reyes", "he had misled voters"),
])
def test_the_one_caused_to_speak_speaks(nlp, paragraph, speaker, content):
    found = [a for a in ledger(nlp, paragraph) if a.content.rstrip(".") == content]
    assert found and all(speaker in a.source for a in found), show(ledger(nlp, paragraph))


# 4. 'Brown said Y has "kept us safe" on Twitter before claiming Z': the adjunct after the quotation is the
# reporter's; Z is Brown's second claim


@pytest.mark.parametrize("paragraph, first, second", [
    ('Brown said the deadlock has "kept us safe" on Twitter before claiming that the plan would fail.',
     'the deadlock has "kept us safe"', "the plan would fail"),
    ('Brown told reporters the plan had "gone badly wrong" in an interview after arguing that it was sound.',
     'the plan had "gone badly wrong"', "it was sound"),
])
def test_a_reporters_adjunct_after_a_partial_quotation(nlp, paragraph, first, second):
    found = ledger(nlp, paragraph)
    firsts = [a for a in found if a.content.startswith(first.split()[0] + " " + first.split()[1])]
    assert firsts, show(found)
    assert all(a.content.rstrip(".") == first for a in firsts), show(found)
    assert all("Twitter" not in a.source and "plan" not in a.source for a in found), show(found)
    seconds = [a for a in found if a.content.rstrip(".") == second]
    assert all(a.source == "Brown" for a in seconds), show(found)


def test_a_quotation_that_goes_on_after_its_mark_keeps_its_words(nlp):
    # 'said the plan "will work" because voters back it': not a reporter's adjunct (no venue, no cue after)
    found = ledger(nlp, 'Brown said the plan "will work" because voters back it.')
    assert any(a.content.rstrip(".").endswith("because voters back it") for a in found), show(found)


# found in the audit (set 29)


@pytest.mark.parametrize("paragraph, source, first, second", [
    # the auxiliary repeats the cue's, not the reported verb's: the two cues are coordinated
    ("The mayor has said she plans to cut the budget and has called for new taxes on the port.",
     "mayor", "she plans to cut the budget", "new taxes on the port"),
    ("Officials have said the mayor has resigned and have warned that the port would close.",
     "Officials", "the mayor has resigned", "the port would close"),
])
def test_cues_coordinated_by_their_auxiliary(nlp, paragraph, source, first, second):
    found = ledger(nlp, paragraph)
    by_content = {a.content.rstrip("."): a for a in found}
    assert first in by_content and second in by_content, show(found)
    assert source in by_content[first].source and source in by_content[second].source, show(found)


def test_a_to_clause_ends_where_a_verb_of_another_form_joins(nlp):
    # "urging voters to see ... and promising to ...": the voters promise nothing
    found = ledger(nlp, "Mayor Anna Berg spoke for an hour, urging voters to see the big picture and promising to "
                        "manage the harbor upheaval.")
    assert not any(a.source == "voters" for a in found), show(found)


def test_a_clause_before_a_colon_is_not_what_the_cue_after_it_reports(nlp):
    found = ledger(nlp, "Fuel is the biggest cost of the campaign: A firm she owns has charged the campaign about "
                        "$2 million since March.")
    assert not any("Fuel is" in a.content for a in found), show(found)


@pytest.mark.parametrize("paragraph, content", [
    ('"Boots on the ground" would be appropriate, Senator Ann Berg said after the attacks.',
     '"Boots on the ground" would be appropriate'),
    ('Senator Ann Berg pledged on Saturday to rid the harbor of "this terrible gang" but said little about how.',
     'to rid the harbor of "this terrible gang"'),
    ("Mr. Reyes said that he knew the ferry's limits and that he did not ''use it that much.''",
     "he knew the ferry's limits and that he did not ''use it that much.''"),
])
def test_a_content_keeps_both_marks_of_a_quotation_inside_it(nlp, paragraph, content):
    found = ledger(nlp, paragraph)
    assert any(a.content == content for a in found), show(found)


def test_added_goes_on_with_the_first_cues_speaker(nlp):
    found = ledger(nlp, 'Tom Reyes said he welcomed the inquiry and added, "I\'ll answer every question, no problem."')
    said = [a for a in found if a.cue == "said"]
    assert said and all(a.content == "he welcomed the inquiry" for a in said), show(found)
    assert any(a.cue == "added" and "Reyes" in a.source for a in found), show(found)


def test_participles_of_saying_coordinated(nlp):
    found = ledger(nlp, 'Senator Ann Berg stayed in the race, saying "The fight goes on" and vowing to compete in '
                        'the final vote next week.')
    saying = [a for a in found if a.cue == "saying"]
    assert saying and all("vowing" not in a.content for a in saying), show(found)
    assert any(a.cue == "vowing" and "Berg" in a.source for a in found), show(found)


@pytest.mark.parametrize("paragraph, start", [
    ("According to a 2013 study by economists Ann Berg and Tom Reyes, the harbor lost jobs because of the new "
     "rules.", "the harbor lost jobs"),
    ("According to a 2013 study by economists Ann Berg and Tom Reyes, the Great Recession is partly to blame for "
     "lost harbor jobs, but so is the new tariff.", "the Great Recession is partly"),
])
def test_according_to_a_study_by_two_authors_leaves_the_second_out_of_the_claim(nlp, paragraph, start):
    found = ledger(nlp, paragraph)
    assert found and all(not a.content.startswith("and") for a in found), show(found)
    assert any(a.content.startswith(start) for a in found), show(found)


def test_reports_to_is_answering_to_no_saying(nlp):
    found = ledger(nlp, 'She has proposed appointing a "chief harbor prosecutor" who reports directly to the mayor.')
    assert not any(a.cue == "reports" for a in found), show(found)


def test_a_thing_that_feels_some_way_says_nothing(nlp):
    found = ledger(nlp, 'Tom Reyes, a consultant, said the council had failed to "explain, defend or sell its plan." '
                        'The "Harbor First" slogan feels bloodless and dull compared with the old one, he said.')
    assert not any(a.cue == "feels" for a in found), show(found)
