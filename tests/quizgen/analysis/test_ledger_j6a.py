"""Ledger shapes a blind judge found behind wrong keys (set J6), one constructed sentence each: words a
person recalls another saying are the other's; a name before a staff noun is not the speaker; writing a
book is not saying; claims cut by a misparse are made whole or left unsure."""
from __future__ import annotations

import pytest
from factories import filler_ledger as ledger


def show(found):
    return [(a.source, a.source_text, a.source_kind, a.cue, a.content, a.claim_confidence) for a in found]


@pytest.mark.parametrize("paragraph", [
    'Tom Reyes recalled Mayor Anna Berg telling him, "I really want to fix the roads this year."',
    'Tom Reyes recalled that Anna Berg told him, "I really want to fix the roads this year."',
    "Tom Reyes remembered Anna Berg saying that she wanted to fix the roads this year.",
])
def test_recalled_words_are_the_speakers_not_the_recallers(nlp, paragraph):
    found = [a for a in ledger(nlp, paragraph) if "roads" in a.content and a.claim_confidence >= 0.8]
    assert found and all(a.source == "Anna Berg" for a in found), show(found)


def test_recalled_words_of_an_unresolved_speaker_are_nobodys_sure_claim(nlp):
    found = ledger(nlp, "Mayor Anna Berg named Tom Reyes as her budget chief. \"I really want to fix the roads "
                        "this year,\" Mr. Reyes recalled the mayor telling him.")
    assert not [a for a in found if "roads" in a.content and a.source == "Tom Reyes"], show(found)
    assert not [a for a in found if "roads" in a.content and a.claim_confidence >= 0.8
                and a.source_confidence >= 0.8 and a.source != "Anna Berg"], show(found)


def test_own_recollection_stays_the_recallers(nlp):
    found = ledger(nlp, '"I really want to fix the roads this year," Tom Reyes recalled.')
    assert [a.source for a in found if "roads" in a.content] == ["Tom Reyes"], show(found)


@pytest.mark.parametrize("paragraph,written", [
    ("Mayor Anna Berg defended the plan on Monday. \"That can go a long way toward fixing the roads,\" said a "
     "senior Berg adviser.", "a senior Berg adviser"),
    ("Mayor Anna Berg defended the plan. A Berg campaign spokesman said the mayor would not change the plan.",
     "A Berg campaign spokesman"),
])
def test_a_name_before_a_staff_noun_is_not_the_speaker(nlp, paragraph, written):
    found = [a for a in ledger(nlp, paragraph) if a.source_text == written]
    assert found and all(a.source != "Anna Berg" and a.source_confidence < 0.8 for a in found), show(found)


def test_a_quotation_opening_on_that_keeps_it(nlp):
    found = ledger(nlp, "\"That can go a long way toward fixing the roads,\" said Tom Reyes.")
    assert [a.content for a in found] == ["That can go a long way toward fixing the roads"], show(found)


def test_writing_a_memoir_is_no_claim(nlp):
    found = ledger(nlp, "Berg wrote a memoir of her time at the White House entitled The White House Doctor: "
                        "My Patients Were Presidents.")
    assert not [a for a in found if a.cue == "wrote"], show(found)


def test_writing_a_letter_that_is_quoted_is_still_a_claim(nlp):
    found = ledger(nlp, "Berg wrote a letter to the council: \"The roads are unsafe for our children.\"")
    assert [a.source for a in found if "unsafe" in a.content] == ["Berg"], show(found)


def test_a_second_clause_the_parser_hung_on_said_is_part_of_the_claim(nlp):
    found = ledger(nlp, "Berg said the council has \"enormous respect\" for the drivers and her pothole comment "
                        "was instead an expression of anger with the pace of the repairs.")
    said = [a for a in found if a.cue == "said"]
    assert said and said[0].content.endswith("with the pace of the repairs"), show(found)


def test_according_to_in_an_inverted_sentence_keeps_both_halves(nlp):
    found = ledger(nlp, "At the heart of the dispute, according to Tom Reyes, another former budget chief, was a "
                        "decision by the mayor that she needed to cut the roads budget.")
    acc = [a for a in found if a.cue == "according to"]
    assert [a.content for a in acc] == ["At the heart of the dispute was a decision by the mayor that she needed "
                                        "to cut the roads budget."], show(found)


def test_a_claim_cut_on_also_is_unsure(nlp):
    found = ledger(nlp, "Cruz is not only right on the roads, he is also the most able candidate Reyes argues.")
    assert found and all(a.claim_confidence < 0.8 for a in found if a.content.endswith("also")), show(found)
    assert not [a for a in found if a.claim_confidence >= 0.8 and a.content.rstrip(".").endswith("also")]
