"""Speaker and claim errors blind judges found in lessons from unseen political articles, one
constructed sentence of each shape: a wrong speaker makes a wrong answer key."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def ledger(nlp, *paragraphs: str):
    text = "Council Budget Row Deepens\n\n" + "\n\n".join([FILLER, *paragraphs])
    analysis = analyse(article_from_text(text), nlp=nlp)
    return [a for a in analysis.attributions if a.paragraph >= 2]


def show(found):
    return [(a.source, a.source_text, a.source_kind, a.cue, a.content) for a in found]


def test_relative_clause_on_a_non_speaker_is_no_claim(nlp):
    """"..., which describes ...": "which" is never people speaking (they take "who")."""
    found = ledger(nlp, "She has generally beaten Mayor Anna Berg handily among older voters, which describes "
                        "large parts of the town's population.")
    assert all(a.cue != "describes" for a in found), show(found)


def test_relative_clause_on_a_document_still_speaks_for_it(nlp):
    found = ledger(nlp, "The council ignored a long report that said the library roof would collapse.")
    assert [a.source_kind for a in found if "roof" in a.content] == ["document"], show(found)


@pytest.mark.parametrize("paragraph,source,not_source", [
    ("Berg's lawyers defended the view that the vote was lawful.", "lawyers", "Berg"),
    ("Lawyers for Anna Berg argued that the vote was lawful.", "Lawyers", "Anna Berg"),
    ("Thomas' sister said he had been sick for weeks.", "sister", "Thomas"),
    ("Thomas Sam's sister said he had been sick for weeks.", "sister", "Thomas Sam"),
    ("Berg supporters say they will not vote for the budget.", "supporters", "Berg"),
])
def test_the_possessor_is_not_the_speaker(nlp, paragraph, source, not_source):
    found = ledger(nlp, paragraph)
    assert len(found) == 1, show(found)
    assert source in found[0].source and found[0].source != not_source, show(found)


def test_a_spokesman_still_speaks_for_the_owner(nlp):
    found = ledger(nlp, "Mayor Anna Berg attacked the plan. Berg's spokesman said the vote was unlawful.")
    assert [a.source for a in found if "unlawful" in a.content] == ["Anna Berg"], show(found)


def test_bare_plural_after_a_possessive_group_is_that_group(nlp):
    found = ledger(nlp, "The report's authors said the figures were wrong.",
                   "Authors said the survey had been too small to be sure.")
    assert len(found) == 2, show(found)
    assert found[0].source == found[1].source, show(found)


@pytest.mark.parametrize("paragraph,content", [
    ("If you read between the lines, Berg wasn't so much saying that the cuts wouldn't work but that she "
     "was afraid they would.", "cuts wouldn't work"),
    ("Mayor Anna Berg did not say that the library would close.", "library would close"),
    ("Mayor Anna Berg never claimed that the library would close.", "library would close"),
])
def test_a_negated_or_inferred_cue_is_not_the_subjects_claim(nlp, paragraph, content):
    # a denied saying is listed (with its denial as the cue), never as a sure claim
    found = ledger(nlp, paragraph)
    assert not [a for a in found if content in a.content and "Berg" in a.source and a.claim_confidence >= 0.8], \
        show(found)


def test_polls_do_not_speak_for_the_person_named_in_the_group(nlp):
    found = ledger(nlp, "Polls show Berg backers say they will not vote for the budget.")
    said = [a for a in found if "will not vote" in a.content]
    assert said and said[0].source != "Berg" and "backers" in said[0].source, show(found)
    assert all(a.source not in ("Polls", "Berg") for a in found), show(found)


def test_reporters_framing_before_a_quote_is_not_the_speakers(nlp):
    found = ledger(nlp, 'Despite the increasingly fractious tone, "I think he will do it," Kunin said.')
    assert len(found) == 1 and found[0].content == "I think he will do it", show(found)
    assert found[0].direct


def test_reporters_sentence_before_a_quote_sentence_stays_out(nlp):
    found = ledger(nlp, 'Religious conservatives have been a solid base for him. "But New York has one of the '
                        'smallest shares of born-again Christians," said Jeff Smith.')
    smith = [a for a in found if a.source == "Jeff Smith"]
    assert len(smith) == 1 and "solid base" not in smith[0].content, show(found)


@pytest.mark.parametrize("paragraph,kind,sure", [
    ("Officials in both cities insist the conventions will be safe.", "unnamed_group", True),
    ("Officials say the roads will reopen on Monday.", "unnamed_group", True),
    ("Officials in Cleveland and Philadelphia say the conventions will be safe.", "government", False),
])
def test_officials(nlp, paragraph, kind, sure):
    found = ledger(nlp, paragraph)
    assert len(found) == 1, show(found)
    a = found[0]
    assert a.source_kind == kind, show(found)
    assert (a.kind_confidence >= 0.8) is sure, a.kind_confidence


def test_second_cue_of_a_speaker_is_not_given_to_the_subject_of_the_first_claim(nlp):
    """"X claims that U takes orders from Y, and asserts that ...": the parse may hang "asserts" on
    what X claimed; X still asserts it, not U."""
    found = ledger(nlp, 'Councillor Tom Hale, who claims that the local paper "takes its orders" from the mayor, '
                        'and asserts that the mayor is "ruining us," spoke on Monday.')
    asserts = [a for a in found if a.cue == "asserts"]
    assert asserts and "Tom Hale" in asserts[0].source, show(found)


def test_relative_pronoun_source_span_runs_from_what_it_stands_for(nlp):
    found = ledger(nlp, "The council ignored a residents group that said the library roof would collapse.")
    a = [x for x in found if "roof" in x.content]
    assert a and a[0].source_span.text == "a residents group that", show(found)
    assert a[0].source == "residents group", show(found)


@pytest.mark.parametrize("paragraph", [
    "No one on the council claims that the library will close.",
    "Nobody says the budget is fair.",
    "Did Mayor Anna Berg say that the library would close?",
    "Why would Mayor Anna Berg claim that the library is safe?",
])
def test_nobody_and_questions_make_no_claim(nlp, paragraph):
    found = ledger(nlp, paragraph)
    assert found == [], show(found)


def test_participle_deep_in_a_reported_clause_belongs_to_the_speaker(nlp):
    """"X said Berg will have to choose a side, saying ...": the parse hangs "saying" on "choose",
    inside what X said; X is saying it, not Berg."""
    found = ledger(nlp, 'Even a senior councillor, Tom Hale, said Mayor Anna Berg will have to choose whose side '
                        'she is on, saying, "At some point she is going to have to tell us where she stands."')
    saying = [a for a in found if a.cue == "saying"]
    assert saying and "Tom Hale" in saying[0].source, show(found)


@pytest.mark.parametrize("paragraph", [
    # the subject the parse found is a verb: nobody speaks
    "But which questions get answered says something about the candidates and their priorities.",
    # the quotation after the main clause is its subject's, not the earlier clause's
    'After Councillor Tom Hale criticized the mayor during a debate, Mayor Anna Berg shot back, '
    '"I could have stayed at home, but I chose to serve this town."',
])
def test_no_claim_for_a_verb_subject_or_an_earlier_clause(nlp, paragraph):
    found = ledger(nlp, paragraph)
    assert all("Hale" not in a.source and a.source != "get" for a in found), show(found)


@pytest.mark.parametrize("paragraph", [
    "Demographics favor Mayor Anna Berg in the eastern wards.",
    "Councillor Tom Hale pointed to state laws that support the library plan.",
    "The mood in the hall favors a compromise on the library.",
])
def test_things_hold_no_views(nlp, paragraph):
    found = ledger(nlp, paragraph)
    assert all(a.cue not in ("favor", "support", "favors") for a in found), show(found)


@pytest.mark.parametrize("paragraph,source", [
    ("Local donors that support the library plan met on Monday.", "donors"),
    ("Voters favor Mayor Anna Berg in the eastern wards.", "Voters"),
    ("The union backs the library plan.", "union"),
])
def test_people_and_bodies_still_hold_views(nlp, paragraph, source):
    found = ledger(nlp, paragraph)
    assert found and source in found[0].source, show(found)


def test_relative_clause_with_a_reporting_cue_inside(nlp):
    """"a bill, which critics said was unfair": the critics' claim, about the bill."""
    found = ledger(nlp, "Last week the mayor vetoed a bill on parking, which critics said was unfair to the "
                        "families in the eastern wards.")
    a = [x for x in found if "unfair" in x.content]
    assert a and a[0].source == "critics" and "critics" not in a[0].content, show(found)


