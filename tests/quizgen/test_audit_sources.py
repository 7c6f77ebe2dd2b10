"""Who the source is and what kind, audited on unseen news (precision first): each shape on a constructed
sentence. A source is "sure" when its confidence reaches CONFIDENT: only sure entries are quizzed, so a
wrong name or kind must not be sure."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def claims(nlp, *paragraphs: str):
    text = "Budget Row Deepens\n\n" + "\n\n".join([FILLER, *paragraphs])
    return [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph >= 2]


def about(nlp, words: str, *paragraphs: str):
    return [a for a in claims(nlp, *paragraphs) if words in a.content]


def show(found):
    return [(a.source, a.source_kind, round(a.source_confidence, 2), round(a.kind_confidence, 2), a.content)
            for a in found]


def sure(a) -> bool:
    return a.source_confidence >= CONFIDENT


# 1. a gerund or clause subject is nobody speaking
def test_the_speaker_of_a_gerund_claim_is_the_named_one(nlp):
    found = about(nlp, "hurt families", "Raising taxes, Brown argued, would hurt families.")
    assert found and all(a.source == "Brown" and a.source_kind == "person" for a in found), show(found)


@pytest.mark.parametrize("paragraph,words", [
    ("Keeping the base open shows that the army still values the town.", "army still values"),
    ("Closing the clinic proves that the board never cared about patients.", "board never cared"),
    ("To cut the budget now would suggest that the council has given up.", "council has given up"),
])
def test_a_clause_subject_is_no_source(nlp, paragraph, words):
    found = about(nlp, words, paragraph)
    assert all(not a.source or a.source_kind == "none" for a in found), show(found)


# 2. organisation or person
@pytest.mark.parametrize("paragraph,words,source,kind", [
    ("Curator Jane Doe said the painting had been restored twice.", "restored twice", "Jane Doe", "person"),
    ("Verizon said the outage had been fixed.", "outage had been fixed", "Verizon", "organisation"),
    ("The Democratic Party said the vote had been rigged.", "vote had been rigged", "Democratic Party",
     "organisation"),
    ("The FBI said the suspect had acted alone.", "acted alone", "FBI", "organisation"),
])
def test_organisation_or_person(nlp, paragraph, words, source, kind):
    found = about(nlp, words, paragraph)
    assert found and found[0].source == source and found[0].source_kind == kind, show(found)


# 3. a news outlet that reported
@pytest.mark.parametrize("paragraph", [
    "As Politico reported, the senator had met the donors twice.",
    "As Politico first reported on Monday, the senator had met the donors twice.",
    "According to The Washington Post, the senator had met the donors twice.",
    "As the New York Times reported, the senator had met the donors twice.",
])
def test_as_an_outlet_reported_is_the_outlet(nlp, paragraph):
    found = about(nlp, "met the donors", paragraph)
    assert found, show(claims(nlp, paragraph))
    assert all(a.source_kind == "news_outlet" and not a.source.lower().startswith("as ") for a in found), show(found)


def test_a_word_before_a_lone_surname_is_a_given_name_only_when_it_may_be_one(nlp):
    found = about(nlp, "fell sharply", "As Wexley wrote in his column, sales fell sharply.",
                  "Wexley said prices fell sharply too.")
    assert found and all(a.source in ("Wexley",) for a in found), show(found)


# 4. a quoted word as the source
@pytest.mark.parametrize("paragraph,words", [
    ('The "whistleblower" said the call was improper.', "call was improper"),
    ('"Insiders" say the deal is done.', "deal is done"),
    ('A "senior source" told reporters the deal was done.', "deal was done"),
])
def test_a_scare_quoted_source_is_not_sure(nlp, paragraph, words):
    found = about(nlp, words, paragraph)
    assert all(not sure(a) or not a.source for a in found), show(found)


# 5. things that "show" are not sources; documents are, and agencies are not documents
@pytest.mark.parametrize("paragraph,words", [
    ("According to the data, crime fell last year.", "crime fell"),
    ("According to the numbers, crime fell last year.", "crime fell"),
    ("According to the map, the district was redrawn.", "district was redrawn"),
    ("The results show that the drug works.", "drug works"),
    ("The research shows that the drug works.", "drug works"),
    ("The figures show that crime fell last year.", "crime fell"),
])
def test_a_thing_noun_is_not_a_sure_source(nlp, paragraph, words):
    found = about(nlp, words, paragraph)
    assert all(not sure(a) for a in found), show(found)


@pytest.mark.parametrize("paragraph,words,source", [
    ("The complaint alleges that the firm lied to investors.", "firm lied", "complaint"),
    ("The filing says that the firm lost money.", "firm lost money", "filing"),
    ("The memo said the plan would cost millions.", "cost millions", "memo"),
    ("The study found that the drug works.", "drug works", "study"),
    ("A letter from the school states that the pool will close in June.", "pool will close", "letter"),
])
def test_a_real_document_is_a_sure_document(nlp, paragraph, words, source):
    found = about(nlp, words, paragraph)
    assert found and source in found[0].source and found[0].source_kind == "document" and sure(found[0]), \
        show(found)


@pytest.mark.parametrize("paragraph,words", [
    ("The Department of Justice said the inquiry would continue.", "inquiry would continue"),
    ("According to the Department of Justice, the inquiry would continue.", "inquiry would continue"),
    ("According to the FBI, the suspect had acted alone.", "acted alone"),
])
def test_an_agency_is_never_a_document(nlp, paragraph, words):
    found = about(nlp, words, paragraph)
    assert found and all(a.source_kind in ("government", "organisation") for a in found), show(found)


def test_an_agency_is_no_sure_document_when_it_speaks_of_an_inquiry(nlp):
    found = claims(nlp, "According to the Department of Justice, the inquiry would continue.")
    assert all(not (a.source_kind == "document" and sure(a) and a.claim_confidence >= CONFIDENT) for a in found), \
        show(found)


# 6. a share of a poll is a group nobody names
@pytest.mark.parametrize("paragraph,words", [
    ("52 percent of voters say the country is on the wrong track.", "wrong track"),
    ("Fifty-two percent of Americans say the country is on the wrong track.", "wrong track"),
    ("Two-thirds of respondents said the economy was weak.", "economy was weak"),
    ("A majority of voters say the country is on the wrong track.", "wrong track"),
    ("Most Republicans say the country is on the wrong track.", "wrong track"),
])
def test_a_poll_share_is_an_unnamed_group_not_sure(nlp, paragraph, words):
    found = about(nlp, words, paragraph)
    assert found and all(a.source_kind == "unnamed_group" and not sure(a) for a in found), show(found)


# 7. "the paper" needs an outlet named before it
@pytest.mark.parametrize("paragraph", [
    "The paper reported that the mayor had resigned.",
    "The newspaper said the mayor had resigned.",
    "The paper found that the mayor had resigned.",
])
def test_the_paper_with_no_outlet_named_is_not_sure(nlp, paragraph):
    found = about(nlp, "mayor had resigned", paragraph)
    assert all(not sure(a) for a in found), show(found)


def test_the_paper_after_a_named_outlet_is_that_outlet(nlp):
    found = about(nlp, "mayor had resigned", "The Daily Herald covered the vote on Monday.",
                  "The paper reported that the mayor had resigned.")
    assert found and found[0].source == "Daily Herald" and found[0].source_kind == "news_outlet", show(found)


# 8. a family
@pytest.mark.parametrize("paragraph,words", [
    ("The Clintons said they would not attend the dinner.", "not attend"),
    ("The Kennedys said they would sell the house.", "sell the house"),
    ("Mayor Anna Berg spoke on Monday. The Bergs said they would sell the house.", "sell the house"),
])
def test_a_plural_surname_is_a_family(nlp, paragraph, words):
    found = about(nlp, words, paragraph)
    assert found and all(a.source_kind != "person" and a.source_kind != "organisation" for a in found), show(found)
    assert all("Anna Berg" != a.source for a in found), show(found)


# found in the audit of unseen articles: a name that is not the speaker's
def test_a_name_inside_a_relative_clause_on_the_speaker_is_not_the_speaker(nlp):
    found = about(nlp, "disturbing to me", "Eric Levine, a lawyer, spoke first.",
                  'Of the plan, Levine, who has given money to Marco Rubio, said: "Its cost is disturbing to me."')
    assert found and all(a.source == "Eric Levine" for a in found), show(found)


def test_a_name_that_only_describes_a_thing_is_not_its_source(nlp):
    found = about(nlp, "no refugees", "Mayor Anna Berg spoke on Monday.",
                  "The snarky, anti-council/Berg water-carrying headline reads: Berg will admit no refugees.")
    headline = [a for a in found if a.content.startswith("Berg will")]
    assert all(not (a.source == "Anna Berg" and sure(a)) for a in headline), show(found)


def test_a_woman_titled_by_a_shared_surname_is_not_the_man_with_a_male_given_name(nlp):
    found = about(nlp, "would lead the panel", "Bill Carter, the former governor, toured the plant on Monday.",
                  "His wife Hillary Carter is running for the senate.",
                  "Mrs. Carter told voters her husband would lead the panel on jobs.")
    assert found and all(a.source != "Bill Carter" for a in found), show(found)


def test_the_younger_of_a_family_is_not_surely_the_father(nlp):
    found = about(nlp, "a movement", "Tom Reyes spoke to the crowd on Monday.",
                  '"It is not a campaign anymore, it is a movement," said the younger Mr. Reyes.')
    assert all(not (a.source == "Tom Reyes" and sure(a)) for a in found), show(found)


def test_the_website_so_named_is_the_outlet(nlp):
    found = about(nlp, "works against the mayor", "The website fivethirtyeight noted that the way the wards "
                                                   "choose delegates works against the mayor.")
    assert found and found[0].source == "fivethirtyeight" and found[0].source_kind == "news_outlet", show(found)


@pytest.mark.parametrize("paragraph,source", [
    ("A Daily Herald review of court filings found that the mayor paid no rent.", "Daily Herald"),
    ("A Huffington Post analysis of campaign filings shows that the mayor paid no rent.", "Huffington Post"),
])
def test_an_outlets_piece_named_before_the_noun_is_the_outlets(nlp, paragraph, source):
    found = about(nlp, "paid no rent", paragraph)
    assert found and found[0].source == source and found[0].source_kind == "news_outlet", show(found)


@pytest.mark.parametrize("paragraph", [
    "Several media outlets estimate that the mayor needs more votes.",
    "Two local newspapers reported that the mayor needs more votes.",
])
def test_outlets_nobody_names_are_still_news_outlets(nlp, paragraph):
    found = about(nlp, "needs more votes", paragraph)
    assert found and found[0].source_kind == "news_outlet", show(found)


@pytest.mark.parametrize("paragraph", [
    'The snarky, anti-council/Berg water-carrying headline reads: "Repeat after me: the mayor is not cutting jobs."',
    'The pro-Berg banner reads: "Repeat after me: the mayor is not cutting jobs."',
])
def test_a_name_modifying_a_things_noun_is_not_the_source(nlp, paragraph):
    found = about(nlp, "not cutting jobs", "Mayor Anna Berg spoke on Monday.", paragraph)
    assert all(not (a.source == "Anna Berg" and sure(a)) for a in found if "Repeat" in a.content), show(found)


def test_a_name_before_a_persons_noun_still_names_the_speaker(nlp):
    found = about(nlp, "ward was lost", "Berg campaign manager Tom Reyes said the ward was lost.")
    assert found and found[0].source == "Tom Reyes", show(found)
