"""Judged blind (stop 35 early set): "Almost ______ of Democratic voters …" keyed "25 percent" beside
"49.84 percent" and "49.59 percent" (a vote count's shares from elsewhere in the article): two-decimal
figures beside a whole one point to the key. Wrong numbers are written as precisely as the key."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import key_detail, sure_claims
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS

POLL = (
    "Harbor vote too close to call\n\n"
    "The harbor vote ended with 49.84 percent for the plan and 49.59 percent against it, the county clerk said "
    "on Tuesday.\n\n"
    "A recount of the harbor vote would cost the county $40,000 and take two weeks, the clerk said.\n\n"
    "Almost 25 percent of the town's voters did not know about the plan a month before the vote, a poll by the "
    "Eastport Ledger found.\n\n"
    "The same poll found that 40 percent of voters under 30 had never visited the harbor, and 18 percent of all "
    "voters said they fished there every week.\n\n"
    "Turnout was 61 percent, the highest for a town vote since the bridge vote of 2009.\n")


def test_wrong_percentages_are_as_precise_as_the_key():
    a = plain_article(POLL)
    ctx = Context(a, sure_claims(analyse(a)), random.Random(0), frozenset(ITEM_KINDS))
    seen = 0
    for it in key_detail.generate(ctx):
        if it.kind != "multiple_choice" or "percent" not in it.options[it.answer]:
            continue
        seen += 1
        if "." not in it.options[it.answer]:
            assert "49.84 percent" not in it.options and "49.59 percent" not in it.options, it.options
    assert seen, "a percentage item is expected from this article"
