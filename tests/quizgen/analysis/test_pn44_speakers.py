"""Who speaks, in shapes where the parser hands the cue the wrong subject (issue 9, point 2: the speaker, not
the subject). Found in PolNeAR misses; each shape is a constructed sentence that failed before its rule was
written, beside guards that the rule does not reach too far (the subject of an apposition, a list of verbs, ...)."""
from __future__ import annotations

import pytest
from factories import filler_ledger as ledger


def show(found):
    return [(a.source, a.cue, a.content, a.claim_confidence) for a in found]


def speakers_of(found, words: str) -> list[str]:
    return [a.source for a in found if words in a.content]


def test_a_relative_pronoun_beside_a_noun_is_what_is_said_not_who_says_it(nlp):
    # "which advocates say shortchanges ...": the parser gives "say" two subjects; "which" belongs to the
    # reported clause, the advocates say it
    found = ledger(nlp, "Parents protested the state funding formula, which advocates say shortchanges poor "
                        "districts.")
    assert speakers_of(found, "poor districts") == ["advocates"], show(found)


@pytest.mark.parametrize("paragraph", [
    "Keeps saying the plant is safe, even though inspectors found leaks last year.",
    "Continues claiming the plant is safe, even though inspectors found leaks last year.",
])
def test_a_verb_read_as_a_noun_at_the_start_of_a_fragment_is_no_speaker(nlp, paragraph):
    # a list of charges written without their subject ("Keeps saying ..."): the tagger reads the verb as a
    # plural noun, which then seems to say the clause
    found = ledger(nlp, paragraph)
    assert not [a for a in found if a.source.lower() in ("keeps", "continues")], show(found)


def test_the_name_before_the_parenthetical_cue_speaks_not_the_fronted_object(nlp):
    # "To see the real Abraham Lincoln, Professor Lopez said, one should ...": the parser takes the object
    # of "see" for the subject of "said" and the speaker for its apposition
    found = ledger(nlp, "To see the real Abraham Lincoln, Professor Maria Lopez said, one should read his "
                        "letters.")
    assert speakers_of(found, "read his letters") == ["Maria Lopez"], show(found)


def test_an_apposition_after_the_subject_is_still_the_subject(nlp):
    found = ledger(nlp, "Anna Berg, the mayor, said the library would close in June.")
    assert speakers_of(found, "library would close") == ["Anna Berg"], show(found)


@pytest.mark.parametrize("paragraph,speaker", [
    ("The closure of the mill left many families feeling that the town had forgotten them.", "families"),
    ("The long strike left the workers feeling that the owners would never listen.", "workers"),
    ("The new survey found residents saying that the buses were late every day.", "residents"),
])
def test_the_object_of_leave_or_find_is_who_feels_or_says(nlp, paragraph, speaker):
    found = ledger(nlp, paragraph)
    said = [a.source for a in found if a.cue in ("feeling", "saying")]
    assert said and speaker in said[0], show(found)
    assert not [a for a in found if a.source.startswith(("closure", "strike", "survey"))], show(found)


def test_the_subject_still_speaks_when_the_object_is_no_person(nlp):
    found = ledger(nlp, "Mayor Anna Berg left the meeting saying that the budget would pass next week.")
    assert speakers_of(found, "budget would pass") == ["Anna Berg"], show(found)


def test_the_person_in_footage_speaks_not_the_ad_that_shows_it(nlp):
    found = ledger(nlp, 'The campaign ad uses footage of Mayor Anna Berg saying, "We will fix every road in '
                        'this town."')
    assert speakers_of(found, "fix every road") == ["Anna Berg"], show(found)


def test_a_second_finite_cue_after_a_modal_clause_keeps_the_first_speaker(nlp):
    # "said that the state would cut taxes and suggested that ...": "would suggested" is no English, so the
    # second verb goes with "said", not with the reported clause's subject
    found = ledger(nlp, "Governor Ellen Park said on Monday that the state would cut taxes by June and suggested "
                        "that it would also raise fees.")
    assert speakers_of(found, "raise fees") == ["Ellen Park"], show(found)


def test_a_bare_verb_under_the_modal_still_belongs_to_the_reported_clause(nlp):
    # "would cut taxes and warn ...": the bare verb may share the reported clause's modal
    found = ledger(nlp, "Governor Ellen Park said the state would cut taxes by June and raise fees on hotels.")
    assert not [a for a in found if a.content.startswith("fees")], show(found)


