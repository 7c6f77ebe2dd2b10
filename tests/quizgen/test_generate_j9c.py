"""Judged blind on J9c, each shape on a constructed article:

1. "True or false? The article names who made this claim (¶N): <the writer's sentence>" keyed False on a
   sentence whose subject is a named person ("In late 2000, <Name> rushed to meet …"): the sentence names
   its subject, and a narrated act is hardly a claim. No "stated as fact" or "names who" item on a writer's
   sentence whose grammatical subject is a named person or organisation, whatever the verb.
2. "Which of these people does the article quote?" offered as never quoted a person whose quotation the
   ledger missed ('"…," he mocks.'): a person named by a quotation with no sure speaker, or beside a
   quotation given to "he/she <verb>", is never a "not quoted" option.
3. A name gap keyed "Bashing <Name>" (an activity tagged as a person) among people's names: grammar gives
   the key away. A key opening on a gerund or a lower-case word is no name gap.
4. "… had spiked not because of ______, but because …" asked "What reason does the article give?": the gap
   is the cause the sentence sets aside. No cause gap on the X of "not because (of) X", "not due to X".
"""
from __future__ import annotations

import random

from factories import FERRY_FILLER, labelled_entities, plain_article, sentence_context
from test_generate_j5 import _ctx as _analysed_ctx
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx, _ents

from quizgen.generate import cause_effect, certainty, key_detail
from quizgen.generate.base import Context
from quizgen.generate.certainty import named_subject
from quizgen.generate.key_detail import not_a_name_key
from quizgen.generate.sourcing import named_sources
from quizgen.model import ITEM_KINDS

# ---------------------------------------------------------------- 1. a named subject's act, in the writer's voice

PIER = ("Ferry Service Returns To The Island\n\n"
        "The ferry line to the island reopened in 2019 after a long repair of its main pier.\n\n"
        "In late 2018, Ann Holt rushed to meet the harbor board at its office to discuss her plan for the pier.\n\n"
        + FERRY_FILLER)


def test_named_subject_shapes():
    for text, names in (("In late 2018, Ann Holt rushed to meet the harbor board in 2019.", ()),
                        ("The Senate voted 52 to 48 on the bill in 2015.", ()),
                        ("Ann Holt met the board in 2001.", ("Ann Holt",)),
                        ("Former port chief Ann Holt left the company in 2005.", ("Ann Holt",)),
                        ("Holt will reportedly resign in 2019.", ("Ann Holt",)),
                        ("Holt Partners, a fund run by Ann Holt, raised its stake in 2015.", ("Holt Partners",))):
        assert named_subject(text, set(names)), text
    for text in ("The ferry line to the island reopened in 2019 after a long repair.",
                 "Unemployment rose 5 percent in 2010.",
                 "Many Americans lost their jobs in 2009.",
                 "The Holt campaign spent 5 million dollars in May.",
                 "Holt's plan failed in 2001.",
                 "In October, the stock fell 20 percent in a week."):
        assert not named_subject(text, set()), text


def test_no_names_who_made_this_claim_item_on_a_named_subjects_act():
    article = plain_article(PIER)
    ents = labelled_entities(article, "DATE", "2019", "2018", "2012") + labelled_entities(article, "PERSON",
                                                                                            "Ann Holt")
    ctx = sentence_context(article, [], ents)
    facts = [f.text for f in certainty._plain_facts(ctx)]
    assert not any("Ann Holt" in f for f in facts), facts
    assert any("reopened in 2019" in f for f in facts), facts  # the writer's own plain statement stays
    stems = [it.stem for it in certainty.generate(ctx)]
    assert not any("Ann Holt" in s for s in stems), stems
    assert any("reopened in 2019" in s or "closed in 2012" in s for s in stems), stems


# ---------------------------------------------------------------- 2. a quotation the ledger gives nobody

def _bridge(wolfe: str) -> str:
    return ("Council votes on the bridge\n\n"
            f"{wolfe}\n\n"
            "The mayor, John Park, met the engineers on Friday.\n\n"
            "\"The bridge will open in May after years of delay,\" Rosa Lund said.\n\n"
            "\"The council has spent too much on the design,\" Tom Hale said.\n\n"
            "The bridge is named after Mary Seacole, and the plans were drawn by Isambard Brunel.\n")


def _sources_item(text: str):
    a = plain_article(text)
    atts = [_att(a, "Rosa Lund", "person", "Rosa Lund", "said", "The bridge will open in May after years of delay",
                 direct=True),
            _att(a, "Tom Hale", "person", "Tom Hale", "said", "The council has spent too much on the design",
                 direct=True)]
    ents = _ents(a, "PERSON", "Peter Wolfe", "John Park", "Rosa Lund", "Tom Hale", "Mary Seacole",
                 "Isambard Brunel")
    return named_sources(_ctx(a, atts, entities=ents))


def test_a_person_beside_a_quotation_given_to_he_with_any_verb_is_never_not_quoted():
    item = _sources_item(_bridge("Columnist Peter Wolfe has little patience for the plan. \"The town has not "
                                 "failed the bridge,\" he mocks. \"The bridge has failed the town.\""))
    assert item is not None
    assert "Peter Wolfe" not in item.options, item.options
    assert {item.options[i] for i in item.answer} == {"Rosa Lund", "Tom Hale"}


