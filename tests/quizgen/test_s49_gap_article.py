"""Key details, session 49: the options of a name or place gap agree with the "a" or "an" before it.

The quality gate drops a gap item when one option cannot follow the article before the gap ("at a ______ town
hall" with "MSNBC" among the options: "a MSNBC" is wrong, so a reader rules it out by grammar). The generator
now picks only options that fit, so the item is kept with four options a reader must tell apart by the article.
Constructed articles only.
"""
from __future__ import annotations

import random

from test_generate_key_detail_capacity import _doc

from quizgen.generate.base import Context
from quizgen.generate.key_detail import article_fits, name_items
from quizgen.model import ITEM_KINDS
from quizgen.validate import lint_item, takes_an

_TOWN_HALL = ("Candidates court farm voters before the caucus\n\n"
              "The two candidates made separate appearances at a CNN town hall in Des Moines on Monday evening, "
              "pressing farm voters before the caucus.\n\n"
              "Farm voters said the price of corn and the cost of fuel would decide their votes in the caucus.\n\n"
              "Both candidates promised to protect farm incomes if they win the caucus next week.\n")


def _gap_items(text: str, name: str, seed: int):
    article, analysis = _doc(text, places=[name], label="ORG")
    items = name_items(Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS)), set())
    return article, [it for it in items if "______" in it.stem]


def test_after_a_every_option_is_said_with_a_consonant_first():
    for seed in range(6):
        article, items = _gap_items(_TOWN_HALL, "CNN", seed)
        assert len(items) == 1, seed
        item = items[0]
        assert "at a ______ town hall" in item.stem and item.options[item.answer] == "CNN"
        assert not any(takes_an(o) for o in item.options), (seed, item.options)  # never "NBC", "NPR", "MSNBC"
        assert not [w for w in lint_item(item, article) if "by grammar" in w]


def test_after_an_every_option_is_said_with_a_vowel_first():
    text = _TOWN_HALL.replace("at a CNN town hall", "at an NBC town hall")
    for seed in range(6):
        article, items = _gap_items(text, "NBC", seed)
        for item in items:  # (too few such outlets left: no item, never one the gate would drop)
            assert item.options[item.answer] == "NBC"
            assert all(takes_an(o) for o in item.options), (seed, item.options)


def test_article_fits_reads_only_an_article_right_before_the_gap():
    after_a, after_an, after_in = article_fits("appearances at a "), article_fits("said in an "), article_fits("in ")
    assert after_a("Florida") and after_a("CNN") and not after_a("Ohio") and not after_a("MSNBC")
    assert after_an("Ohio") and after_an("NBC") and not after_an("CNN") and not after_an("Florida")
    assert after_in("Ohio") and after_in("CNN")
    assert article_fits("Rubio, a ")("Texas") and article_fits("A ")("Texas")
    assert article_fits("Kasha ")("Ohio")  # "a" inside a word is no article
