"""Ledger, session 50: "Billionaire Donald Trump" and "Donald Trump" are one person, so a bare "Trump said" is
not left unsure as if two Trumps spoke (found reading unsure speakers in short lessons). Two people who
really share a surname still leave it unsure. Constructed articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text


def _bare(nlp, first: str) -> list:
    text = "\n\n".join([
        "Harbour Plan Divides Town", COUNCIL_FILLER, first,
        "Mayor Nora Hale said on Tuesday that the harbour plan would cost the town far too much money.",
        "Hale said that the council should wait for the state to pay for the new sea wall first."])
    return [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.source_text == "Hale"]


def test_a_description_before_the_name_is_no_second_person(nlp):
    got = _bare(nlp, "Billionaire Nora Hale said on Monday that she would fund a new museum by the harbour.")
    assert got and all(a.source == "Nora Hale" and a.source_confidence >= 0.8 for a in got), \
        [(a.source, a.source_confidence) for a in got]


def test_two_people_of_one_surname_leave_the_bare_surname_unsure(nlp):
    got = _bare(nlp, "Her brother Peter Hale said on Monday that he would fund a new museum by the harbour.")
    assert got and all(a.source_confidence < 0.8 for a in got), [(a.source, a.source_confidence) for a in got]


def test_a_name_with_a_lowercase_particle_keeps_its_given_name(nlp):
    """"de Blasio" is the end of "Bill de Blasio", not a shorter name of his: the source stays whole."""
    text = "\n\n".join([
        "Harbour Plan Divides Town", COUNCIL_FILLER,
        "Mayor Bill de Blasio said on Monday that the harbour plan would cost the town far too much money.",
        "\"We cannot pay for this wall alone,\" de Blasio said at the meeting on Tuesday evening."])
    got = analyse(article_from_text(text), nlp=nlp).attributions
    assert got and all(a.source == "Bill de Blasio" for a in got if a.paragraph >= 2), [a.source for a in got]
