"""More "after" shapes for the sequence true/false, on constructed sentences: an interval before an
opening "after" ("Two weeks after X, Y."), a comma before a closing "after" ("Y, after X."), a phrase
after the earlier event that only says more of it ("Y after X, which …"), a name's appositive
("Lee, a farmer, left …"). The guards of the plain shapes still hold."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import sequence
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS

HEAD = "Valley council news\n\n"
FILL = ("\n\nThe mayor opened a new park near the river on Monday.\n\n"
        "Many farmers sold apples and pears at the weekly market.\n")


def _after(body: str, seed: int = 0) -> list:
    article = plain_article(HEAD + body + FILL)
    ctx = Context(article, plain_analysis(article), random.Random(seed), frozenset(ITEM_KINDS))
    return sequence.after_items(ctx)


def _both(body: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for seed in range(12):
        for it in _after(body, seed):
            out.setdefault(it.answer, it.stem)
    return out


def test_an_interval_before_an_opening_after_is_left_out():
    stems = _both("Two weeks after the old mayor resigned, Valley Council chose a new leader for the town.")
    assert stems[0] == ("True or false? According to ¶1, Valley Council chose a new leader for the town after the old "
                        "mayor resigned.")
    assert stems[1] == ("True or false? According to ¶1, Valley Council chose a new leader for the town before the "
                        "old mayor resigned.")


def test_a_comma_before_a_closing_after_is_dropped():
    stems = _both("The builder spent two million dollars on the old mill, after buying the mill from the bank.")
    assert stems[0] == ("True or false? According to ¶1, after buying the mill from the bank, the builder spent two "
                        "million dollars on the old mill.")
    # "after buying it": moved before the main clause, "it" would come before what it stands for
    assert _after("The builder spent two million dollars on the old mill, after buying it from the bank.") == []


def test_a_phrase_that_says_more_of_the_earlier_event_is_cut():
    stems = _both("The council raised the harbour fees after the flood destroyed the old market, "
                  "forcing traders to move inland.")
    assert stems[0] == ("True or false? According to ¶1, after the flood destroyed the old market, the council "
                        "raised the harbour fees.")


def test_a_names_appositive_is_left_out():
    stems = _both("Ann Lee, a local farmer, closed her stall after the flood destroyed the old market.")
    assert stems[0] == ("True or false? According to ¶1, after the flood destroyed the old market, Ann Lee closed "
                        "her stall.")


def test_the_plain_guards_still_hold_on_the_new_shapes():
    for body in ("Officials said that two weeks after the old mayor resigned, the council chose a new leader.",
                 "Two weeks after the old mayor resigned, it chose a new leader for the whole town.",
                 "The council will raise the harbour fees after the flood destroyed the old market, forcing traders "
                 "to move inland.",
                 "The builder has spent two million dollars on the old mill, after buying it from the bank.",
                 "Two weeks after that, Valley Council chose a new leader for the town."):
        assert _after(body) == [], body


# ---------------------------------------------------------------- cause: an opening phrase before the reason's subject

def _reasons(body: str) -> dict[int, str]:
    from quizgen.generate import cause_effect

    out: dict[int, str] = {}
    for seed in range(12):
        article = plain_article(HEAD + body + FILL)
        ctx = Context(article, plain_analysis(article), random.Random(seed), frozenset(ITEM_KINDS))
        for it in cause_effect.generate(ctx):
            if it.kind == "true_false" and it.stem.startswith("True or false? According to"):  # the reason turned round
                out.setdefault(it.answer, it.stem)
    return out


def test_an_opening_year_or_link_word_is_left_out_of_the_reason_statement():
    for opener in ("In 2008, ", "But ", "Indeed, "):
        stems = _reasons(opener + "the council delayed the budget vote because the auditors filed the report late.")
        assert stems[0] == ("True or false? According to ¶1, the council delayed the budget vote because the "
                            "auditors filed the report late."), opener
        assert stems[1] == ("True or false? According to ¶1, the auditors filed the report late because the "
                            "council delayed the budget vote."), opener


def test_an_opening_phrase_keeps_every_guard_of_the_reason():
    for body in ("In 2008, the council may have delayed the budget vote because the auditors filed the report late.",
                 "But officials said the council delayed the budget vote because the auditors filed the report late.",
                 "Indeed, it delayed the budget vote because the auditors filed the report late.",
                 "In the end, the council delayed the budget vote because the auditors filed the report late."):
        assert _reasons(body) == {}, body


# ---------------------------------------------------------------- sequence: a number inside a clause "In YEAR," opens

def _order(body: str) -> list:
    out = []
    for seed in range(6):
        article = plain_article(HEAD + body + FILL)
        ctx = Context(article, plain_analysis(article), random.Random(seed), frozenset(ITEM_KINDS))
        out += [it for it in sequence.generate(ctx) if it.kind == "true_false" and " before " in it.stem]
    return out


def test_a_number_inside_a_clause_the_year_opens_is_no_date():
    items = _order("In 2008, the council won the harbour vote by a 35-point margin.\n\n"
                   "In 2012, the mayor closed the old fish market for good.")
    assert items
    for it in items:
        assert "the council won the harbour vote by a 35-point margin" in it.stem
        won_first = it.stem.index("won") < it.stem.index("closed")
        assert it.answer == (0 if won_first else 1)


def test_a_second_date_or_a_closing_year_with_a_number_still_dates_nothing():
    for first in ("In 2008, the council won the harbour vote on March 3 by a wide margin.",
                  "The council won the harbour vote by a 35-point margin in 2008."):
        assert _order(first + "\n\nIn 2012, the mayor closed the old fish market for good.") == [], first


def test_a_two_word_earlier_event_is_a_named_event_or_a_name_and_its_verb():
    stems = _both("The farmers held a long meeting at the town hall after the election.")
    assert stems[0] == ("True or false? According to ¶1, after the election, the farmers held a long meeting at the "
                        "town hall.")
    stems = _both("The farmers held a long meeting at the town hall after Lee resigned.")
    assert stems[0].endswith("after Lee resigned, the farmers held a long meeting at the town hall.")
    for body in ("The farmers held a long meeting at the town hall after the incident.",
                 "The farmers held a long meeting at the town hall after the move."):
        assert _after(body) == [], body


def test_an_appositive_with_a_capital_is_left_out():
    stems = _both("Ann Lee, a Valley farmer, closed her stall after the flood destroyed the old market.")
    assert stems[0].endswith("after the flood destroyed the old market, Ann Lee closed her stall.")


def test_a_state_reached_by_a_time_after_an_event_is_no_order():
    # "Two days after the storm, the mood had changed": how things stood then, not which came first
    assert _after("Two days after the storm hit the coast, Valley Council's mood had changed.") == []


def test_ever_before_after_is_no_order():
    # "… the highest ratings ever | after …" turned "… ever before …" reads as one phrase
    assert _after("The mayor had the highest ratings ever after the flood destroyed the old market.") == []
