"""Every common reporting form, one sentence each, in a tiny article of its own."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def ledger(nlp, *paragraphs: str):
    text = "Council Budget Row Deepens\n\n" + "\n\n".join([FILLER, *paragraphs])
    article = article_from_text(text)
    analysis = analyse(article, nlp=nlp)
    return article, [a for a in analysis.attributions if a.paragraph >= 2]


CASES = [
    # (paragraph, source, words the content holds, direct)
    ('Mayor Anna Berg said the budget would be cut by ten percent.', "Anna Berg", "cut by ten percent", False),
    ('Mayor Anna Berg said that the budget would be cut.', "Anna Berg", "budget would be cut", False),
    ('The budget would be cut by ten percent, Mayor Anna Berg said.', "Anna Berg", "cut by ten percent", False),
    ('"We have no choice but to cut the budget," said Mayor Anna Berg.', "Anna Berg", "no choice but to cut", True),
    ('According to Mayor Anna Berg, the budget will be cut in March.', "Anna Berg", "cut in March", False),
    ('Mayor Anna Berg told reporters that the library would close.', "Anna Berg", "library would close", False),
    ('Mayor Anna Berg urged residents to accept the cuts.', "Anna Berg", "residents to accept the cuts", False),
    ('Mayor Anna Berg warned that services would suffer.', "Anna Berg", "services would suffer", False),
    ('Mayor Anna Berg denied that the cuts were political.', "Anna Berg", "cuts were political", False),
    ('The Guardian reported that the mayor had cancelled the vote.', "Guardian", "cancelled the vote", False),
    # naming: the object and what it is called are the claim
    ('Councillor Tom Hale called the budget "a disgrace" on Tuesday.', "Tom Hale", "the budget \"a disgrace", False),
    ('Councillor Tom Hale called himself a moderate.', "Tom Hale", "himself a moderate", False),
    # "called for" takes its object as the claim
    ('Councillor Tom Hale called for a full review of the library cuts.', "Tom Hale", "full review of the library",
     False),
    # judging a person by name states a view of that person
    ('Councillor Tom Hale criticized Anna Berg at the meeting.', "Tom Hale", "Anna Berg", False),
    # intent with a "to" clause and a named subject states where the subject stands
    ('Councillor Tom Hale threatened to resign over the library cuts.', "Tom Hale", "to resign over the library",
     False),
    ('Mayor Anna Berg plans to close two libraries next spring.', "Anna Berg", "to close two libraries", False),
    # a view of something "as" something
    ('Councillor Tom Hale sees the library cuts as a betrayal of the town.', "Tom Hale",
     "the library cuts as a betrayal", False),
    # an expressed feeling is a stance
    ('Councillor Tom Hale expressed concern about the closing of two libraries.', "Tom Hale",
     "concern about the closing", False),
    # an act of saying with a short object
    ('Mayor Anna Berg announced her resignation on Monday.', "Anna Berg", "her resignation", False),
    # a verb and its preposition: the object is the stance
    ('Councillor Tom Hale agreed with the mayor on the library budget.', "Tom Hale", "the mayor", False),
    ('The residents association is campaigning against the closing of the library.', "residents association",
     "the closing of the library", False),
]


@pytest.mark.parametrize("paragraph,cue", [
    ('Councillor Tom Hale called for a full review of the library cuts.', "called for"),
    ('Councillor Tom Hale called the budget "a disgrace" on Tuesday.', "called"),
])
def test_cue_takes_its_preposition(nlp, paragraph, cue):
    _, found = ledger(nlp, paragraph)
    assert [a.cue for a in found] == [cue]


@pytest.mark.parametrize("paragraph", [
    "Councillor Tom Hale called his brother on Tuesday.",  # a phone call: no oprd, short object
    "The storm was blamed for the flooding.",  # passive, no speaker
    "If you want to read more, the library plans to open later on Mondays.",  # no named subject
    "Mayor Anna Berg does not plan to stand again.",  # negated intent
    "Councillor Tom Hale saw the mayor at the library on Monday.",  # seeing, no "as"
    "The band expressed its thanks to the crowd after the show.",  # not a view
    "The river points to the sea and the road runs with it.",  # no subject that speaks, no noun stance
    "Mayor Anna Berg defended the plan on Monday.",  # a short object of a non-saying verb: an action
])
def test_naming_judging_and_intent_need_their_shape(nlp, paragraph):
    _, found = ledger(nlp, paragraph)
    assert found == [], [(a.source, a.cue, a.content) for a in found]


@pytest.mark.parametrize("paragraph,source,words,direct", CASES)
def test_reporting_form(nlp, paragraph, source, words, direct):
    _, found = ledger(nlp, paragraph)
    assert found, f"no attribution in {paragraph!r}"
    match = [a for a in found if words in a.content]
    assert match, [a.content for a in found]
    a = match[0]
    assert source in a.source, (a.source, a.source_text)
    assert a.direct is direct
    assert a.paragraph == 2


def test_relay_names_speaker_and_outlet(nlp):
    _, found = ledger(nlp, "Reuters reported that Mayor Anna Berg urged the council to delay the vote.")
    a = [x for x in found if "delay the vote" in x.content][0]
    assert a.source == "Anna Berg" and a.relay == "Reuters"


def test_participle_inherits_its_subject(nlp):
    _, found = ledger(nlp, "Mayor Anna Berg defended the plan on Monday, warning that the city would run out of money.")
    a = [x for x in found if "run out of money" in x.content]
    assert a and a[0].source == "Anna Berg"


def test_quote_over_several_sentences_and_paragraphs(nlp):
    _, found = ledger(
        nlp,
        'Councillor Tom Reyes said: "This budget is a disgrace. It punishes the poorest families in the city.',
        '"We will fight it at every meeting until it is withdrawn."',
    )
    first = [a for a in found if "punishes the poorest" in a.content]
    assert first and first[0].source == "Tom Reyes" and first[0].direct
    assert "This budget is a disgrace" in first[0].content  # one claim for the whole quotation
    carried = [a for a in found if a.paragraph == 3]
    assert carried and carried[0].source == "Tom Reyes" and carried[0].direct


def test_interrupted_quote_has_two_spans(nlp):
    article, found = ledger(nlp, '"The budget," Mayor Anna Berg said, "is balanced for the first time in a decade."')
    a = found[0]
    assert a.source == "Anna Berg" and a.direct
    assert len(a.content_spans) == 2
    assert a.content_spans[0].text == "The budget"
    assert a.content_spans[1].text.startswith("is balanced")
    for s in a.content_spans:
        assert article.text[s.start:s.end] == s.text


def test_pronoun_and_surname_resolve_to_full_name(nlp):
    _, found = ledger(
        nlp,
        "Mayor Anna Berg said the budget was fair.",
        "Berg added that she would not resign. She said the council had backed her plan.",
    )
    later = [a for a in found if a.paragraph == 3]
    assert len(later) == 2
    assert all(a.source == "Anna Berg" for a in later)
    assert {a.source_text for a in later} == {"Berg", "She"}


def test_capital_is_its_government_and_groups_stay_unnamed(nlp):
    _, found = ledger(nlp, "Moscow says the sanctions are illegal. Critics say the sanctions are too weak.")
    moscow = [a for a in found if "illegal" in a.content][0]
    critics = [a for a in found if "too weak" in a.content][0]
    assert moscow.source == "Russian government" and moscow.source_kind == "government"
    assert critics.source_kind == "unnamed_group"


def test_impersonal_claims_have_no_source(nlp):
    _, found = ledger(nlp, "The mayor is believed to have ordered the audit herself. "
                           "The audit reportedly found missing funds.")
    hedged = [a for a in found if a.certainty == "hedged"]
    assert len(hedged) == 2
    assert all(a.source == "" and a.source_kind == "none" for a in hedged)


def test_negated_question_is_no_claim(nlp):
    _, found = ledger(nlp, "Officials have not said why the vote was cancelled.")
    assert not [a for a in found if a.content.startswith("why")]


def test_anonymous_officials_and_characterisations(nlp):
    _, found = ledger(nlp, "Officials who spoke on condition of anonymity said the cabinet was divided. "
                           'One senior minister described the plan as "reckless" and "politically suicidal."')
    officials = [a for a in found if "cabinet was divided" in a.content][0]
    assert officials.source == "Officials" and officials.source_kind == "unnamed_group"
    minister = [a for a in found if "reckless" in a.content]
    assert minister and minister[0].cue == "described"


def test_according_to_after_a_quote_keeps_only_the_quote(nlp):
    _, found = ledger(nlp, '"The numbers are stark," according to Paul Harris, the institute\'s director.')
    a = found[0]
    assert a.source == "Paul Harris" and a.content == "The numbers are stark" and a.direct


def test_quote_then_participle_are_two_claims(nlp):
    _, found = ledger(nlp, '"We inherited a mess," Prime Minister David Cole said, adding that the government '
                           "would not change course.")
    contents = sorted(a.content for a in found)
    assert contents == ["We inherited a mess", "the government would not change course"]
    assert all(a.source == "David Cole" for a in found)


def test_spokesman_speaks_for_the_named_person(nlp):
    _, found = ledger(nlp, "Opposition leader Maria Keane attacked the plan.",
                      "Keane's spokesman said the opposition would table an amendment next week.")
    a = [x for x in found if "amendment" in x.content][0]
    assert a.source == "Maria Keane" and a.source_text == "Keane's spokesman"


def test_he_and_she_skip_people_known_as_the_other(nlp):
    _, found = ledger(
        nlp,
        "Professor Tom Reyes said the water was unsafe. He said the council had ignored the tests.",
        "Lydia Marsh, a council spokeswoman, said the tests were old. She said new tests were under way.",
        "But he said the old tests were enough to act on.",
    )
    by_content = {a.content: a for a in found}
    assert by_content["new tests were under way"].source == "Lydia Marsh"
    assert by_content["the old tests were enough to act on"].source == "Tom Reyes"


def test_a_misspelt_surname_is_the_same_person(nlp):
    _, found = ledger(nlp, "Lydia Buchtmann said the rules would change.",
                      'Ms Bauchtman added: "We need more time to get this right."')
    assert {a.source for a in found} == {"Lydia Buchtmann"}


@pytest.mark.parametrize("paragraph", [
    '"We will fight this in court," said Mayor Anna Berg. "It is a disgrace," said Councillor Tom Hale.',
    '"We will fight this in court," Mayor Anna Berg said. "It is a disgrace," Councillor Tom Hale added.',
])
def test_next_speakers_quote_is_not_the_first_speakers(nlp, paragraph):
    """Where one quotation ends and the next begins with its own cue, each has its own speaker."""
    _, found = ledger(nlp, paragraph)
    berg = [a for a in found if a.source == "Anna Berg"]
    hale = [a for a in found if "Tom Hale" in a.source]
    assert len(berg) == 1 and "fight this in court" in berg[0].content and "disgrace" not in berg[0].content
    assert len(hale) == 1 and "disgrace" in hale[0].content and "court" not in hale[0].content


def test_same_speaker_split_around_cue_keeps_both_halves(nlp):
    _, found = ledger(nlp, '"The budget," said Mayor Anna Berg, "will be cut by ten percent next year."')
    assert len(found) == 1 and "budget" in found[0].content and "ten percent" in found[0].content


def test_he_after_a_sentence_about_another_person(nlp):
    """"X disagreed. "...," he said.": he is X, the subject just before, not the previous speaker."""
    _, found = ledger(nlp, '"We have no money left," Mayor Anna Berg said. Councillor Tom Hale disagreed. '
                           '"There is money in the reserves for the library," he said.')
    a = [x for x in found if "reserves" in x.content]
    assert a and "Tom Hale" in a[0].source, (a[0].source if a else found)


@pytest.mark.parametrize("paragraph,source", [
    ('"We will walk out on Monday if the cuts go ahead," said the teachers, who gathered outside the hall '
     'with Mayor Anna Berg.', "teachers"),
    ('Local teachers, angry at Mayor Anna Berg, said: "We will walk out on Monday if the cuts go ahead."',
     "teachers"),
    ('"Nobody asked us about any of this," said residents who met Councillor Tom Hale on Monday.', "residents"),
    ('"We are not going away until the library reopens," the protesters said.', "protesters"),
])
def test_quoted_group_is_not_a_person_named_beside_it(nlp, paragraph, source):
    """A group that speaks is the source, not a person named in a clause about the group."""
    _, found = ledger(nlp, paragraph)
    assert len(found) == 1
    assert source in found[0].source and "Berg" not in found[0].source and "Hale" not in found[0].source


def test_ambassador_to_a_country_is_still_the_named_person(nlp):
    _, found = ledger(nlp, "Afghan Ambassador to the United States Hamdullah Mohib said the talks had stalled.")
    assert found and found[0].source == "Hamdullah Mohib", [(a.source, a.source_text) for a in found]


def test_transcript_speaker_in_capitals(nlp):
    _, found = ledger(nlp, "JAKE TAPPER: The mayor released a video on Friday about the budget cuts.")
    assert found and found[0].source == "JAKE TAPPER" and found[0].source_kind == "person"


@pytest.mark.parametrize("paragraph,source,words", [
    # a parse that hangs "X said" on the quotation's last verb still gives X the quotation
    ('"Our people are worried. They are anxious about the cuts. We all understand that," '
     'Mayor Anna Berg said.', "Anna Berg", "Our people are worried"),
    # "Y, even with Z, he said.": the part before the subject is the content
    ('Councillor Tom Hale spoke after the vote. Families who take on heavy debt struggle, even with a good job, '
     'he said.', "Tom Hale", "Families who take on heavy debt struggle"),
    # two apostrophes for a quotation mark, as some papers print them
    ("''We will not close the library while I am mayor,'' Mayor Anna Berg said.", "Anna Berg",
     "We will not close the library"),
])
def test_said_at_the_end_of_the_sentence(nlp, paragraph, source, words):
    _, found = ledger(nlp, paragraph)
    match = [a for a in found if words in a.content]
    assert match and source in match[0].source, [(a.source, a.content) for a in found]
    assert not match[0].content.startswith("'") and not match[0].content.endswith("'")


def test_adverbial_before_the_speaker_is_not_the_content(nlp):
    _, found = ledger(nlp, "In her report last week, Mayor Anna Berg described the budget as a disaster.")
    assert all("In her report" not in a.content for a in found), [a.content for a in found]


def test_intent_inside_reported_speech_is_not_a_second_claim(nlp):
    _, found = ledger(nlp, "Mayor Anna Berg said the town seeks to keep every library open.")
    assert [(a.source, a.cue) for a in found] == [("Anna Berg", "said")]


def test_called_on_someone_to_act_names_them_in_the_content(nlp):
    _, found = ledger(nlp, "Councillor Tom Hale called on Mayor Anna Berg to resign after the vote.")
    assert len(found) == 1 and "Tom Hale" in found[0].source, [(a.source, a.content) for a in found]
    assert "Anna Berg to resign" in found[0].content


def test_promised_on_a_day_keeps_the_day_out(nlp):
    _, found = ledger(nlp, "Mayor Anna Berg promised on Tuesday to keep every library open.")
    assert found and found[0].content.startswith("to keep every library open"), [a.content for a in found]


def test_believe_in_is_not_taken_from_the_adverbial(nlp):
    _, found = ledger(nlp, "In a changing economy, most residents still believe in the town's future.")
    assert all("changing economy" not in a.content for a in found), [a.content for a in found]


@pytest.mark.parametrize("paragraph,source,cue,words", [
    ("Residents were surprised by Mayor Anna Berg's claim that the library had run out of money.",
     "Anna Berg", "claim", "the library had run out of money"),
    ("Councillor Tom Hale's support for the new pool split the council.", "Tom Hale", "support", "the new pool"),
])
def test_noun_of_saying_with_an_owner(nlp, paragraph, source, cue, words):
    _, found = ledger(nlp, paragraph)
    match = [a for a in found if a.cue == cue]
    assert match and source in match[0].source and words in match[0].content, \
        [(a.source, a.cue, a.content) for a in found]
    assert "'s" not in (match[0].source_text or "")


@pytest.mark.parametrize("paragraph", [
    "The claim that the library had run out of money was never tested.",  # nobody owns the claim
    "The council published its statement on the library last week.",  # "its": no speaker named
])
def test_noun_of_saying_needs_an_owner(nlp, paragraph):
    _, found = ledger(nlp, paragraph)
    assert all(a.cue not in ("claim", "statement") for a in found), [(a.source, a.cue) for a in found]


def test_quotation_continued_in_the_next_sentence_is_one_claim(nlp):
    """""A," she told the meeting on Monday. "B."": one speaker, one act of saying, two spans."""
    _, found = ledger(nlp, '"We will keep every library open," Mayor Anna Berg told the meeting on Monday. '
                           '"The money is there and the council has agreed to spend it."')
    assert len(found) == 1, [(a.source, a.content) for a in found]
    assert "every library open" in found[0].content and "council has agreed" in found[0].content
    assert len(found[0].content_spans) == 2 and found[0].direct


def test_next_sentence_quotation_with_its_own_cue_stays_apart(nlp):
    _, found = ledger(nlp, '"We will keep every library open," Mayor Anna Berg said on Monday. '
                           '"The money is not there," Councillor Tom Hale replied.')
    berg = [a for a in found if a.source == "Anna Berg"]
    assert len(berg) == 1 and "money" not in berg[0].content


def test_participle_after_a_reported_clause_belongs_to_the_speaker(nlp):
    """"X said the mayor must choose, saying "..."": X is saying it, not the mayor (speaker, not subject)."""
    _, found = ledger(nlp, 'Councillor Tom Hale said the mayor will have to choose a side, saying, "At some point '
                           'she has to tell us where she stands on the library."')
    saying = [a for a in found if a.cue == "saying"]
    assert saying and "Tom Hale" in saying[0].source, [(a.source, a.cue) for a in found]


def test_later_quotation_in_the_paragraph_goes_on_the_last_quoted_speakers_claim(nlp):
    _, found = ledger(nlp, '"We will keep every library open," Mayor Anna Berg said. The council clapped. '
                           '"The money is there and the council has agreed to spend it."')
    assert len(found) == 1, [(a.source, a.content) for a in found]
    assert found[0].source == "Anna Berg" and len(found[0].content_spans) == 2
    assert "council has agreed" in found[0].content


def test_transcript_turn_inside_an_opening_quotation_mark(nlp):
    """A transcript printed with each turn in quotation marks: the capitalised name before the colon
    still speaks ("“WALLACE: Let's start ...")."""
    _, found = ledger(nlp, '"WALLACE: Let\'s start with the breaking news on the debate story tonight.',
                      '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.')
    assert [(a.source, a.cue) for a in found] == [("WALLACE", ":"), ("PENCE", ":")]
    assert "attending the debate" in found[1].content


@pytest.mark.parametrize("dash", ["\u2015", "\u2014", "\u2013"])
def test_a_quotation_signed_with_a_dash_and_a_name(nlp, dash):
    """Collections of readers' voices sign each quotation: "“…” ― Carla Sanchez"."""
    _, found = ledger(nlp, f"\u201cThe mayor must stop treating the library as a luxury when most of us use it "
                           f"every week.\u201d {dash} Carla Sanchez")
    assert [(a.source, a.source_kind, a.direct) for a in found] == [("Carla Sanchez", "person", True)]
    assert "treating the library as a luxury" in found[0].content


def test_a_quotation_followed_by_a_dash_and_a_place_is_not_signed(nlp):
    _, found = ledger(nlp, "\u201cThe mayor must stop treating the library as a luxury when most of us use it "
                           "every week.\u201d \u2014 New York Times")
    assert all(a.source != "New York Times" or a.source_kind != "person" for a in found)
