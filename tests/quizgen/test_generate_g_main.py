"""Main-idea options cut only where the sentence's parse allows: the main clause's subject, its root
verb and what that verb takes stay whole; a cut never leaves a subject without its verb, a verb
without its phrase, or a predicate that says nothing ("… said little")."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.main_idea import _details, _forms, _lede_forms

# a subject with a relative clause and a "while" clause, its verb after them (the lede shape)
SUBJECT_FIRST = ("The Danish student whose blog showed that the mayor used a car while he was on holiday "
                 "pleaded guilty Tuesday to fraud and misuse of funds, admitting that he had forged the mileage "
                 "records himself and hidden them.")
# a purpose clause of two conjoined verbs, the second one's particle and object past the word limit
CONJOINED = ("Governor Jane Holt opened a careful peace-making tour Monday to unite the state party behind "
             "Tom Reyes and draw in Ann Cole voters reluctant to back him after a bitter primary race in the north.")


def test_no_form_of_the_lede_stops_before_its_main_verb() -> None:
    forms = _lede_forms(SUBJECT_FIRST)
    assert forms  # the sentence still gives an option: cut after its main clause
    for form in forms:
        assert "pleaded guilty Tuesday to fraud and misuse of funds" in form, form


def test_no_form_stops_inside_a_conjoined_predicate() -> None:
    for form in _forms(CONJOINED) + _lede_forms(CONJOINED):
        assert not form.rstrip().endswith(("and draw", "draw")), form
        assert "draw in Ann Cole voters" in form, form


def test_a_distractor_is_not_cut_to_a_bare_said_little() -> None:
    text = ("Dover closes old bridge\n\nThe council of Dover voted on Monday to close the old river bridge.\n\n"
            "At the hearing in the town hall in Dover, the engineer, in a grey work suit, said little, offering "
            "only short answers that he had checked the pillars and that he had read the reports given to him. "
            "A later hearing on the cost is set for the second week of June with the mayor and the planners.\n")
    art = plain_article(text)
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    best = ctx.analysis.sentences[0]
    pool, _ = _details(ctx, "The council of Dover voted on Monday to close the old river bridge", best)
    assert not any(d.endswith("said little") for d in pool), pool
    assert any(d.startswith("A later hearing on the cost is set") for d in pool), pool
