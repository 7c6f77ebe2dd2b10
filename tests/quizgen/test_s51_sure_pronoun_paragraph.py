"""A "he"/"she" that is the subject of its sentence's main verb is surely the one person its paragraph names
before it, when nobody else is named in the paragraph up to the pronoun's sentence, the person is of the
pronoun's sex, and no unnamed person ("the treasurer") is mentioned before it: '"…," says Anna Berg, 34, a
nurse from Leeds. She says …'. Not when another person is named there, when the paragraph opens on a "he" of
someone named earlier, or when the pronoun heads a clause inside the sentence. Constructed texts."""
from __future__ import annotations

from factories import he_she_claim

from quizgen.model import CONFIDENT

FILLER = ("The survey asked a thousand adults about the new transport plan for the region. "
          "Most of them said that the buses were too slow and that trains were often late. ") * 5


def claim(nlp, paragraphs: list[str], words: str):
    return he_she_claim(nlp, "Voters Weigh The Transport Plan", FILLER, paragraphs, words)


SPLIT = ("A new survey of voters in the county shows a 62-32 divide on the plan, and the strength of feeling is on "
         "one side: 34 percent strongly agree that it should go ahead; 17 percent strongly disagree.")
NURSE = ('"We have bigger problems in life than worrying about somebody’s bus pass," says Margaret Ellison, 41, a '
         "nurse from Dover, Delaware, who was among those polled in a follow-up interview. She says the council "
         "should spend the money on the hospital car park instead.")


def test_she_after_the_one_person_her_paragraph_names_is_surely_her(nlp):
    found = claim(nlp, [SPLIT, NURSE], "spend the money on the hospital")
    assert found.source == "Margaret Ellison"
    assert found.source_confidence >= CONFIDENT


def test_another_woman_named_in_the_paragraph_leaves_she_unsure(nlp):
    text = NURSE.replace("who was among", "who, with Susan Hartley, was among")
    found = claim(nlp, [SPLIT, text], "spend the money on the hospital")
    assert found.source_confidence < CONFIDENT


def test_a_paragraph_opening_on_he_of_someone_named_before_leaves_he_unsure(nlp):
    paras = ["Mayor Daniel Whitcombe was absent from the council chamber on Tuesday.",
             "He visited Governor Robert Kessler in the capital, and in the afternoon he said the new line "
             "would open on time next spring."]
    found = claim(nlp, paras, "would open on time")
    assert found.source_confidence < CONFIDENT
