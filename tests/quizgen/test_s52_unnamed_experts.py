"""Sourcing, session 52: "Analysts said …", "Critics say …": a plural of people who give opinions, none of them named,
is keyed "an unnamed person or group" (before, only the heads of anonymous sourcing, "officials", "sources", "aides",
were, and these claims had no kind-of-source item). Not when the sentence names one of them ("Analysts, including
Ray Holt, said …"), nor analysts of a named body ("analysts at Harbour Bank", who may speak for it). Constructed
articles only.
"""
from __future__ import annotations

from factories import analysed_context

from quizgen.generate.base import Context

_FILLER = ("The port authority met on Tuesday to discuss the budget for next year and the cost of dredging the main "
           "channel. Board members said they would vote on the plan next month after a public hearing.")
_LAST = ("The authority has spent about $4 million on dredging over the past five years, and the next contract is "
         "due to be signed in the spring. The last contract ran two months late because of storms in the winter, and "
         "the channel was closed to larger ships for most of that time. Boats now wait for the high tide to enter.")


def _ctx(paragraph: str) -> tuple[Context, object]:
    text = "\n\n".join(["Port Weighs Cost Of Dredging", _FILLER, paragraph,
                        "The authority's chairwoman, Nora Hale, said the board would publish the bids next week.",
                        _LAST])
    return analysed_context(text)


def _category(paragraph: str, words: str):
    from quizgen.generate import sourcing

    ctx, an = _ctx(paragraph)
    found = [a for a in an.attributions if words in a.content]
    assert found, [(a.source, a.source_kind, a.content) for a in an.attributions]
    return sourcing.source_category(ctx, found[0])


def test_analysts_said_is_an_unnamed_group():
    from quizgen.generate import sourcing

    assert _category("Analysts said the port would struggle to pay for the dredging without a rise in fees.",
                     "struggle to pay") == sourcing.UNNAMED


def test_critics_say_is_an_unnamed_group():
    from quizgen.generate import sourcing

    assert _category("Critics say the dredging plan will harm the fish that breed in the shallow bay each spring.",
                     "harm the fish") == sourcing.UNNAMED


def test_analysts_one_of_whom_the_sentence_names_are_not_unnamed():
    from quizgen.generate import sourcing

    assert _category("Analysts, including Ray Holt of the Coast Institute, said the port would struggle to pay for "
                     "the dredging.", "struggle to pay") != sourcing.UNNAMED


def test_analysts_at_a_named_body_are_not_keyed():
    assert _category("Analysts at Harbour Bank said the port would struggle to pay for the dredging without a rise "
                     "in fees.", "struggle to pay") is None


def test_three_people_are_still_not_keyed():
    """Judged blind: "Three people" keyed unnamed was wrong; a count of people is no head this rule adds."""
    assert _category("Three people said the port would struggle to pay for the dredging without a rise in fees.",
                     "struggle to pay") is None


def test_analysts_named_after_a_body_are_not_keyed():
    """"Harbour Bank analysts" may speak for the bank: no key (a body named in the sentence's claim is no bar)."""
    assert _category("Harbour Bank analysts said the port would struggle to pay for the dredging without a rise in "
                     "fees.", "struggle to pay") is None


def test_a_body_in_the_claim_does_not_stop_the_key():
    from quizgen.generate import sourcing

    assert _category("Analysts said Harbour Bank would struggle to lend the port enough to pay for the dredging.",
                     "struggle to lend") == sourcing.UNNAMED
