"""Issue 10 point 1: more common given names that are one sex tell "he"/"she" apart (Mitt, Christopher,
Juanita, Condoleezza, …); names given to both sexes stay out (Chris, Kelly, Lindsey, Pat, Jackie, Angel,
Mel, Kim)."""
from __future__ import annotations

import pytest

from quizgen.analysis.attributions.firstnames import given_name_gender


@pytest.mark.parametrize("name,gender", [
    ("Mitt Romney", "m"), ("Christopher Steele", "m"), ("Recep Erdogan", "m"), ("Phil Lund", "m"),
    ("Dave Hale", "m"), ("Jamal Ware", "m"), ("Trey Gowan", "m"), ("Osama Khalil", "m"), ("Lyndon Marsh", "m"),
    ("Juanita Berg", "f"), ("Condoleezza Rice", "f"), ("Megyn Hale", "f"), ("Chelsea Lund", "f"),
    ("Madeline Berg", "f"), ("Serena Holt", "f"), ("Pam Reyes", "f"),
    ("Chris Lund", None), ("Kelly Berg", None), ("Lindsey Graham", None), ("Pat Hale", None),
    ("Jackie Holt", None), ("Angel Reyes", None), ("Mel Berg", None), ("Kim Lund", None),
])
def test_more_given_names(name, gender):
    assert given_name_gender(name) == gender
