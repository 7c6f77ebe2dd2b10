"""The summary item (a main-idea open response with a rubric) and its place in a lesson: the model
answer states the lede's point with the main actors; no item without a sure point (an opening
question, an anecdote); an opinion piece is asked for the writer's argument, only when surely one;
the lesson takes the summary only as filler below 10 items, never in place of the perspective open
item or a choice item. Constructed articles only."""
from __future__ import annotations

import random

import pytest
from factories import plain_article, support

from quizgen.analysis import analyse
from quizgen.generate import main_idea
from quizgen.generate.base import Context, make_item
from quizgen.generate.lesson import MIN_ITEMS, select
from quizgen.generate.summary import OPINION_STEM, STEM, is_summary, summary_item
from quizgen.model import ITEM_KINDS

NEWS = "\n\n".join([
    "Riverton council approves new flood wall along the river",
    "Mayor Dana Ortiz won approval from the Riverton city council on Tuesday for a new flood wall "
    "along the river, ending a two-year fight over how to protect the downtown district.",
    "The council voted 7 to 2 for the plan, which will cost about 40 million dollars over five "
    "years.",
    "Ortiz said the wall would protect hundreds of homes and shops that flooded twice in the past "
    "decade.",
    "Councillor Sam Okafor, who voted against the plan, said the city should have bought out homes "
    "in the flood zone instead.",
    "Okafor said the wall would push water onto farms downstream and leave the city with heavy "
    "debts.",
    "Construction of the flood wall is expected to begin next spring, once the state releases its "
    "share of the money.",
    "Ortiz said the city would hold public meetings on the design before the first section is built.",
    "Okafor said he would keep pressing the council to study buyouts for the homes most at risk.",
])

QUESTION = NEWS.replace(
    "Mayor Dana Ortiz won approval from the Riverton city council on Tuesday for a new flood wall along the "
    "river, ending a two-year fight over how to protect the downtown district.",
    "What does it take to keep a river town dry when the water keeps rising every spring?")

ANECDOTE = "\n\n".join([
    "Riverton council approves new flood wall along the river",
    "It was nearly midnight when Maria Chen carried the last box of photographs up the stairs of her "
    "bakery.",
    "She had done the same thing twice before, and each time the water had reached the second step.",
    "Her neighbours along Front Street had stacked sandbags against their doors since the early "
    "evening.",
    "By morning the street was a brown lake, and the fire brigade was rowing people to the school.",
    "Chen said she did not know whether she could afford to open the bakery again after another "
    "flood.",
    "Mayor Dana Ortiz later won approval from the council for a new flood wall along the river.",
    "Councillor Sam Okafor said the city should have bought out the homes in the flood zone instead.",
])

OPINION = "\n\n".join([
    "Riverton should repair its library before it builds a stadium",
    "Riverton should repair its crumbling public library before the city council spends a single "
    "dollar on a new stadium for the football club.",
    "I have used the library on Mill Street every week for twenty years, and I have watched the roof "
    "leak onto the shelves.",
    "The council plans to borrow 60 million dollars for the stadium, while the library repairs would "
    "cost less than 3 million dollars.",
    "Neighbours like me depend on the library for computers, job listings and a warm place to read "
    "in winter.",
    "Mayor Dana Ortiz has said the stadium would bring visitors and jobs to the town centre.",
    "Mayor Dana Ortiz has never explained why the library has waited for repairs since 2015.",
    "I urge the council to fix the library first and to put the stadium to a public vote.",
    "The writer's opinions are her own.",
])


def _ctx(nlp, text):
    article = plain_article(text)
    return Context(article, analyse(article, nlp=nlp), random.Random(0), frozenset(ITEM_KINDS))


def test_the_model_answer_states_the_ledes_point_with_the_main_actors(nlp):
    ctx = _ctx(nlp, NEWS)
    item = summary_item(ctx)
    assert item is not None
    assert item.skill == "main_idea" and item.kind == "open_response" and is_summary(item)
    assert item.stem == STEM
    (model,) = item.answer
    # the lede's point, cut at a clause boundary (judged blind, J6: never a whole paragraph pasted), with its
    # paragraph
    assert "Mayor Dana Ortiz won approval from the Riverton city council for a new flood wall along the river." \
        in model
    assert "ending a two-year fight" not in model
    assert "main point (¶1)" in model
    # the main actors by their full names: the mayor of the lede, the councillor named most after her
    assert "Dana Ortiz" in model and "Sam Okafor" in model
    assert item.support[0].paragraph == 1
    # the rubric's key points name the same people and the point's paragraph
    full = item.rubric[0]
    assert full.points == 3 and "Dana Ortiz" in full.description and "¶1" in full.description
    assert [r.points for r in item.rubric] == [3, 2, 1, 0]
    assert item.points == 3


