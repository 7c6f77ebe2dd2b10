"""Sourcing, session 52: a claim opening on "These"/"Those" with its noun ("These harbour fees will pay for …")
names what it is about, as "That plan" does, and gets its kind-of-source item; "These will pay for …", "Those are
…" point at something named before and still get none (a student cannot tell what the claim says). Constructed
articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates

from quizgen.generate.sourcing import OFFICIAL, readable_claim
from quizgen.model import Span


def _keys(nlp, paragraph: str) -> list[str]:
    items = skill_candidates(nlp, "Town Weighs a New Harbour Tax", [
        COUNCIL_FILLER, "The mayor said on Monday that the town would vote on the harbour tax next month.", paragraph,
        "Mayor Nora Hale said the council would meet again next month to vote on the new plans for the wall."],
        ["sourcing"])
    return [it.options[it.answer] for it in items if it.kind == "multiple_choice" and isinstance(it.answer, int)
            and "Quill" in it.stem]


def test_these_with_a_noun_is_asked(nlp):
    keys = _keys(nlp, "\"These harbour fees will pay for the new sea wall within ten years,\" said Mara Quill, head "
                      "of the town's finance office.")
    assert keys == [OFFICIAL], keys


def test_these_alone_is_not_asked(nlp):
    keys = _keys(nlp, "\"These will pay for the new sea wall within ten years and more,\" said Mara Quill, head "
                      "of the town's finance office.")
    assert keys == [], keys


def _readable(text: str) -> bool:
    return readable_claim([Span(0, len(text), text)])


def test_readable_claim_table():
    assert _readable("These harbour fees will pay for the new sea wall")
    assert _readable("Those who voted for the plan will pay the most in the end")
    assert not _readable("These will pay for the new sea wall within ten years")
    assert not _readable("Those are the fees that will pay for the wall")
    assert not _readable("These, she said, will pay for the new sea wall")
    assert not _readable("He's made his bed there and he will lie in it")
