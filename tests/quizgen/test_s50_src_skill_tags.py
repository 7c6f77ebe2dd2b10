"""Skill tags judged blind: "Which of these people does the article quote (their own words in quotation marks)?" asks
who said what and how it is given: attribution. "True or false? The article names who made this claim (¶N): …" asks
whether a source is named: sourcing (stop 55). Constructed text."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.base import Context
from quizgen.generate.certainty import generate as certainty_items
from quizgen.generate.sourcing import named_sources
from quizgen.model import ITEM_KINDS

HARBOR = ("Council Backs Harbor Terminal\n\n"
          "\"This town deserves a terminal that works for everyone,\" Mayor Dana Voss said at the event on "
          "Saturday.\n\n"
          "\"We have waited twenty years for this,\" said Paul Garner, who runs the fish market.\n\n"
          "The plan was drafted by lawyer Nora Quist and approved by the council in March.\n\n"
          "Governor Ruth Sommer has not taken a position on the terminal, which would cost $12 million.\n\n"
          "The old ferry pier closed in 2009 after a storm damaged its pilings.\n\n"
          "The terminal will open in 2019, said Tom Hale, the harbor master.\n\n"
          "Shipping traffic has doubled since 2010.\n\n"
          "\"The fish market will stay where it is,\" Paul Garner said.\n\n"
          "Paul Garner said the market would hire ten more workers next year.\n")


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def test_which_people_the_article_quotes_is_an_attribution_item():
    it = named_sources(_ctx(HARBOR))
    assert it is not None and it.stem.startswith("Which of these people does the article quote")
    assert it.skill == "attribution"


def test_names_who_made_this_claim_is_a_sourcing_item():
    """Named or unnamed sources: the design card's sourcing (stop 55: judged blind on D4 and D5 with the card's tags,
    three of four read the attribution tag as a misfit and named sourcing)."""
    items = [it for it in certainty_items(_ctx(HARBOR)) if "names who made this claim" in it.stem]
    assert items, "no true/false on naming who made a claim"
    assert all(it.skill == "sourcing" for it in items)
