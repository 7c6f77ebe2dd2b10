"""Key-detail capacity (kd36): roles in apposition that a clause opener or a courtesy title's stop hid from
the identity items, each on a constructed article, beside the shapes that must stay refused."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import key_detail, sure_claims
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Entity, Span

HARBOR = (
    "Harbor Town Picks A Side In The Ferry Fight\n\n"
    "Voters in Eastport backed the new ferry terminal on Tuesday, and the town council approved its budget the "
    "next morning.\n\n"
    "After the Democratic mayor of Eastport, Dana Voss, was elected, a dinner was held at the harbor for the "
    "fishing crews.\n\n"
    "Nora Quist, the engineer leading Mrs. Voss's terminal project, has begun testing the harbor floor.\n\n"
    "Paul Garner, a state senator, attacked the terminal plan as too costly at a meeting in June.\n\n"
    "Otto Brand, who owns 40 boats, said the rules would cost him $2 million a year.\n\n"
    "Ruth Sommer said the first inspections would begin in June.\n\n"
    "Garner has asked the state to review the plan, and Brand has joined his call.\n\n"
    "Sommer and Quist will meet the council on Friday, and Voss will open the meeting.\n")


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def _apposition_of(text: str, name: str) -> str | None:
    ctx = _ctx(text)
    e = next(e for e in ctx.analysis.entities if e.text.strip() == name)
    s = key_detail._sentence(ctx, e.span.start)
    assert s is not None
    return key_detail._apposition(ctx, s, e)


def test_a_role_before_the_name_after_a_clause_opener_is_an_apposition():
    assert _apposition_of(HARBOR, "Dana Voss") == "the Democratic mayor of Eastport"


def test_a_role_holding_a_courtesy_title_is_an_apposition():
    assert _apposition_of(HARBOR, "Nora Quist") == "the engineer leading Mrs. Voss's terminal project"


def test_the_head_of_a_role_cut_by_a_reduced_relative_is_its_head():
    assert key_detail._role_head("the engineer leading Mrs. Voss's terminal project") == "engineer"
    assert key_detail._role_head("the leading voice of the fishing crews") is None


def test_the_roles_are_asked_as_identity_items():
    ctx = _ctx(HARBOR)
    stems = [it.stem for it in key_detail.identity_items(ctx, set())]
    assert any("the engineer leading Mrs. Voss's terminal project" in st for st in stems), stems
    assert any("the Democratic mayor of Eastport" in st for st in stems), stems


def _title_of(text: str, name: str) -> str | None:
    ctx = _ctx(text)
    e = next(e for e in ctx.analysis.entities if e.text.strip() == name)
    s = key_detail._sentence(ctx, e.span.start)
    assert s is not None
    return key_detail._title_before(ctx, s, e)


MATCH = (
    "Eastport Beat Westport In The Harbor Cup Final\n\n"
    "Eastport beat Westport 2 - 1 in the Harbor Cup final on Sunday before a crowd of 4,000 at the town stadium.\n\n"
    "Eastport captain Ana Roe scored the winning goal from the penalty spot in the second half.\n\n"
    "Westport campaign chief Leo Brandt said the club would appeal the penalty to the league.\n\n"
    "Westport defender Tim Ocker was booked for a foul on Roe before the penalty.\n")


def test_a_captain_or_a_chief_is_one_persons_title():
    assert _title_of(MATCH, "Ana Roe") == "Eastport captain"
    assert _title_of(MATCH, "Leo Brandt") == "Westport campaign chief"


def test_a_defender_is_still_no_title_many_may_hold():
    assert _title_of(MATCH, "Tim Ocker") is None


FERRY = (
    "Ferry Company Picks A New Route For Eastport\n\n"
    "The Harbor Line ferry company will open a new route between Eastport and Westport in May, the company said "
    "on Monday.\n\n"
    "Nora Quist, Harbor Line's chief executive, told the council the route would carry 2,000 people a day.\n\n"
    "Eastport's harbor chief, Leo Brandt, said the pier would be rebuilt before the route opens.\n\n"
    "Otto Brand, the Westport mayor, welcomed the route at a meeting in June.\n\n"
    "Quist said the company had bought two new ferries for the route.\n\n"
    "Brandt and Brand will meet the company's board on Friday.\n")


def test_a_role_of_a_named_owner_is_an_apposition_after_or_before_the_name():
    assert _apposition_of(FERRY, "Nora Quist") == "Harbor Line's chief executive"
    assert _apposition_of(FERRY, "Leo Brandt") == "Eastport's harbor chief"


def test_a_role_of_an_unnamed_owner_is_still_none():
    text = FERRY.replace("Nora Quist, Harbor Line's chief executive, told", "Nora Quist, the company's chief "
                         "executive, told")
    assert _apposition_of(text, "Nora Quist") is None


def test_a_name_given_a_role_of_a_named_owner_is_role_marked():
    text = "The lease was signed by Ruth Sommer, Westport's harbor chief, on Friday."
    start = text.index("Ruth Sommer")
    e = Entity("Ruth Sommer", "PERSON", Span(start, start + 11, "Ruth Sommer"), 1)
    assert key_detail._role_marked(text, e)
    plain = text.replace("Westport's harbor chief", "Westport's old friend")
    assert not key_detail._role_marked(plain, e)


def test_a_kin_role_of_a_named_owner_is_no_apposition():
    text = FERRY.replace("Eastport's harbor chief, Leo Brandt,", "Quist's brother, Leo Brandt,")
    assert _apposition_of(text, "Leo Brandt") is None
