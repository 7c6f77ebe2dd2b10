"""A curly quotation inside a curly quotation written with the same marks ('“People wearing “Settle For Hillary”
shirts …”'): the outer one runs to its own closing mark (judged blind, D4: a tweet's words cut at the inner mark and
shown as "People behind @X wearing Settle For Hillary" in two items). Constructed texts."""
from __future__ import annotations

import pytest

from quizgen.analysis.quotes import find_quotes
from tests.quizgen.test_attribution_forms import ledger


def _quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_a_quotation_inside_one_with_the_same_marks_is_nested():
    text = 'Tom Hale tweeted: “Voters outside the hall wearing “Vote For Berg” shirts at her event in Akron… ouch.”'
    assert _quoted(text) == ['Voters outside the hall wearing “Vote For Berg” shirts at her event in Akron… ouch.']


@pytest.mark.parametrize("text,expected", [
    # a stray opening mark before a later quotation: the first closing mark still closes the first quotation
    ('He said “the levy is fair. Then “it is late” and “it is costly” came up.',
     ["the levy is fair. Then “it is late", "it is costly"]),
    # two quotations side by side
    ('She called it “a disgrace” and “a scandal.”', ["a disgrace", "a scandal."]),
])
def test_quotations_side_by_side_are_unchanged(text, expected):
    assert _quoted(text) == expected


def test_the_ledger_keeps_the_whole_tweet(nlp):
    _, found = ledger(nlp, 'Councillor Tom Hale, chairman of the Akron Party, tweeted: “Voters outside the hall '
                           'wearing “Vote For Berg” shirts at her event in Akron… ouch.”')
    tweet = [a for a in found if "Voters" in a.content]
    assert tweet and "shirts at her event" in tweet[0].content, [a.content for a in found]
