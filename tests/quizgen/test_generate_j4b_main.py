"""Judged blind on J4: under "A carbon tax that really works", the main-idea item keyed the lede "A conservative
party in the Canadian province introduced a carbon tax in 2008": background (what happened in a past year), not
what the article argues (that the tax works). A key telling a past year's event that leaves out some of the
headline's point is no key: no main-idea choice item then."""
from __future__ import annotations

from factories import plain_article, sentence_context

from quizgen.generate import main_idea
from quizgen.generate.main_idea import background_key

TEXT = ("A lunch plan that really works\n\n"
        "A small district in the northern county started a free school lunch plan in 2009. "
        "The lesson for other towns is that it worked as promised.\n\n"
        "Test scores in the district rose faster than those of its neighbors over the next five years.\n\n"
        "Parents who had opposed the lunch plan at first wrote letters of thanks to the school board.\n\n"
        "The district paid for the meals with a small charge on the sale of sugary drinks in local shops.\n\n"
        "Farmers in the valley now sell much of their fruit and milk to the school kitchens each week.\n\n"
        "Several larger cities across the state have asked the district to share the details of its budget.\n\n"
        "The state education office plans to publish a study of the district's results later this spring.\n")


def test_a_past_years_event_short_of_the_headlines_point_is_background():
    ctx = sentence_context(plain_article(TEXT), [])
    assert background_key(ctx, "A small district in the northern county started a free school lunch plan in 2009")
    assert background_key(ctx, "In March 2009, the district started a free school lunch plan")
    assert not background_key(ctx, "The free school lunch plan really works, the district found")
    assert not background_key(ctx, "The district will start a free school lunch plan in 2019")  # ahead, not past
    assert not background_key(ctx, "The district started a free school lunch plan on Monday")


def test_no_main_idea_item_keyed_to_background():
    ctx = sentence_context(plain_article(TEXT), [])
    items = main_idea.generate(ctx)
    assert not any("2009" in it.options[it.answer] for it in items)
