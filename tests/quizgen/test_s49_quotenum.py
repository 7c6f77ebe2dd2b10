"""Key details, session 49: a number inside a quotation. Constructed articles only.

A number a speaker gives is a detail of the story as much as one the writer gives, but a gap in a quotation
reads clearly only when the quotation is a whole statement set in its sentence with its speaker ("“The pier
repairs will cost $20 million,” Mayor Lund said."), and its key is one clean quantity: never "$20-plus million
dollar", a figure of speech ("100 percent sure", "in the last 24 hours", "the $64,000 question"), a cut piece of a
quotation or a quotation no one in the sentence is named for.
"""
from __future__ import annotations

import random

from test_generate_key_detail_capacity import _doc

from quizgen.generate.base import Context
from quizgen.generate.key_detail import number_items
from quizgen.model import ITEM_KINDS

_HEAD = ("Harbour budget vote delayed over pier repairs\n\n"
         "The town council delayed its vote on the harbour budget on Monday after a long debate over the "
         "pier repairs.\n\n")
_TAIL = "\n\nThe council will meet again next month to vote on the harbour budget.\n"


def _items(quote, phrase, kind="money"):
    article, analysis = _doc(_HEAD + quote + _TAIL, quantities=[(kind, phrase)])
    return number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


def _keys(item):
    return item.answer if isinstance(item.answer, list) else [item.options[item.answer]]


def test_a_sum_in_a_whole_quoted_statement_with_its_speaker_is_asked():
    items = _items("“The pier repairs in the harbour budget will cost $20 million,” Mayor Anna Lund said.",
                   "$20 million")
    assert len(items) == 1
    assert "will cost ______,’ Mayor Anna Lund said." in items[0].stem
    assert "$20 million" in _keys(items[0])


def test_a_count_with_its_unit_word_in_a_quoted_statement_is_asked():
    items = _items('"The harbour budget pays for 450 workers on the pier repairs this year," Lund told reporters.',
                   "450 workers", kind="number")
    assert len(items) == 1 and "pays for ______ on the pier" in items[0].stem
    assert any(k.startswith("450") for k in _keys(items[0]))


def test_no_gap_in_a_garbled_quantity_phrase():
    # a doubled unit, "-plus" or a word glued to the number: no clean phrase to write in
    for quote, phrase in (
            ("“The harbour budget has a $20-plus million dollar hole for the pier repairs,” Lund said.",
             "$20-plus million dollar"),
            ("“The harbour budget has a $20 million dollars hole for the pier repairs,” Lund said.",
             "$20 million dollars")):
        assert _items(quote, phrase) == []


def test_no_gap_in_a_cut_piece_of_a_quotation_or_one_with_no_speaker():
    assert _items("Mayor Anna Lund called the harbour budget a “$20 million answer to the pier repairs” at the "
                  "meeting.", "$20 million") == []
    assert _items("“The pier repairs in the harbour budget will cost $20 million.”", "$20 million") == []
    # two quotations in the sentence: which one is the whole statement is not plain
    assert _items("“The pier repairs will cost $20 million,” Lund said of the harbour budget, "
                  "“and the town can pay it.”", "$20 million") == []


def test_no_gap_in_a_figure_of_speech_or_a_question():
    assert _items("“I am 100 percent sure the harbour budget covers the pier repairs,” Lund said.",
                  "100 percent", kind="percent") == []
    assert _items("“Nothing in the last 24 hours has changed the harbour budget for the pier repairs,” Lund said.",
                  "24 hours", kind="number") == []
    assert _items("“The pier repairs are the $64,000 question of the harbour budget,” Lund said.",
                  "$64,000") == []
    assert _items("“Will the pier repairs in the harbour budget cost $20 million?” Lund asked.", "$20 million") == []
