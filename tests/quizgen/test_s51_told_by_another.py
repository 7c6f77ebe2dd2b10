"""Attribution, session 51: a view reported by another named person ("Nora Hale thinks the council spends too much on
the harbour, former mayor Tom Reyes said on Monday") is not asked "who thinks …?": the claim is Reyes's report of
Hale's view, and both names are defensible answers (judged blind, t5). Hale's own words elsewhere are still asked.
Constructed articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates

_OTHERS = [
    "Fisherman Carl Dunne said the new quay would leave no room for the small boats that work the bay.",
    "Councillor Ruth Amsel said the vote would go ahead as planned, whatever the critics said at the meeting.",
    "Harbour Trust chair Peter Lund said the plan would cost the town more than it could ever earn back.",
]


def _stems(nlp, sentence: str) -> list[str]:
    # (an item asking who said "Nora Hale thinks …" is keyed to the teller, and stays)
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [COUNCIL_FILLER, *_OTHERS, sentence], ["attribution"])
    return [it.stem for it in items if "spends too much" in it.stem and "Nora Hale thinks" not in it.stem]


def test_view_reported_by_another_named_person_is_not_asked(nlp):
    got = _stems(nlp, "Nora Hale thinks the council spends too much on the harbour and too little on the schools, "
                      "former mayor Tom Reyes said on Monday at a meeting in the town hall.")
    assert got == []


def test_the_persons_own_view_is_asked(nlp):
    got = _stems(nlp, "Councillor Nora Hale said the council spends too much on the harbour and too little on the "
                      "schools of the town.")
    assert got, got


def test_a_view_reported_by_a_namesake_is_not_asked(nlp):
    # "Hillary Clinton thinks …, former President Bill Clinton said": one surname, two people
    got = _stems(nlp, "Nora Hale thinks the council spends too much on the harbour and too little on the schools, "
                      "her husband Tom Hale said on Monday at a meeting in the town hall.")
    assert got == []