@pytest.mark.parametrize("paragraphs,source,words", [
    # a headline-style turn by a speaker the article names elsewhere
    (("Councillor Tom Hale spoke after the vote.", "Hale: Library cuts are 'a disgrace to the whole town.'"),
     "Tom Hale", "disgrace"),
    # a turn whose words report someone else's view is still the speaker's
    (("Former mayor Bill Berg spoke on Monday.", "Bill Berg: Anna thinks the council spends far too much money."),
     "Bill Berg", "spends far too much"),
])
def test_speaker_turns(nlp, paragraphs, source, words):
    found = ledger(nlp, *paragraphs)
    turn = [a for a in found if a.cue == ":"]
    assert turn and turn[0].source == source and words in turn[0].content, show(found)


def test_a_dateline_or_label_is_no_turn(nlp):
    found = ledger(nlp, "Washington: The council will meet again next week to vote on the library budget.")
    assert all(a.cue != ":" for a in found), show(found)


@pytest.mark.parametrize("paragraph,cue,words,not_words", [
    # a semicolon ends the other speaker's clause
    ("He proposes closing two libraries in the west; she backs tougher rules on library spending.", "backs",
     "tougher rules", "closing two libraries"),
    # what the reporter says happened after the quotation is not the speaker's
    ('"Follow us to the plaza, all of you," Mayor Anna Berg said, and the boys, intrigued, trailed behind her.',
     "said", "Follow us", "trailed behind"),
    ("He called his opponent a liar in the debate; there was no mention of the budget or the library.", "called",
     "opponent a liar", "no mention"),
])
def test_content_stays_in_the_speakers_clause(nlp, paragraph, cue, words, not_words):
    found = ledger(nlp, "Councillor Tom Hale and Mayor Anna Berg disagree.", paragraph)
    a = [x for x in found if x.cue == cue and x.paragraph == 3]
    assert a and words in a[0].content and not_words not in a[0].content, show(found)


