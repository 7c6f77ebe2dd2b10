"""Key details: a place gap that says where something happened ("a rally in ______") is asked even when the
article names too few other places of its kind, among US states, or large US cities, that it never names (a
city written with its state among cities written with theirs the same way). Constructed articles only.

Before this, such a gap made no item: the options were only the article's own places, and most articles name
one or two ("Sanders was at a rally in Portland, Maine"). Still never: a state written before a noun it
qualifies ("the ______ senator": a label), a country or a foreign city (a random country beside "still serving in
______" is ruled out by the sentence), or a place the article names as an option.
"""
from __future__ import annotations

import random
import re

from test_generate_key_detail_capacity import _doc

from quizgen.generate.base import Context
from quizgen.generate.key_detail import _STATE_CITIES, _US_STATES, place_items
from quizgen.model import ITEM_KINDS

_FARM = ("Farmers press candidates on milk prices\n\n"
         "Dairy farmers drove their tractors to a rally in Vermont on Tuesday, pressing the candidates for help "
         "with milk prices before the primary vote.\n\n"
         "Milk prices have fallen for three years in a row, and many small dairy farms have closed.\n\n"
         "The farmers said the candidates must speak about milk prices before the vote.\n")


def _items(text, places, seed=0):
    article, analysis = _doc(text, places=places)
    return article, place_items(Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS)), set())


def test_a_state_where_something_happened_is_asked_among_states_the_article_never_names():
    article, items = _items(_FARM, ["Vermont"])
    assert len(items) == 1
    item = items[0]
    assert "a rally in ______ on Tuesday" in item.stem
    assert item.options[item.answer] == "Vermont"
    wrong = [o for i, o in enumerate(item.options) if i != item.answer]
    assert len(wrong) == 3 and set(wrong) <= _US_STATES
    assert not any(re.search(rf"\b{w}\b", article.text) for w in wrong)  # none the article names


def test_the_options_skip_a_state_the_article_names_elsewhere():
    text = _FARM.replace("have closed.", "have closed in Maine, Iowa, Ohio and Texas.")
    for seed in range(5):
        _, items = _items(text, ["Vermont"], seed)
        wrong = {o for it in items for i, o in enumerate(it.options) if i != it.answer}
        assert wrong and not wrong & {"Maine", "Iowa", "Ohio", "Texas"}


def test_a_city_written_with_its_state_is_asked_among_cities_written_the_same_way():
    ap = _FARM.replace("a rally in Vermont on Tuesday", "a rally in Janesville, Wis., on Tuesday")
    _, items = _items(ap, ["Janesville"])
    assert len(items) == 1
    item = items[0]
    assert item.options[item.answer] == "Janesville, Wis."
    for o in item.options:
        city, state = o.rsplit(", ", 1)
        assert state.endswith(".") or state in ("Ohio", "Texas", "Utah", "Iowa", "Maine", "Idaho"), o  # AP's style
        assert o == item.options[item.answer] or (city in _STATE_CITIES["Wisconsin"].split("|") and
                                                  state == "Wis.")  # (of the key's state: test_s49)
    full = _FARM.replace("a rally in Vermont on Tuesday", "a rally in Janesville, Wisconsin, on Tuesday")
    _, items = _items(full, ["Janesville"])
    assert len(items) == 1
    assert all(o.rsplit(", ", 1)[1] in _US_STATES for o in items[0].options)


def test_a_large_city_alone_is_asked_among_large_cities():
    _, items = _items(_FARM.replace("a rally in Vermont", "a rally in Denver"), ["Denver"])
    assert len(items) == 1 and set(items[0].options) <= set(_STATE_CITIES["Colorado"].split("|"))


def test_no_listed_options_for_a_label_a_country_or_a_city_the_list_does_not_hold():
    label = _FARM.replace("to a rally in Vermont on Tuesday", "to the Vermont senator's office on Tuesday")
    assert _items(label, ["Vermont"])[1] == []
    qualified = _FARM.replace("to a rally in Vermont on Tuesday", "to a meeting in Vermont politics on Tuesday")
    assert _items(qualified, ["Vermont"])[1] == []
    country = _FARM.replace("a rally in Vermont", "a rally in Ireland")
    assert _items(country, ["Ireland"])[1] == []
    foreign = _FARM.replace("a rally in Vermont", "a rally in Berlin")
    assert _items(foreign, ["Berlin"])[1] == []
    # a gap that says no where ("won ______"): the state is told of, not placed
    won = _FARM.replace("drove their tractors to a rally in Vermont on Tuesday", "said Ann Lee won Vermont on Tuesday")
    assert _items(won, ["Vermont"])[1] == []


def test_where_someone_goes_is_asked_too():
    heading = _FARM.replace("drove their tractors to a rally in Vermont on Tuesday",
                            "said the governor is heading to Vermont for a campaign swing on Tuesday")
    _, items = _items(heading, ["Vermont"])
    assert len(items) == 1 and "is heading to ______ for a campaign swing" in items[0].stem
    assert items[0].options[items[0].answer] == "Vermont"
    # "to" alone says no where ("a letter to ______ officials", "her commitment to ______")
    bare_to = _FARM.replace("drove their tractors to a rally in Vermont on Tuesday",
                            "sent their letter to Vermont on Tuesday")
    assert _items(bare_to, ["Vermont"])[1] == []
