"""A "he said" after a sentence about one person, named by a surname the article gave in full before: that person
(the tagger may miss the surname as a name, or the sentence may be passive), not the previous speaker."""
from __future__ import annotations

import pytest

from tests.quizgen.test_attribution_forms import ledger

INTRO = "Councillor Tom Hale and Councillor Peter Lund both sit on the finance committee."


@pytest.mark.parametrize("paragraph", [
    # passive: the sentence is about Hale, who is asked; the previous speaker is Lund
    'Strategist Peter Lund said the race was close. Adviser Tom Hale stayed quiet. Weeks later, Hale was asked '
    'about it. "This is not a hard race," he said.',
    # the surname alone as the subject of the sentence before
    'Peter Lund said the race was close. In an interview with the Gazette in May, a confident Hale bragged about '
    'his success. "This is not a hard race," he said, citing the polls.',
])
def test_he_is_the_subject_just_before(nlp, paragraph):
    _, found = ledger(nlp, INTRO, paragraph)
    said = [a for a in found if "hard race" in a.content]
    assert said and said[0].source.endswith("Tom Hale"), [(a.source, a.content) for a in found]


def test_two_people_in_the_sentence_before_leave_it_to_other_rules(nlp):
    """Hale and Lund both named in the sentence before: the pronoun is not taken for Hale as the one person
    the sentence is about (nor marked sure by this rule)."""
    _, found = ledger(nlp, INTRO, 'Mayor Anna Berg said the race was close. Weeks later, Hale was asked about it '
                                  'by Lund. "This is not a hard race," he said.')
    said = [a for a in found if "hard race" in a.content]
    assert said and said[0].source_confidence < 0.8, [(a.source, a.source_confidence) for a in said]
