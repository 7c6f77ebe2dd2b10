"""Kind-of-source items on reported claims that open on the speaker's own pronoun or possessive (all texts
constructed): the stem shows the whole sentence, so "her country", "his office" or "she would …" point to the
named speaker in it, and the source's kind is as plain as for any other claim."""
from __future__ import annotations

import random

from factories import attribution as _att
from factories import plain_analysis, plain_article

from quizgen.generate import sourcing
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Entity, Span


def _people(text, names):
    return tuple(Entity(n, "PERSON", Span(text.index(n), text.index(n) + len(n), n), 1) for n in names)


def _items(text, atts, people=()):
    article = plain_article(text)
    analysis = plain_analysis(article, attributions=tuple(atts(article)), entities=_people(text, people))
    return sourcing.kind_of_source(Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS)))


POSSESSIVE = ("Border talks\n\n"
              "Foreign Ministry spokeswoman Vera Lind said her country was watching the border talks with close "
              "interest.\n")


def test_a_spokeswoman_on_her_country_is_an_official():
    items = _items(POSSESSIVE, lambda art: [_att(art, "Vera Lind", "Foreign Ministry spokeswoman Vera Lind", "said",
                                                 ["her country was watching the border talks with close interest"])])
    assert len(items) == 1
    assert items[0].options[items[0].answer] == sourcing.OFFICIAL
    assert "Foreign Ministry spokeswoman Vera Lind said her country" in items[0].stem


def test_a_possessive_claim_of_a_person_with_no_role_gets_no_item():
    text = POSSESSIVE.replace("Foreign Ministry spokeswoman Vera Lind", "Vera Lind")
    assert not _items(text, lambda art: [_att(art, "Vera Lind", "Vera Lind", "said",
                                              ["her country was watching the border talks with close interest"])])


SELF = ("Flood roads closed\n\n"
        "Harbour Minister Mara Quist said she would keep the river road closed to all traffic until the water "
        "goes down.\n\n"
        "Ms. Quist spoke after a tour of the harbour.\n")


def test_a_minister_saying_she_will_act_is_an_official():
    items = _items(SELF, lambda art: [_att(art, "Mara Quist", "Harbour Minister Mara Quist", "said",
                                           ["she would keep the river road closed to all traffic until the water "
                                            "goes down"])])
    assert len(items) == 1
    assert items[0].options[items[0].answer] == sourcing.OFFICIAL


def test_a_he_claim_of_another_man_gets_no_item():
    # "he" may be the minister named before: the claim's subject is unsure, and the item would rest on it
    text = ("Flood roads closed\n\n"
            "Tom Hale met the harbour board on Monday. Harbour Minister Ben Quist said he would keep the river road "
            "closed to all traffic until the water goes down.\n\n"
            "Mr. Quist spoke after a tour of the harbour.\n")
    assert not _items(text, lambda art: [_att(art, "Ben Quist", "Harbour Minister Ben Quist", "said",
                                              ["he would keep the river road closed to all traffic until the water "
                                               "goes down"])], people=("Tom Hale", "Ben Quist"))


def test_a_possessive_claim_is_shown_up_to_its_end_only():
    text = POSSESSIVE.replace("with close interest.", "with close interest, and there was a strong current of "
                                                       "opinion online mocking the talks.")
    items = _items(text, lambda art: [_att(art, "Vera Lind", "Foreign Ministry spokeswoman Vera Lind", "said",
                                           ["her country was watching the border talks with close interest"])])
    assert len(items) == 1
    assert "strong current" not in items[0].stem and "strong current" not in items[0].support[0].text


RECORDS = ("Lot sold before gift\n\n"
           "Dorne County land records suggest that a company owned by Ben Hale sold the car lot to a builder "
           "for $510,000.\n")


def test_land_records_are_a_document():
    items = _items(RECORDS, lambda art: [_att(art, "Dorne County land records", "Dorne County land records",
                                              "suggest", ["a company owned by Ben Hale sold the car lot to a "
                                                           "builder for $510,000"], kind="document")])
    assert len(items) == 1
    assert items[0].options[items[0].answer] == sourcing.DOCUMENT
    assert sourcing.OUTLET not in items[0].options


def test_records_a_named_person_wrote_get_no_item():
    text = RECORDS.replace("Lot sold before gift\n\n", "Lot sold before gift\n\nThe clerk Ann Lee wrote the "
                                                       "entries.\n\n")
    assert not _items(text, lambda art: [_att(art, "Dorne County land records", "Dorne County land records",
                                              "suggest", ["a company owned by Ben Hale sold the car lot to a "
                                                           "builder for $510,000"], kind="document")])


def test_no_document_item_on_a_sentence_the_evidence_item_asks_about():
    # "what kind of evidence … a document" and "what kind of source … a document" on one sentence: one question
    # asked twice
    from quizgen.model import Evidence
    text = RECORDS.replace("Dorne County land records suggest that a company", "A company").replace(
        "for $510,000.", "for $510,000, according to Dorne County land records.")
    article = plain_article(text)
    phrase = "according to Dorne County land records"
    at = text.index(phrase)
    att = _att(article, "Dorne County land records", "Dorne County land records", "according to",
               ["A company owned by Ben Hale sold the car lot to a builder for $510,000"], kind="document")
    bare = plain_analysis(article, attributions=(att,))
    assert len(sourcing.kind_of_source(Context(article, bare, random.Random(3), frozenset(ITEM_KINDS)))) == 1
    analysis = plain_analysis(article, attributions=(att,),
                              evidence=(Evidence("document", Span(at, at + len(phrase), phrase), 1),))
    assert not sourcing.kind_of_source(Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS)))
