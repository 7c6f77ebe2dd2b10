"""Main-idea options: a sentence opening on an existential "There is …" / "There were …" states a fact of its
own and may be a detail option; a "There, …" pointing back at a place named before still leans on it."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.main_idea import _details, _unfit_option

KEY = "The council of Dover voted on Monday to close the old river bridge"


def _pool(body: str) -> list[str]:
    art = plain_article(f"Dover closes old bridge\n\nThe council of Dover voted on Monday to close the old river "
                        "bridge.\n\nA later hearing on the cost is set for the second week of June with the planners."
                        f"\n\n{body}\n")
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    pool, _ = _details(ctx, KEY, ctx.analysis.sentences[0])
    return [d.rstrip(".") for d in pool]


def test_an_existential_there_sentence_is_a_detail() -> None:
    pool = _pool("There is still no plan for the ferry that carried cars across the harbor in the summer.")
    assert "There is still no plan for the ferry that carried cars across the harbor in the summer" in pool, pool


def test_there_were_too() -> None:
    assert not _unfit_option("There were long queues at the ferry landing for most of the week")


def test_a_there_pointing_back_at_a_place_still_leans_on_it() -> None:
    assert _unfit_option("There the fishermen sold their catch at the market near the station")
    assert _unfit_option("There, the fishermen sold their catch at the market near the station")

