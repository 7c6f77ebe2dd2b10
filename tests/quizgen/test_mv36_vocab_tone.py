"""Vocabulary options: the key's tone must not give it away (a bad feeling among three good ones), and the key
is neither the longest nor the shortest option by far."""
from __future__ import annotations

from quizgen.generate.vocabulary import fair_options, valence_giveaway

KEY = "a feeling of deep and bitter anger and ill-will"
HAPPY = ["a strong positive emotion of regard and affection", "the emotion of great happiness",
         "happiness felt in a secure relationship"]


def test_a_bad_feeling_among_three_happy_ones_gives_itself_away() -> None:
    assert valence_giveaway(KEY, HAPPY)
    assert not fair_options(KEY, HAPPY)


def test_one_distractor_of_the_same_tone_is_enough() -> None:
    mixed = HAPPY[:2] + ["an emotion experienced in anticipation of some specific pain or danger"]
    assert not valence_giveaway(KEY, mixed)
    assert fair_options(KEY, mixed)


def test_a_neutral_distractor_too() -> None:
    assert not valence_giveaway(KEY, HAPPY[:2] + ["the act of changing the location of something"])


def test_a_neutral_key_has_no_tone_to_give_away() -> None:
    assert not valence_giveaway("an explanation of the fundamental reasons", HAPPY)


def test_a_good_judgement_among_bad_ones_too() -> None:
    assert valence_giveaway("praise, glorify, or honor", ["express strong disapproval of", "treat with contempt",
                                                          "cause to feel shame"])


def test_fewer_than_three_or_a_long_key_are_unfair() -> None:
    assert not fair_options(KEY, HAPPY[:2])
    assert not fair_options(KEY, ["to go", "to be", "to do"])