def test_the_summary_is_written_only_for_a_short_lesson(nlp):
    """The summary is filler: main_idea.generate makes only the choice item; build_lesson_report asks for the
    summary when a lesson is short of its 10 items (and the chosen skills and kinds allow it)."""
    from quizgen.generate import build_lesson_report, summary_candidates

    ctx = _ctx(nlp, NEWS)
    assert all(not is_summary(it) for it in main_idea.generate(ctx))
    extra = summary_candidates(ctx.article, ctx.analysis)
    assert len(extra) == 1 and is_summary(extra[0]) and extra[0].id
    assert summary_candidates(ctx.article, ctx.analysis, kinds=["multiple_choice"]) == []
    assert summary_candidates(ctx.article, ctx.analysis, skills=["key_detail"]) == []
    short = build_lesson_report(ctx.article, count=15, seed=0, analysis=ctx.analysis).lesson
    assert len(short.items) < 10 and any(is_summary(it) for it in short.items)
    only_open = build_lesson_report(ctx.article, count=15, seed=0, analysis=ctx.analysis,
                                    kinds=["open_response"]).lesson
    assert any(is_summary(it) for it in only_open.items)  # an open-response-only lesson gets it too


def test_no_item_when_the_opening_is_a_question(nlp):
    assert summary_item(_ctx(nlp, QUESTION)) is None


def test_no_item_when_the_opening_is_an_anecdote_with_no_sure_point(nlp):
    # the point comes only in ¶6, after a scene: no sentence of the opening states the headline's point
    assert summary_item(_ctx(nlp, ANECDOTE)) is None


def test_an_opinion_piece_is_asked_for_the_writers_argument(nlp):
    # (a lede that is its whole paragraph is never pasted as the model summary: here ¶1 has a second sentence)
    ctx = _ctx(nlp, OPINION.replace("for the football club.", "for the football club. The vote is in May.", 1))
    item = summary_item(ctx)
    assert item is not None
    assert item.stem == OPINION_STEM
    (model,) = item.answer
    assert "the writer's argument (¶1)" in model
    assert "Riverton should repair its crumbling public library before the city council spends" in model
    assert "argument" in item.rubric[0].description


def test_no_item_for_a_piece_that_may_or_may_not_be_an_opinion(nlp):
    # first person in two paragraphs, no closing note: perhaps a column, perhaps a report
    text = OPINION.replace("\n\nThe writer's opinions are her own.", "").replace(
        "I urge the council to fix the library first", "Residents urge the council to fix the library first")
    assert summary_item(_ctx(nlp, text)) is None
    # no first person at all: the argument in the writer's voice is still no news to report
    plain = text.replace("I have used the library on Mill Street every week for twenty years, and I have watched",
                         "Readers have used the library on Mill Street for decades, and staff have watched").replace(
        "Neighbours like me depend", "Neighbours depend")
    assert summary_item(_ctx(nlp, plain)) is None


# ---------------------------------------------------------------- selection

SKILLS = ["key_detail", "attribution", "certainty", "sourcing", "evidence", "vocabulary_in_context", "sequence",
          "cause_effect", "corroboration", "inference", "key_detail", "attribution", "certainty", "sourcing"]
_PHRASES = [
    "Mayor Dana Ortiz won approval", "The council voted 7 to 2", "Ortiz said the wall would protect",
    "Councillor Sam Okafor, who voted against", "Okafor said the wall would push water",
    "Construction of the flood wall is expected", "Ortiz said the city would hold public meetings",
    "Okafor said he would keep pressing",
]


def _choice_items(n: int):
    """``n`` distinct choice items, each on its own passage, stem and key."""
    article = plain_article(NEWS)
    out = []
    for i in range(n):
        par = i % 8 + 1
        phrase = _PHRASES[i % 8]
        sup = support(article, par, phrase)
        out.append(make_item(SKILLS[i % len(SKILLS)], "multiple_choice", f"Question {i} about ¶{par} number {i}?",
                             [f"answer{i}", f"other{i}a", f"other{i}b", f"other{i}c"], 0,
                             f"¶{par}: \"{phrase}\"", [sup]))
    return out


