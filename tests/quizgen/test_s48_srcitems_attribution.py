"""Attribution true/false items (stop 48, issue 10 point 1): a quotation that is a noun phrase, its one verb in its
own relative clause ('promised voters "a wall that would stand for a hundred years"'), is never printed as what
someone said ("Tom Reyes said, 'a wall that …'" is a fragment, read on a train lesson). Constructed texts."""
from __future__ import annotations

from test_who36_attr_capacity import _OTHERS, _SCENE, _claim, _ctx

from quizgen.generate import attribution
from quizgen.generate.attribution import noun_phrase_quotation


def test_no_true_false_statement_prints_a_noun_phrase_as_what_was_said():
    ctx = _ctx(_SCENE, 'Reyes promised voters "a wall that would stand for a hundred years."', _OTHERS)
    a = _claim(ctx, "a wall that would stand")
    assert a.direct
    for truthful in (True, False):
        assert attribution.said_true_false(ctx, a, truthful=truthful, used_liars=set()) is None


def test_a_noun_phrase_is_told_from_a_statement_with_a_relative_clause():
    assert noun_phrase_quotation("the strongest progressive agenda that any political party has ever seen.")
    assert noun_phrase_quotation("a wall that would stand for a hundred years")
    assert not noun_phrase_quotation("the wall that they built has failed")
    assert not noun_phrase_quotation("the people who voted for him are angry")
    assert not noun_phrase_quotation("the plan will fail because of the tide")
    assert not noun_phrase_quotation("We will win every delegate that we can")
