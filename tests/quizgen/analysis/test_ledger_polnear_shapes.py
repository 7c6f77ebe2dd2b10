"""Ledger shapes PolNeAR annotates that the ledger missed (found by grouping the train split's misses by cue),
one constructed sentence each."""
from __future__ import annotations

import pytest
from factories import filler_ledger as ledger


def show(found):
    return [(a.source, a.cue, a.content, a.claim_confidence) for a in found]


# 1. "X called for Y to do Z": the parser reads "for" as the mark of a clause hung on "called"; the clause is
# what X called for (a demand, as "called on Y to do Z" is)


@pytest.mark.parametrize("paragraph, source, content", [
    ("Senator Maria Lane is calling for the state to raise the minimum wage to fifteen dollars.",
     "Maria Lane", "the state to raise the minimum wage to fifteen dollars"),
    ("Mayor Tom Reyes has called for some of his council rivals to step down before the vote.",
     "Tom Reyes", "some of his council rivals to step down before the vote"),
])
def test_called_for_a_clause(nlp, paragraph, source, content):
    found = [a for a in ledger(nlp, paragraph) if a.cue.endswith("for")]
    assert found, show(ledger(nlp, paragraph))
    assert found[0].source == source and found[0].content == content, show(found)
    assert found[0].claim_confidence == 1.0


def test_called_for_a_noun_keeps_its_object(nlp):
    found = [a for a in ledger(nlp, "The mayor called for a special prosecutor.") if a.cue == "called for"]
    assert found and found[0].content == "a special prosecutor", show(found)


# 2. "X made (it) clear that Y": X states Y; "made sure that", "made the rules clear" state nothing


@pytest.mark.parametrize("paragraph, source, content", [
    ("Coach Dana Reyes made it clear that her team wanted a firmer schedule.", "Dana Reyes",
     "her team wanted a firmer schedule"),
    ("Council members made clear Monday that they have no plans to raise the levy.", "Council members",
     "they have no plans to raise the levy"),
])
def test_made_it_clear_that(nlp, paragraph, source, content):
    found = [a for a in ledger(nlp, paragraph) if "clear" in a.cue]
    assert found, show(ledger(nlp, paragraph))
    assert found[0].source.endswith(source.split()[-1]) and found[0].content == content, show(found)
    assert found[0].claim_confidence == 1.0


@pytest.mark.parametrize("paragraph", [
    "The mayor made sure that the buses ran on time.",
    "The mayor made the rules clear to every driver before the buses left.",
])
def test_made_sure_or_made_rules_clear_is_no_claim(nlp, paragraph):
    assert not [a for a in ledger(nlp, paragraph) if "clear" in a.cue or "made" in a.cue], show(ledger(nlp, paragraph))