def test_a_person_named_by_a_quotation_with_no_sure_speaker_is_never_not_quoted():
    item = _sources_item(_bridge("Columnist Peter Wolfe has little patience for the plan. In his view, \"a bridge "
                         "to nowhere is still a bridge to nowhere, however long it takes.\""))
    assert item is not None
    assert "Peter Wolfe" not in item.options, item.options


# ---------------------------------------------------------------- 3. an activity tagged as a person's name

def test_gerund_or_lower_case_key_is_no_name():
    text = ("Praising Lee may be job one. Chelsea Manning spoke. Manning left. Sterling Ruiz came.")
    assert not_a_name_key(text, "Praising Lee")
    assert not_a_name_key(text, "former aide")
    for name in ("Chelsea Manning", "Manning", "Sterling Ruiz", "Ann Lee"):
        assert not not_a_name_key(text, name), name


GALA = ("Campaign Heads To The Coast\n\n"
        "The campaign bus rolled into the harbor town of Eastport on a grey Tuesday morning in the spring.\n\n"
        "Bashing Dana Voss may be job one, but the spotlight will be just as bright on Lena Brandt this week.\n\n"
        "Oscar Lindqvist, the harbor master, greeted the bus at the pier and walked the crowd to the market.\n\n"
        "Petra Nyberg, a fish seller, handed out bread rolls to the reporters who followed the candidates.\n\n"
        "Henrik Solberg, the town clerk, counted the voters who came to the hall for the evening debate.\n\n"
        "Voss spoke first at the hall. Brandt answered her on the price of the new ferry.\n\n"
        "Lindqvist rang the harbor bell at noon. Nyberg sold the last of her herring by the evening.\n")


def test_no_name_gap_keyed_on_an_activity():
    article = plain_article(GALA)
    people = ("Bashing Dana Voss", "Lena Brandt", "Oscar Lindqvist", "Petra Nyberg", "Henrik Solberg", "Voss",
              "Brandt", "Lindqvist", "Nyberg")
    ctx = sentence_context(article, [], labelled_entities(article, "PERSON", *people))
    items = key_detail.name_items(ctx, set())
    stems = [it.stem for it in items]
    assert not any("______ may be job one" in st for st in stems), stems  # no gap keyed "Bashing Dana Voss"
    assert any("harbor master" in st for st in stems), stems  # the real names still give gaps


# ---------------------------------------------------------------- 4. a cause the sentence sets aside

RATES = ("Prices in the valley\n\n"
         "Bread prices had risen not because of the long drought, but because the bakers had agreed to raise them.\n\n"
         "Milk prices fell not due to the new dairy, but because fewer families lived in the valley.\n\n"
         "The river flooded the lower town as a result of three days of heavy rain in the hills.\n\n"
         "The council will meet again in the spring to vote on the budget for the new port.\n")


def test_a_cause_the_sentence_sets_aside_is_no_cause():
    ctx = _analysed_ctx(RATES)
    texts = [ctx.article.text[slice(*link.cause)] for link in cause_effect.find_links(ctx)]
    assert any("heavy rain" in t for t in texts), texts
    assert not any("drought" in t or "dairy" in t for t in texts), texts
    items = cause_effect.generate(ctx) + cause_effect.clause_items(ctx)
    answers = [str(it.answer) + " ".join(it.options) for it in items]
    assert not any("drought" in a or "dairy" in a for a in answers), answers


def test_a_not_inside_the_effect_still_leaves_the_cause():
    article = plain_article("Trial ends\n\n"
                            "The lawyer said the men were declared not guilty due to a flaw in the charges.\n\n"
                            "The council will meet again in the spring to vote on the budget for the new port.\n")
    ctx = Context(article, _ctx(article).analysis, random.Random(0), frozenset(ITEM_KINDS))
    assert any("flaw" in article.text[slice(*link.cause)] for link in cause_effect.find_links(ctx))


# ---------------------------------------------------------------- 5. a named speaker's words told by unnamed people

RELAYED = ("Mayor Hale Visits The Capitol\n\n"
           "The harbor needs money, and the city has asked the state for help since the spring.\n\n"
           "Mayor Tom Hale has kept pressing lawmakers, as he did on a visit to the Capitol on Tuesday. "
           "\"You have been very unfair to our city,\" he told Sen. Ann Lee, according to officials with knowledge "
           "of the closed-door meeting.\n\n"
           "Mayor Tom Hale said the harbor needs new cranes and a deeper channel for the larger ships.\n\n"
           + FERRY_FILLER)


def test_words_told_by_unnamed_officials_are_no_named_source_to_key():
    from quizgen.generate.certainty import _relayed_by_other

    ctx = _analysed_ctx(RELAYED)
    atts = ctx.analysis.attributions
    told = next(i for i, a in enumerate(atts) if a.cue == "told")
    said = next(i for i, a in enumerate(atts) if a.cue == "said")
    assert atts[told].source == "Tom Hale"
    assert _relayed_by_other(ctx, told)  # the officials give the same words: two presentations at once
    assert not _relayed_by_other(ctx, said)  # the mayor's own words, which no one relays
    officials = next(i for i, a in enumerate(atts) if a.source == "officials")
    assert not _relayed_by_other(ctx, officials)  # unnamed either way
