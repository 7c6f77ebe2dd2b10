"""Certainty and evidence items judged wrong on set E, each on a constructed text of the same shape: a
claim stitched across "according to a … tally" (the attribution silently cut, the writer's clause glued
on), a quip to the listener asked "how certain", and a number credited to a news outlet's poll average
keyed "a statistic" with "a report by a news outlet" beside it."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyse
from quizgen.generate import certainty, evidence
from quizgen.generate.base import Context
from quizgen.generate.certainty import checkable
from quizgen.generate.evidence import outlet_credited
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def _ctx(nlp, paragraph):
    article = article_from_text("Race Tightens In The Valley\n\n" + FILLER + "\n\n" + paragraph)
    return Context(article, analyse(article, nlp=nlp), random.Random(0), frozenset(ITEM_KINDS))


def test_no_claim_stitched_across_an_according_to_tally(nlp):
    """The stem showed "Lund has won 412 …'s 97 but his path … is narrowing": the attribution cut from
    inside, and the second clause is the writer's own analysis, so "stated as fact" is defensible too."""
    ctx = _ctx(nlp, "Lund so far has won 412 pledged delegates, compared to Vero’s 301 and Ohio Senator Mark "
                    "Dale’s 97, according to an NBC tally, but his path to an outright win is narrowing.")
    assert any(len(a.content_spans) > 1 for a in ctx.analysis.attributions if a.source == "NBC")
    stems = [it.stem for it in certainty.generate(ctx)]
    assert not [s for s in stems if "Lund" in s or "narrowing" in s]


def test_an_interrupted_quotation_is_still_asked_about(nlp):
    """A quotation broken by "Lee said" is the speaker's words on both sides: not a stitched claim."""
    ctx = _ctx(nlp, "\"The new ferry terminal will open in the spring,\" Mayor Ann Lee said, \"and the old pier "
                    "will close for repairs.\"")
    from quizgen.generate.certainty import stitched_over_source
    assert not any(stitched_over_source(ctx, a) for a in ctx.analysis.attributions if a.direct)


def test_no_certainty_item_on_a_quip_to_the_listener(nlp):
    ctx = _ctx(nlp, "Host Rachel Dunn joked about the film all evening. \"You'll have to ask the captain,\" Dunn "
                    "said.")
    assert any("ask the captain" in a.content for a in ctx.analysis.attributions)
    assert not [it for it in certainty.generate(ctx) if "ask the captain" in it.stem]


@pytest.mark.parametrize("claim, ok", [
    ("You'll have to ask a bear", False),
    ("Ask the captain about the ferry", False),
    ("Don't expect the ferry before June", False),
    ("Is the ferry running again", False),
    ("I'm done with this", False),
    ("Not my call at all", False),
    ("The ferry will run again in June", True),
    ("the harbor lost forty ships last winter", True),
    ("Lee wants a new vote", True),
])
def test_checkable_claims(claim, ok):
    assert checkable(claim) is ok


def test_no_statistic_item_when_a_news_outlets_poll_average_is_credited(nlp):
    ctx = _ctx(nlp, "Lund, after all, is viewed favorably by 52 percent compared to 41 percent who view him "
                    "unfavorably, according to the Huffington Post Pollster average.")
    for it in evidence.generate(ctx):
        assert not ("52 percent" in it.stem and "A report by a news outlet" in it.options)


def test_a_number_credited_to_a_board_keeps_its_item(nlp):
    """Control: "according to the state Election Board" names no outlet; the item stays."""
    ctx = _ctx(nlp, "Turnout rose to 61 percent in the county, according to the state Election Board.")
    assert [it for it in evidence.generate(ctx) if "61 percent" in it.stem]


@pytest.mark.parametrize("text, ok", [
    ("Lund leads by 9 points, according to the Huffington Post Pollster average.", True),
    ("Lund leads by 9 points, according to a CNN tally.", True),
    ("Lund leads by 9 points in the Valley Ledger's average of polls.", True),
    ("Lund leads by 9 points, according to RealClearPolitics.", True),
    ("Turnout rose to 61 percent, according to the state Election Board.", False),
    ("Turnout rose to 61 percent, according to the Water Agency's figures.", False),
])
def test_outlet_credited(text, ok):
    assert outlet_credited(text) is ok
