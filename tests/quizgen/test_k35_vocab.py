"""Judged blind on K35 (kept aside, stop 35): "a core tenet of what they do" (hackers' information warfare) keyed
"a religious doctrine that is proclaimed as true without proof": the sentence's "groups" matched a word of the
religious sense's signature, so the field check let it through. A generic word is no sign of the field."""
from __future__ import annotations

import pytest

from quizgen import wordnet
from quizgen.generate.vocabulary import fits_sentence

WN = wordnet.load()
pytestmark = pytest.mark.skipif(WN is None, reason="WordNet (Debian's wordnet-base) is installed by make test")


def _tenet():
    return WN.senses("tenet", "NOUN")[0]


def test_a_religious_gloss_does_not_fit_a_sentence_about_hacking_groups():
    sentence = ("Secrecy is a core tenet of what these hacking groups do, said the director of a security firm "
                "that tracks many such groups.")
    assert not fits_sentence(WN, "tenet", _tenet(), sentence)


def test_a_religious_gloss_still_fits_a_sentence_about_a_church():
    sentence = "Forgiveness is a central tenet of the church, and its clergy preach it every Sunday."
    assert fits_sentence(WN, "tenet", _tenet(), sentence)


def test_a_state_of_the_body_or_of_things_is_no_wrong_meaning_beside_a_feeling():
    # judged blind on K35: "the state of being covered with unclean things" beside the keyed "angst"
    from quizgen.generate.vocabulary import kindred
    feeling, state, cognition = 12, 26, 9
    assert WN.senses("angst", "NOUN")[0].lexname == feeling
    assert WN.senses("dirtiness", "NOUN")[0].lexname == state
    assert not kindred("NOUN", feeling, state, "the state of being covered with unclean things")
    assert kindred("NOUN", feeling, state, "exemption from punishment or loss")  # "impunity"
    assert kindred("NOUN", state, state, "the state of being covered with unclean things")
    assert kindred("NOUN", feeling, cognition, "the content of cognition")
