"""Main idea judged blind on set J1 (PolNeAR dev, unseen): a column's "The immediate response from many readers may
be ire for the companies … But that's not the goal of this particular column." was keyed as the main idea: a sentence
the writer sets aside in the next breath is never the key."""
from __future__ import annotations

from factories import plain_article, sentence_context

from quizgen.generate.main_idea import _SETS_ASIDE, set_aside


def test_set_aside_shapes():
    for text in ("But that's not the goal of this particular column.", "But that is not the point.",
                 "That's not the issue here.", "Yet this isn't the story."):
        assert _SETS_ASIDE.match(text), text
    for text in ("But that is not enough to win the state.", "That was the goal of the plan.",
                 "But the point is simple."):
        assert not _SETS_ASIDE.match(text), text


def test_a_sentence_the_next_one_sets_aside_is_flagged():
    article = plain_article("Taxes and the harbor\n\n"
                            "Readers may be angry at the harbor firms. But that's not the goal of this column. "
                            "The tax code needs a rewrite.\n\n"
                            "The study lists 58 firms that moved profits offshore.\n")
    ctx = sentence_context(article, [])
    sents = ctx.analysis.sentences
    assert set_aside(ctx, sents[0])
    assert not set_aside(ctx, sents[2])
    assert not set_aside(ctx, sents[3])