def test_an_editors_insertion_in_brackets_keeps_the_quotation_with_its_speaker(nlp):
    """The parser started a sentence at "[", so the quotation lost its "said" and went to the previous
    speaker: the insertion belongs to the sentence around it."""
    found = ledger(nlp, "Mayor Anna Berg said the budget was fair. \"It balances the books.\"",
                   "\"They are trying to slap us in the face [by cutting the library], thinking we will keep "
                   "quiet,\" Rosa Lind, 25, said as she and hundreds of other residents marched.")
    slap = [a for a in found if "slap" in a.content]
    assert [(a.source, a.cue) for a in slap] == [("Rosa Lind", "said")], show(found)


def test_a_bracket_after_a_full_stop_may_still_open_a_sentence(nlp):
    from quizgen.nlp import keep_brackets_in_sentence

    doc = nlp("The vote was close. [Editor's note: the count was corrected.] Berg won.")
    assert keep_brackets_in_sentence(doc) is doc
    starts = [t.text for t in doc if t.is_sent_start]
    assert "[" in starts, starts


def test_a_long_titled_name_after_a_quotation_of_several_sentences_speaks_it(nlp):
    """'"... One of the brightest," Rep. Elijah E. Cummings (D-Md.) said': the parse made "One" a second
    subject and the title, initials and party put the comma out of reach, so the quotation went to the
    speaker before."""
    found = ledger(nlp, "Mayor Anna Berg said the caucus was united.",
                   "\"He would be a great senator. Not good, great. One of the brightest members of the entire "
                   "Congress,\" Rep. Tomas J. Ruiz (D-Md.) said in a phone interview.")
    senator = [a for a in found if "great senator" in a.content]
    assert [(a.source, a.cue) for a in senator] == [("Tomas J. Ruiz", "said")], show(found)


