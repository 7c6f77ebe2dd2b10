"""Judged blind: sequence true/false items copied one sentence of the article ("According to ¶2, European
leaders gathered Friday … after Britain's decision to leave …") and were keyed True in every article (the
skill's rng starts alike in every lesson of one seed). The statement is now put the other way round than the
sentence, and the key is drawn per statement."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import sequence
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS

HEAD = "Valley council news\n\n"
FILL = ("\n\nThe mayor opened a new park near the river on Monday.\n\n"
        "Many farmers sold apples and pears at the weekly market.\n")
_SENTENCES = [
    "The council raised the harbour fees after the flood destroyed the old market.",
    "The farmers held a long meeting at the town hall after the election.",
    "Valley Council closed the coast road after the storm broke the sea wall.",
    "The ferry company dropped the winter timetable after the county ended the grant.",
    "The school board hired a new head teacher after the inspectors visited the school.",
    "The bakers raised the price of bread after the mill doubled the price of flour.",
    "Ann Lee opened a second shop in the square after the bank approved the loan.",
    "The library extended the opening hours after the council restored the budget.",
    "The union called off the strike after the owners accepted the new pay offer.",
    "The harbour master closed the pier after the inspectors found cracks in the deck.",
]


def _items(body: str, seed: str = "7:sequence") -> list:
    article = plain_article(HEAD + body + FILL)
    ctx = Context(article, plain_analysis(article), random.Random(seed), frozenset(ITEM_KINDS))
    return sequence.after_items(ctx)


def test_keys_differ_from_article_to_article_under_one_seed():
    keys = [it.answer for body in _SENTENCES for it in _items(body)]
    assert len(keys) == len(_SENTENCES)
    assert 0 in keys and 1 in keys, keys


def test_the_statement_is_no_copy_of_its_sentence():
    for body in _SENTENCES:
        (it,) = _items(body)
        statement = it.stem.split(", ", 1)[1]  # after "True or false? According to ¶1,"
        assert statement.lower() != body.lower(), it.stem
        assert statement.startswith(("after ", "before ")), it.stem
        assert (it.answer == 0) == statement.startswith("after "), it.stem


def test_a_pronoun_in_the_earlier_event_moved_first_makes_no_item():
    assert _items("Jessica Lee replaced Tom Hart on the morning show after his suspension last season.") == []
