"""Key details, session 49. Constructed articles only.

1. A place gap's listed options (places the article never names, when it names too few of its own) are cities of
   the key's own state: judged blind, a Florida event's options were cities of other states, and a reader who knew
   where the story was picked the one Florida city unread. Too few cities of that state left: no item.
2. A number's sentence is about the story when it shares a word with the headline or the lede in another form
   ("issues" under "issue"): the first six letters alone missed plurals and other endings, and such a sentence gave
   no item though it told the story's own figures.
"""
from __future__ import annotations

import random

from test_generate_key_detail_capacity import _doc

from quizgen.generate.base import Context
from quizgen.generate.key_detail import _STATE_CITIES, number_items, place_items
from quizgen.model import ITEM_KINDS

_RALLY = ("Retirees press candidates on drug prices\n\n"
          "Hundreds of retirees packed a rally in Miami on Tuesday, pressing the candidates for help with the "
          "price of medicine before the primary vote.\n\n"
          "Drug prices have risen for three years in a row, and many retirees say they skip doses.\n\n"
          "The retirees said the candidates must speak about drug prices before the vote.\n")


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


def _places(text, places, seed=0):
    article, analysis = _doc(text, places=places)
    return place_items(_ctx(article, analysis, seed), set())


def _wrong(item):
    return [o for i, o in enumerate(item.options) if i != item.answer]


def test_a_city_alone_is_asked_among_other_cities_of_its_state():
    florida = set(_STATE_CITIES["Florida"].split("|"))
    for seed in range(4):
        items = _places(_RALLY, ["Miami"], seed)
        assert len(items) == 1
        item = items[0]
        assert "a rally in ______ on Tuesday" in item.stem and item.options[item.answer] == "Miami"
        assert len(_wrong(item)) == 3 and set(_wrong(item)) <= florida - {"Miami"}


def test_a_city_written_with_its_state_is_asked_among_cities_of_that_state_written_alike():
    text = _RALLY.replace("a rally in Miami on Tuesday", "a rally in Kissimmee, Florida, on Tuesday")
    items = _places(text, ["Kissimmee"])
    assert len(items) == 1
    item = items[0]
    assert item.options[item.answer] == "Kissimmee, Florida"
    for option in _wrong(item):
        city, state = option.rsplit(", ", 1)
        assert state == "Florida" and city in _STATE_CITIES["Florida"].split("|")
    ap = _RALLY.replace("a rally in Miami on Tuesday", "a rally in Kissimmee, Fla., on Tuesday")
    items = _places(ap, ["Kissimmee"])
    assert len(items) == 1 and all(o.endswith(", Fla.") for o in items[0].options)


def test_the_listed_cities_are_the_states_largest_whatever_the_seed():
    # a well-known key among its state's smallest towns would stand out by fame: the largest others are offered
    text = _RALLY.replace("a rally in Miami", "a rally in Boston")
    for seed in range(4):
        items = _places(text, ["Boston"], seed)
        assert len(items) == 1 and set(_wrong(items[0])) == {"Worcester", "New Bedford", "Fall River"}


def test_no_item_when_too_few_cities_of_the_state_are_left():
    # the article names four of Florida's listed cities: one is left, and cities of other states stand out
    text = _RALLY.replace("skip doses.", "skip doses in Tampa, Orlando, Tallahassee and Fort Lauderdale.")
    assert _places(text, ["Miami"]) == []


def test_an_option_alone_is_never_a_city_whose_name_is_also_a_persons():
    text = _RALLY.replace("a rally in Miami", "a rally in Milwaukee")
    offered = set()
    for seed in range(8):
        items = _places(text, ["Milwaukee"], seed)
        assert len(items) == 1
        offered |= set(_wrong(items[0]))
    assert offered <= set(_STATE_CITIES["Wisconsin"].split("|")) and "Madison" not in offered  # a president too
    # written with its state, "Madison, Wis." is a place
    ap = _RALLY.replace("a rally in Miami on Tuesday", "a rally in Janesville, Wis., on Tuesday")
    assert any("Madison, Wis." in _places(ap, ["Janesville"], seed)[0].options for seed in range(8))


def test_a_city_alone_named_like_a_person_is_never_an_option():
    text = _RALLY.replace("a rally in Miami", "a rally in Billings").replace(
        "before the primary vote.", "before the Montana primary.")
    for seed in range(4):
        assert not any("Helena" in it.options for it in _places(text, ["Billings"], seed))  # "Helena": a given name


def test_a_smaller_city_alone_is_asked_when_the_article_names_its_state():
    iowa = _RALLY.replace("a rally in Miami", "a rally in Des Moines").replace(
        "before the primary vote.", "before the Iowa caucuses.")
    items = _places(iowa, ["Des Moines"])
    assert len(items) == 1 and items[0].options[items[0].answer] == "Des Moines"
    assert set(_wrong(items[0])) <= set(_STATE_CITIES["Iowa"].split("|"))
    # the state unsaid: which state's cities? none
    assert _places(_RALLY.replace("a rally in Miami", "a rally in Des Moines"), ["Des Moines"]) == []
    # a name of several places or people ("Springfield") never alone, even with a state named
    springfield = iowa.replace("Des Moines", "Springfield").replace("Iowa", "Illinois")
    assert _places(springfield, ["Springfield"]) == []


_POLL = ("Young voters agree in poll on the bathroom issue\n\n"
         "Young voters have reached a broad consensus on the bathroom issue, a new survey of adults under 35 "
         "shows.\n\n"
         "On economic issues, 42% say they are liberal and a smaller share say they are conservative.\n\n"
         "The survey was taken by telephone over two weeks in the spring.\n")


def test_a_figure_in_a_sentence_sharing_a_headline_word_in_another_form_is_asked():
    article, analysis = _doc(_POLL, quantities=[("percent", "42%")])
    items = number_items(_ctx(article, analysis))
    assert [it for it in items if "On economic issues, ______ say they are liberal" in it.stem]


def test_a_figure_in_a_sentence_sharing_no_word_with_the_story_is_still_not_asked():
    text = _POLL.replace("On economic issues, 42% say they are liberal",
                         "On weekends, 42% say they are cooking")
    article, analysis = _doc(text, quantities=[("percent", "42%")])
    assert not [it for it in number_items(_ctx(article, analysis)) if "______ say they are cooking" in it.stem]
