"""Cause and effect as a true/false on which way a reason runs, on constructed sentences.

"<effect> because <cause>." in the writer's words (or in a claim the ledger surely gives to a
named source) gives "True or false? According to ¶N, <effect> because <cause>." (true) or the two
clauses the other way round (false). No item when the reason is hedged, negated, asked, inside a
conditional, timed, one of two, opens with a pronoun, is someone's words the ledger cannot place,
or stands inside a quotation."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import cause_effect, sequence
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Attribution, Span

HEAD = "Valley council news\n\n"
FILL = ("\n\nThe mayor opened a new park near the river on Monday.\n\n"
        "Many farmers sold apples and pears at the weekly market.\n")


def _items(body: str, seed: int = 0, **kw) -> list:
    article = plain_article(HEAD + body + FILL)
    ctx = Context(article, plain_analysis(article, **kw), random.Random(seed), frozenset(ITEM_KINDS))
    # the reason turned round ("True or false? According to ¶N, …"); the reason offered beside the quoted sentence
    # (test_s51_cause_tf) keeps the clauses as written, so none of the guards below is about it
    return [it for it in cause_effect.generate(ctx) if it.kind == "true_false" and it.stem.startswith(_TURNED)]


_TURNED = "True or false? According to"


def _both(body: str, **kw) -> dict[int, str]:
    """The stem keyed True (0) and the stem keyed False (1), over the first seeds."""
    out: dict[int, str] = {}
    for seed in range(12):
        for it in _items(body, seed, **kw):
            out.setdefault(it.answer, it.stem)
    return out


# ---------------------------------------------------------------- accepted shapes

def test_a_reason_in_the_writers_words_is_asked_both_ways_round():
    stems = _both("The council delayed the budget vote because the auditors filed the report late.")
    assert stems[0] == ("True or false? According to ¶1, the council delayed the budget vote because the auditors "
                        "filed the report late.")
    assert stems[1] == ("True or false? According to ¶1, the auditors filed the report late because the council "
                        "delayed the budget vote.")


def test_the_explanation_quotes_the_sentence_and_names_the_reason():
    (it,) = _items("The council delayed the budget vote because the auditors filed the report late.")
    assert it.explanation.startswith("¶1: \"The council delayed the budget vote because")
    assert ("according to the article, \"the auditors filed the report late\" is the reason why the council "
            "delayed the budget vote") in it.explanation
    assert it.support[0].text.startswith("The council delayed")


def test_a_degree_word_before_because_stays_in_both_statements():
    stems = _both("Turnout in the valley dropped sharply, largely because the polling stations opened late.")
    assert stems[0].endswith("turnout in the valley dropped sharply largely because the polling stations opened "
                             "late.")
    assert stems[1].endswith("the polling stations opened late largely because turnout in the valley dropped "
                             "sharply.")


def test_a_name_keeps_its_capital_and_a_common_word_is_lowered():
    stems = _both("Valley Water raised the water prices because the reservoir levels dropped in the summer.\n\n"
                  "The town pays Valley Water for the pipes.")
    assert stems[0].startswith("True or false? According to ¶1, Valley Water raised")
    assert stems[1].endswith("because Valley Water raised the water prices.")


def test_the_reason_stops_before_a_clause_that_only_says_more_of_it():
    stems = _both("The council delayed the budget vote because the auditors filed the report late, "
                  "including the pages on the harbour.")
    assert stems[0].endswith("because the auditors filed the report late.")
    assert "harbour" not in stems[1]


def test_a_reason_in_a_claim_surely_given_to_a_named_source_names_the_source():
    body = "The budget officers say the deficit will grow because the council extended the tax cuts."
    text = HEAD + body + FILL
    content = "the deficit will grow because the council extended the tax cuts"
    i, j, k = text.index(content), text.index("The budget officers"), text.index("say")
    att = Attribution("budget officers", "The budget officers", Span(j, j + 19, "The budget officers"),
                      "unnamed_group", "say", Span(k, k + 3, "say"), content, (Span(i, i + len(content), content),),
                      False, 1)
    stems = _both(body, attributions=(att,))
    assert stems[0] == ("True or false? According to the budget officers (¶1), the deficit will grow because the "
                        "council extended the tax cuts.")
    assert stems[1] == ("True or false? According to the budget officers (¶1), the council extended the tax cuts "
                        "because the deficit will grow.")
    # without the ledger's record the same sentence is someone's words the stem could not name: no item
    assert _items(body) == []


# ---------------------------------------------------------------- rejected shapes

def test_no_item_for_a_hedged_reason():
    for body in ("The council delayed the budget vote because the auditors may have filed the report late.",
                 "The council delayed the budget vote probably because the auditors filed the report late.",
                 "The council reportedly delayed the budget vote because the auditors filed the report late."):
        assert _items(body) == [], body


def test_no_item_for_a_negated_reason():
    for body in ("The council delayed the budget vote not because the auditors filed the report late.",
                 "The council delayed the budget vote just because the auditors filed the report late.",
                 "The council did not delay the budget vote because the auditors filed the report late."):
        assert _items(body) == [], body


def test_no_item_for_a_question_or_a_conditional():
    for body in ("Was the budget vote delayed because the auditors filed the report late? Nobody knows.",
                 "If the auditors file the report late, the council delays the vote because the rules say so.",
                 "The council would delay the budget vote because the auditors filed the report late."):
        assert _items(body) == [], body


def test_no_item_when_the_sentence_gives_two_reasons():
    for body in ("The council delayed the budget vote because the auditors filed the report late and the "
                 "mayor was away.",
                 "The council delayed the budget vote because the report was late, and because the hall flooded.",
                 "Because the report was late, the council delayed the vote because the rules say so."):
        assert _items(body) == [], body


def test_no_item_when_a_clause_opens_with_a_pronoun_or_points_elsewhere():
    for body in ("It delayed the budget vote because the auditors filed the report late.",
                 "The council delayed the budget vote because they filed the report late.",
                 "The council delayed the budget vote because it filed the report late.",
                 "The council delayed the budget vote because these auditors filed the report late.",
                 "That delayed the budget vote because the auditors filed the report late.",
                 # "their": whose report may lie in another sentence, or come after it once the clauses swap
                 "The council delayed the budget vote because the auditors filed their report late."):
        assert _items(body) == [], body


def test_no_item_for_someones_words_the_ledger_does_not_place_or_a_quotation():
    for body in ("Officials said the council delayed the budget vote because the auditors filed the report late.",
                 "\"The council delayed the budget vote because the auditors filed the report late,\" she said."):
        assert _items(body) == [], body


def test_no_item_for_a_timed_reason_or_a_second_causal_word():
    for body in ("The council delayed the budget vote because the auditors filed the report after the deadline.",
                 "The council delayed the budget vote because the storm caused a flood in the hall."):
        assert _items(body) == [], body


def test_a_sentence_a_choice_item_asks_gets_no_true_false_as_well():
    body = ("The council closed the old library on the hill because the roof had started to leak badly.\n\n"
            "Volunteers painted the school gym because the students wanted brighter walls.\n\n"
            "The bakery shut early on Friday because the ovens needed cleaning after the fair.\n\n"
            "The ferry ran twice a day in July because more visitors came to the beach.")
    article = plain_article(HEAD + body + FILL)
    items = cause_effect.generate(Context(article, plain_analysis(article), random.Random(0), frozenset(ITEM_KINDS)))
    choice = [it for it in items if it.kind == "multiple_choice"]
    tf = [it for it in items if it.kind == "true_false"]
    assert choice
    asked = {it.support[0].start for it in choice}
    assert not any(it.support[0].start in asked for it in tf)


def test_a_negation_inside_the_reason_is_a_fact_and_keeps_the_item():
    stems = _both("The council delayed the budget vote because the auditors did not file the report.")
    assert stems[0].endswith("the council delayed the budget vote because the auditors did not file the report.")
    assert stems[1].endswith("the auditors did not file the report because the council delayed the budget vote.")


def test_the_empty_it_of_makes_it_hard_is_no_pronoun():
    stems = _both("The new rules made it difficult to win a large lead because the delegates were shared out evenly.")
    assert stems[0].endswith("the new rules made it difficult to win a large lead because the delegates were shared "
                             "out evenly.")
    assert 1 in stems


# ---------------------------------------------------------------- sequence: "after" in the writer's words

def _after(body: str, seed: int = 0, **kw) -> list:
    article = plain_article(HEAD + body + FILL)
    ctx = Context(article, plain_analysis(article, **kw), random.Random(seed), frozenset(ITEM_KINDS))
    return sequence.after_items(ctx)


def _after_both(body: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for seed in range(12):
        for it in _after(body, seed):
            out.setdefault(it.answer, it.stem)
    return out


def test_an_event_after_another_is_asked_after_or_before():
    stems = _after_both("The council raised the harbour fees after the flood destroyed the old market.")
    # put the other way round than the sentence: the true statement is no copy of it
    assert stems[0] == ("True or false? According to ¶1, after the flood destroyed the old market, the council "
                        "raised the harbour fees.")
    assert stems[1] == ("True or false? According to ¶1, before the flood destroyed the old market, the council "
                        "raised the harbour fees.")


def test_an_opening_after_phrase_moves_behind_the_main_clause():
    stems = _after_both("After the court ruled against the plan, Mayor Ann Lee (D) closed the harbour.")
    assert stems[0] == ("True or false? According to ¶1, Mayor Ann Lee closed the harbour after the court ruled "
                        "against the plan.")
    assert stems[1].endswith("Mayor Ann Lee closed the harbour before the court ruled against the plan.")
    (it,) = _after("After the court ruled against the plan, Mayor Ann Lee (D) closed the harbour.")
    assert it.explanation.startswith("¶1: \"After the court ruled against the plan")


def test_sequence_generate_adds_the_after_items():
    article = plain_article(HEAD + "The council raised the harbour fees after the flood destroyed the old market."
                            + FILL)
    ctx = Context(article, plain_analysis(article), random.Random(0), frozenset(ITEM_KINDS))
    assert [it.kind for it in sequence.generate(ctx)] == ["true_false"]


def test_no_after_item_for_someones_words_a_hedge_a_forecast_or_a_present():
    for body in ("Officials said the council raised the harbour fees after the flood destroyed the old market.",
                 "The council may have raised the harbour fees after the flood destroyed the old market.",
                 "The council will raise the harbour fees after the flood destroyed the old market.",
                 "The council has raised the harbour fees after the flood destroyed the old market.",
                 "\"The council raised the harbour fees after the flood destroyed the old market,\" she said."):
        assert _after(body) == [], body


def test_no_after_item_when_a_pronoun_would_lose_its_place_or_opens_the_statement():
    for body in ("After Ann Lee lost the vote on the harbour, she closed the old market.",
                 "It raised the harbour fees after the flood destroyed the old market.",
                 "His council raised the harbour fees after the flood destroyed the old market."):
        assert _after(body) == [], body
    # a pronoun after its name, the order of the words kept: the statement reads as the article does
    assert _after("Ann Lee closed her shop after the flood destroyed the old market.")


def test_no_after_item_for_a_span_of_time_or_an_after_that_is_no_time():
    for body in ("The council raised the harbour fees after two years of long talks.",
                 "The council raised the harbour fees after all the old markets closed.",
                 "The new school by the harbour was named after the old mayor of the town.",
                 "The council raised the harbour fees after that vote on the old market.",
                 "The council raised the harbour fees after the flood and before the election in the town.",
                 "The council raised the harbour fees after the flood because the old market closed."):
        assert _after(body) == [], body


def test_a_quantifier_opening_is_lowered_and_a_bare_pointer_is_no_event():
    stems = _after_both("Some council members left the harbour meeting after the mayor cancelled the vote.")
    assert stems[0].endswith(", some council members left the harbour meeting.")
    # "after the incident": which incident only the sentences before say
    assert _after("Some council members left the harbour meeting after the incident.") == []
