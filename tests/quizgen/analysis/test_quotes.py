"""Quotation marks: straight, curly, and the two apostrophes some papers print for a double quote."""
from __future__ import annotations

import pytest

from quizgen.analysis.quotes import find_quotes


@pytest.mark.parametrize("text,inside", [
    ('He said "yes" and \u201cno\u201d today.', ["yes", "no"]),
    ("''Follow us,'' Ms. Gil said.", ["Follow us,"]),
    ("Mr. Hale said ''We're in a bubble.'' Then he left.", ["We're in a bubble."]),
    ("the boys' club and the girls'' meeting", []),  # apostrophes after a word open nothing
    ("''It runs on", ["It runs on"]),  # unclosed: to the end of the paragraph
])
def test_quotation_marks(text, inside):
    assert [text[q.start:q.end] for q in find_quotes(text)] == inside


def test_unclosed_two_apostrophe_quote_is_marked_unclosed():
    (q,) = find_quotes("''It runs on into the next paragraph")
    assert q.unclosed and q.open_start == 0 and q.start == 2
