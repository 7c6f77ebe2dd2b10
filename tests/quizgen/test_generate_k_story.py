"""Key details of the story before trivia: judged blind, blanks on a weekday, a year, a side figure's
name or a number in passing were "acceptable but not a key detail" (about one key-detail item in ten
failed its skill tag). :func:`key_detail.story_tier` ranks each candidate and :func:`key_detail.generate`
lists the story's own details first, so a lesson takes them first; constructed articles only."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article, support

from quizgen.generate import key_detail
from quizgen.generate.base import Context, make_item
from quizgen.generate.key_detail import story_tier
from quizgen.model import ITEM_KINDS, Entity, Span

TEXT = """Mayor Dana Ortiz wins budget vote in Riverton

Mayor Dana Ortiz won the city council vote on the new Riverton budget by 7 votes on Tuesday night.

The budget adds 12 million dollars for parks, libraries and road repairs across Riverton.

Ortiz thanked the council members who backed the plan after a long debate.

The council clerk, Pat Lindqvist, read the final tally aloud to the room.

A local bakery sold 300 muffins to people waiting outside the hall.

Councillor Sam Okafor, who voted against the plan, said it spends too much on roads.

Okafor has served on the council since 2009 and chairs its transport committee.

Okafor said he would ask the council to look again at the road repairs."""


def _ctx():
    article = plain_article(TEXT)
    return Context(article, plain_analysis(article), random.Random(0), frozenset(ITEM_KINDS))


def _gap(ctx, par, phrase, answer, *, kind="short_answer", what="name"):
    """A key-detail gap on ``phrase`` of paragraph ``par`` keyed ``answer``."""
    sup = support(ctx.article, par, ctx.article.paragraphs[par - 1].text)
    stem = f"Complete the detail from ¶{par}: \"{sup.text.replace(phrase, '______', 1)}\" Write the missing {what}."
    if kind == "multiple_choice":
        return make_item("key_detail", kind, stem, [answer, "Other One", "Other Two", "Other Three"], 0, "x", [sup])
    return make_item("key_detail", kind, stem, [], [answer], "x", [sup])


def test_a_main_actor_is_no_trivia_a_side_figure_named_once_is():
    ctx = _ctx()
    ortiz = _gap(ctx, 3, "Ortiz", "Ortiz")  # in the headline and the lede
    okafor = _gap(ctx, 6, "Sam Okafor", "Sam Okafor", kind="multiple_choice")  # named again later
    clerk = _gap(ctx, 4, "Pat Lindqvist", "Pat Lindqvist")  # named once, only in the gap's sentence
    assert story_tier(ctx, ortiz, "name") == 1
    assert story_tier(ctx, okafor, "name") == 1
    assert story_tier(ctx, clerk, "name") == 2


def test_a_number_of_the_lede_or_headline_topic_is_the_story_one_in_passing_is_trivia():
    ctx = _ctx()
    lede = _gap(ctx, 1, "7", "7", what="number")  # the lede's own number
    budget = _gap(ctx, 2, "12 million dollars", "12 million dollars", what="amount (number and unit)")
    muffins = _gap(ctx, 5, "300", "300", what="number")  # no word of the headline or the lede
    assert story_tier(ctx, lede, "number") == 0
    assert story_tier(ctx, budget, "number") <= 1  # "budget" is the headline's word
    assert story_tier(ctx, muffins, "number") == 2


def test_generate_lists_the_story_first_and_trivia_last(monkeypatch):
    article = plain_article(TEXT)

    def person(name):
        i = article.text.index(name)
        return Entity(name, "PERSON", Span(i, i + len(name), name), 1)

    people = (person("Pat Lindqvist"), person("Sam Okafor"))
    ctx = Context(article, plain_analysis(article, entities=people), random.Random(0), frozenset(ITEM_KINDS))
    muffins = _gap(ctx, 5, "300", "300", what="number")
    lede = _gap(ctx, 1, "7", "7", what="number")
    clerk = _gap(ctx, 4, "Pat Lindqvist", "Pat Lindqvist")
    okafor = _gap(ctx, 6, "Sam Okafor", "Sam Okafor", kind="multiple_choice")
    # the generators' own order: a number in passing first, a side figure before a main actor
    monkeypatch.setattr(key_detail, "number_items", lambda c: [muffins, lede])
    monkeypatch.setattr(key_detail, "name_items", lambda c, used: [clerk, okafor])
    monkeypatch.setattr(key_detail, "identity_items", lambda c, used: [])
    monkeypatch.setattr(key_detail, "place_items", lambda c, used: [])
    got = key_detail.generate(ctx)
    # the story's number, a main actor, then trivia; a side figure's name (named once, in neither the
    # headline nor the lede) is no key at all (judged blind: a talk-show guest's name)
    assert [it.stem for it in got] == [lede.stem, okafor.stem, muffins.stem]
    # Okafor's gap is the subject of "said": asking for the name asks who said it (judged blind on D1), so it is
    # tagged attribution; the others stay key details
    assert [it.skill for it in got] == ["key_detail", "attribution", "key_detail"]


def test_generate_keeps_every_candidate_and_is_deterministic():
    article = plain_article(TEXT)
    first = [it.stem for it in key_detail.generate(Context(article, plain_analysis(article), random.Random(3),
                                                           frozenset(ITEM_KINDS)))]
    again = [it.stem for it in key_detail.generate(Context(article, plain_analysis(article), random.Random(3),
                                                           frozenset(ITEM_KINDS)))]
    assert first == again
