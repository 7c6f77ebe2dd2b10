"""Judge 7 failure shapes in key-detail items (political news), each on a constructed sentence: a
gap that swallows a number and the word after it ("______ 28 percent" keyed "59 percent to"), a
fraction asked as an amount (and "2" accepted for "two-thirds"), a slogan asked as a name, name
distractors that do not fit the gap's descriptor ("the leading Republican candidate, ______" with
Hillary Clinton offered), trivia (ages, minutes into an event, sample sizes, a side paragraph),
and names with a nickname in quotes cut at the quote ('Marine John “Tig')."""
from __future__ import annotations

import random
import re
from dataclasses import replace

from factories import plain_article
from test_generate_judge5a import _analysis, _att

from quizgen.generate.base import Context
from quizgen.generate.distractors import source_distractors
from quizgen.generate.key_detail import name_items, number_items
from quizgen.model import ITEM_KINDS, Entity, Quantity, Span

_FUNCTION_END = re.compile(r"\b(?:to|of|and|or|in|on|at|by|for|from|with|than|the|a|an)\s*$", re.I)


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


def _q(text, phrase, kind="number", nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(phrase, i + 1)
    return Quantity(kind, Span(i, i + len(phrase), phrase), 1)


def _ents(text, names, label="PERSON"):
    out = []
    for n in names:
        for m in re.finditer(re.escape(n), text):
            out.append(Entity(n, label, Span(m.start(), m.end(), n), 1))
    return tuple(out) * 2  # each seen twice: names the tagger is sure of


def _answers(item):
    return item.answer if isinstance(item.answer, list) else [item.options[item.answer]]


# ---------------------------------------------------------------- 1. one constituent per gap

POLL = ("Clinton leads Sanders in new state poll\n\n"
        "In the latest survey of the state, Clinton leads, 59 percent to 28 percent, among likely Democratic voters. "
        "Among younger voters in the state, Sanders has 41 percent and Clinton has 33 percent of the vote. "
        "The governor's approval rating among all voters in the state fell to 12 percent this spring.\n")


def test_a_gap_is_one_number_phrase_and_no_option_ends_in_a_function_word():
    """The tagger's quantity "59 percent to" ran into the range's second half: the gap would leave
    "______ 28 percent", which only the fragment fits; no item keys it, and no item offers it."""
    quantities = (_q(POLL, "59 percent to", "percent"), _q(POLL, "28 percent", "percent"),
                  _q(POLL, "41 percent", "percent"), _q(POLL, "33 percent", "percent"),
                  _q(POLL, "12 percent", "percent"))
    article = plain_article(POLL)
    items = number_items(_ctx(article, _analysis(article, quantities=quantities)))
    for it in items:
        assert "______ 28 percent" not in it.stem, it.stem
        for option in list(it.options) + _answers(it):
            assert not _FUNCTION_END.search(option), (it.stem, option)


# ---------------------------------------------------------------- 2. fractions and instructions

FRACTION = ("Council backs new stadium plan\n\n"
            "The council approved the new stadium plan by a two-thirds majority at its meeting on Monday night. "
            "Three members of the council voted against the plan after a long debate. "
            "Five members of the council were absent from the meeting because of illness. "
            "Nine members of the council asked for a second vote on the matter later this year.\n")


def test_a_fraction_is_asked_as_a_fraction_or_not_at_all():
    quantities = tuple(_q(FRACTION, p) for p in ("two-thirds", "Three", "Five", "Nine"))
    article = plain_article(FRACTION)
    items = number_items(_ctx(article, _analysis(article, quantities=quantities)))
    for it in items:
        if "stadium plan by a ______" not in it.stem:
            continue
        assert it.kind == "short_answer", it.options  # counts are no choices for a fraction
        assert "Write the missing fraction" in it.stem
        assert "2/3" in it.answer and "two thirds" in it.answer
        assert not {"2", "two", "3"} & set(it.answer)
    for it in items:  # a count keyed elsewhere never offers the fraction
        assert "two-thirds" not in it.options


SLOGAN = ("Protest outside the rally\n\n"
          "One protester wore a shirt that read 'Fascist Trump' outside the hall in the city on Monday night. "
          "Ann Lee and Bo Kim and Cy Dunn and Di Roe spoke to the crowd at the rally later that evening.\n")


def test_a_slogan_is_no_name():
    article = plain_article(SLOGAN)
    ents = _ents(SLOGAN, ["Fascist Trump", "Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe"])
    items = name_items(_ctx(article, _analysis(article, entities=ents)), set())
    assert not any("shirt that read" in it.stem for it in items), [it.stem for it in items]


# ---------------------------------------------------------------- 3. distractors fit the descriptor

RACE = ("Clinton turns to November after New York win\n\n"
        "Hillary Clinton, the Democratic front-runner, won the primary in New York on Tuesday night. "
        "Democrat Bernie Sanders said he would fight on in the primaries in the western states. "
        "Trump won the Republican primary in the state by a wide margin. "
        "Republican candidate Ted Cruz finished third in the state behind Ohio governor John Kasich. "
        "Clinton adviser John Podesta said the campaign would now turn to the general election. "
        "Clinton adviser Jennifer Palmieri said the team was confident about the autumn.\n\n"
        "She will run against the leading Republican candidate, Donald Trump, in the general election in November. "
        "The Cruz campaign's chairman, Chad Sweet, said the senator would stay in the race until the convention. "
        "A Cruz supporter from Jackson, Mississippi, Amy Cole, said she would vote for him in the primary. "
        "Trump praised his onetime Republican opponent, former Texas governor Rick Perry, at a rally on Friday. "
        "Rick Perry endorsed Trump in the spring after dropping out of the race last year.\n")
_PEOPLE = ["Hillary Clinton", "Bernie Sanders", "Donald Trump", "Ted Cruz", "John Kasich", "John Podesta",
           "Jennifer Palmieri", "Chad Sweet", "Amy Cole", "Rick Perry"]


def test_name_distractors_fit_the_descriptor_next_to_the_gap():
    article = plain_article(RACE)
    items = name_items(_ctx(article, _analysis(article, entities=_ents(RACE, _PEOPLE))), set())
    for shape in ("the Democratic front-runner", "leading Republican candidate, ______", "chairman, ______",
                  "Cruz supporter from Jackson", "former Texas governor ______"):
        assert any(shape in it.stem for it in items), shape  # each shape is asked (written in or chosen)
    for it in items:
        opts = set(it.options)
        if "______, the Democratic front-runner" in it.stem:
            assert not opts & {"Rick Perry", "John Kasich", "Chad Sweet", "Ted Cruz", "Donald Trump"}, opts
        if "leading Republican candidate, ______" in it.stem:
            # she (Clinton), a Democrat and Clinton's advisers are not Republican candidates
            assert not opts & {"Hillary Clinton", "Bernie Sanders", "John Podesta", "Jennifer Palmieri"}, opts
        if "campaign's chairman, ______" in it.stem or "Cruz supporter from Jackson" in it.stem:
            assert not opts & {"Donald Trump", "Ted Cruz", "Hillary Clinton", "Bernie Sanders"}, opts
        if "former Texas governor ______" in it.stem:
            assert not opts & {"Bernie Sanders", "Hillary Clinton", "Donald Trump", "John Podesta"}, opts
    # too few that fit: the chairman's name is written in rather than chosen
    chair = [it for it in items if "campaign's chairman, ______" in it.stem]
    assert all(it.kind == "short_answer" and "Chad Sweet" in it.answer for it in chair)


# ---------------------------------------------------------------- 4. trivia

TRIVIA = ("Trump rally draws protest in Ohio\n\n"
          "Donald Trump told a rally in Dayton that 4,000 jobs had left the state since the trade deal was signed. "
          "Paul Jones, 26, a student from Dayton, said he came to the rally with his friends from college. "
          "Protesters interrupted the speech six minutes into the event at the arena near the river. "
          "A survey of 996 likely voters in the state had Trump ahead by a narrow margin in the race.\n\n"
          "Factories in the region have cut 9,000 jobs since the trade deal was signed in the early nineties.\n\n"
          "The state's trade office said 7,000 jobs in the region depended on exports to other countries.\n\n"
          "The city's zoo reopened its reptile house after repairs that cost the council 300 dollars last spring.\n")


def test_trivia_is_no_key_detail():
    quantities = (_q(TRIVIA, "4,000"), _q(TRIVIA, "26", "date"), _q(TRIVIA, "six minutes", "time"),
                  _q(TRIVIA, "996"), _q(TRIVIA, "9,000"), _q(TRIVIA, "7,000"), _q(TRIVIA, "300 dollars", "money"))
    article = plain_article(TRIVIA)
    items = number_items(_ctx(article, _analysis(article, quantities=quantities)))
    keys = [a for it in items for a in _answers(it)]
    for trivia in ("26", "six minutes", "six", "996", "300 dollars", "300"):
        assert trivia not in keys, (trivia, [it.stem for it in items])
    assert any("that ______ jobs had left" in it.stem for it in items)  # the lede's count is asked


def test_a_minute_count_is_not_asked_as_a_worded_number():
    text = ("Trump rally draws protest\n\n"
            "Protesters interrupted the speech in the arena near the river about five minutes into the event.\n")
    article = plain_article(text)
    items = number_items(_ctx(article, _analysis(article, quantities=(_q(text, "about five minutes", "time"),))))
    assert items == []


# ---------------------------------------------------------------- 5. names with a nickname in quotes

BENGHAZI = ("Benghazi survivor speaks at convention\n\n"
            "The former marine John “Tig” Tiegen told the convention in the city about the attack on the compound. "
            "Ann Lee and Bo Kim and Cy Dunn and Di Roe also spoke at the convention on the first night. "
            "Security contractor Kris Paronto said the team had waited for orders for a long time. "
            "Tiegen said later that the men on the roof had run out of ammunition before dawn.\n")


def _quote_balanced(s):
    return s.count("“") == s.count("”") and s.count("\"") % 2 == 0 and s.count("‘") <= s.count("’")


def test_a_name_cut_at_its_nickname_is_never_a_key_or_option():
    article = plain_article(BENGHAZI)
    ents = _ents(BENGHAZI, ["John “Tig", "Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe", "Kris Paronto"])
    items = name_items(_ctx(article, _analysis(article, entities=ents)), set())
    for it in items:
        for option in list(it.options) + _answers(it):
            assert _quote_balanced(option), (it.stem, option)


def test_a_name_with_a_nickname_is_one_name_with_its_forms():
    article = plain_article(BENGHAZI)
    ents = _ents(BENGHAZI, ["John “Tig” Tiegen", "Kris Paronto", "Tiegen"])
    items = name_items(_ctx(article, _analysis(article, entities=ents)), set())
    (item,) = [it for it in items if "The former marine ______" in it.stem]
    assert item.kind == "short_answer"
    assert {"John Tiegen", "Tiegen", "John “Tig” Tiegen"} <= set(item.answer)
    assert not any(a.endswith("“Tig") or a == "Tig" for a in item.answer)


def test_a_source_cut_at_a_nickname_is_no_attribution_distractor():
    article = plain_article(BENGHAZI)
    keyed = _att(BENGHAZI, "Kris Paronto", "said", "the team had waited for orders for a long time")
    cut = replace(_att(BENGHAZI, "marine John “Tig", "told", "about the attack on the compound"),
                  source="Marine John “Tig")
    ents = _ents(BENGHAZI, ["John “Tig", "Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe"])
    ctx = _ctx(article, _analysis(article, attributions=(keyed, cut), entities=ents))
    options = source_distractors(ctx, keyed, 3)
    assert options and all(_quote_balanced(o) for o in options), options


def test_an_age_in_apposition_is_trivia_but_the_ledes_subject_age_is_asked():
    """"Thomas Sam, 42, and his wife": a side fact; "the death of their nine-month-old child" in
    the lede: what the story is about, asked as the number with "-month-old" left in the stem."""
    text = ("Parents on trial over daughter's death\n\n"
            "Thomas Sam, 42, and his wife are on trial for the death of their nine-month-old child in Sydney.\n\n"
            "A neighbour, 63, said she had seen a nine-year-old boy at the house on many occasions.\n")
    quantities = (_q(text, "42", "date"), _q(text, "nine-month-old", "date"),
                  replace(_q(text, "nine-year-old", "date"), paragraph=2))
    article = plain_article(text)
    items = number_items(_ctx(article, _analysis(article, quantities=quantities)))
    assert [it.answer for it in items] == [["nine", "9"]], [it.stem for it in items]
    assert "their ______-month-old child" in items[0].stem


SOCCER = ("Sweden beat South Korea in World Cup opener\n\n"
          "Swedish captain Andreas Granqvist scored from the penalty spot in the second half of the match. "
          "Korean defender Kim Min-Woo conceded the penalty after a long review by the referee. "
          "Panama coach Hernan Dario Gomez said his team had learned a lot from the game on Monday. "
          "English captain Harry Kane scored twice as England beat Tunisia in the evening match. "
          "Belgian striker Romelu Lukaku scored two goals against Panama in the afternoon. "
          "Swedish captain Andreas Granqvist won the award for the best player of the match.\n")


def test_a_nationality_next_to_the_gap_rules_out_other_teams_players_and_one_name_is_asked_once():
    """"Swedish captain ______": Harry Kane is a captain but English, a coach is no captain; with
    no other Swedish captain the name is written in, and only once for the two sentences."""
    article = plain_article(SOCCER)
    names = ["Andreas Granqvist", "Kim Min-Woo", "Hernan Dario Gomez", "Harry Kane", "Romelu Lukaku"]
    items = name_items(_ctx(article, _analysis(article, entities=_ents(SOCCER, names))), set())
    keyed = [it for it in items if "Swedish captain ______" in it.stem]
    assert len(keyed) == 1 and keyed[0].kind == "short_answer" and "Andreas Granqvist" in keyed[0].answer


def test_a_cut_name_or_one_ending_in_a_function_word_is_no_source_option_or_stem_speaker():
    from quizgen.generate import cause_effect

    text = ("Benghazi survivor speaks at convention\n\n"
            "The former marine John “Tig” Tiegen said the rescue team arrived late at the compound due to thick fog. "
            "Flights were cancelled at the airport in the city due to heavy snow. "
            "The school in the town closed for the whole week due to flooding in the streets. "
            "The match was postponed until the spring due to illness among the players.\n")
    article = plain_article(text)
    cut = replace(_att(text, "John “Tig", "said", "the rescue team arrived late at the compound due to thick fog"),
                  source="John “Tig", source_confidence=1.0, kind_confidence=1.0)
    items = cause_effect.generate(_ctx(article, _analysis(article, attributions=(cut,))))
    assert any("due to ______" in it.stem for it in items)  # the other causes are asked
    assert not any("According to John “Tig" in it.stem for it in items), [it.stem for it in items]
    keyed = _att(BENGHAZI, "Kris Paronto", "said", "the team had waited for orders for a long time")
    friends = replace(_att(BENGHAZI, "Ann Lee", "spoke", "at the convention on the first night"),
                      source="Friends of")
    ents = _ents(BENGHAZI, ["Bo Kim", "Cy Dunn", "Di Roe"])
    options = source_distractors(_ctx(article, _analysis(plain_article(BENGHAZI), attributions=(keyed, friends),
                                                         entities=ents)), keyed, 3)
    assert "Friends of" not in options


def test_the_tail_of_a_range_and_a_name_of_the_gaps_own_sentence_are_never_options():
    quantities = (_q(POLL, "to 28 percent", "percent"), _q(POLL, "41 percent", "percent"),
                  _q(POLL, "33 percent", "percent"), _q(POLL, "12 percent", "percent"))
    article = plain_article(POLL)
    items = number_items(_ctx(article, _analysis(article, quantities=quantities)))
    assert not any(a.startswith("to ") for it in items for a in list(it.options) + _answers(it))
    text = ("Clinton campaign looks ahead\n\n"
            "Hillary Clinton, speaking to a crowd of supporters at a long rally in a sports hall in Brooklyn on "
            "a rainy Tuesday night after the polls had closed in the state, thanked Robby Mook and the "
            "volunteers. "
            "Ann Lee and Bo Kim and Cy Dunn and Di Roe were also at the rally on the night. "
            "Mook has run the campaign since April.\n")
    article = plain_article(text)
    ents = _ents(text, ["Hillary Clinton", "Robby Mook", "Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe"])
    asked = [it for seed in range(6) for it in name_items(_ctx(article, _analysis(article, entities=ents), seed), set())
             if "thanked ______ and the volunteers" in it.stem]
    assert asked and all("Hillary Clinton" not in it.options for it in asked), [it.options for it in asked]


def test_a_subject_gap_followed_by_a_long_aside_is_a_guess():
    """"______, speaking to a crowd of supporters at a long rally in a sports hall …": the comma
    right after the gap opens an aside, it does not end the clause; the stem stops mid-aside."""
    text = ("Clinton campaign looks ahead\n\n"
            "Hillary Clinton, speaking to a crowd of supporters at a long rally in a sports hall in Brooklyn on "
            "a rainy Tuesday night after the polls had closed, thanked the volunteers. "
            "Ann Lee and Bo Kim and Cy Dunn and Di Roe were also at the rally on the night.\n")
    article = plain_article(text)
    ents = _ents(text, ["Hillary Clinton", "Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe"])
    items = name_items(_ctx(article, _analysis(article, entities=ents)), set())
    assert not any("______, speaking to a crowd" in it.stem for it in items)
