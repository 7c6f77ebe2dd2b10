"""Kind-of-source items judged wrong on set C, each on a constructed text of the same shape: a
government's agency taken for a news agency, words that state no claim ("it will be interesting to
see …"), a governor speaking for himself keyed as speaking for a government, and the title of a
work quoted as a claim."""
from __future__ import annotations

import random

import pytest
from factories import attribution as _att
from factories import entities_at, plain_analysis, plain_article

from quizgen.analysis import analyse
from quizgen.generate import sourcing
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def _ctx(article, atts):
    analysis = plain_analysis(article, attributions=tuple(atts))
    return Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS))


def _ledger(nlp, paragraph):
    article = article_from_text("Valdrian Gun Deaths Fall\n\n" + FILLER + "\n\n" + paragraph)
    return [a for a in analyse(article, nlp=nlp).attributions if a.paragraph >= 2]


@pytest.mark.parametrize("para, name", [
    ("Only two people were shot dead in Valdria last year, according to the National Police Agency, and "
     "there were only six reported shootings.", "National Police Agency"),
    ("The Coastal Protection Agency said the river water was safe to drink again after the spill.",
     "Coastal Protection Agency"),
    ("The Federal Flood Management Agency said the trailers would reach the valley by Friday morning.",
     "Federal Flood Management Agency"),
])
def test_a_government_agency_is_no_news_outlet(nlp, para, name):
    found = [a for a in _ledger(nlp, para) if name in a.source]
    assert found
    assert all(a.source_kind != "news_outlet" for a in found)


@pytest.mark.parametrize("para, name", [
    ("Kyodo news agency reported that the minister would resign next week over the loans.", "Kyodo"),
    ("The state news agency IRNA said the talks would resume in Vienna next month.", "IRNA"),
])
def test_a_news_agency_is_still_a_news_outlet(nlp, para, name):
    found = [a for a in _ledger(nlp, para) if a.source == name]
    assert found and all(a.source_kind == "news_outlet" for a in found)


def test_no_news_outlet_key_for_an_agency_the_ledger_called_one():
    # the ledger's kind came from the one word "Agency": the item would key "a news outlet" for police
    text = ("Guns in Valdria\n\n"
            "Only two people were shot dead in Valdria last year, according to the National Police Agency, and "
            "there were only six reported shootings.\n")
    article = plain_article(text)
    att = _att(article, "National Police Agency", "the National Police Agency", "according to",
               ["Only two people were shot dead in Valdria last year"], kind="news_outlet")
    assert sourcing.kind_of_source(_ctx(article, [att])) == []


def test_a_named_news_agency_keeps_its_item():
    text = ("Talks in Vienna\n\n"
            "The talks between the two governments will resume in Vienna next month, the Kyodo news agency "
            "reported on Friday.\n")
    article = plain_article(text)
    att = _att(article, "Kyodo", "the Kyodo news agency", "reported",
               ["The talks between the two governments will resume in Vienna next month"], kind="news_outlet")
    items = sourcing.kind_of_source(_ctx(article, [att]))
    assert len(items) == 1 and items[0].options[items[0].answer] == sourcing.OUTLET


def _spokeswoman_item(words):
    text = ("Road row\n\n"
            f"After the vote, council spokeswoman Mara Quist said: \"{words}\"\n")
    article = plain_article(text)
    att = _att(article, "Mara Quist", "Mara Quist", "said", [words], direct=True)
    return sourcing.kind_of_source(_ctx(article, [att]))


@pytest.mark.parametrize("words", [
    "It will be interesting to see where the county goes from here.",
    "We'll just have to wait and see what the county board decides.",
    "I hope the county board will think again about the river road.",
    "Why would the county board close the river road in the spring?",
    "Look at what the county board did to the river road last spring.",
])
def test_no_item_on_words_that_state_no_claim(words):
    assert _spokeswoman_item(words) == []


def test_a_spokeswoman_stating_a_fact_still_gets_her_item():
    items = _spokeswoman_item("The county board will close the river road to all traffic until April.")
    assert len(items) == 1 and items[0].options[items[0].answer] == sourcing.OFFICIAL


