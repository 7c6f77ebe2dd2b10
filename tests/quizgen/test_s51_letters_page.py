"""Perspective, session 51: a page of readers' letters gets no "whose perspective does the writer leave out?" item
(judged blind, t4: several writers, each on a point of their own, asked as one writer's opinion piece). A single
signed letter or column still may. Constructed articles; plain analyses (no parser)."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.perspective import letters_page
from quizgen.model import ITEM_KINDS


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, plain_analysis(article), random.Random(0), frozenset(ITEM_KINDS))


LETTER_ONE = ("I have lived beside the harbour for thirty years. The new quay will ruin it. The council should "
              "listen to the fishermen before it votes.")
LETTER_TWO = "I think the quay is a fine idea. The town needs the jobs it will bring, and I will vote for it."


def test_a_page_headed_letters_is_a_letters_page():
    assert letters_page(_ctx(f"Readers on the quay\n\nLETTERS.\n\n{LETTER_ONE}\n\n{LETTER_TWO}"))


def test_two_signed_letters_are_a_letters_page():
    assert letters_page(_ctx(f"Readers on the quay\n\n{LETTER_ONE}\n\nArlington, Mass.\n\n{LETTER_TWO}\n\n"
                             "Ann Lee, Rutland"))


def test_one_signed_letter_is_not_a_letters_page():
    assert not letters_page(_ctx(f"Readers on the quay\n\n{LETTER_ONE}\n\n{LETTER_TWO}\n\nAnn Lee, Rutland"))
