"""A number to write that the stem's own numbers give by arithmetic is no reading question (judged blind,
J10: "Trump leads Clinton among men by ______ percentage points, 49% to 41%" is 8 by subtraction)."""
from __future__ import annotations

from factories import plain_article

from quizgen.generate.base import make_item
from quizgen.model import Support
from quizgen.validate import lint_item

TEXT = ("Poll finds a close race\n\n"
        "The candidate leads his rival among men by 8 percentage points, 49% to 41%, in the survey. "
        "The survey of 1,012 voters was taken over 4 days in July.\n")


def _gap(stem: str, answer: list[str]) -> list[str]:
    art = plain_article(TEXT)
    p = art.paragraphs[1] if len(art.paragraphs) > 1 else art.paragraphs[0]
    sup = Support(p.number, p.start, p.end, p.text)
    item = make_item("key_detail", "short_answer", stem, [], answer, "¶2 says so.", [sup])
    return [w for w in lint_item(item, art) if "two numbers in the stem" in w]


def test_a_difference_the_stem_shows_is_flagged() -> None:
    stem = ("Complete the detail from ¶2: \"The candidate leads his rival among men by ______ percentage points, "
            "49% to 41%, in the survey.\" Write the missing number.")
    assert _gap(stem, ["8", "eight"])


def test_a_sum_the_stem_shows_is_flagged() -> None:
    stem = "Complete the detail from ¶2: \"Of the ______ seats, 30 went to one party and 12 to the other.\""
    assert _gap(stem, ["42"])


def test_numbers_that_do_not_give_the_answer_and_paragraph_marks_are_not_flagged() -> None:
    stem = ("Complete the detail from ¶12: \"The survey of ______ voters was taken over 4 days in July.\" "
            "Write the missing number.")
    assert not _gap(stem, ["1,012"])
    stem2 = "Complete the detail from ¶4: \"The candidate leads by ______ points, up from 4 last month.\""
    assert not _gap(stem2, ["8"])  # "¶4" is no number of the sentence: 4 + 4 is no giveaway