def _governor_item(said, words):
    text = f"Old friends\n\nGov. Anna Berg of Dorne, who hired Mr. Reyl for her first two races, {said}: \"{words}\"\n"
    article = plain_article(text)
    att = _att(article, "Anna Berg", "Anna Berg", said.split()[0], [words], direct=True)
    return sourcing.kind_of_source(_ctx(article, [att]))


def test_a_governor_on_a_friend_is_not_speaking_for_a_government():
    assert _governor_item("said", "Tomas Reyl is the bravest man I know and always says what people think.") == []


def test_a_governor_on_another_person_by_name_is_not_speaking_for_a_government():
    words = "Tomas Reyl is the bravest man in politics and always says what people think."
    text = f"Old friends\n\nGov. Anna Berg of Dorne, who hired him for her first two races, said: \"{words}\"\n"
    article = plain_article(text)
    att = _att(article, "Anna Berg", "Anna Berg", "said", [words], direct=True)
    analysis = plain_analysis(article, attributions=(att,),
                              entities=tuple(entities_at(article, "PERSON", "Tomas Reyl", "Anna Berg")))
    ctx = Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS))
    assert sourcing.kind_of_source(ctx) == []


def test_a_governor_on_a_matter_of_no_one_person_keeps_his_item():
    # the old behaviour: no personal matter, so "speaking for a government" stays the one defensible key
    items = _governor_item("said", "The new dam will flood the whole valley and ruin the farms.")
    assert len(items) == 1 and items[0].options[items[0].answer] == sourcing.OFFICIAL


@pytest.mark.parametrize("said, words", [
    ("said", "The state will close the river road to all traffic until April."),
    ("said in a statement", "Tomas Reyl is the bravest man I know and always says what people think."),
])
def test_a_governor_on_state_business_or_in_a_statement_speaks_for_it(said, words):
    items = _governor_item(said, words)
    assert len(items) == 1 and items[0].options[items[0].answer] == sourcing.OFFICIAL


def _editorial_items(lead):
    text = ("Editorial war\n\n"
            f"That only made the row worse. The Ledger responded with a second sharp piece, {lead} \u201cThe mayor's "
            "road plan is not too bold. It is too thin.\u201d\n")
    article = plain_article(text)
    att = _att(article, "Ledger", "The Ledger", "responded", ["The mayor's road plan is not too bold. It is too thin."],
               kind="news_outlet", direct=True)
    return sourcing.kind_of_source(_ctx(article, [att]))


@pytest.mark.parametrize("lead", ["entitled", "titled", "headlined"])
def test_no_item_on_the_title_of_a_work(lead):
    assert _editorial_items(lead) == []


def test_a_quotation_closing_after_the_sentence_keeps_its_marks_in_the_stem():
    # the sentence split leaves the closing mark after the passage: the stem showed the quotation bare
    items = _editorial_items("arguing that")
    assert len(items) == 1
    assert "arguing that \u2018The mayor's road plan is not too bold. It is too thin.\u2019" in items[0].stem


def _review_items(phrase):
    text = ("Word count\n\n"
            "Over the next three months the word 'traitor' was used on the channel in more than 80 separate "
            f"broadcasts, according to {phrase}.\n")
    article = plain_article(text)
    att = _att(article, phrase[2:], phrase, "according to",
               ["Over the next three months the word 'traitor' was used on the channel in more than 80 separate "
                "broadcasts"], kind="document")
    return sourcing.kind_of_source(_ctx(article, [att]))


def test_a_review_of_an_outlets_transcripts_is_no_outlets_own_work():
    # whose review? the outlet is only what was reviewed: "a news outlet" would be a guess
    assert _review_items("a review of available Valley Times transcripts") == []


def test_an_outlets_own_review_is_still_keyed_a_news_outlet():
    items = _review_items("a Valley Times review of the broadcast transcripts")
    assert len(items) == 1 and items[0].options[items[0].answer] == sourcing.OUTLET