def test_the_name_after_since_speaks_when_the_parser_reads_since_as_a_preposition(nlp):
    # "since Lopez, at Monday's meeting, cited ...": the verb read as a second verb of the main clause would
    # make Berg cite the comments Berg had made
    found = ledger(nlp, "Berg has been attacking the council since Lopez, at Monday's meeting, cited angry "
                        "comments Berg had made about the budget after it passed.")
    assert speakers_of(found, "angry comments") == ["Lopez"], show(found)


def test_a_list_of_verbs_still_shares_its_subject(nlp):
    found = ledger(nlp, "Berg opened the meeting at six, thanked the staff, and said the budget would pass.")
    assert speakers_of(found, "budget would pass") == ["Berg"], show(found)


def claims_of(found, cue: str) -> list[str]:
    return [a.content for a in found if a.cue == cue]


def test_the_quotation_after_a_participle_is_what_the_participle_adds(nlp):
    # '"A," Berg said, adding a warning, "B."': she says A and adds B; "said" read as saying B (and A taken
    # by no cue) swapped the two
    found = ledger(nlp, '"We will fix the roads first," Berg said, adding a warning, "The money will not last '
                        'forever."')
    assert claims_of(found, "said") == ["We will fix the roads first"], show(found)
    assert [c for c in claims_of(found, "adding") if "money will not last" in c], show(found)


def test_a_quotation_before_its_tag_verb_is_not_the_later_participles(nlp):
    # '"A," Berg sings to the crowd before asking them, "B?"': A is sung, B asked
    found = ledger(nlp, '"Keep your hands where I can see them," Berg sings to the crowd before asking them, '
                        '"Where do we go from here?"')
    assert not [c for c in claims_of(found, "asking") if "hands" in c], show(found)
    assert [c for c in claims_of(found, "sings") if "hands" in c], show(found)
    assert [c for c in claims_of(found, "asking") if "where do we go" in c.lower()], show(found)


def test_a_participle_that_opens_a_quotation_after_a_sandwiched_one(nlp):
    found = ledger(nlp, '"The budget is a disgrace and everybody knows it," Berg said, suggesting a few questions, '
                        'including, "Why did the council wait so long? Who will pay for it?"')
    assert claims_of(found, "said") == ["The budget is a disgrace and everybody knows it"], show(found)
    assert [c for c in claims_of(found, "suggesting") if c.startswith("Why did the council")], show(found)
    assert not [c for c in claims_of(found, "suggesting") if "disgrace" in c], show(found)


@pytest.mark.parametrize("paragraph", [
    '"We will get there together," Mayor Anna Berg said at a recent news conference announcing that the city was '
    'suing the state over its new law.',
    "Mayor Anna Berg held a news conference on Monday announcing that the city was suing the state over its new law.",
])
def test_who_spoke_at_an_occasion_announces_not_the_occasion(nlp, paragraph):
    found = ledger(nlp, paragraph)
    assert speakers_of(found, "suing the state") == ["Anna Berg"], show(found)



def test_a_person_at_an_occasion_speaks(nlp):
    found = ledger(nlp, "A judge at the hearing saying the new law was void was cheered by the crowd outside.")
    assert not [a for a in found if a.source == "hearing"], show(found)


def test_a_clause_of_time_after_the_tag_is_not_what_was_told(nlp):
    # the parser hangs "he had not been held accountable" under "told" and the "after" clause under it
    found = ledger(nlp, '"You should resign and give back the money," Warren told Stumpf, after he admitted under '
                        'her grilling he had not yet been held accountable.')
    assert claims_of(found, "told") == ["You should resign and give back the money"], show(found)


def test_a_that_clause_after_the_listener_is_still_what_was_told(nlp):
    found = ledger(nlp, "Warren told Stumpf on Tuesday that he should resign at once.")
    assert [c for c in claims_of(found, "told") if "he should resign" in c], show(found)


def test_an_opening_clause_of_time_is_not_what_was_said(nlp):
    # "But when the council cut funding ..., the mayor said enough.": the clause tells when; "enough" is said
    found = ledger(nlp, "But when the council cut funding for the pilot program two years later, the mayor said "
                        "enough.")
    assert not [a for a in found if "cut funding" in a.content], show(found)


