"""Attribution, session 53: more "who said …?" items on claims whose content opens with "he"/"she", only where
the pronoun can mean no one but the speaker.

- "Pate told reporters he'd support …": "he'd" is as much the speaker's subject as "he would" (and, like it,
  never shown as an option on its own).

Control: another man named in the sentence before. Constructed articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates

from quizgen.generate.attribution import _SELF_SUBJECT

_OTHERS = [
    "Harbour Trust chair Nora Hale said the plan would cost the town more than it could ever earn back.",
    "Councillor Ruth Amsel said the vote would go ahead as planned, whatever the critics said at the meeting.",
]


def _stems(nlp, paragraphs: list[str], number: int) -> list[str]:
    """The who-said / true-false / name stems on paragraph ``number`` (counting the filler as ¶1)."""
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [COUNCIL_FILLER, *_OTHERS, *paragraphs],
                             ["attribution"])
    mark = f"¶{number}"
    return [it.stem for it in items if it.kind in ("multiple_choice", "short_answer", "true_false")
            and mark in it.stem]


# he'd / she'd


def test_hed_after_told_the_paper_is_the_speaker(nlp):
    got = _stems(nlp, ["Fisherman Stan Pate wrote to the council on Monday about the quay.",
                       "Pate also told reporters he'd support the harbour plan in a vote over the objections "
                       "of the trust."], 5)
    assert any("he'd support the harbour plan" in s for s in got), got


def test_shed_after_said_is_the_speaker(nlp):
    got = _stems(nlp, ["Councillor Ann Ruiz spoke to the fishermen on the quay on Monday.",
                       "Ruiz said she'd ensure that families who come to the harbour with the boats could work "
                       "on the quay."], 5)
    assert any("she'd ensure that families" in s for s in got), got


def test_hed_with_another_man_named_just_before_stays_unasked(nlp):
    got = _stems(nlp, ["Fisherman Stan Pate met Mayor Tom Reyes on the quay on Monday.",
                       "Pate also told reporters he'd support the harbour plan in a vote over the objections "
                       "of the trust."], 5)
    assert not any("he'd support" in s for s in got), got


def test_hed_claim_is_never_an_option_on_its_own():
    # the option guard reads _SELF_SUBJECT: "He'd support the plan" as an option would leave "he" to anyone
    assert _SELF_SUBJECT.match("he'd support the harbour plan in a vote")
    assert _SELF_SUBJECT.match("that she’d ensure the quay stays open")
