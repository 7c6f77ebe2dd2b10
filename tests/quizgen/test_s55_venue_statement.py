"""The venue options say no more than the article: "said in a statement" is a statement, not a written one."""
from __future__ import annotations

from quizgen.generate.venue import VENUES


def test_a_statement_is_keyed_as_a_statement_not_a_written_one():
    """Judged blind (D4): "Khan said in a statement" keyed "In a written statement", which the article does not say
    (a statement may be read out to the press)."""
    assert VENUES["statement"] == "In a statement"
    assert all("written statement" not in label for label in VENUES.values())
