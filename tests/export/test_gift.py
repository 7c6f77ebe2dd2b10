"""GIFT export, read back by the strict parser in giftparse.py (written from Moodle's docs)."""
from __future__ import annotations

import dataclasses

import pytest
from exporthelp import NASTY, hostile_lesson
from factories import sample_lesson
from giftparse import GiftSyntaxError, parse_gift

from quizgen.export import export_lesson
from quizgen.export.common import feedback_text, option_feedback
from quizgen.export.gift import escape


def _parsed(lesson):
    result = export_lesson(lesson, "gift")
    return result, parse_gift(result.data.decode("utf-8"))


def test_escape_covers_every_special_character_and_line_breaks():
    assert escape("~=#{}:\\") == "\\~\\=\\#\\{\\}\\:\\\\"
    assert escape("a\nb\r\nc") == "a\\nb\\nc"


def test_parser_is_strict_about_unescaped_specials():
    with pytest.raises(GiftSyntaxError):
        parse_gift("::T::a { b{=x ~y}")
    with pytest.raises(GiftSyntaxError):
        parse_gift("::T::text with \\q unknown escape{=x}")
    with pytest.raises(GiftSyntaxError):
        parse_gift("::T::text{=x ~y} trailing")


def test_every_item_comes_back_with_stem_title_answers_and_feedback(any_lesson):
    result, questions = _parsed(any_lesson)
    article, *items = questions
    assert article.qtype == "description"
    kept = [(n, i) for n, i in enumerate(any_lesson.items, 1) if i.points == 1]  # GIFT has no marks
    assert len(items) == len(kept) < len(any_lesson.items)
    for (number, item), q in zip(kept, items, strict=True):
        assert q.title == f"Q{number} {item.skill}"
        assert q.text_format == "plain"
        assert q.text == item.stem.strip()
        assert q.general_feedback == feedback_text(item)
        if item.kind == "true_false":
            assert q.qtype == "truefalse"
            assert q.truth is (item.options[item.answer] == "True")
            assert q.right_feedback == option_feedback(item, True)
            assert q.wrong_feedback == option_feedback(item, False)
        elif item.kind in ("multiple_choice", "multiple_select"):
            assert q.qtype == "multichoice"
            assert [a.text for a in q.answers] == list(item.options)
            keyed = [item.answer] if item.kind == "multiple_choice" else item.answer
            assert [i for i, a in enumerate(q.answers) if a.weight > 0] == sorted(keyed)
            for i, a in enumerate(q.answers):
                assert a.feedback == option_feedback(item, i in keyed)
            if item.kind == "multiple_select":
                assert sum(a.weight for a in q.answers if a.weight > 0) == pytest.approx(100, abs=1e-3)
                assert sum(a.weight for a in q.answers if a.weight < 0) == pytest.approx(-100, abs=1e-3)
        elif item.kind == "matching":
            assert q.qtype == "matching"
            expected = [(item.prompts[p].replace("->", "→"), item.options[o]) for p, o in item.answer]
            used = {o for _, o in item.answer}
            expected += [("", opt) for i, opt in enumerate(item.options) if i not in used]
            assert q.pairs == expected
        elif item.kind == "short_answer":
            assert q.qtype == "shortanswer"
            # '*' is Moodle's wildcard: it must arrive escaped so it means a literal star
            assert [a.text for a in q.answers] == [a.replace("*", "\\*") for a in item.answer]
            assert all(a.weight == 100 for a in q.answers)


def test_an_item_worth_more_than_one_point_is_left_out_not_imported_at_one_point():
    lesson = sample_lesson()
    essay = next(n for n, i in enumerate(lesson.items, 1) if i.kind == "open_response")
    assert lesson.items[essay - 1].points > 1
    result, questions = _parsed(lesson)
    assert f"Q{essay} perspective" not in [q.title for q in questions]
    assert any(w.startswith(f"Q{essay} perspective") and "points" in w and "rubric" in w
               for w in result.warnings)
    assert "// warning: " + [w for w in result.warnings if w.startswith(f"Q{essay} ")][0] in \
        result.data.decode("utf-8")


def test_a_one_point_essay_carries_no_rubric_and_says_so():
    lesson = sample_lesson()
    essay = next(dataclasses.replace(i, points=1) for i in lesson.items if i.kind == "open_response")
    result, (_, q) = _parsed(dataclasses.replace(lesson, items=(essay,)))
    assert q.qtype == "essay"
    assert q.general_feedback == feedback_text(essay)  # shown to students: no rubric, no model answer
    text = result.data.decode("utf-8")
    for secret in [*(r.description for r in essay.rubric), *essay.answer]:
        assert escape(secret) not in text and secret not in text
    assert "// The rubric and model answer are not carried" in text
    assert any(w.startswith("Q1 perspective") and "rubric" in w for w in result.warnings)


def test_feedback_keeps_explanation_citation_and_support_quote():
    _, (_, q1, *_) = _parsed(sample_lesson())
    right = next(a for a in q1.answers if a.weight > 0)
    assert right.feedback.startswith("Correct. ¶2:")
    assert "there were no human rights abuses taking place in Xinjiang" in right.feedback


def test_article_is_a_description_with_numbered_paragraphs(any_lesson):
    _, (article, *_) = _parsed(any_lesson)
    assert article.title == "Article"
    assert article.text.startswith(any_lesson.article.title)
    for p in any_lesson.article.paragraphs:
        assert f"¶{p.number} {p.text}" in article.text


def test_hostile_text_survives_and_stays_plain():
    lesson = hostile_lesson()
    result, (article, q1, q2, *_) = _parsed(lesson)
    assert NASTY in article.text and NASTY in q1.text
    assert q2.text == "Line one // not a comment\n\nLine two: still the stem {}"
    assert "<script>" in q1.text  # visible text, marked [plain] so Moodle never renders it
    text = result.data.decode("utf-8")
    assert "\n\n" not in text.split("::Q1 ", 1)[1].split("}", 1)[0]  # no blank line inside a question


def test_items_gift_cannot_carry_whole_are_reported_by_name():
    result = export_lesson(hostile_lesson(), "gift")
    arrow = [w for w in result.warnings if "'->'" in w]
    assert arrow and arrow[0].startswith("Q4 corroboration")
    points = [w for w in result.warnings if "points" in w]
    assert points and points[0].startswith("Q7 perspective")
    text = result.data.decode("utf-8")
    for w in result.warnings:  # and in the file's own comments
        assert f"// warning: {w}" in text


def test_notes_go_in_comments_on_one_line():
    text = export_lesson(hostile_lesson(), "gift").data.decode("utf-8")
    assert "// note: asked for 7 items; note with a {brace} and a newline" in text
