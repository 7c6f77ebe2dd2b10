"""Main idea, s53: more lessons with a sound main-idea item. A lede's main clause may be cut before a phrase of time
or concession hanging on its verb ("… pledged to work together despite their differences | after a meeting …"),
not before a phrase the verb takes as its own ("went straight out to sea | after the smugglers"); a year in a
description of someone between commas ("X, a harbour nurse since 2009, has …") makes no key a sentence of
background; a detail opening on an act the sentences before told of ("The move was criticized …") or leaving a
single quotation mark open ("… is ‘unpredictable") gives no distractor."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article, sentence_context

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.generate.main_idea import background_key

# -------------------------------------------------------------- a cut before a phrase of time or concession

PLEDGE = ("Mayor Ann Holt and council leader Tom Reed pledged to work together despite their quarrels after a long "
          "meeting on Monday aimed at ending a feud over the old river bridge.")


def test_a_cut_before_a_phrase_of_time_on_the_verb_is_whole() -> None:
    head = "Mayor Ann Holt and council leader Tom Reed pledged to work together despite their quarrels"
    assert main_idea.parsed_whole(PLEDGE, head)
    assert main_idea.parsed_whole(PLEDGE, "Mayor Ann Holt and council leader Tom Reed pledged to work together")


def test_a_cut_before_a_phrase_the_verb_takes_is_still_no_whole_sentence() -> None:
    # "went … after the smugglers": the phrase is what the verb says (they chased them), not when
    chase = ("The harbour police in the northern town went straight out to sea after the smugglers who had landed on "
             "the beach.")
    assert not main_idea.parsed_whole(chase, "The harbour police in the northern town went straight out to sea")
    # a phrase of place or topic hanging on the verb stays the verb's: no cut before it
    topic = ("Mayor Ann Holt and council leader Tom Reed pledged to work together closely on the repairs to the old "
             "river bridge.")
    assert not main_idea.parsed_whole(topic, "Mayor Ann Holt and council leader Tom Reed pledged to work together "
                                             "closely")


def _parsed_ctx(text: str) -> Context:
    from quizgen import analyse
    from quizgen.nlp import load

    art = plain_article(text)
    return Context(art, analyse(art, nlp=load()), random.Random(1), frozenset({"multiple_choice"}))


def test_a_news_lede_too_long_whole_is_keyed_by_its_main_clause() -> None:
    # (33 words whole: too long a key; the main clause is cut before its phrase of concession)
    lede = ("Mayor Ann Holt and council leader Tom Reed pledged to work together despite their long quarrels over the "
            "cost of the repairs after a meeting on Monday aimed at ending a feud that has split the town.")
    text = ("Holt, Reed pledge to work together; deal may come\n\n" + lede + "\n\n"
            "The two had traded insults at three public hearings on the cost of the repairs since the spring.\n\n"
            "A ferry company from the islands has offered to carry commuters across the river for a small fee.\n\n"
            "The state transport office sent two engineers to inspect the cracked arches of the bridge last week.\n\n"
            "Shop owners on the main street say their sales have fallen by a third since the bridge was closed.\n\n"
            "The quarry company that built the bridge a century ago was sold to a firm from the capital in 1990.\n")
    keys = [k for k, _ in main_idea.news_lede_keys(_parsed_ctx(text))]
    assert "Mayor Ann Holt and council leader Tom Reed pledged to work together" in keys, keys


# -------------------------------------------------------------- a year in a description of someone

LUNCH = ("A lunch plan that really works\n\n"
         "A small district in the northern county started a free school lunch plan in 2009. "
         "The lesson for other towns is that it worked as promised.\n\n"
         "Test scores in the district rose faster than those of its neighbors over the next five years.\n\n"
         "Parents who had opposed the lunch plan at first wrote letters of thanks to the school board.\n")


def test_a_year_describing_someone_makes_no_background() -> None:
    ctx = sentence_context(plain_article(LUNCH), [])
    assert not background_key(ctx, "Ann Holt, a district nurse since 2009, has become the strongest voice for the "
                                   "plan")
    # controls: the key's own event in a past year is background, as before
    assert background_key(ctx, "Ann Holt, a district nurse, started the plan in 2009")
    assert background_key(ctx, "Since 2009, Ann Holt has been the strongest voice for the plan")
    assert background_key(ctx, "A small district in the northern county started a free school lunch plan in 2009")


# -------------------------------------------------------------- details that point back or leave a mark open

KEY = "The council of Dover voted on Monday to close the old river bridge"
FILLER = ("A later hearing on the cost is set for the second week of June with the planners.\n\n"
          "The ferry to the islands will run twice a day until the end of the summer season.\n\n"
          "The bakers on the main street sold more bread than ever before in the spring.\n\n")


def _details(extra: str) -> list[str]:
    art = plain_article(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}{extra}\n")
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    pool, _ = main_idea._details(ctx, KEY, ctx.analysis.sentences[0])
    return pool


def test_a_detail_opening_on_an_act_told_before_is_no_distractor() -> None:
    assert not any(d.startswith("The move") for d in _details(
        "The move was sharply criticised by the ferry workers and by the shop owners of the harbour."))
    # controls: the act named in the sentence itself, or a plain subject
    assert any(d.startswith("The move to raise") for d in _details(
        "The move to raise the ferry fares was sharply criticised by the shop owners of the harbour."))
    assert any(d.startswith("The ferry workers") for d in _details(
        "The ferry workers sharply criticised the shop owners of the harbour at a meeting in June."))


def test_a_detail_leaving_a_single_quotation_mark_open_is_no_distractor() -> None:
    assert not any("‘" in d for d in _details(
        "The ferry captain Ann Holt said her biggest worry about the crossing is that the tide is ‘wild."))
    # control: a closed pair of single marks stays
    assert any("‘wild’" in d for d in _details(
        "The ferry captain Ann Holt said her biggest worry about the crossing is that the tide is ‘wild’ in June."))
