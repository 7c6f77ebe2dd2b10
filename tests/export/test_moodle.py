"""Moodle XML: parsed back with lxml and checked against the structure Moodle documents.

Moodle XML has no published schema; the checks follow the "Moodle XML format" documentation
and what ``qformat_xml`` reads: a category pseudo-question, per-type child elements, answers
with fraction/text/feedback, truefalse answers named "true"/"false", matching subquestions.
"""
from __future__ import annotations

import pytest
from exporthelp import NASTY, hostile_lesson, html_to_text, no_live_markup
from lxml import etree

from quizgen.export import export_lesson
from quizgen.export.common import feedback_text, option_feedback, rubric_text

MOODLE_TYPE = {"multiple_choice": "multichoice", "true_false": "truefalse", "multiple_select": "multichoice",
               "matching": "matching", "short_answer": "shortanswer", "open_response": "essay"}
REQUIRED = {  # child elements Moodle's importer reads for each type (besides the common ones)
    "multichoice": ("single", "shuffleanswers", "answernumbering", "answer"),
    "truefalse": ("answer",),
    "matching": ("shuffleanswers", "subquestion"),
    "shortanswer": ("usecase", "answer"),
    "essay": ("responseformat", "responserequired", "responsefieldlines", "graderinfo",
              "responsetemplate", "attachments"),
}


def _quiz(lesson):
    result = export_lesson(lesson, "moodle")
    root = etree.fromstring(result.data)  # well-formed, or this raises
    return result, root


def _text(el, path):
    return el.findtext(path, default="")


def test_category_first_named_after_the_lesson(any_lesson):
    _, root = _quiz(any_lesson)
    assert root.tag == "quiz"
    category = root[0]
    assert category.get("type") == "category"
    name = " ".join(any_lesson.article.title.split()).replace("/", "//")
    assert _text(category, "category/text") == f"$course$/top/{name}"
    assert category.find("info").get("format") == "html"


def test_article_is_a_description_question(any_lesson):
    _, root = _quiz(any_lesson)
    desc = root[1]
    assert desc.get("type") == "description"
    text = html_to_text(_text(desc, "questiontext/text"))
    assert text.startswith(any_lesson.article.title)
    for p in any_lesson.article.paragraphs:
        assert f"¶{p.number} {p.text}" in text
    assert no_live_markup(_text(desc, "questiontext/text"))


def test_every_item_option_and_key_comes_back(any_lesson):
    _, root = _quiz(any_lesson)
    questions = root.findall("question")[2:]
    assert len(questions) == len(any_lesson.items)
    for number, (item, q) in enumerate(zip(any_lesson.items, questions, strict=True), 1):
        qtype = MOODLE_TYPE[item.kind]
        assert q.get("type") == qtype
        for tag in ("name/text", "questiontext/text", "generalfeedback/text", "defaultgrade", "penalty"):
            assert q.find(tag) is not None, (qtype, tag)
        for tag in REQUIRED[qtype]:
            assert q.find(tag) is not None, (qtype, tag)
        assert _text(q, "name/text") == f"Q{number} {item.skill}"
        assert q.find("questiontext").get("format") == "html"
        assert html_to_text(_text(q, "questiontext/text")) == item.stem.strip()
        assert no_live_markup(_text(q, "questiontext/text"))
        assert float(_text(q, "defaultgrade")) == item.points
        assert _text(q, "idnumber") == item.id
        assert item.skill in [t.findtext("text") for t in q.findall("tags/tag")]
        general = html_to_text(_text(q, "generalfeedback/text"))
        assert feedback_text(item) in general
        answers = q.findall("answer")
        if qtype == "multichoice":
            assert [html_to_text(_text(a, "text")) for a in answers] == list(item.options)
            fractions = [float(a.get("fraction")) for a in answers]
            keyed = [item.answer] if item.kind != "multiple_select" else item.answer
            assert [i for i, f in enumerate(fractions) if f > 0] == sorted(keyed)
            assert sum(f for f in fractions if f > 0) == pytest.approx(100, abs=1e-3)
            if item.kind == "multiple_select":
                assert _text(q, "single") == "false"
                assert sum(f for f in fractions if f < 0) == pytest.approx(-100, abs=1e-3)
            else:
                assert _text(q, "single") == "true"
            assert _text(q, "shuffleanswers") == "true"
            for i, a in enumerate(answers):
                assert html_to_text(_text(a, "feedback/text")) == option_feedback(item, i in keyed)
        elif qtype == "truefalse":
            by_text = {_text(a, "text"): float(a.get("fraction")) for a in answers}
            key = item.options[item.answer] == "True"
            assert by_text == {"true": 100.0 if key else 0.0, "false": 0.0 if key else 100.0}
        elif qtype == "matching":
            subs = [(html_to_text(_text(s, "text")), _text(s, "answer/text"))
                    for s in q.findall("subquestion")]
            expected = [(item.prompts[p], item.options[o]) for p, o in item.answer]
            used = {o for _, o in item.answer}
            expected += [("", o) for i, o in enumerate(item.options) if i not in used]
            assert subs == expected
        elif qtype == "shortanswer":
            assert [_text(a, "text") for a in answers] == [a.replace("*", "\\*") for a in item.answer]
            assert all(a.get("fraction") == "100" for a in answers)
        elif qtype == "essay":
            grader = html_to_text(_text(q, "graderinfo/text"))
            assert grader == rubric_text(item)
            # general feedback is shown to students: no rubric level, no model answer
            assert general == feedback_text(item)
            for secret in [*(r.description for r in item.rubric), *item.answer]:
                assert secret not in general


def test_hostile_text_is_escaped_not_markup():
    result, root = _quiz(hostile_lesson())
    raw = result.data.decode("utf-8")
    assert "<script>" not in raw and "</mattext>" not in raw
    q1 = root.findall("question")[2]
    assert NASTY in html_to_text(_text(q1, "questiontext/text"))
    # the category path keeps the title's '/' escaped as '//' (Moodle's path separator)
    assert " / part 1" not in _text(root[0], "category/text")
    assert " // part 1" in _text(root[0], "category/text")


def test_notes_and_warnings_go_in_the_category_info():
    lesson = hostile_lesson()
    result, root = _quiz(lesson)
    info = html_to_text(_text(root[0], "info/text"))
    assert "note with a {brace}" in info
    for w in result.warnings:
        assert w in info


def test_matching_with_too_few_answers_is_reported():
    from dataclasses import replace

    from factories import sample_lesson

    lesson = sample_lesson()
    match = lesson.items[3]
    small = replace(match, prompts=match.prompts[:2], options=match.options[:2], answer=[[0, 0], [1, 1]])
    result = export_lesson(replace(lesson, items=(small,)), "moodle")
    assert any(w.startswith("Q1 corroboration") and "3 answers" in w for w in result.warnings)
