""""a ______" / "an ______" before a gap: every option must take that article, or grammar gives the key away."""
from __future__ import annotations

import pytest
from factories import plain_article

from quizgen.model import Item, Support
from quizgen.validate import lint_item, takes_an

SENTENCE = "The senator told an MSNBC interviewer on Sunday that the bill would pass by a wide margin."
ARTICLE = plain_article("Senator expects the bill to pass\n\n" + " ".join([SENTENCE] * 4) + "\n")


@pytest.mark.parametrize(("word", "an"), [
    ("FBI", True), ("NBC", True), ("MSNBC", True), ("CNN", False), ("ABC", True), ("CBS", False), ("hour-long", True),
    ("apple", True), ("union", False), ("European", False), ("one-time", False), ("8", True), ("11-point", True),
    ("12", False), ("umbrella", True), ("Reuters", False), ("Associated", True), ("honest", True),
])
def test_takes_an(word: str, an: bool) -> None:
    assert takes_an(word) is an


def _item(options: list[str]) -> Item:
    at = ARTICLE.text.index(SENTENCE)
    sup = Support(1, at, at + len(SENTENCE), SENTENCE)
    stem = 'Complete the detail from ¶1: "The senator told an ______ interviewer on Sunday that the bill would pass…"'
    return Item("x1", "key_detail", "multiple_choice", stem, tuple(options), 0, f'¶1: "{SENTENCE}"', (sup,))


def test_options_the_article_before_the_gap_rules_out_are_flagged() -> None:
    warnings = lint_item(_item(["MSNBC", "CNN", "NBC", "Fox"]), ARTICLE)
    assert any("'CNN'" in w for w in warnings) and any("'Fox'" in w for w in warnings)
    assert not any("'NBC'" in w or "'MSNBC'" in w for w in warnings)


def test_options_that_all_fit_pass() -> None:
    assert not any("rules out" in w for w in lint_item(_item(["MSNBC", "NBC", "FBI", "HBO"]), ARTICLE))
