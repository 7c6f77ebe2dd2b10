"""Blind-judged failure shapes (set C) in key-detail and main-idea items, each on a constructed article:
a place gap the dateline or the headline answers by its abbreviation ("CONCORD, N.H. —" over "across
______"); a written-in name whose accepted answers held a title ("Rabbi") or a given name alone; a
number after "all" among options below three ("all two"); main-idea distractors cut at "U.S." or left
as a bare speech tag or a subjectless statistic; and a lede that a "The problem? …" sentence turns
into a set-up, keyed as the point."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article
from test_generate_judge7a import _ents, _q
from test_generate_key_detail_capacity import _doc

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.generate.key_detail import _name_forms, number_items, place_items
from quizgen.model import ITEM_KINDS, Sentence, Span


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


# ---------------------------------------------------------------- 1. a place the dateline names

_FARM = ("Farmers press candidates on milk prices\n\n"
         "CONCORD, N.H. — Dairy farmers drove their tractors across New Hampshire on Tuesday, pressing the "
         "candidates for help with milk prices before the primary vote.\n\n"
         "Milk prices have fallen for three years in a row, and many small dairy farms have closed.\n\n"
         "A cheese maker in Ohio opened a second plant near the lake last spring.\n\n"
         "Cattle ranchers in Vermont sold two hundred herds last year to buyers abroad.\n\n"
         "A creamery in Texas shipped its butter to shops along the coast in the summer.\n")
_FARM_STATES = ["New Hampshire", "Ohio", "Vermont", "Texas"]


def _state_stems(text):
    article, analysis = _doc(text, places=_FARM_STATES)
    return [it.stem for it in place_items(_ctx(article, analysis), set())]


def test_no_place_gap_for_a_state_the_dateline_or_the_headline_abbreviates():
    # without the dateline the state is a fair gap (the check below is not vacuous)
    undated = _FARM.replace("CONCORD, N.H. — Dairy", "Dairy")
    assert any("across ______ on Tuesday" in s for s in _state_stems(undated))
    # "CONCORD, N.H. —": the stem itself gives "New Hampshire" away
    assert not any("across ______ on Tuesday" in s for s in _state_stems(_FARM))
    # the headline abbreviates it: read off the headline
    headed = undated.replace("Farmers press candidates on milk prices", "Farmers press candidates before N.H. vote")
    assert not any("across ______ on Tuesday" in s for s in _state_stems(headed))
    # an earlier paragraph's dateline names it: the article is told from there
    later = ("Farmers press candidates on milk prices\n\n"
             "CONCORD, N.H. — Milk prices have fallen for three years in a row, and many small dairy farms "
             "have closed.\n\n") + undated.split("\n\n", 1)[1].replace(
                 "Milk prices have fallen for three years in a row, and many small dairy farms have closed.\n\n", "")
    assert not any("across ______ on Tuesday" in s for s in _state_stems(later))


# ---------------------------------------------------------------- 2. accepted answers of a written-in name

_CENTRE = ("Museum founder warns of rising hatred\n\n"
           "Rabbi Ezra Tamsin, the founder of the Harbour Museum of Tolerance, has said that he has never "
           "seen hatred spread as fast as it has this year.\n\n"
           "Tamsin told a meeting of teachers that schools must teach the history of the city's refugees.\n")


def test_a_title_the_tagger_took_into_the_name_is_no_accepted_answer():
    article = plain_article(_CENTRE)
    ents = _ents(_CENTRE, ["Rabbi Ezra Tamsin"])
    forms = _name_forms(_ctx(article, plain_analysis(article, entities=ents)), ents[0])
    assert "Rabbi" not in forms and "Ezra" not in forms
    assert {"Rabbi Ezra Tamsin", "Ezra Tamsin", "Tamsin"} <= set(forms)


_SENATOR = ("Senator opens campaign in the harbour town\n\n"
            "The state senator Marla Quist opened her campaign for governor on Monday at the fish market.\n\n"
            "Quist told the crowd that the harbour needed a new sea wall before the winter storms.\n")


def test_a_given_name_alone_is_no_answer_when_no_one_else_shares_the_surname():
    article = plain_article(_SENATOR)
    ents = _ents(_SENATOR, ["Marla Quist"])
    forms = _name_forms(_ctx(article, plain_analysis(article, entities=ents)), ents[0])
    assert "Quist" in forms and "Marla Quist" in forms
    assert "Marla" not in forms  # ("Debbie", "Marco" alone were judged wrong answers, set C)
    # a couple under one surname: the given name is what tells her from him, and the surname is no answer
    couple = _SENATOR.replace("The state senator Marla Quist", "Tomas and Marla Quist, farmers,").replace(
        "Quist told the crowd", "Tomas Quist told the crowd")
    article2 = plain_article(couple)
    ents2 = _ents(couple, ["Marla Quist", "Tomas Quist"])
    marla = next(e for e in ents2 if e.text == "Marla Quist")
    forms2 = _name_forms(_ctx(article2, plain_analysis(article2, entities=ents2)), marla)
    assert "Marla" in forms2 and "Quist" not in forms2


# ---------------------------------------------------------------- 6. "all ______"

_HARBOURS = ("Ferry service returns to the islands\n\n"
             "The ferry company restored service to all five of the islands on Monday after the storm.\n\n"
             "The storm had damaged two of the docks and sunk three fishing boats in the outer harbour.\n\n"
             "The ferry crews worked four nights in a row to clear the wreckage from the island channels.\n\n"
             "Six divers from the mainland helped the ferry company inspect the piers before the service began.\n")


def test_after_all_no_number_option_below_three():
    from quizgen.generate.distractors import numeric_value

    article = plain_article(_HARBOURS)
    qs = tuple(_q(_HARBOURS, w) for w in ("five", "two", "three", "four", "Six"))
    seen = 0
    for seed in range(8):
        items = number_items(_ctx(article, plain_analysis(article, quantities=qs), seed))
        for it in items:
            if "all ______ of the islands" in it.stem and it.kind == "multiple_choice":
                seen += 1
                assert it.options[it.answer] == "five"
                assert all((numeric_value(o) or 0) >= 3 for o in it.options), it.options  # never "all two"
    assert seen


# ---------------------------------------------------------------- 3, 4. main-idea options and a set-up lede

_BODY = ("A choir from the old church sang carols in the market square on Sunday evening.\n\n"
         "Teachers at the primary school asked parents to help with the vegetable garden.\n\n"
         "The bus company added two evening routes along the river to the new hospital.\n\n"
         "Volunteers painted the railings of the promenade before the spring holiday began.\n\n"
         "Fishermen sold most of their catch at the auction to buyers from the capital.\n")

_TERMINAL = ("Harbour town opens its new ferry terminal\n\n"
             "The harbour town opened its new ferry terminal on Saturday, ending ten years of delays over the "
             "cost of the building.\n\n" + _BODY + "\n"
             "Seasonal farm workers and their unaccompanied young children who had travelled to the U.S. from "
             "Central America would be counted as a separate group for the new visas, the senator said, a change "
             "that could let many of them stay for good.\n\n"
             "Mayor Bo Kim said at a press conference on Monday, according to the Harbour Gazette.\n\n"
             "Seventy-eight percent were fishermen, while 16 percent were farmers and 3 percent were teachers.\n")


def _one_sentence_per_paragraph(article):
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    return plain_analysis(article, sentences=sents, main_ideas=sents[:1])


def test_no_main_idea_option_cut_at_an_abbreviation_a_bare_speech_tag_or_a_subjectless_statistic():
    article = plain_article(_TERMINAL)
    analysis = _one_sentence_per_paragraph(article)
    ctx = _ctx(article, analysis)
    best = analysis.sentences[0]
    pool, _ = main_idea._details(ctx, "The harbour town opened its new ferry terminal on Saturday", best)
    assert any(p.startswith("Volunteers painted the railings") for p in pool)  # plain details are options
    assert not any("U.S" in p for p in pool), pool  # "… who had travelled to the U.S": no sentence
    assert not any(p.startswith("Mayor Bo Kim said") for p in pool), pool  # who said, and nothing said
    assert not any(p.startswith("Seventy-eight percent") for p in pool), pool  # percent of whom?


_PIER = ("The harbour board is still fighting its pier campaign\n\n"
         "The harbour board ran a brilliant campaign for the new fishing pier. The problem? It is running the "
         "same pier campaign for the bridge vote, where the voters are many more.\n\n" + _BODY)


def test_a_lede_that_the_next_sentence_turns_is_no_key():
    article = plain_article(_PIER)
    analysis = plain_analysis(article)
    for seed in range(3):
        for it in main_idea.generate(_ctx(article, analysis, seed)):
            assert not it.options[it.answer].startswith("The harbour board ran a brilliant campaign"), it.options
    # the same lede without the turn is the key (the check above is not vacuous)
    plain = _PIER.replace(" The problem? It is running the same pier campaign for the bridge vote, where the "
                          "voters are many more.", "")
    article2 = plain_article(plain)
    (item,) = main_idea.generate(_ctx(article2, plain_analysis(article2)))
    assert item.options[item.answer].startswith("The harbour board ran a brilliant campaign")


# ---------------------------------------------------------------- a name the headline gives away

_QUIST = ("Quist is still waging a harbour-board campaign\n\n"
          "Marla Quist ran a brilliant campaign for the harbour board last spring and won every ward.\n\n"
          "Her rival, Tomas Brandt, said the fishing fleet had been ignored for a decade.\n")


def test_no_name_gap_that_the_headline_answers_by_surname_and_story():
    from quizgen.generate.key_detail import name_items

    article = plain_article(_QUIST)
    ents = _ents(_QUIST, ["Marla Quist", "Tomas Brandt"])
    items = name_items(_ctx(article, plain_analysis(article, entities=ents)), set())
    assert not any("______ ran a brilliant campaign" in it.stem for it in items), [it.stem for it in items]
    # under a headline telling of something else, the name is a fair gap
    other = _QUIST.replace("Quist is still waging a harbour-board campaign", "Quist wins the fleet's vote")
    article2 = plain_article(other)
    ents2 = _ents(other, ["Marla Quist", "Tomas Brandt"])
    items2 = name_items(_ctx(article2, plain_analysis(article2, entities=ents2)), set())
    assert any("______ ran a brilliant campaign" in it.stem for it in items2), [it.stem for it in items2]


_SECRETARY = ("Harbour talks end without a deal\n\n"
              "Kim Ho-sun, the secretary of the harbour council, opened the talks on the new pier.\n\n"
              "Mr. Kim said the council had made a mistake when it sold the old pier in the spring.\n\n"
              "The talks will go on next month, Mr. Kim told the reporters at the harbour.\n")


def test_a_name_written_surname_first_accepts_the_articles_own_title_form_and_never_the_given_name():
    """Judged blind: "Ban Ki-moon", called "Mr. Ban" by the article, was accepted as "Ki-moon" but not
    as "Ban" or "Mr. Ban". The article's own form with a title and its word are right, the given name is not."""
    article = plain_article(_SECRETARY)
    ents = _ents(_SECRETARY, ["Kim Ho-sun"])
    forms = _name_forms(_ctx(article, plain_analysis(article, entities=ents)), ents[0])
    assert {"Kim Ho-sun", "Kim", "Mr. Kim"} <= set(forms), forms
    assert "Ho-sun" not in forms
