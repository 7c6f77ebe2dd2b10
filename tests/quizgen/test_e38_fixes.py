"""Shapes found in stop 37's blind judging and review, each on a constructed article first."""
from __future__ import annotations

from test_capacity34_venue import _COLUMN
from test_generate_j13 import _ctx

from quizgen import kinds
from quizgen.generate import venue
from quizgen.validate import validate


def test_the_written_venue_key_is_not_dropped_as_a_long_key_beside_spoken_venues():
    # "…," Holt wrote: keyed "in writing" among three spoken venues; the label of the written venue must not
    # be so much longer than the spoken ones that the quality gate drops it as a giveaway
    ctx, an = _ctx(_COLUMN)
    items = [it for it in venue.generate(ctx) if "cost every family" in it.stem]
    assert items, "no venue item on the column's quotation"
    assert kinds.keyed_texts(items[0]) == [venue.VENUES["writing"]]
    kept, dropped = validate(items, ctx.article, an)
    assert kept, [r for _, r in dropped]