@pytest.mark.parametrize("paragraph,speaker", [
    # the parse took words inside the quotation as the subject of "said"
    ("\u201cMy reaction, that was outrageous,\u201d the mayor's former campaign chief said in an interview. "
     "\u201cShe really should apologize.\u201d", "the mayor's former campaign chief"),
    # ... or a programme title in quotation marks after the cue, with the name hung on the quotation
    ("\u201cHe is absolutely right. There is a severe disconnect between this council and the police,\u201d "
     "Flynn, a top Berg ally, said Thursday morning on Channel Nine\u2019s \u201cMorning Live.\u201d", "Flynn"),
    # a question closes the quotation, and the parse starts a new sentence at the speaker
    ("\u201cWho would have believed that when we started this journey we would win almost every ward?\u201d "
     "Berg said, looking out on the cheering crowd.", "Berg"),
    # the quotation's last sentence is too short to be read as the content on its own
    ("\u201cThe council campaign is in panic mode. Full panic mode,\u201d said Leslie Wimes, a Bristol-based "
     "president of the Residents' Association.", "Leslie Wimes"),
])
def test_a_quotation_goes_to_the_speaker_named_right_after_it(nlp, paragraph, speaker):
    found = ledger(nlp, "Tom Price said the count was slow.", paragraph)
    last = [a for a in found if a.paragraph == 3]
    assert last and all(speaker in (a.source, a.source_text) for a in last), show(found)


def test_a_quoted_name_with_a_long_aside_before_said_speaks_the_quotation(nlp):
    """''...,'' Mr. Dalton, now 81 and retired in Bath, Somerset, said: the parse hung "said" on the
    aside, and the quotation went to the speaker of the paragraph before."""
    found = ledger(nlp, "Representative Dan Kilby said the trade was fair.",
                   "''If Ross had gone with Kemp, I would have been sitting in a cell for a long time,'' "
                   "Mr. Dalton, now 81 and retired in Bath, Somerset, said by telephone this week. "
                   "''Every minute is like a day.''")
    cell = [a for a in found if "sitting in a cell" in a.content]
    assert [a.source_text for a in cell] == ["Mr. Dalton"], show(found)


@pytest.mark.parametrize("paragraph,speaker,content", [
    ("Mayor Anna Berg spoke on Monday. She wants to triple the size of the youth programme.", "Anna Berg",
     "triple the size"),
    ("Anna Berg wants to make bus travel free for families on low incomes.", "Anna Berg", "bus travel free"),
    ("Tom Hale agreed to clean up the old mine and restore the land.", "Tom Hale", "clean up"),
])
def test_a_named_person_or_their_pronoun_states_an_intent(nlp, paragraph, speaker, content):
    found = ledger(nlp, paragraph)
    assert [a.source for a in found if content in a.content] == [speaker], show(found)


def test_an_intent_of_you_or_it_is_nobodys_claim(nlp):
    found = ledger(nlp, "If you want to see the mine, it aims to reopen in May.")
    assert found == [], show(found)


def test_each_signed_line_of_a_readers_paragraph_is_its_signers_claim(nlp):
    """Readers' comments, one per line in one paragraph, each signed "― Name": every line is its
    signer's (the first opened with a closing mark, as pasted), not the paragraph's last signer's."""
    found = ledger(nlp, "\u201dThe mayor ignores the bus routes. She has cut three of them this year.\u201d "
                        "\u2015 Sonia Herrera\n"
                        "\u201cThe library closures hurt children most, and nobody asked us.\u201d\u2015 Paula Pardo\n"
                        "\u201cI am ashamed of this council. It never listens to the people who pay for it.\u201d "
                        "\u2015 Carla Santos.")
    signers = {a.source: a.content for a in found}
    assert set(signers) == {"Sonia Herrera", "Paula Pardo", "Carla Santos"}, show(found)
    assert "bus routes" in signers["Sonia Herrera"] and "library" in signers["Paula Pardo"], show(found)


@pytest.mark.parametrize("paragraph", [
    # the writer's advice, with the wording the writer suggests in quotation marks
    "The mayor spoke on Monday. Berg would do better to say that \"my staff has counted 90 percent of the votes "
    "by hand.\"",
    # what an event would let someone do
    "A second place in the ward could also help Berg cast the contest as a two-way race between her and Hale.",
    # sayings that have not happened
    "Berg should say that the plan failed.",
    "Berg might argue that the vote was rigged.",
])
def test_a_saying_that_has_not_happened_is_nobodys_claim(nlp, paragraph):
    found = ledger(nlp, paragraph)
    assert found == [], show(found)


def test_a_saying_that_happened_beside_one_that_did_not_is_still_a_claim(nlp):
    found = ledger(nlp, "Berg said the plan failed, and Hale might argue that the vote was rigged.")
    assert [(a.source, a.content) for a in found] == [("Berg", "the plan failed")], show(found)


