"""Judged blind on J9, each shape on a constructed article:

1. A writer's sentence whose subject is a group doing a speech-like act ("… supporters have also questioned
   the health of …") was asked "The article names who made this claim", keyed False: many students answer
   True (the sentence names who questioned). Such a sentence is no "stated as fact, no source" candidate.
2. A main-idea item keyed to the lede offered the second paragraph, which says the headline's point in other
   words ("took turns rebutting … proposals" under "take on … policies"), as a distractor: two defensible
   answers. A sentence of the opening two paragraphs sharing a headline word ("took" for "take" counting)
   gives no distractor, nor does any sentence sharing as many of the headline's words as the key (two at
   least). Its options also printed mojibake ("PeÃ±a"), stored as "A" and a combining
   tilde, which the garbled-text check did not see.
"""
from __future__ import annotations

from factories import FERRY_FILLER, labelled_entities, plain_article, sentence_context

from quizgen.generate import certainty, main_idea
from quizgen.generate.certainty import speech_act_by_someone
from quizgen.generate.main_idea import garbled_text

# ---------------------------------------------------------------- 1. a speech act told in the writer's voice

FERRY = ("Ferry Service Returns To The Island\n\n"
         "The ferry line to the island reopened in 2019 after a long repair of its main pier.\n\n"
         "Island residents have also questioned the eyesight of the ferry captain, who is 81.\n\n"
         + FERRY_FILLER)


def test_speech_act_shapes():
    for text in ("Harbor residents have also questioned the cost of the crossing in 2020.",
                 "Critics doubted the figures in 2019.",
                 "The Democrat is also urging his donors at a dinner in May to give again.",
                 "Both mayors framed their remarks on Monday by portraying the governor as careless.",
                 "Lee and Ruiz met on Friday and repeated the charges they made in 2018.",
                 "Teachers union leaders called for a new vote on the contract in 2017.",
                 "Ann Lee warned the board in 2016 that the pier was unsafe."):
        assert speech_act_by_someone(text), text
    for text in ("The ferry line to the island reopened in 2019 after a long repair of its main pier.",
                 "The site was raided by police in 1969, which led to protests across the city.",
                 "Border agents apprehended thousands of families at the border in 2014.",
                 "Questions were raised about the bridge in 2019.",
                 "In October, the stock fell 20 percent in a week.",
                 "Health worries have dogged the 68-year-old senator since March."):
        assert not speech_act_by_someone(text), text


def test_no_names_who_made_this_claim_item_on_a_groups_reported_questioning():
    """The ledger does not list the residents' questioning as a claim (as it did not on the judged
    article): the writer's sentence is still no "stated as fact, no source" candidate."""
    article = plain_article(FERRY)
    ctx = sentence_context(article, [], labelled_entities(article, "DATE", "2019", "2012", "81"))
    facts = [f.text for f in certainty._plain_facts(ctx)]
    assert not any("questioned" in f for f in facts), facts
    assert any("reopened in 2019" in f for f in facts), facts  # a plain statement of the writer's stays
    items = certainty.generate(ctx)
    assert not any("questioned the eyesight" in it.stem for it in items), [it.stem for it in items]
    assert any("reopened in 2019" in it.stem or "closed in 2012" in it.stem for it in items)


# ---------------------------------------------------------------- 2. main idea: the second paragraph restates

VALLEY = ("Valley Mayors Take On Governor Water Plans At Meeting In Fresno\n\n"
          "Governor Ann Lee was not at the valley mayors meeting in Fresno on Tuesday, but her water plans "
          "hung over the whole meeting.\n\n"
          "The leaders of the three largest towns took turns rebutting the governor's proposals on wells and "
          "reservoirs for the coming decade.\n\n"
          "The town of Easton has drilled four new wells along the river since the drought of last summer.\n\n"
          "Farmers in the northern district grow almonds, grapes and tomatoes on most of the irrigated land.\n\n"
          "{extra}"
          "The state reservoir at Pine Flat held less than half of its capacity at the end of the dry season.\n")
EXTRA = "The county fair in Westfield drew record crowds to its livestock barns and orchards this autumn.\n\n"


def _options(ctx):
    return [o for it in main_idea.generate(ctx) for o in it.options]


def test_the_second_paragraph_is_never_a_distractor_to_the_lede():
    ctx = sentence_context(plain_article(VALLEY.format(extra="")), [])
    # too few details from the body without it: no item rather than two defensible answers
    assert not any(o.startswith("The leaders of the three largest towns") for o in _options(ctx)), _options(ctx)


def test_with_enough_body_details_the_item_stays_without_the_second_paragraph():
    ctx = sentence_context(plain_article(VALLEY.format(extra=EXTRA)), [])
    items = main_idea.generate(ctx)
    assert len(items) == 1
    it = items[0]
    assert it.options[it.answer].startswith("Governor Ann Lee was not at the valley mayors meeting")
    assert not any(o.startswith("The leaders of the three largest towns") for o in it.options), it.options


PACT = ("Lee, Ruiz, Ortiz And Park Sign Harbor Pact In Easton\n\n"
        "Four mayors signed a harbor pact on Tuesday after a year of talks about the shared port.\n\n"
        "The port handles grain, timber and fuel for most of the towns along the northern coast.\n\n"
        "Ships wait outside the breakwater for hours when the tide is low in the late summer.\n\n"
        "The old lighthouse on the point was painted red and white by volunteers in the spring.\n\n"
        "Fishing crews unload their catch at the south quay before the market opens at dawn.\n\n"
        "A new crane at the container dock can lift twice the weight of the old one.\n\n"
        "Lee, Ruiz and Ortiz first met at the Easton fish market when they were young teachers.\n\n"
        "Tourists ride the small ferry across the bay to see the seals on the rocks.\n")


def test_a_distractor_sharing_as_many_headline_words_as_the_key_is_not_offered():
    """"Lee, Ruiz and Ortiz first met at the Easton fish market" names as many of the headline's words
    as the key "Four mayors signed a harbor pact" does: it matches the headline as well, so never an option."""
    ctx = sentence_context(plain_article(PACT), [])
    items = main_idea.generate(ctx)
    assert items and items[0].options[items[0].answer].startswith("Four mayors signed a harbor pact")
    assert not any(o.startswith("Lee, Ruiz and Ortiz first met") for o in items[0].options), items[0].options


def test_mojibake_written_with_a_combining_tilde_is_garbled():
    assert garbled_text("Mexican President Enrique Pe" + "A\u0303\u00b1" + "a Nieto spoke")
    assert garbled_text("it\u00e2\u20ac\u2122s late")
    assert not garbled_text("President Enrique Pe\u00f1a Nieto spoke")
    assert not garbled_text("S\u00e3o Paulo")


def test_no_main_idea_option_with_mojibake():
    """Three of the four body details print "PeÃ±a" (an "A" and a combining tilde): too few clean details
    are left, so no item rather than a garbled option."""
    garbled = "Pe" + "A\u0303\u00b1" + "a"
    text = VALLEY.format(extra=EXTRA)
    for start in ("The town of Easton", "Farmers in the northern", "The county fair in"):
        text = text.replace(start, f"{start} near {garbled}")
    assert main_idea._unfit_option(f"The town of Easton near {garbled} has drilled four new wells")
    ctx = sentence_context(plain_article(text), [])
    assert not any(garbled_text(o) for o in _options(ctx)), _options(ctx)
