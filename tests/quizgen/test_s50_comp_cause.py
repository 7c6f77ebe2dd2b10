"""The cause-and-effect true/false took its key from the skill's first draw, which starts alike in every lesson
of one seed: one "because" sentence per article was keyed alike in every article (as the sequence items were,
judged blind). The key is now drawn per statement."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import cause_effect
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS

HEAD = "Valley council news\n\n"
FILL = ("\n\nThe mayor opened a new park near the river on Monday.\n\n"
        "Many farmers sold apples and pears at the weekly market.\n")
_SENTENCES = [
    "The council delayed the budget vote because the auditors filed the report late.",
    "The ferry company dropped the winter timetable because the county ended the grant.",
    "The school closed for a week because the storm damaged the roof of the hall.",
    "The bakers raised the price of bread because the mill doubled the price of flour.",
    "The library cut the opening hours because the council reduced the budget for books.",
    "The union called a strike because the owners refused the new pay offer.",
    "The harbour master closed the pier because the inspectors found cracks in the deck.",
    "The farmers sold the cattle early because the summer drought dried up the pasture.",
]


def test_keys_differ_from_article_to_article_under_one_seed():
    keys = []
    for body in _SENTENCES:
        article = plain_article(HEAD + body + FILL)
        ctx = Context(article, plain_analysis(article), random.Random("7:cause_effect"), frozenset(ITEM_KINDS))
        keys += [it.answer for it in cause_effect.generate(ctx) if it.kind == "true_false"]
    assert len(keys) >= 6
    assert 0 in keys and 1 in keys, keys
