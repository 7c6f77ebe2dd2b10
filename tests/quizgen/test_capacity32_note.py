"""Issue 10 point 1, "notes says why": a short lesson's note says how many of the sure claims have a sure
speaker, since who-said-what and kinds-of-source questions are asked only of those."""
from __future__ import annotations

from quizgen.generate.lesson import short_lesson_note
from quizgen.model import CONFIDENT, SKILLS


class _It:
    def __init__(self, skill):
        self.skill = skill


class _Claim:
    def __init__(self, source_confidence):
        self.source_confidence = source_confidence


class _An:
    def __init__(self, *confidences):
        self.attributions = tuple(_Claim(c) for c in confidences)


def test_the_note_counts_the_claims_whose_speaker_is_sure():
    chosen = [_It("key_detail")]
    note = short_lesson_note(chosen, chosen, [], SKILLS, _An(0.95, CONFIDENT, 0.75, 0.6), 15)
    assert "sure of 4 attributed claims in this article and of who made 2 of them" in note, note


def test_one_claim_and_no_sure_speaker_read_well():
    note = short_lesson_note([], [], [], SKILLS, _An(0.75), 15)
    assert "sure of 1 attributed claim in this article but of who made none of them" in note, note
    note = short_lesson_note([], [], [], SKILLS, _An(0.95), 15)
    assert "sure of 1 attributed claim in this article and of who made it" in note, note
