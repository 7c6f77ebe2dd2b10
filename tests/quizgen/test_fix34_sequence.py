"""Judged blind (stop 34 early set): "True or false? According to ¶13, Twitter solidified its place … during and
after last weekend's massacre" copied its sentence word for word ("False" could tempt no one) and asked no
order of events: "during and after", "before and after" put no event first."""
from __future__ import annotations

import pytest
from factories import HARBOR_FILLER, plain_article, sentence_context

from quizgen.generate.sequence import after_items


@pytest.mark.parametrize("link", ["during and after", "before and after", "in and after"])
def test_coordinated_time_words_order_no_events(link):
    text = ("The harbor app grows\n\n"
            f"The harbor app solidified its place as the town's main source of news {link} last weekend's storm "
            "on the coast.\n\n" + HARBOR_FILLER)
    a = plain_article(text)
    items = after_items(sentence_context(a, []))
    assert not [it for it in items if "solidified" in it.stem], [it.stem for it in items]


def test_a_plain_after_still_orders_two_events():
    text = ("The harbor app grows\n\n"
            "The harbor app doubled its readers in the town after the storm closed the coast road.\n\n"
            + HARBOR_FILLER)
    a = plain_article(text)
    items = after_items(sentence_context(a, []))
    assert [it for it in items if "doubled" in it.stem], [it.stem for it in items]
