"""Vocabulary, session 51 (issue #10, point 6: the weakest skill in blind judging): every option of "what does
<word> most nearly mean?" is a gloss of the key's part of speech and shape, and of a kind that could fill the slot.

- "approaching a particular destination" (of "closure") beside "a crime less serious than a felony" for
  "misdemeanor": a verb phrase among noun glosses. Shapes are told by the head's part of speech, not by an "-ing"
  ending alone: "longing for something past" and "understanding the nature of …" are nouns' glosses.
- "a step in walking or running" beside "a worsening of business or economic activity" ("downturn"), "a daughter
  of your brother or sister" beside "someone in love with themselves" ("narcissist"), "the codefendant charged with
  adultery …" beside "philanthropist": senses of another kind, absurd in the slot.
- "don't revile Planned Parenthood" ("spread negative information about") beside "express strong disapproval of":
  two verbs passing one verdict, both fair in the slot.
"""
from __future__ import annotations

import pytest

from quizgen import wordnet
from quizgen.generate import vocabulary as vocab

wn = wordnet.load()
pytestmark = pytest.mark.skipif(wn is None, reason="WordNet (Debian's wordnet-base) is not installed")


def _first(word: str, pos: str, gloss_start: str) -> wordnet.Sense:
    assert wn is not None
    return next(s for s in wn.senses(word, pos) if vocab.definition(s).startswith(gloss_start))


@pytest.mark.parametrize("pos, key, gloss, fits", [
    # a noun's key: noun phrases and nouns' "-ing" heads fit, verb phrases and adjectives' glosses do not
    ("NOUN", "a crime less serious than a felony", "approaching a particular destination", False),
    ("NOUN", "a crime less serious than a felony", "applying pressure", False),
    ("NOUN", "a crime less serious than a felony", "having great power", False),
    ("NOUN", "a crime less serious than a felony", "a formal message requesting something", True),
    ("NOUN", "mixed feelings or emotions", "longing for something past", True),
    ("NOUN", "mixed feelings or emotions", "understanding the nature of something", True),
    ("NOUN", "mixed feelings or emotions", "acceptance of despair", True),
    ("NOUN", "a crime less serious than a felony", "worsening of relations between two states", True),
    # a verb's key: no noun phrase beside it
    ("VERB", "express strong disapproval of", "a formal message requesting something", False),
    ("VERB", "express strong disapproval of", "make plain and comprehensible", True),
    ("VERB", "express strong disapproval of", "take exception to", True),
    # an adjective's key: no verb phrase beside it, but an adjective's "-ing" gloss is one
    ("ADJ", "carefully planned and staged", "put to use", False),
    ("ADJ", "carefully planned and staged", "be expected", False),
    ("ADJ", "carefully planned and staged", "causing fear", True),
    ("ADJ", "carefully planned and staged", "spontaneous and unplanned", True),
    ("ADJ", "carefully planned and staged", "having great power", True),
])
def test_an_option_reads_in_the_keys_shape(pos, key, gloss, fits):
    assert wn is not None
    assert vocab.same_shape(wn, pos, key, gloss) is fits


def test_a_key_of_the_same_shape_takes_that_shape_beside_it():
    assert wn is not None
    # a noun whose own key is a verb phrase ("rewording for …") may stand beside another
    assert vocab.same_shape(wn, "NOUN", "rewording for the purpose of clarification", "applying pressure")


@pytest.mark.parametrize("key_word, key_start, other_word, other_start, unlike", [
    # a sense of another kind is no wrong meaning
    ("downturn", "a worsening", "stride", "a step in walking", True),
    ("narcissist", "someone in love", "niece", "a daughter of", True),
    ("philanthropist", "someone who makes", "corespondent", "the codefendant", True),
    # a sense of the key's kind may stand beside it
    ("manhunt", "an organized search", "petition", "a formal message", False),
    ("narcissist", "someone in love", "hopeful", "an ambitious", False),
    ("manhunt", "an organized search", "trip", "a journey for", False),
    ("walk", "the act of traveling by foot", "stride", "a step in walking", False),
])
def test_a_sense_of_another_kind_is_no_wrong_meaning(key_word, key_start, other_word, other_start, unlike):
    assert wn is not None
    keyed = _first(key_word, "NOUN", key_start)
    other = _first(other_word, "NOUN", other_start)
    assert vocab.unlike_in_kind(wn, keyed, other) is unlike


@pytest.mark.parametrize("gloss, side", [
    ("spread negative information about", -1),
    ("express strong disapproval of", -1),
    ("praise, glorify, or honor", 1),
    ("say, state, or perform again", 0),
    ("call upon in supplication", 0),
])
def test_a_verbs_verdict(gloss, side):
    assert vocab.verdict(gloss) == side


@pytest.mark.parametrize("gloss", ["fear resulting from the awareness of danger", "support for a cause"])
def test_a_nouns_bare_head_that_is_also_a_verb_stands_beside_a_noun(gloss):
    assert wn is not None
    assert vocab.same_shape(wn, "NOUN", "the feeling that accompanies something extremely surprising", gloss)


def test_a_bad_feeling_among_three_of_ease_is_picked_by_its_tone():
    assert vocab.valence_giveaway("an acute but unspecific feeling of anxiety", [
        "the comfort you feel when consoled in times of disappointment",
        "the pleasure felt when having a good time",
        "happiness felt in a secure relationship",
    ])
