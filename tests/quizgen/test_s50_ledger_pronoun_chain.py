"""A "he"/"she" that goes on a run of subjects started by a name is that person, surely: 'Hale hasn't said …,
and he insisted … . But he cut … . He said …'. Not when anyone else who may be "he"/"she" is written between
the name and the pronoun (a man named, "the treasurer", another voice), nor when only a given name (or nothing)
tells the person's sex. Constructed texts."""
from __future__ import annotations

from factories import he_she_claim

from quizgen.model import CONFIDENT

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def claim(nlp, paragraphs: list[str], words: str):
    return he_she_claim(nlp, "Senator Weighs Next Steps", FILLER, paragraphs, words)


RUN = [
    "Senator Tom Hale lost three of the five primaries on Tuesday, a result that will force him to rethink his "
    "campaign.",
    "Hale hasn't said whether he has a plan for the summer, and he insisted at a rally in Ohio on Wednesday that "
    "he is still in the race against Mary Lund. But he cut more than 200 staff members and began talking about "
    'what will happen "if we lose."',
    "He said he intends to win every delegate he can, so that he will have enough votes at the convention to "
    "shape the party's agenda.",
]


def test_paragraph_opening_he_after_a_run_of_his_subjects_is_surely_him(nlp):
    found = claim(nlp, RUN, "intends to win every delegate")
    assert found.source == "Tom Hale"
    assert found.source_confidence >= CONFIDENT


def test_a_man_named_between_leaves_he_unsure(nlp):
    paragraphs = [RUN[0], RUN[1].replace("But he cut more than 200 staff members",
                                         "But he met Peter Lund on Thursday"), RUN[2]]
    found = claim(nlp, paragraphs, "intends to win every delegate")
    assert found.source_confidence < CONFIDENT


def test_an_unnamed_person_between_leaves_he_unsure(nlp):
    paragraphs = [RUN[0], RUN[1].replace("But he cut more than 200 staff members",
                                         "But he met the treasurer, who cut more than 200 staff members"), RUN[2]]
    found = claim(nlp, paragraphs, "intends to win every delegate")
    assert found.source_confidence < CONFIDENT


def test_another_voice_between_leaves_he_unsure(nlp):
    paragraphs = [RUN[0], RUN[1], '"We are not giving up," an aide to the campaign said.', RUN[2]]
    found = claim(nlp, paragraphs, "intends to win every delegate")
    assert found.source_confidence < CONFIDENT



def test_a_name_whose_sex_the_article_does_not_tell_leaves_he_unsure(nlp):
    # only the run of subjects points at him: a given name (or none) is no evidence (the sure cases of the
    # other rules stand as they were)
    paragraphs = ['"We have bigger problems than this," says Gloria Marsh, 34, a nurse from Dayton, Ohio. She says '
                  "everyone should be free to choose.",
                  'Tavish Okonkwo, 18, from Lee County, Fla., disagrees. "I could say I am anything and it does not '
                  'mean that I am it," he says.']
    found = claim(nlp, paragraphs, "I could say I am anything")
    assert found.source_confidence < CONFIDENT
