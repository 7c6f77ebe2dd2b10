"""Key-detail name gaps judged trivia, not key details, by blind teacher-judges (stop 34), and clozes on a
run-in subheading: each shape on a constructed article, beside the central gaps that must stay."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import key_detail, sure_claims
from quizgen.generate.base import Context
from quizgen.generate.key_detail import run_in_heading
from quizgen.model import ITEM_KINDS

CAMPAIGN = (
    "Mayor Dana Voss Opens Her Campaign In Eastport\n\n"
    "Mayor Dana Voss opened her campaign for governor on Tuesday with a rally at the harbor in Eastport, a fishing "
    "town of about 9,000 people.\n\n"
    "Voss promised to build a new ferry terminal and to cut the harbor fees by half before the end of next year.\n\n"
    "The rally drew comparisons with Democratic presidential candidate Hannah Colter, who held a similar event in "
    "the town last spring.\n\n"
    "A banner at the rally showed Russian President Ivan Petrov shirtless on a horse, beside a cardboard tank and a "
    "rubber fish.\n\n"
    "Voss told CNN that the terminal would open in two years and would bring 400 jobs to the harbor.\n\n"
    "Marta Lind, a spokeswoman for the Voss campaign, did not respond to a request for comment on the cost of the "
    "terminal.\n\n"
    "Reps. Tom Adler, Rosa Brenner, Karl Duval and Nina Esposito spoke at the rally after the mayor left the "
    "stage.\n\n"
    "The city council approved the terminal plan in March, and council president Erik Holm signed the order the "
    "next day.\n\n"
    "Holm has said the terminal will be paid for by a state grant, and the council will vote on the grant in "
    "June.\n\n"
    "Voss faces state Sen. Paul Garner in the primary in September, and Garner has attacked the terminal plan as "
    "too costly.\n")

HARBOR = (
    "Party Leaders Split Over New Harbor Rules\n\n"
    "Three party leaders have written to the governor to oppose the new harbor rules, which take effect in May.\n\n"
    "The letter backed the re-election of House Speaker Alan Roe (R-Wis.), Sen. Bella Kim (R-Ariz.), and Sen. "
    "Carla Poe (R-N.H.), who all voted for the old rules.\n\n"
    "Fishing boss Otto Brand, who owns 40 boats, said in an interview with The Washington Post that the rules "
    "would cost him $2 million a year.\n\n"
    "The rules were drafted by Nora Quist, a lawyer for the state harbor board, after a storm destroyed 30 boats "
    "in 2019.\n\n"
    "Quist told the board that the rules would save lives, and the board adopted them by a vote of 5 to 2.\n\n"
    "Harbor board spokesman Leo Vance would not say when the board would meet again.\n\n"
    "The harbor's new chief, Ruth Sommer, said the first inspections would begin in June.\n\n"
    "Sommer has worked at the harbor for 20 years and once ran the town's lifeboat station.\n")


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def _keys(items) -> list[str]:
    out = []
    for it in items:
        if it.kind == "multiple_choice":
            out.append(it.options[it.answer])
        elif isinstance(it.answer, list) and it.answer:
            out.append(str(it.answer[0]))
    return out


def test_a_name_guessable_from_a_head_of_state_or_candidate_title_is_no_key_detail():
    # judged blind: "Russian President ______ shirtless on a horse", "Democratic presidential candidate ______"
    keys = _keys(key_detail.name_items(_ctx(CAMPAIGN), set()))
    assert "Ivan Petrov" not in keys, keys
    assert "Hannah Colter" not in keys, keys


def test_the_outlet_someone_told_is_no_key_detail():
    # judged blind: "told ______ that …" (CNN): the point of the sentence is what was said
    keys = _keys(key_detail.name_items(_ctx(CAMPAIGN), set()))
    assert "CNN" not in keys, keys


def test_the_spokesperson_who_did_not_respond_is_no_key_detail():
    # judged blind: "______, a spokeswoman for Trump, did not respond to a request for comment"
    assert "Marta Lind" not in _keys(key_detail.name_items(_ctx(CAMPAIGN), set()))
    assert "Leo Vance" not in _keys(key_detail.name_items(_ctx(HARBOR), set()))


def test_one_name_of_a_list_of_party_tagged_lawmakers_is_no_key_detail():
    # judged blind: "House Speaker Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. ______ (R-N.H.)"
    keys = _keys(key_detail.name_items(_ctx(HARBOR), set()))
    assert not {"Alan Roe", "Bella Kim", "Carla Poe"} & set(keys), keys


def test_the_person_who_decided_or_drafted_the_thing_is_still_a_gap():
    # the paragraph's main actor, named again later: a key detail the reader must have taken in
    assert "Erik Holm" in _keys(key_detail.name_items(_ctx(CAMPAIGN), set()))
    assert "Nora Quist" in _keys(key_detail.name_items(_ctx(HARBOR), set()))


def test_the_title_rule_leaves_a_council_or_company_president_alone():
    from quizgen.generate.key_detail import guessable_title
    assert guessable_title("A banner showed Russian President ")
    assert guessable_title("The rally drew comparisons with Democratic presidential candidate ")
    assert guessable_title("Hillary Clinton went on offense against Republican front-runner ")
    assert guessable_title("In Berlin, Germany's Chancellor ")
    assert guessable_title("Sen. Marco Rubio responded first, ripping into President ")
    assert guessable_title("the presumptive Republican nominee, ")
    assert not guessable_title("The council approved the plan, and council president ")
    assert not guessable_title("Its president, ")
    assert not guessable_title("Harvard President ")
    assert not guessable_title("He raised money for Wisconsin Senate candidate ")
    assert guessable_title("a showdown between former secretary of state ")
    assert guessable_title("The bill was blocked by Senate Majority Leader ")
    assert not guessable_title("The count was certified by Georgia Secretary of State ")
    assert not guessable_title("The vote was delayed by state House Speaker ")


SUBHEAD = (
    "Big Ideas From The Harbor Race\n\n"
    "The candidates for mayor of Eastport have offered many plans, and a few of them may even come true.\n\n"
    "Dana Voss: Harbor fees Some big ideas do come to pass, and Voss cut the harbor fees by 40 percent in 2019 "
    "after a long fight with the council.\n\n"
    "Paul Garner: Ferry service Garner wants a second ferry to the islands, which would cost about $12 million.\n\n"
    "Both plans need the state's help, and the state has not said whether it will pay for either of them.\n")


def test_run_in_heading_spots_a_heading_run_into_its_paragraph():
    assert run_in_heading("Dana Voss: Harbor fees Some big ideas do come to pass.")
    assert run_in_heading("Paul Garner: Ferry service Garner wants a second ferry to the islands.")
    assert run_in_heading("Student loans Some big ideas do come to pass.")
    assert not run_in_heading("Voss cut the harbor fees by 40 percent, she said in an interview with The Post.")
    assert not run_in_heading("The plan was first reported in The Washington Post on Monday.")
    assert not run_in_heading("Lee said: The fees are too high.")
    assert not run_in_heading("He read the book In Cold Blood at school.")


def test_no_key_detail_quotes_a_run_in_subheading():
    # judged blind: 'Complete the detail from ¶7: "______: Student loans Some big ideas do come to pass."'
    items = key_detail.generate(_ctx(SUBHEAD))
    assert not any("Some big ideas" in it.stem or "Ferry service" in it.stem for it in items), \
        [it.stem for it in items]
    assert any("state's help" in it.stem or "Eastport" in it.stem for it in items) or not items


def test_an_outlet_whose_reporter_was_told_is_no_key_detail():
    from quizgen.generate.key_detail import outlet_as_venue
    assert outlet_as_venue("Sen. Bo Kim (R-Texas) told a ")
    assert outlet_as_venue("Trump brought it up in an interview with ")
    assert outlet_as_venue("Sanders went first at the town hall hosted by ")
    assert outlet_as_venue("The chairman said Sunday on ")
    assert not outlet_as_venue("In a scathing opinion piece published on Monday, ")
    assert not outlet_as_venue("The deal was first reported by ")


FIRED = (
    "Mayor Shakes Up Her Campaign\n\n"
    "Mayor Dana Voss replaced two of her senior aides on Friday as her campaign for governor struggled in the "
    "polls.\n\n"
    "Last month, the mayor fired her campaign manager, Oskar Brandt, and began reading her speeches from a "
    "teleprompter.\n\n"
    "The changes came after a poll showed Voss trailing state Sen. Paul Garner by 12 points.\n")


def test_the_one_a_decision_was_made_about_is_still_a_gap():
    # the thing decided: "Trump fired his campaign manager, ______" is what the sentence is about
    assert "Oskar Brandt" in _keys(key_detail.name_items(_ctx(FIRED), set()))


PARTIES = (
    "Parties Fill The Harbor Week\n\n"
    "The harbor festival opened on Monday with a parade, and the town expects 20,000 visitors by Sunday.\n\n"
    "Guests can choose a fish fry at the old pier, a concert at the library, and a late dinner at the boat club, "
    "hosted by state Rep. Lena Marsh.\n\n"
    "The new pier was first proposed by Otto Brand, the harbor board director, in a letter to the council.\n\n"
    "The council will decide on Friday whether to pay for a second festival next year.\n")


def test_a_host_named_once_in_a_list_of_events_is_no_gap_but_a_passive_doer_is():
    keys = _keys(key_detail.name_items(_ctx(PARTIES), set()))
    assert "Lena Marsh" not in keys, keys  # judged blind: "a reception … hosted by Michigan Gov. ______"
    assert "Otto Brand" in keys or not keys, keys