def test_a_sandwiched_clause_before_the_tag_is_still_what_was_said(nlp):
    found = ledger(nlp, "The new bridge will open in May, the mayor said on Tuesday.")
    assert [a for a in found if "bridge will open" in a.content], show(found)


def test_the_owner_of_a_speech_speaks_not_who_answers_it(nlp):
    found = ledger(nlp, "Mayor Anna Berg will follow Governor Ellen Park's Tuesday speech denouncing her budget "
                        "with a speech of her own on Wednesday.")
    assert all(a.source != "Anna Berg" for a in found if a.cue == "denouncing"), show(found)


def test_called_for_a_gerund_after_an_adverb(nlp):
    found = ledger(nlp, "Mayor Anna Berg has also called for immediately cutting the bus fares in half.")
    assert [a for a in found if a.cue == "called for" and "cutting the bus fares" in a.content
            and a.source == "Anna Berg"], show(found)


def test_a_topic_after_a_day_is_still_the_topic(nlp):
    # "spoke out Tuesday about ...": a topic, listed unsure like "spoke out about ..."
    found = ledger(nlp, "Mayor Anna Berg spoke out Tuesday about the closure of the children's library.")
    topic = [a for a in found if "closure of the children's library" in a.content]
    assert topic and topic[0].source == "Anna Berg" and topic[0].claim_confidence < 1.0, show(found)


def test_the_owner_of_a_noun_of_saying_is_written_as_the_subject_of_its_verb(nlp):
    # "Berg is keeping up her criticism of ...": "her" is Berg; the ledger shows the name the sentence gives
    found = ledger(nlp, "Mayor Anna Berg is keeping up her criticism of the council's plan to close the library.")
    crit = [a for a in found if a.cue == "criticism"]
    assert crit and crit[0].source == "Anna Berg" and crit[0].source_text != "her", show(found)


def test_the_owner_stays_the_pronoun_when_the_verb_is_someone_elses_act(nlp):
    # "Lopez mocked his claims ...": whose claims is not said by the verb; "his" is not Lopez
    found = ledger(nlp, "Mayor Tom Berg spoke first. Councillor Jose Lopez mocked his claims that the new library "
                        "would pay for itself.")
    assert not [a for a in found if a.source == "Jose Lopez" and a.cue == "claims"], show(found)


def test_in_particular_his_is_not_the_subjects(nlp):
    found = ledger(nlp, "Mayor Tom Berg spoke first. Councillor Jose Lopez voiced displeasure with some of Berg's "
                        "proposals on housing, in particular his proposal for a new tax on hotel rooms.")
    assert not [a for a in found if a.source == "Jose Lopez" and a.cue == "proposal"], show(found)


def test_a_thing_in_a_phrase_of_place_does_not_speak(nlp):
    # "heard on a microphone telling ...": the parse hangs the participle on the microphone
    found = ledger(nlp, "Mayor Anna Berg was heard on a microphone telling Lopez to get on a plane and go home.")
    told = [a for a in found if a.cue == "telling"]
    assert told and told[0].source == "Anna Berg", show(found)


def test_a_court_decision_is_not_climbed_past(nlp):
    found = ledger(nlp, "Justice Kennedy veered left, joining the liberals in significant decisions favoring "
                        "affirmative action and abortion rights.")
    assert not [a for a in found if a.cue == "favoring" and "Kennedy" in a.source], show(found)


def test_in_effect_is_no_place_to_climb_from(nlp):
    found = ledger(nlp, "One councillor threatened to make Lopez testify in public, should he fail to get them the "
                        "papers, in effect daring him to say that the council wasn't entitled to them.")
    assert not [a for a in found if a.cue == "daring" and a.source == "Lopez"], show(found)


def test_sung_words_are_listed_but_never_a_sure_claim(nlp):
    # judged blind: "who said 'Keep your hands where I can see them'?" asked of a song's lyric
    found = ledger(nlp, '"Keep your hands where I can see them," Berg sings to the crowd before asking them, '
                        '"Where do we go from here?"')
    sung = [a for a in found if "hands" in a.content]
    assert sung and sung[0].source == "Berg" and sung[0].claim_confidence < 1.0, show(found)