def _open(skill: str, stem: str):
    article = plain_article(NEWS)
    sup = support(article, 1, "Mayor Dana Ortiz won approval")
    return make_item(skill, "open_response", stem, [], ["model"], "¶1: \"Mayor Dana Ortiz won approval\"",
                     [sup], points=3)


SUMMARY = _open("main_idea", STEM)
PERSPECTIVE = _open("perspective", "Whose voice is missing from this article?")


@pytest.mark.parametrize("n", [12, 14])
def test_a_lesson_already_at_ten_items_is_unchanged_by_the_summary(n):
    choices = _choice_items(n)
    without = select([*choices, PERSPECTIVE], 15)
    assert len(without) >= MIN_ITEMS
    # registry order puts the main-idea summary first among the candidates
    with_summary = select([SUMMARY, *choices, PERSPECTIVE], 15)
    assert with_summary == without
    assert SUMMARY not in with_summary


def test_a_short_lesson_gains_the_summary():
    choices = _choice_items(5)
    without = select([*choices, PERSPECTIVE], 15)
    got = select([SUMMARY, *choices, PERSPECTIVE], 15)
    assert len(without) < MIN_ITEMS
    assert SUMMARY in got and len(got) == len(without) + 1
    assert [it for it in got if it is not SUMMARY] == without  # nothing else changes


def test_the_perspective_open_item_is_never_displaced():
    for n in (3, 6, 12):
        got = select([SUMMARY, *_choice_items(n), PERSPECTIVE], 15)
        assert PERSPECTIVE in got
    # a short count: the perspective item is the one open item taken
    got = select([SUMMARY, *_choice_items(8), PERSPECTIVE], 4)
    assert PERSPECTIVE in got and SUMMARY not in got


def test_a_short_lesson_without_a_perspective_item_gains_the_summary_last():
    choices = _choice_items(4)
    got = select([SUMMARY, *choices], 15)
    assert SUMMARY in got and got[-1] is SUMMARY  # open responses print last
    assert [it for it in got if it is not SUMMARY] == select(choices, 15)


def test_the_outlets_description_after_a_name_is_cut_and_a_spokeswoman_is_no_actor(nlp):
    lede = NEWS.split("\n\n")[1]
    text = NEWS.replace(lede, "Mayor Dana Ortiz won approval from the Riverton city council on Tuesday for a new "
                              "flood wall along the river, ending a two-year fight with Councillor Sam Okafor, "
                              "Riverton's loudest critic of every public works plan.")
    text += ("\n\nA spokeswoman, Lena Park, said the council had received the plans in March."
             "\n\nPark said the engineers had studied three designs."
             "\n\nPark said the council would publish the studies online.")
    item = summary_item(_ctx(nlp, text))
    assert item is not None
    (model,) = item.answer
    # a whole clause, never the outlet's verdict on Okafor, and never a phrase cut mid-way
    assert "for a new flood wall along the river." in model
    assert "loudest critic" not in model
    assert "Lena Park" not in model  # heard three times, but only as the council's spokeswoman


def test_the_model_answer_lists_what_a_full_answer_covers_rather_than_copying(nlp):
    """Judged blind (J2): a model answer made of the article's own sentences "copies the article" while the rubric
    docks copying. It now says what a full answer covers and quotes each point after its paragraph."""
    text = ("Riverton council approves new flood wall"
            "\n\nThe Riverton city council approved a new flood wall for the river district on Tuesday, ending a "
            "two-year fight over how to protect homes from spring floods."
            "\n\nMayor Dana Ortiz said the wall would protect four hundred homes. Councillor Sam Okafor, who voted "
            "against the plan, said the city should have bought out homes in the flood zone instead."
            "\n\nThe wall will cost the city 12 million dollars and take two years to build, the council said."
            "\n\nOrtiz said construction would begin in the spring. Okafor said he would keep pressing for buyouts."
            "\n\nPark said the engineers had studied three designs.")
    item = summary_item(_ctx(nlp, text))
    assert item is not None
    (model,) = item.answer
    # judged blind (J6): a list of what to cover with ¶1 pasted was no model summary; the model answer is a
    # short summary of shortened sentences, then what a full answer gives
    assert model.startswith("Answers vary. A model summary: ")
    assert "ending a two-year fight over how to protect homes from spring floods" not in model
    assert "A full answer, in the student's own words, gives the main point (¶1)" in model
    assert "A strong summary says" not in model
