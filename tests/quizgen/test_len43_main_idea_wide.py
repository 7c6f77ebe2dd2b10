"""Main idea, len43: when the plain details are too few, a quotation with its speaker's tag is stated as reported
speech ("Ann Holt said that …") and a long sentence without its asides on its subject; an item made so keeps no
distractor sharing a word of the key's own nor one pointing out of itself ("that plan"), and only a key that names
whom the headline names. A one-line deck written as a headline ("Mayor from Dover says …") stands above the lede;
a closing description after the object ("…, the latest step in …") is cut from a news lede. A cut after the object
of "accused" ("accused X | , who …, of …") is no whole sentence. In the lesson, a main-idea option restating the
words a "who said …?" item quotes, with the speaker's surname, gives that item away."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.generate.lesson import speaker_restated
from quizgen.model import Item, Support

KEY = "The council of Dover voted on Monday to close the old river bridge"
FILLER = ("A later hearing on the cost is set for the second week of June with the planners.\n\n"
          "The ferry to the islands will run twice a day until the end of the summer season.\n\n"
          "The bakers on the main street sold more bread than ever before in the spring.\n\n")


def _ctx(text: str, parsed: bool = True) -> Context:
    art = plain_article(text)
    if parsed:
        from quizgen import analyse
        from quizgen.nlp import load

        return Context(art, analyse(art, nlp=load()), random.Random(1), frozenset({"multiple_choice"}))
    return Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))


def _sentence(ctx: Context, start: str):
    return next(s for s in ctx.analysis.sentences if s.span.text.strip().startswith(start))


QUOTE = ("\u201cThe ferry company will need two more boats before the summer crowds arrive in the harbour,\u201d "
         "Ann Holt said.")


def test_a_quotation_with_its_speakers_tag_is_stated_as_reported_speech() -> None:
    ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}{QUOTE}\n")
    s = _sentence(ctx, "\u201cThe ferry")
    assert main_idea.reported_speech(ctx, s) == ("Ann Holt said that the ferry company will need two more boats "
                                                 "before the summer crowds arrive in the harbour.")


def test_the_speaker_after_the_verb_comes_first() -> None:
    quote = ("\u201cThe repairs to the old river bridge would cost far more than the town can raise,\u201d "
             "said Ann Holt.")
    ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}{quote}\n")
    told = main_idea.reported_speech(ctx, _sentence(ctx, "\u201cThe repairs"))
    assert told is None or told.startswith("Ann Holt said that the repairs"), told


def test_a_quotation_in_the_speakers_own_voice_or_pointing_back_is_not_reported() -> None:
    for words in ("We cannot pay for the repairs to the old river bridge in a decade",
                  "That plan would cost far more than the town can raise in a decade",
                  "The repairs would cost far more than it can raise in a decade"):
        ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}\u201c{words},\u201d Ann Holt said.\n")
        assert main_idea.reported_speech(ctx, _sentence(ctx, "\u201c")) is None, words


def test_a_quotation_opened_in_the_sentence_before_is_not_reported() -> None:
    text = (f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}\u201cThe bridge is old. The repairs to the old river "
            "bridge would cost far more than the town can raise in a decade,\u201d Ann Holt said.\n")
    ctx = _ctx(text)
    assert main_idea.reported_speech(ctx, _sentence(ctx, "The repairs")) is None


def test_reported_speech_joins_the_details_only_when_wide() -> None:
    ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}{QUOTE}\n")
    best = ctx.analysis.sentences[0]
    plain, _ = main_idea._details(ctx, KEY, best)
    wide, _ = main_idea._details(ctx, KEY, best, wide=True)
    assert not any(d.startswith("Ann Holt") for d in plain), plain
    assert any(d.startswith("Ann Holt said that the ferry company") for d in wide), wide


def test_a_long_sentence_without_its_aside_on_its_subject() -> None:
    long = ("Ruth Dale, who built three of the harbour piers along the northern coast in the years after the "
            "great storm of the winter and the floods of the spring, led the new survey of the old stone bridge "
            "over the river last spring.")
    assert main_idea._whole(long, main_idea.clause_shorten(long, 28)) is None  # no control: it gave no option
    assert main_idea._without_asides(long, 28) == ("Ruth Dale led the new survey of the old stone bridge over the "
                                                   "river last spring")


def test_an_opening_phrase_is_never_dropped_with_the_aside() -> None:
    long = ("If elected in the spring, Ruth Dale, a retired engineer who built three of the harbour piers along the "
            "northern coast in the years after the great storm, would close the old stone bridge over the river.")
    assert main_idea._without_asides(long, 28) is None


def test_a_cut_after_the_object_of_accused_is_no_whole_sentence() -> None:
    text = ("Citing an old rumour, the mayor repeatedly accused Tom Reed, who was born and raised in the harbour "
            "district, of selling the river bridge to the quarry company.")
    cut = "Citing an old rumour, the mayor repeatedly accused Tom Reed"
    assert not main_idea.parsed_whole(text, cut)
    control = ("Citing an old rumour, the mayor repeatedly criticised Tom Reed, who was born and raised in the "
               "harbour district, at the meeting of the town council.")
    assert main_idea.parsed_whole(control, "Citing an old rumour, the mayor repeatedly criticised Tom Reed")


def test_a_wide_item_keeps_no_detail_sharing_the_keys_own_words_nor_pointing_out() -> None:
    ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}", parsed=False)
    assert main_idea._shares_key_word(ctx, KEY, "The council had voted twice before to repair the bridge")
    assert not main_idea._shares_key_word(ctx, KEY, "The ferry to the islands will run twice a day")
    assert main_idea._points_out("Not everyone finds that plan or the mayor's remarks convincing")
    assert not main_idea._points_out("The mayor said that the ferry will run twice a day")


def test_a_wide_item_needs_a_key_naming_whom_the_headline_names() -> None:
    ctx = _ctx("With two weeks to go, Holt still ducks on the bridge\n\nToday is two weeks until the vote on the "
               "bridge.\n\nAnn Holt has not said how she will vote on the bridge.\n\n" + FILLER, parsed=False)
    assert not main_idea._names_headline(ctx, "Today is two weeks until the vote on the bridge")
    assert main_idea._names_headline(ctx, "Ann Holt has not said how she will vote on the bridge")


def test_a_headline_style_deck_stands_above_the_lede() -> None:
    deck = "Mayor from Dover says the town cannot pay for the bridge."
    text = ("Dover mayor backs closing old bridge\n\n" + deck + "\n\nMayor Ann Holt is backing the plan to close "
            "the old river bridge, the latest step in a long fight over the cost of its repairs.\n\nThe mayor said "
            "the repairs would take years.\n\n" + FILLER)
    ctx = _ctx(text)
    assert main_idea._headline_style(deck, ctx.article.text)
    assert main_idea.body_start(ctx) == 1
    assert not main_idea._headline_style("The mayor from Dover says the town cannot pay.", ctx.article.text)
    assert not main_idea._headline_style("Ann Holt says the town cannot pay for the bridge.", ctx.article.text)


def test_a_closing_description_after_the_object_is_cut_from_a_lede() -> None:
    lede = ("Mayor Ann Holt is backing the plan to close the old river bridge, the latest step in a long fight over "
            "the cost of its repairs")
    assert main_idea.closing_appositive_cut(lede) == "Mayor Ann Holt is backing the plan to close the old river bridge"
    assert main_idea.closing_appositive_cut("Mayor Ann Holt met Tom Reed, the harbour master, and they agreed on "
                                            "the plan") is None


def _support() -> Support:
    return Support(paragraph=5, start=0, end=10, text="x")


def test_a_main_idea_option_naming_the_speaker_with_the_words_gives_away_who_said_them() -> None:
    who = Item(id="a", skill="attribution", kind="multiple_choice",
               stem='According to ¶5, who said, "The repairs would cost far more than the town can raise"?',
               options=("Ann Holt", "Tom Reed", "Ruth Dale", "Sam Cole"), answer=0, explanation="",
               support=(_support(),))
    main = Item(id="m", skill="main_idea", kind="multiple_choice",
                stem="Which sentence best states the main idea of the article?",
                options=(KEY, "Holt said that the repairs would cost far more than the town can raise",
                         "The ferry to the islands will run twice a day", "The bakers sold more bread"),
                answer=0, explanation="", support=(_support(),))
    assert speaker_restated(who, main)
    other = Item(id="m2", skill="main_idea", kind="multiple_choice", stem=main.stem,
                 options=(KEY, "Reed said that the repairs would cost far more than the town can raise",
                          "The ferry to the islands will run twice a day", "The bakers sold more bread"),
                 answer=0, explanation="", support=(_support(),))
    assert not speaker_restated(who, other)


def test_an_option_restating_a_named_persons_sure_claim_comes_after_the_others() -> None:
    """("Trump called the senator a nasty guy, …" beside "who called the senator a 'nasty guy' …?" keyed Donald
    Trump: the lesson leaves out one of the two.)"""
    ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}Ann Holt said the ferry company will need two more "
               "boats before the summer crowds arrive.\n")
    voiced = main_idea._voiced(ctx)
    assert voiced("Ann Holt said the ferry company will need two more boats before the summer crowds arrive")
    assert not voiced("The ferry to the islands will run twice a day until the end of the summer season")


def test_a_closing_range_of_examples_is_cut_from_a_lede() -> None:
    lede = ("Harbour master Tom Reed responded on Sunday to claims that he exaggerated the cost of the repairs, from "
            "claiming the pier needed new piles to recounting a storm that never reached the town")
    assert main_idea.closing_range_cut(lede) == ("Harbour master Tom Reed responded on Sunday to claims that he "
                                                 "exaggerated the cost of the repairs")
    assert main_idea.closing_range_cut("Tom Reed walked from the harbour to the station on Sunday") is None
