"""Kind-of-source items for offices that speak for a government (a sheriff, an attorney general, a
party whip, the House speaker), and none whose passage opens on "who …" with its source cut off
(all texts constructed)."""
from __future__ import annotations

import random

import pytest
from factories import attribution as _att
from factories import plain_analysis, plain_article

from quizgen.generate import sourcing
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS


def _ctx(article, atts):
    analysis = plain_analysis(article, attributions=tuple(atts))
    return Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS))


@pytest.mark.parametrize("title", ["Dorne County Sheriff", "Velan Attorney General", "Senate Majority Whip",
                                   "House Speaker"])
def test_an_office_that_speaks_for_a_government_is_an_official(title):
    text = ("Flood roads closed\n\n"
            f"{title} Tomas Reyl said the river road will stay closed to all traffic until the water goes down.\n")
    article = plain_article(text)
    att = _att(article, "Tomas Reyl", "Tomas Reyl", "said",
               ["the river road will stay closed to all traffic until the water goes down"])
    items = sourcing.kind_of_source(_ctx(article, [att]))
    assert len(items) == 1
    assert items[0].options[items[0].answer] == sourcing.OFFICIAL
    assert f"{title} Tomas Reyl" in items[0].stem


def test_a_speaker_at_a_rally_is_no_official():
    text = ("Flood roads closed\n\n"
            "A speaker at the rally, Tomas Reyl, said the river road will stay closed to all traffic until the "
            "water goes down.\n")
    article = plain_article(text)
    att = _att(article, "Tomas Reyl", "Tomas Reyl", "said",
               ["the river road will stay closed to all traffic until the water goes down"])
    assert sourcing.kind_of_source(_ctx(article, [att])) == []


def test_no_item_on_a_passage_that_opens_on_who():
    # the sentence split leaves "who told …" apart from the name it hangs on; the ledger's source is "who"
    text = ("Bridge inquiry\n\n"
            "Any charge would need Harbour Minister Mara Quist. who told the council last month that the bridge "
            "inquiry is being handled by the county's own inspectors and their engineers.\n")
    article = plain_article(text)
    att = _att(article, "Mara Quist", "who", "told",
               ["the bridge inquiry is being handled by the county's own inspectors and their engineers"])
    assert sourcing.kind_of_source(_ctx(article, [att])) == []
