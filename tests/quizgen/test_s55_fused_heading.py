"""A section heading printed into its paragraph with no stop ("Harbor's Path to Recovery For Ms. Holt, the vote gives
her …") is no option of a main-idea item (judged blind, T14: an option read "Cruz's Path to Nomination For Mr. Cruz,
the victory …"). Constructed sentences."""
from __future__ import annotations

import pytest

from quizgen.generate.main_idea import headed_or_question


@pytest.mark.parametrize("text", [
    "Harbor's Path to Recovery For Ms. Holt, the vote gives her a chance to finish the sea wall",
    "A New Plan for the Pier The council voted on Tuesday to rebuild the old pier",
])
def test_a_fused_heading_is_set_aside(text):
    assert headed_or_question(text)


@pytest.mark.parametrize("text", [
    "Mayor Dana Holt won the vote on Monday, and the victory gives her a chance to finish the sea wall",
    "The Harbor Star reported that the plan to rebuild the pier had failed",
    "New York City Mayor Bill de Blasio said the plan for the pier had failed",
    "In Akron, the race tightened as the mayor's lead fell",
])
def test_plain_sentences_are_options(text):
    assert not headed_or_question(text)
