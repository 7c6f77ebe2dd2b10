"""The article's word runs read once (vocabulary's only_in_phrases) find the same hits as a search per word."""
from __future__ import annotations

import re

from quizgen.generate import vocabulary

_TEXT = ("The long-term plan was en masse rejected. Masse said nothing; the masses, long ignored, "
         "marched. Long-term? LONG-TERM! A term of art, in the long term, en Masse.")


def test_word_runs_give_the_hits_of_a_whole_word_search():
    runs = vocabulary._runs(_TEXT)
    for word in ("masse", "Masse", "long-term", "term", "long", "masses", "art", "ignored", "absent"):
        expected = tuple((m.start(), m.end()) for m in
                         re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", _TEXT, re.I))
        assert runs.get(word.lower(), ()) == expected, word
    # "term" inside "long-term" is no hit of "term" alone
    assert len(runs["term"]) == 2
