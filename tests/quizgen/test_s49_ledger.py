"""s49 ledger: speakers the article makes plain are sure; the doubtful stay unsure (constructed articles, real
parse).

- A role description as the speaker ("the Vermont senator said", "the former secretary of state told ...") is the
  one person the article introduced with that role: a title before the name ("Vermont Sen. Maria Lane"), an
  appositive ("Tom Hale, the former secretary of state") or "who is the ...". Not when two people bear it, not
  when the description has a word the introduction lacks ("the Texas senator"), nor "the president" after
  "former President X".
- "He said" is sure when the sentence before is about one named man (its subject) and no one else who may be
  "he" is named or mentioned after him or in the pronoun's own sentence; others named earlier do not matter.
"""
from __future__ import annotations

import pytest
from factories import plain_article

from quizgen.analysis import analyse
from quizgen.model import CONFIDENT

OPENING = ("Harbor levy splits the town\n\n"
           "The town council met on Monday evening to discuss the harbor levy and the budget for next year. "
           "Residents filled the hall and many waited outside in the rain.\n\n")


def _about(nlp, body, words):
    atts = analyse(plain_article(OPENING + body), nlp=nlp).attributions
    return [a for a in atts if words in a.content]


@pytest.mark.parametrize("body,speaker", [
    # a title before the name, abbreviated
    ("Vermont Sen. Maria Lane spoke at the rally on Monday.\n\n"
     "The Vermont senator told reporters that the levy was unfair.", "Maria Lane"),
    # an appositive
    ("Anna Berg met voters in the town. Tom Hale, the former secretary of state, visited the harbor on Friday. "
     "The docks were quiet.\n\n"
     "The former secretary of state said that the harbor needed more money.", "Tom Hale"),
    # a title before the name, written out, with "of"
    ("Former Secretary of State Tom Hale visited the harbor on Friday.\n\n"
     "The former secretary of state said that the harbor needed more money.", "Tom Hale"),
    # "who is the ..."
    ("Anna Berg met voters in the town. Tom Hale, who is the Republican nominee, visited the harbor on Friday. "
     "The docks were quiet.\n\n"
     "The Republican nominee said that the harbor needed more money.", "Tom Hale"),
    # two nominees, told apart by the party the description names
    ("Republican nominee Tom Hale and Democratic nominee Anna Berg met voters on Friday.\n\n"
     "The Republican nominee said that the harbor needed more money.", "Tom Hale"),
    # a noun before the role names a person too
    ("Billionaire businessman Tom Hale visited the harbor on Friday.\n\n"
     "The billionaire said that the harbor needed more money.", "Tom Hale"),
])
def test_a_role_description_is_the_one_person_introduced_with_it(nlp, body, speaker):
    found = _about(nlp, body, "needed more money") + _about(nlp, body, "levy was unfair")
    assert found and all(a.source == speaker and a.source_kind == "person" and a.source_confidence >= CONFIDENT
                         for a in found), [(a.source, a.source_confidence) for a in found]


@pytest.mark.parametrize("body", [
    # two people bear the role
    "Sen. Maria Lane and Sen. Tom Hale spoke at the rally on Monday.\n\n"
    "The senator told reporters that the harbor needed more money.",
    # a word of the description the introduction lacks
    "Sen. Maria Lane spoke at the rally on Monday.\n\n"
    "The Texas senator told reporters that the harbor needed more money.",
    # a rank word of the introduction the description lacks
    "Former President Tom Hale visited the harbor on Friday.\n\n"
    "The president said that the harbor needed more money.",
    # the head of the introduction is the role, not a word before it
    "State Department spokesman Tom Hale visited the harbor on Friday.\n\n"
    "The department said that the harbor needed more money.",
    # someone else is the subject just before: the description may well be that person
    "Candidate Tom Hale spoke first at the debate on Friday.\n\n"
    "When the host said that Peter Lund had not answered the question, the candidate said that the harbor "
    "needed more money.",
    # someone unnamed with the same role, just before
    "Tom Hale, a company executive, spoke to analysts in the spring.\n\n"
    "In a video, a company executive tells workers that the plant will close. The executive says that the "
    "harbor needed more money.",
])
def test_a_role_description_no_one_or_two_bear_stays_unsure(nlp, body):
    found = _about(nlp, body, "needed more money")
    assert found and not [a for a in found if a.source_kind == "person" and a.source_confidence >= CONFIDENT], \
        [(a.source, a.source_confidence) for a in found]


@pytest.mark.parametrize("body,speaker", [
    ("Peter Lund opened the meeting with a short speech. Mr. Tom Hale thanked the crowd.\n\n"
     "He said the town needed the money for the harbor wall.", "Tom Hale"),
    ("Ms. Lin Mei chaired the meeting. Ms. Anna Berg visited the docks with the board on Friday.\n\n"
     "She said the town needed the money for the harbor wall.", "Anna Berg"),
])
def test_a_pronoun_goes_on_with_the_subject_of_the_sentence_before(nlp, body, speaker):
    found = _about(nlp, body, "harbor wall")
    assert [(a.source, a.source_confidence >= CONFIDENT) for a in found] == [(speaker, True)]


@pytest.mark.parametrize("body", [
    # another man named after the subject: either may be "he"
    "Tom Hale met Peter Lund at the harbor on Monday.\n\nHe said the town needed the money for the harbor wall.",
    # an unnamed man mentioned after the subject
    "Tom Hale met the treasurer at the harbor on Monday.\n\nHe said the town needed the money for the harbor wall.",
    # another man named in the pronoun's own sentence
    "Tom Hale said the levy was fair.\n\n"
    "When Peter Lund asked about the cost, he said the town needed the money for the harbor wall.",
    # the one named is the object, not the subject
    "The council thanked Tom Hale for his work.\n\nHe said the town needed the money for the harbor wall.",
    # another man spoke just before: "he" may go on with his words
    "\"We will win the vote,\" said Tom Hale. Peter Lund disagreed.\n\n"
    "He said the town needed the money for the harbor wall.",
])
def test_he_with_another_possible_man_stays_unsure(nlp, body):
    found = _about(nlp, body, "harbor wall")
    assert not [a for a in found if a.source_text.lower() == "he" and a.source_confidence >= CONFIDENT], \
        [(a.source, a.source_confidence) for a in found]
