"""Shapes judged blind on J9a (constructed texts of the same shape)."""
from __future__ import annotations

from quizgen.generate.distractors import full_person_name

PAGEANT = ("The candidate attacked former Miss Universe Alicia Morado in a string of late-night posts. Morado said "
           "the posts were cruel. Miss Jane Doe, a teacher in the town, said so too, and Jane Doe asked for "
           "an apology.")


def test_a_pageant_title_s_tail_is_no_person_to_offer():
    # "Universe Alicia Morado" is what a tagger makes of "Miss Universe Alicia Morado": no one's name
    assert not full_person_name(PAGEANT, "Universe Alicia Morado")


def test_a_name_after_miss_as_a_form_of_address_is_still_a_name():
    assert full_person_name(PAGEANT, "Jane Doe")
    assert full_person_name("The talk by Miss Hope Smith ran long, and Hope Smith said so.", "Hope Smith")
