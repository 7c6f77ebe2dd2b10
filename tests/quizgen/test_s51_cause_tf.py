"""A reason the article gives with too few other reasons for a four-option item is asked true or false: the
sentence quoted with its reason blanked, and one reason offered — the sentence's own (true), or a statement
from another part of the article (false). Constructed articles; plain analyses (no parser)."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import cause_effect
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS

HEAD = "Valley council news\n\n"
FILL = ("\n\nThe mayor opened a new park near the river on Monday.\n\n"
        "Many farmers showed apples and pears at the weekly market.\n\n"
        "The council library opened a reading room for young children.\n")


def _items(body: str, seed: int, fill: str = FILL) -> list:
    article = plain_article(HEAD + body + fill)
    ctx = Context(article, plain_analysis(article), random.Random(seed), frozenset(ITEM_KINDS))
    return [it for it in cause_effect.generate(ctx) if it.kind == "true_false"]


def _by_key(body: str, fill: str = FILL) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {0: [], 1: []}
    for seed in range(16):
        for it in _items(body, seed, fill):
            out[it.answer].append(it.stem)
    return out


# a reason whose clauses hold a pronoun: no statement can turn it round, and no other reason gives four options
PRONOUN = "The council cannot pass the budget this year, largely because it lost two members in the spring."


def test_a_reason_with_too_few_others_is_asked_true_or_false_both_ways():
    stems = _by_key(PRONOUN)
    shown = ('In ¶1, the article says (the reason left out): "The council cannot pass the budget this year, largely '
             'because ______." Read ¶1. True or false? The reason this sentence gives is that ')
    assert stems[0] and stems[1]
    assert all(s == shown + "it lost two members in the spring." for s in stems[0])
    # false: a statement of the writer's two paragraphs or more away on a subject of the sentence ("council"),
    # never the sentence's own reason nor a fact on another subject (the farmers' apples)
    assert {s[len(shown):] for s in stems[1]} == {"the council library opened a reading room for young children."}
    assert all(s.startswith(shown) for s in stems[1])


def test_the_next_paragraph_is_never_offered_in_place_of_the_reason():
    near = "\n\nThe mayor opened a new park near the river on Monday.\n"
    stems = _by_key(PRONOUN, near)
    assert stems[0]
    assert not stems[1]  # nothing far enough away to offer: only the true statement, never the next paragraph's


def test_a_noun_cause_is_asked_true_or_false():
    stems = _by_key("The ferry service stopped running in March because of severe storms on the northern coast.")
    shown = ('In ¶1, the article says (the cause left out): "The ferry service stopped running in March because of '
             '______." Read ¶1. True or false? The cause this sentence gives is ')
    assert stems[0] == [shown + "severe storms on the northern coast."] * len(stems[0]) and stems[0]


def test_a_question_or_a_condition_gives_no_reason_to_offer():
    for body in ("Was the council unable to pass the budget this year because it lost two members in the spring?",
                 "The council could pass the budget even if it lost two members because of the long spring recess."):
        stems = _by_key(body)
        assert not stems[0] and not stems[1], body


def test_due_to_with_a_verb_is_a_schedule_not_a_cause():
    stems = _by_key("The new mayor of the valley is due to open the rebuilt bridge on Friday.")
    assert not stems[0] and not stems[1]


def test_a_cause_told_twice_is_asked_once():
    body = ("The ferry service stopped running in March because of severe storms on the northern coast.\n\n"
            "The ferry service stopped running in March because of severe storms on the northern coast.")
    for seed in range(8):
        items = _items(body, seed)
        assert len([it for it in items if "severe storms" in it.stem]) <= 1


def test_a_fact_with_a_pronoun_is_not_offered():
    fill = ("\n\nThe mayor opened a new park near the river on Monday.\n\n"
            "Many farmers showed apples and pears at the weekly market.\n\n"
            "The council library opened a reading room for their children.\n")
    stems = _by_key(PRONOUN, fill)
    assert stems[0] and not stems[1]  # whose children? nothing to offer in place of the reason


def test_a_reason_cut_before_a_second_predicate_is_not_offered_half():
    stems = _by_key("The council says it won the vote because it started the campaign early and gained ground.")
    assert not stems[0] and not stems[1]


def test_no_reason_asked_where_the_sentence_gives_another_before_it():
    # judged blind (t4): "… online so that agents can monitor … or because ______": "the reason this sentence
    # gives" was one of two, and a careful reader could answer False
    two = ("The council has kept the old pier open so that fishermen can land their catch or because the new "
           "harbour wall needs another year of building work.")
    assert _by_key(two) == {0: [], 1: []}
    one = "The council has kept the old pier open because the new harbour wall needs another year of building work."
    got = _by_key(one)
    assert got[0] or got[1]
