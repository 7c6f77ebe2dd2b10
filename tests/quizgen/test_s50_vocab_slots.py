"""Vocabulary, session 50 (judged blind on the kept-aside k=4 set): a meaning item whose options could not
fill the word's slot.

- "fabricated by disgruntled former employees" keyed a verb's "put into a bad mood" among other verbs' glosses:
  the participle describes the employees, so no verb meaning is asked there.
"""
from __future__ import annotations

import pytest

from quizgen import wordnet
from quizgen.generate.vocabulary import attributive_participle

wn = wordnet.load()
pytestmark = pytest.mark.skipif(wn is None, reason="WordNet (Debian's wordnet-base) is not installed")


@pytest.mark.parametrize("sentence, word, attributive", [
    ("The claims were fabricated by disgruntled former employees.", "disgruntled", True),
    ("The embattled mayor left the hall early.", "embattled", True),
    ("The news disgruntled the mayor's staff.", "disgruntled", False),
    ("The council had fabricated the figures.", "fabricated", False),
    ("She was banking on a quick vote.", "banking", False),
    # stop 56, judged blind (T31): "offers tantalizing clues" keyed a verb's "harass with persistent criticism"
    ("Taken together, the analysis offers tantalizing clues about the campaign.", "tantalizing", True),
    ("The mayor faces mounting questions about the harbour plan.", "mounting", True),
    ("The mayor is undermining the council with every speech.", "undermining", False),
    ("The mayor kept undermining his rivals as the vote neared.", "undermining", False),
    ("He described the Turks as ingratiating themselves with Washington.", "ingratiating", False),
])
def test_a_participle_written_before_the_noun_it_describes(sentence, word, attributive):
    start = sentence.index(word)
    assert attributive_participle(sentence, start, start + len(word)) is attributive
