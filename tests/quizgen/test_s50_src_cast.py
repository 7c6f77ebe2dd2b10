"""Person options must be people the article presents as taking part in its story (judged blind: "Jim Crow", a
term, offered as who said a film-maker's words; King George III and Thomas Jefferson, named in a line of a
property's history, offered among "which of these people does the article quote?"). A person the ledger gives
no claim is offered only when the article shows them acting (the subject of a verb) or gives them a role, and
never a figure of history (a regnal number, a year before 1950, the famous dead). Constructed text."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.attribution import takes_part
from quizgen.generate.base import Context
from quizgen.generate.sourcing import named_sources
from quizgen.model import ITEM_KINDS

MILL = ("Old Mill Sold to Developer\n\n"
        "\"This mill will be full of workshops again within two years,\" said Dana Voss, the developer who bought "
        "it on Monday.\n\n"
        "\"We have waited twenty years for someone to save it,\" said Paul Garner, who runs the town museum.\n\n"
        "The mill's history is long: Samuel Whitcombe built it in 1791 on land granted by King George III, and "
        "the laws of Jim Crow kept black workers out of its weaving rooms.\n\n"
        "Architect Lena Moss drew the plans for the new workshops.\n\n"
        "Council member Tom Hale voted against the permit last month.\n\n"
        "The sale price was not disclosed.\n")


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def test_people_of_the_story_take_part_and_names_of_its_history_do_not():
    ctx = _ctx(MILL)
    for name in ("Lena Moss", "Tom Hale", "Dana Voss"):
        assert takes_part(ctx, name), name
    for name in ("Samuel Whitcombe", "Jim Crow"):
        assert not takes_part(ctx, name), name
    assert not takes_part(ctx, "George III")


def test_which_people_are_quoted_offers_only_people_of_the_story():
    it = named_sources(_ctx(MILL))
    assert it is not None
    for o in it.options:
        assert not any(w in o for w in ("Whitcombe", "George", "Crow")), it.options
