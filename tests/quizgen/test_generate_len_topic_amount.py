"""Lesson length: a number told as an amount of what the whole article is about is a key detail even when
its sentence shares no word with the headline or a hook of a lede ("If you were on the search committee
…"); a number in passing (a market tick in cents, a count of years, a rhetorical wish) still is not."""
from __future__ import annotations

from test_generate_key_detail_capacity import _ctx, _doc

from quizgen.generate.key_detail import number_items

_TEXT = (
    "A hook of a headline about nothing in particular\n\n"
    "Imagine you were asked to pick a winner from a crowd of strangers tomorrow.\n\n"
    "The party convention counts delegates, and each state sends delegates of its own.\n\n"
    "Some delegates are pledged, while other delegates are free to choose at the convention.\n\n"
    "The convention rules say the pledged delegates vote on the first ballot for their state.\n\n"
    "The latest count gives the governor 1,280 pledged delegates ahead of the convention.\n\n"
    "The governor's campaign has spent $12 million on delegates and convention staff so far.\n\n"
    "The governor served in the state senate for about three years before the convention.\n\n"
    "Who would not like to see 90 percent of delegates agree at the convention?\n\n"
    "Convention badges for the pledged delegates rose 15 cents in price this week.\n"
)


def _gaps():
    article, analysis = _doc(_TEXT, quantities=[("number", "1,280"), ("money", "$12 million"), ("number", "three"),
                                                ("percent", "90 percent"), ("money", "15 cents")])
    return [it for it in number_items(_ctx(article, analysis))]


def test_amounts_of_the_running_topic_are_asked():
    stems = " ".join(it.stem for it in _gaps())
    assert "gives the governor ______ pledged delegates" in stems
    assert "has spent ______ on delegates" in stems


def test_numbers_in_passing_are_not_asked():
    stems = " ".join(it.stem for it in _gaps())
    assert "about ______ years" not in stems  # a count of years
    assert "see ______ of delegates" not in stems  # a rhetorical question
    assert "rose ______ in price" not in stems  # a tick in cents


def test_a_count_of_a_plural_noun_in_a_topic_sentence_is_asked_but_not_of_kin():
    text = _TEXT.replace("Convention badges for the pledged delegates rose 15 cents in price this week.",
                         "The pledged delegates of the convention met 40 local reporters on Monday.\n\n"
                         "The governor's pledged delegates at the convention brought their four daughters.")
    article, analysis = _doc(text, quantities=[("number", "40"), ("number", "four")])
    stems = " ".join(it.stem for it in number_items(_ctx(article, analysis)))
    assert "met ______ local reporters" in stems
    assert "their ______ daughters" not in stems, stems


def test_a_count_of_the_list_after_a_colon_gives_the_answer_away():
    from quizgen.generate.key_detail import gives_away
    sentence = "Joining him were three moderates who have led big states: Bush, Christie and Kasich."
    i = sentence.index("three")
    assert gives_away(sentence, i, i + len("three"))


def test_a_supposed_amount_is_not_asked():
    text = _TEXT.replace("Convention badges for the pledged delegates rose 15 cents in price this week.",
                         "If the pledged delegates at the convention won 70 percent, the governor would lead.")
    article, analysis = _doc(text, quantities=[("percent", "70 percent")])
    stems = " ".join(it.stem for it in number_items(_ctx(article, analysis)))
    assert "won ______" not in stems, stems


def test_an_adjective_before_the_figure_stays_in_the_stem():
    text = _TEXT.replace("Convention badges for the pledged delegates rose 15 cents in price this week.",
                         "A count of the pledged delegates at the convention found an astonishing 73 percent "
                         "undecided.")
    article, analysis = _doc(text, quantities=[("percent", "an astonishing 73 percent")])
    items = [it for it in number_items(_ctx(article, analysis)) if "undecided" in it.stem]
    assert items and "found an astonishing ______ undecided" in items[0].stem, [it.stem for it in items]
