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
    # a single quotation inside a '' one meets its mark: three apostrophes, the '' one's two outside
    ("''I would use the word 'old-school,''' said Mr. Hale. ''Humility is rare.''",
     ["I would use the word 'old-school,'", "Humility is rare."]),
    ("'''Old-school' is the word,'' he said.", ["'Old-school' is the word,"]),
    ("It appeared on 'Fox and Friends,''' Mr. Hale said.", []),  # nothing open: no quotation
])
def test_quotation_marks(text, inside):
    assert [text[q.start:q.end] for q in find_quotes(text)] == inside


def test_unclosed_two_apostrophe_quote_is_marked_unclosed():
    (q,) = find_quotes("''It runs on into the next paragraph")
    assert q.unclosed and q.open_start == 0 and q.start == 2


def test_a_quotation_ending_on_three_apostrophes_is_its_speakers(nlp):
    """'' … 'old-school,''' said X: X's quotation, not an earlier speaker's run into X's words."""
    from quizgen.analysis import analyse
    from quizgen.ingest import article_from_text

    filler = "The club met on Monday evening to remember an old friend of many of its members. " * 8
    text = ("Friends Remember A Club Regular\n\n" + filler + "\n\nMr. Emanuel spoke first. ''He was kind,'' he said."
            "\n\n''I would use the word 'old-school,''' said Gregory Slayton, a member for forty years. "
            "''Humility is something I love about him.''")
    found = [a for a in analyse(article_from_text(text), nlp=nlp).attributions if "old-school" in a.content]
    assert [a.source_text for a in found] == ["Gregory Slayton"], [(a.source, a.cue, a.content) for a in found]
    assert found[0].cue == "said" and "Gregory Slayton" not in found[0].content