@pytest.mark.parametrize("paragraph,claim", [
    ("Survival, Mr. Vance says, depends on giving readers what they really want, how they want it.",
     "Survival depends on giving readers what they really want, how they want it."),
    ("The economy, the mayor said, is growing faster than expected this year.",
     "The economy is growing faster than expected this year."),
])
def test_a_subject_before_a_parenthetical_cue_stays_in_the_claim(nlp, paragraph, claim):
    """"Survival, Mr. Vance says, depends on ...": the content lost its subject (too short on its
    own), so lessons quoted "Mr. Vance says that depends on ..."."""
    found = ledger(nlp, paragraph)
    assert [a.content for a in found] == [claim], show(found)


def test_a_misspelt_surname_of_a_named_speaker_is_the_same_person(nlp):
    found = ledger(nlp, "The network's foreign affairs reporter, Elise Labott, covered the hearing.",
                   "\"She was great. Well done,\" Labbot said in an email to the aide.")
    assert [a.source for a in found if "She was great" in a.content] == ["Elise Labott"], show(found)


def test_a_bare_surname_shared_by_two_speakers_is_unsure(nlp):
    """"Trump said" in an article where Donald and Ivanka Trump both speak may be either: the ledger
    keeps its guess but below the confidence questions are built on."""
    from quizgen.model import CONFIDENT

    found = ledger(nlp, "Donald Trump said the plan would create jobs.",
                   "Ivanka Trump said working mothers needed more help.",
                   "\"We are working really hard at being moms,\" Trump told the magazine.")
    moms = [a for a in found if "being moms" in a.content]
    assert moms and all(a.source_confidence < CONFIDENT for a in moms), show(found)
    full = [a for a in found if a.source_text in ("Donald Trump", "Ivanka Trump")]
    assert [a.source for a in full] == ["Donald Trump", "Ivanka Trump"], show(found)


def test_a_bare_surname_of_one_speaker_stays_sure(nlp):
    from quizgen.model import CONFIDENT

    found = ledger(nlp, "Hillary Clinton said the plan would create jobs. Her husband Bill Clinton campaigned.",
                   "\"We will win,\" Clinton told the crowd.")
    win = [a for a in found if "We will win" in a.content]
    assert win and all(a.source_confidence >= CONFIDENT for a in win), show(found)


@pytest.mark.parametrize("paragraph,cue,claim", [
    # "he"/"she" + a verb that also describes data ("suggest", "reveal", "find") still speaks
    ("Mayor Anna Berg spoke for an hour. She also suggested that late fees are fair in some cases.",
     "suggested", "late fees are fair in some cases"),
    ("Tom Reyes, the treasurer, took questions. He revealed that the fund had lost half its value.",
     "revealed", "the fund had lost half its value"),
])
def test_a_person_pronoun_before_a_data_verb_is_a_speaker(nlp, paragraph, cue, claim):
    found = ledger(nlp, paragraph)
    assert any(a.cue == cue and claim in a.content for a in found), show(found)


def test_the_figures_still_do_not_speak(nlp):
    found = ledger(nlp, "The figures suggest that late fees are rising in every district.")
    assert not any(a.cue == "suggest" for a in found), show(found)


def test_a_saying_verb_the_tagger_read_as_a_noun_still_makes_a_claim(nlp):
    """"And Trump claims that ...": the small model tags "claims" as a plural noun at the sentence's root."""
    found = ledger(nlp, "And Trump claims that he should get a waiver.")
    assert [(a.source, a.content) for a in found if a.cue == "claims"] == [("Trump", "he should get a waiver")], \
        show(found)


@pytest.mark.parametrize("paragraph,cue,claim", [
    # the packaged lemmatizer reads "hopes" as a form of "hop"
    ("Mayor Anna Berg hopes to cut the deficit by half.", "hopes", "to cut the deficit by half"),
    ("Mayor Anna Berg spoke for an hour. She hoped that the deficit would fall by half.", "hoped",
     "the deficit would fall by half"),
])
def test_hoping_is_a_stance(nlp, paragraph, cue, claim):
    found = ledger(nlp, paragraph)
    assert any(a.cue == cue and claim in a.content for a in found), show(found)



