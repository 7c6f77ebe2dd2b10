"""Issue 10 point 1 (more sure items, never doubtful ones): the article's own evidence of a person's gender.

A possessive "her"/"his" on the object of the verb a named person is the subject of ("Columnist Norma Vance
used her final column to …") tells that person's gender, even when an unnamed person is mentioned later in
the sentence ("… to praise the candidate she had backed"); not when an unnamed person comes before it. A
sentence that names others the tagger missed ("Noting that Reagan and Trump …, Schlafly put her finger on
…") tells nobody's gender. Constructed texts."""
from __future__ import annotations

from test_genders_pronouns import one, pronoun_claims, show

from quizgen.model import CONFIDENT

LATER = ["The column ran on Monday in papers across the state. Readers wrote in by the hundreds.",
         "Tom Hale, the city's mayor, answered the column on Tuesday. Vance had long wanted a wall by the river.",
         '"A wall would keep the whole town dry," she wrote.']


def test_her_on_the_object_of_her_own_verb_tells_her_gender(nlp):
    paragraphs = ["Columnist Norma Vance used her final column to praise the candidate she had backed for a year.",
                  *LATER]
    found = one(nlp, paragraphs, "keep the whole town dry")
    assert found.source == "Norma Vance", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])


def test_an_unnamed_person_before_the_possessive_tells_nothing(nlp):
    # "her" may be the reporter's: no evidence, and "she" is not surely Norma Vance
    paragraphs = ["A reporter said that columnist Norma Vance used her final column to praise the candidate.",
                  *LATER]
    found = [a for a in pronoun_claims(nlp, *paragraphs) if "keep the whole town dry" in a.content]
    assert all(a.source_confidence < CONFIDENT for a in found), show(found)


def test_a_known_surname_the_tagger_reads_as_a_verb_still_names_her(nlp):
    # the parser tags "Schlafly" in "Schlafly then discussed …" a verb; the subject is still the person named
    paragraphs = ["Columnist Norma Schlafly used her final column to praise the candidate she had backed for a year.",
                  "Tom Hale, the city's mayor, answered the column on Tuesday. Readers wrote in by the hundreds.",
                  "Schlafly then discussed the proposed wall and explained its importance.",
                  '"A wall would keep the whole town dry," she wrote.']
    found = one(nlp, paragraphs, "keep the whole town dry")
    assert found.source == "Norma Schlafly", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])


def test_her_as_the_object_of_his_own_verb_is_someone_else(nlp):
    # "Tom Hale called her": "her" is never Tom Hale (nor is the "she" before his name), so no evidence
    # makes him a woman, and his own "he said" is his
    paragraphs = ["On Sunday, she disclosed for the first time that after the trial, Tom Hale called her to meet "
                  "again.", "Tom Hale denied the account on Monday. He said the library would stay open."]
    found = one(nlp, paragraphs, "library would stay open")
    assert found.source == "Tom Hale", show([found])


def test_him_after_her_name_is_no_evidence_against_her(nlp):
    # "… not naming him": an object pronoun is someone else (the builder), never evidence of Ines Berg's sex
    paragraphs = ["Ines Berg thanked the crowd on Monday, pointing to the builder but not naming him.",
                  "The hall was full and the meeting ran late.",
                  '"The library will stay open," she said.']
    found = one(nlp, paragraphs, "library will stay open")
    assert found.source == "Ines Berg", show([found])


def test_a_possessive_opening_the_sentence_looks_ahead_to_the_name(nlp):
    # "Thanks to his latest show, Lorne Hale …": the "his" is Hale's own, evidence he is a man
    paragraphs = ["Thanks to his latest show, singer Lorne Hale can add a new title to his long resume.",
                  "The hall was full and the meeting ran late.",
                  '"It is straight from the heart," he said.']
    found = one(nlp, paragraphs, "straight from the heart")
    assert found.source == "Lorne Hale", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])
