"""Main idea, a third way to the key: the main clause of the opening sentence, its opening phrase and
hanging clauses cut off at clause boundaries (constructed articles); distractors never a turn of an
interview or a linked story's headline; a wire dateline in small letters is no part of the key."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS
from quizgen.validate import lint_item


def _ctx(article, analysis=None, seed=0):
    analysis = analysis or plain_analysis(article)
    analysis = analysis.__class__(**{**analysis.__dict__, "main_ideas": analysis.sentences[:1]})
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


_BODY = ("The harbour master said the ferry to the island will keep its summer timetable.\n\n"
         "A choir from the old church sang carols in the market square on Sunday evening.\n\n"
         "Teachers at the primary school asked parents to help with the vegetable garden.\n\n"
         "The bus company added two evening routes along the river to the new hospital.\n\n"
         "Volunteers painted the railings of the promenade before the spring holiday began.\n\n"
         "Fishermen sold most of their catch at the auction to buyers from the capital.\n")

ROAD = ("Council closes coast road for repairs\n\n"
        "In the weeks after the great storm that broke the old sea wall and flooded the low streets near the "
        "harbour in January, the county council closed the coast road for repairs, saying the wall was unsafe.\n\n"
        + _BODY)


def test_the_key_is_the_opening_sentence_s_main_clause_without_its_opening_phrase_and_tail():
    """The lede is 40 words: whole it is too long to be an option, and every cut before ", saying"
    keeps the long opening phrase. Its main clause, "The county council closed the coast road for
    repairs", states the headline and is the key; options are whole sentences and pass the gate."""
    article = plain_article(ROAD)
    seen = 0
    for seed in range(4):
        (item,) = main_idea.generate(_ctx(article, seed=seed))
        assert item.options[item.answer] == "The county council closed the coast road for repairs"
        assert not lint_item(item, article)
        assert not any("saying" in o or "storm" in o for o in item.options)
        seen += 1
    assert seen == 4


def test_a_main_clause_whose_claim_was_someone_s_is_no_key():
    """", the mayor said at a meeting": cut off, the claim would read as the article's own."""
    text = ("Council closes coast road for repairs\n\n"
            "In the weeks after the great storm that broke the old sea wall and flooded the low streets near the "
            "harbour in January, the county council closed the coast road for repairs, the mayor said at a "
            "meeting.\n\n" + _BODY)
    article = plain_article(text)
    assert main_idea.clause_keys(_ctx(article)) == []


def test_a_lede_sharing_only_names_and_a_noun_with_the_headline_is_no_clause_key():
    """"Clinton's union problem" over "Teachers unions were among the earliest supporters of Clinton":
    the names and "union" are there, the problem (the point) is not: the lede is the premise."""
    text = ("Mayor Ann Lee's harbour problem\n\n"
            "Harbour workers were among the earliest and most loyal supporters of Mayor Ann Lee, who won the "
            "town hall in a close race.\n\n" + _BODY)
    article = plain_article(text)
    assert main_idea.clause_keys(_ctx(article)) == []


def test_no_distractor_is_an_interview_turn_or_a_linked_headline():
    """Lines of an interview ("Q: …", "A: …") and linked stories' headlines under "Related:" are no
    statements of the article: never a distractor."""
    text = ("Council closes coast road for repairs\n\n"
            "In the weeks after the great storm that broke the old sea wall and flooded the low streets near the "
            "harbour in January, the county council closed the coast road for repairs, saying the wall was unsafe.\n\n"
            "Q: Your family has fished from the harbour for three generations in the town.\n\n"
            "A: Believe me, the sea takes back more than it gives to the families here.\n\n"
            "Harbour Town Mayor Opens New Library On The East Side Of Town.\n\n"
            "Storm Damage Closes Three Schools Along The Northern Coast Road Again.\n\n" + _BODY)
    article = plain_article(text)
    ctx = _ctx(article)
    pool, _ = main_idea._details(ctx, "The county council closed the coast road for repairs", ctx.analysis.sentences[0])
    assert len(pool) >= 3  # the plain details of the body remain
    assert not any(o.startswith(("Q:", "A:", "Harbour Town Mayor", "Storm Damage")) for o in pool)


def test_a_wire_dateline_in_small_letters_is_no_part_of_the_key():
    """"Harbourton (AFP) – The county council …": the dateline is cut off like "HARBOURTON, May 3 —"."""
    text = ("Council closes coast road for repairs\n\n"
            "Harbourton (AFP) – The county council closed the coast road for repairs on Monday after the storm.\n\n"
            + _BODY)
    article = plain_article(text)
    items = [i for seed in range(4) for i in main_idea.generate(_ctx(article, seed=seed))]
    assert items
    for item in items:
        key = item.options[item.answer]
        assert key.startswith("The county council closed the coast road for repairs")
        assert not any("AFP" in o for o in item.options)