@pytest.mark.parametrize("paragraph,source,claim", [
    ("Mayor Anna Berg then appeared on the radio and began by saying she would never raise taxes.",
     "Anna Berg", "she would never raise taxes"),
    ("Treasurer Tom Reyes refuses to discuss the audit, aside from saying he wants a full review.",
     "Tom Reyes", "he wants a full review"),
])
def test_a_gerund_after_a_preposition_is_said_by_the_main_verbs_subject(nlp, paragraph, source, claim):
    found = ledger(nlp, paragraph)
    assert any(source in a.source and claim in a.content for a in found), show(found)


def test_a_gerund_after_an_object_is_not_the_main_subjects_claim(nlp):
    """"The court fined him for saying ...": he said it, never the court."""
    found = ledger(nlp, "The court fined Tom Reyes for saying the judge was corrupt.")
    assert not any(a.source == "court" and "judge was corrupt" in a.content for a in found), show(found)


def test_a_thatless_clause_after_a_time_phrase_is_what_was_said(nlp):
    """"Reyes said after the meeting he would not ...": the parser hangs the clause as an adverbial one."""
    found = ledger(nlp, "Reyes said after the meeting he would not accept the mayor's apology if it were offered.")
    assert any(a.source == "Reyes" and "would not accept the mayor's apology" in a.content for a in found), show(found)


def test_an_if_clause_after_said_is_not_what_was_said(nlp):
    found = ledger(nlp, "Reyes said nothing at the meeting if the mayor was present.")
    assert not any("mayor was present" in a.content for a in found), show(found)


def test_an_interviewers_question_is_not_the_answer(nlp):
    """'Berg was asked, "What ...?"' then 'went on to say, "..."': the question is the interviewer's, neither
    Berg's claim nor the first half of her answer."""
    found = ledger(nlp, 'In an interview published online Wednesday, Berg was asked, "What is the worst decision '
                        'you have ever made?"\nBerg joked that the parking plan was her answer, but went on to say, '
                        '"There are decisions in this town that are among the worst anywhere."')
    assert not any("worst decision" in a.content for a in found), show(found)
    assert any(a.source == "Berg" and a.content.startswith("There are decisions") for a in found), show(found)


@pytest.mark.parametrize("paragraph,source,kind", [
    ("Anna Berg spoke in June. The Berg administration says that the bridge will open in May.",
     "Berg administration", "government"),
    ("Anna Berg spoke in June. The Berg campaign said that the advert was false.", "Berg campaign", "organisation"),
])
def test_a_body_named_after_a_person_is_not_the_person(nlp, paragraph, source, kind):
    """"The Obama administration says ...": the administration speaks, not the man (judged blind: keyed
    "Obama said")."""
    found = [a for a in ledger(nlp, paragraph) if a.cue in ("says", "said")]
    assert [(a.source, a.source_kind) for a in found] == [(source, kind)], show(found)


def test_a_title_before_a_name_still_names_the_person(nlp):
    found = ledger(nlp, "The Berg campaign manager, Tom Reyes, said that the advert was false.")
    assert [a.source for a in found if a.cue == "said"] == ["Tom Reyes"], show(found)


def test_a_that_clause_hung_on_a_noun_after_said_is_what_was_said(nlp):
    """"said on Friday during a news conference that she may wait ...": parsed as a relative clause of
    "conference", yet "that" is a complementizer and the clause has its own subject."""
    found = ledger(nlp, "Courted by most of the candidates and widely expected to be the party's top donor in the "
                        "election, Reyes said earlier on Friday during a news conference that he may wait until "
                        "February's primaries to decide who to back.")
    said = [a for a in found if a.cue == "said"]
    assert [a.content for a in said] == ["he may wait until February's primaries to decide who to back"], show(found)


def test_an_opening_participle_is_not_what_the_speaker_said(nlp):
    found = ledger(nlp, "Courted by most of the candidates and widely expected to be the party's top donor in the "
                        "election, Berg said earlier on Friday during a news conference.")
    assert not any("Courted" in a.content for a in found), show(found)


@pytest.mark.parametrize("start", ["_", "A"])
def test_a_run_of_spaces_is_never_a_source(nlp, start):
    """Found by the pipeline fuzz test: in mangled text the parser made a whitespace token the subject of
    "considers", and a source of " " crashed the evidence pass."""
    found = ledger(nlp, "A spokesperson for the port has invited the mayor to visit the north quay, following the "
                        f"latest round of fines. {start}  considers everything the council does as a threat, the "
                        "attitude would become self-fulfilling.")
    assert all(a.source.strip() or not a.source for a in found), show(found)
