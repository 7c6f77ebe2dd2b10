"""Ledger shapes a blind judge found behind rejected items (set J9), one constructed text each: "told the crowd
... of X's remarks" tells the crowd about a topic (no proposition, and the crowd is no part of it); a saying
someone is expected (hoped, urged, going) to make has not been made; "a report in the Springfield Gazette" is
the Gazette's."""
from __future__ import annotations

import pytest
from factories import filler_ledger as ledger

from quizgen.model import CONFIDENT


def show(found):
    return [(a.source, a.source_text, a.source_kind, a.cue, a.content, a.source_confidence, a.claim_confidence)
            for a in found]


def sure(a) -> bool:
    return a.claim_confidence >= CONFIDENT and a.source_confidence >= CONFIDENT


@pytest.mark.parametrize("paragraph, listener", [
    ("Berg also told the mostly young crowd gathered under bright lights of Reyes's earlier remarks about farm "
     "workers as \"lazy, slow and careless people.\"", "crowd"),
    ("Berg also told the largely rural audience packed in a dusty barn of Reyes's old descriptions of farmers he "
     "dislikes as \"lazy, slow and careless people.\"", "audience"),
    ("Berg reminded the union members seated in the front rows of the mayor's broken promises about the new "
     "pension fund.", "members"),
])
def test_told_a_listener_of_a_topic_is_no_sure_claim_and_leaves_the_listener_out(nlp, paragraph, listener):
    found = [a for a in ledger(nlp, paragraph) if a.source == "Berg"]
    assert not [a for a in found if sure(a)], show(found)
    assert not [a for a in found if listener in a.content], show(found)


def test_told_a_listener_that_stays_a_claim(nlp):
    found = ledger(nlp, "Berg told the crowd gathered in the square that the new bridge would open in the spring.")
    assert [a.content for a in found if a.source == "Berg" and sure(a)] == \
        ["the new bridge would open in the spring"], show(found)


@pytest.mark.parametrize("paragraph", [
    "Anna Berg says in a new interview that she expects Governor Tom Reyes to announce an \"expansion\" of the "
    "state ferry program.",
    "Anna Berg said on Friday that she hopes Governor Tom Reyes will announce a large expansion of the state ferry "
    "program.",
    "Anna Berg has urged Governor Tom Reyes to declare a state of emergency in the flooded river towns.",
    "Anna Berg said that Governor Tom Reyes is waiting for the mayor to announce a large cut in the ferry budget.",
])
def test_a_saying_still_to_come_is_not_its_subjects_claim(nlp, paragraph):
    found = ledger(nlp, paragraph)
    assert not [a for a in found if a.source in ("Tom Reyes", "mayor") and sure(a)
                and a.cue in ("announce", "declare", "will announce")], show(found)


def test_the_outer_claim_about_the_expected_saying_stays(nlp):
    found = ledger(nlp, "Anna Berg says in a new interview that she expects Governor Tom Reyes to announce an "
                        "\"expansion\" of the state ferry program.")
    assert [a.source for a in found if sure(a)] == ["Anna Berg"], show(found)


def test_a_saying_that_was_made_stays(nlp):
    found = ledger(nlp, "Governor Tom Reyes announced on Monday that the state ferry program would double.")
    assert [a.source for a in found if sure(a)] == ["Tom Reyes"], show(found)


@pytest.mark.parametrize("paragraph, outlet", [
    ("Floods closed roads in at least four towns on Sunday, according to a report in the Springfield Gazette.",
     "Springfield Gazette"),
    ("Coin tosses settled at least three ties in the county vote, according to an analysis by the Lakeside "
     "Register.", "Lakeside Register"),
    ("A story in The Washington Post said the mayor had known about the leak for months.", "The Washington Post"),
])
def test_a_report_in_a_news_outlet_is_the_outlets(nlp, paragraph, outlet):
    found = ledger(nlp, paragraph)
    assert [(a.source, a.source_kind) for a in found] == [(outlet.removeprefix("The "), "news_outlet")], show(found)


def test_reports_with_no_outlet_stay_unnamed(nlp):
    found = ledger(nlp, "Recent reports have revealed that the mayor took money from the ferry company.")
    assert [a.source_kind for a in found] == ["unnamed_group"], show(found)


def test_a_told_aside_keeps_its_sentence_as_the_claim(nlp):
    found = ledger(nlp, "The change now, Tom Reyes told me on Friday, is that he hosts a calm morning program of news.")
    assert [a.cue for a in found if sure(a) or a.claim_confidence >= CONFIDENT] == ["told"], show(found)
