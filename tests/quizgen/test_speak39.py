"""speak39: a sure source must be able to speak (constructed sentences). A gerund clause ("Entrusting Donald
Trump with ..."), a label in a predicate list ("... is a liar, a bully and a braggart who has pledged ..."), a
thing ("the deals", "part of being a good mayor", "footage") is no sure source; a stance whose content is a bare
name ("who endorses Vance") is an act, not a claim to quiz. Controls stay as they were: "The company said",
"Officials said", "the report says", "footage released by the police shows"."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

_TEXT = ("Editorial: the choice for mayor\n\n"
         "Entrusting Donald Trump with the city budget would be a reckless gamble. Trump's record shows it. He "
         "has said that he would cut the fire service by a third.\n\n"
         "Carl Moss is a serial liar, a rampant braggart and a bully who has pledged to close every public library "
         "in the county.\n\n"
         "New trade deals are rejecting the council's plan for a new tax on the harbour and the fishing "
         "fleet.\n\n"
         "Part of being an effective mayor is acknowledging mistakes and learning from them every single day.\n\n"
         "Footage shows the candidate shouting at a reporter outside the town hall on Tuesday night.\n\n"
         "Lena Frost, a former sheriff who enthusiastically endorses Vance, spoke at the rally on Monday.\n\n"
         "The company said its sales would rise by ten percent next year in every region.\n\n"
         "Officials said the bridge would reopen on Monday after the repairs were finished.\n\n"
         "Footage released by the police shows the officer firing at the car as it drove away.\n\n"
         "The report says the county spent too much money on the new roads last year.\n\n"
         "The witness said the order to close the harbour came from the top floor of the building.\n\n"
         "Senator Ruth Lane endorsed Vance on Friday, saying that she had the courage to fix the city's roads.\n\n"
         "Rubio \"apologized many times on this show,\" Hannity said during a panel on the network.\n")


@pytest.fixture(scope="module")
def ledger():
    return analyse(article_from_text(_TEXT)).attributions


def _entry(ledger, words):
    hits = [a for a in ledger if words in a.content]
    assert hits, [(a.source, a.content) for a in ledger]
    return hits[0]


def _sure(a) -> bool:
    return a.claim_confidence >= CONFIDENT and a.source_confidence >= CONFIDENT


def test_a_gerund_clause_is_no_speaker(ledger):
    assert not any("Entrusting" in a.source for a in ledger), [(a.source, a.content) for a in ledger]


def test_a_pronoun_after_a_gerund_clause_is_the_person(ledger):
    a = _entry(ledger, "cut the fire service")
    assert a.source == "Donald Trump", (a.source, a.source_text)


def test_a_label_in_a_predicate_list_is_no_source(ledger):
    a = _entry(ledger, "close every public library")
    assert "bully" not in a.source and "braggart" not in a.source, a.source
    assert a.source == "Carl Moss" or not _sure(a), (a.source, a.source_confidence, a.claim_confidence)
    assert a.source_confidence < CONFIDENT, a.source_confidence  # read through a label: never sure


def test_deals_are_no_speaker(ledger):
    hits = [a for a in ledger if "council's plan" in a.content]
    assert hits and not any(a.claim_confidence >= CONFIDENT for a in hits), \
        [(a.source, a.source_confidence, a.claim_confidence) for a in hits]


def test_part_of_being_is_no_speaker(ledger):
    hits = [a for a in ledger if "acknowledging mistakes" in a.content or "mistakes and learning" in a.content]
    assert not any(a.claim_confidence >= CONFIDENT for a in hits), \
        [(a.source, a.source_confidence, a.claim_confidence) for a in hits]


def test_bare_footage_is_no_sure_source(ledger):
    hits = [a for a in ledger if "shouting at a reporter" in a.content]
    assert not any(a.claim_confidence >= CONFIDENT or a.source_confidence >= CONFIDENT for a in hits), \
        [(a.source, a.source_confidence, a.claim_confidence) for a in hits]


def test_an_endorsement_of_a_name_is_no_claim_to_quiz(ledger):
    hits = [a for a in ledger if a.content.strip() in ("Vance", "Nora Vance")]
    assert not any(a.claim_confidence >= CONFIDENT for a in hits), [(a.source, a.cue, a.content) for a in hits]


@pytest.mark.parametrize("words, source", [
    ("its sales would rise", "company"),
    ("the bridge would reopen", "Officials"),
    ("the officer firing at the car", "Footage"),
    ("spent too much money", "report"),
    ("came from the top floor", "witness"),  # "witness" ends like "fairness", yet speaks
    ("had the courage to fix", "Ruth Lane"),  # an endorsement that says something more is a claim
    ("apologized many times", "Hannity"),  # a name read as a common noun ending like "security"
])
def test_controls_stay_sure_claims(ledger, words, source):
    a = _entry(ledger, words)
    assert source.lower() in a.source.lower() and a.claim_confidence >= CONFIDENT, (a.source, a.claim_confidence)


def test_controls_keep_their_source_confidence(ledger):
    assert _entry(ledger, "the bridge would reopen").source_confidence >= CONFIDENT
    assert _entry(ledger, "the officer firing at the car").source_confidence >= CONFIDENT
    assert _entry(ledger, "spent too much money").source_confidence >= CONFIDENT
