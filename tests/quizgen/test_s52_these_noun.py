"""Sourcing, session 52: a claim opening on "These"/"Those" with its noun ("These harbour fees will pay for …")
names what it is about, as "That plan" does, and gets its kind-of-source item; "These will pay for …", "Those are
…" point at something named before and still get none (a student cannot tell what the claim says). Constructed
articles only.
"""
from __future__ import annotations

from factories import sourcing_keys as _keys

from quizgen.generate.sourcing import OFFICIAL, readable_claim
from quizgen.model import Span


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
