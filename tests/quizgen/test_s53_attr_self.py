"""Attribution, session 53: more "who said …?" items on claims whose content opens with "he"/"she", only where
the pronoun can mean no one but the speaker.

- "Pate told reporters he'd support …": "he'd" is as much the speaker's subject as "he would" (and, like it,
  never shown as an option on its own).
- "Joyce — who is listed as a lawyer … — told …": an aside on the speaker alone, however long, between the
  name and the cue leaves the speaker the subject.

Controls: another man named in the sentence before; a long stretch between name and cue that is no
aside. Constructed articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates

from quizgen.generate.attribution import _SELF_SUBJECT, self_claim

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


# an aside on the speaker between the name and the cue


def _joyce(nlp, aside: str) -> bool:
    return _self_claims(nlp, [
        "Objector Lawrence Joyce challenged the harbour plan before the board in March.",
        f"Reached by phone on Tuesday, Joyce {aside} told reporters he's not planning an appeal of the "
        "board's ruling due to a lack of money."], "not planning an appeal")


def _self_claims(nlp, paragraphs: list[str], words: str) -> bool:
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import Context, sure_claims
    from quizgen.ingest import article_from_text
    from quizgen.model import ITEM_KINDS

    article = article_from_text("\n\n".join(["Harbour Plan Draws Anger", COUNCIL_FILLER, *_OTHERS, *paragraphs]))
    analysis = sure_claims(analyse(article, nlp=nlp))
    ctx = Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))
    found = [a for a in analysis.attributions if words in a.content]
    assert found, [(a.source, a.cue, a.content) for a in analysis.attributions]
    return any(self_claim(ctx, a) for a in found)


def test_a_long_who_aside_on_the_speaker_leaves_him_the_subject(nlp):
    assert _joyce(nlp, "— who is listed as a lawyer in the county but does not practise law any more —")


def test_a_long_stretch_that_is_no_aside_stays_unsure(nlp):
    assert not _joyce(nlp, "spent the morning on the quay with the fishermen and the harbour trust and then")
