"""Moodle XML, the structure Moodle's ``qformat_xml`` importer reads.

``<quiz>`` holds a category pseudo-question named after the lesson (its info carries the
notes and warnings), a description question with the article, then one ``<question>`` per
item: multichoice (single and multiple), truefalse, matching, shortanswer, essay. Text fields
are ``format="html"`` holding HTML-escaped text (line breaks as ``<br>``), so ``<script>`` and
``</text>`` in an article stay visible text; lxml escapes the XML layer, so ``]]>`` is harmless.
Multiple-select fractions: each keyed option ``100/k``, each other ``-100/(n-k)``, written as
Moodle writes its grade list (``33.33333``); a share Moodle's grade list lacks is reported.
"""
from __future__ import annotations

import html

from lxml import etree

from quizgen.export.common import (
    ExportResult,
    article_byline,
    article_paragraphs,
    check_item,
    feedback_text,
    html_text,
    inline_html,
    item_label,
    item_title,
    option_feedback,
    rubric_text,
    xml_text,
)
from quizgen.kinds import ESSAY, MANY, ONE, PAIRS, TEXT, keyed_indexes, kind_of, true_false_key
from quizgen.model import Item, Lesson

# Moodle's grade options (question_bank::fraction_options_full), as percentages.
_MOODLE_FRACTIONS = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                     16.66667, 14.28571, 12.5, 11.11111, 10, 5)


def fraction(value: float) -> str:
    """A percentage as Moodle writes it: 100, 50, 33.33333, -50."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _is_moodle_fraction(value: float) -> bool:
    return any(abs(abs(value) - f) < 1e-4 for f in _MOODLE_FRACTIONS)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, {k: v for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _text_el(parent: etree._Element, tag: str, text: str, fmt: str | None = "html") -> etree._Element:
    el = _sub(parent, tag, format=fmt) if fmt else _sub(parent, tag)
    _sub(el, "text", text)
    return el


def _answer(parent: etree._Element, frac: str, text: str, feedback: str, fmt: str = "html") -> None:
    ans = _sub(parent, "answer", fraction=frac, format=fmt)
    _sub(ans, "text", text)
    _text_el(ans, "feedback", html_text(feedback))


def _question(quiz: etree._Element, qtype: str, name: str, text_html: str, general: str,
              grade: float, penalty: str, idnumber: str = "") -> etree._Element:
    q = _sub(quiz, "question", type=qtype)
    _text_el(q, "name", name, fmt=None)
    _text_el(q, "questiontext", text_html)
    _text_el(q, "generalfeedback", html_text(general))
    _sub(q, "defaultgrade", fraction(grade))
    _sub(q, "penalty", penalty)
    _sub(q, "hidden", "0")
    _sub(q, "idnumber", idnumber)
    return q


def _tags(q: etree._Element, *tags: str) -> None:
    box = _sub(q, "tags")
    for tag in tags:
        _text_el(box, "tag", tag, fmt=None)


def _add_item(quiz: etree._Element, number: int, item: Item, warnings: list[str]) -> bool:
    label = item_label(number, item)
    stem = html_text(item.stem)
    general = feedback_text(item)
    name = item_title(number, item)
    kind = kind_of(item)
    shape = kind.shape if kind else None
    key = true_false_key(item)
    if key is not None:
        q = _question(quiz, "truefalse", name, stem, general, item.points, "1", item.id)
        _answer(q, "100" if key else "0", "true", option_feedback(item, key), "moodle_auto_format")
        _answer(q, "0" if key else "100", "false", option_feedback(item, not key), "moodle_auto_format")
    elif shape in (ONE, MANY):
        q = _question(quiz, "multichoice", name, stem, general, item.points, "0.3333333", item.id)
        multiple = shape == MANY
        _sub(q, "single", "false" if multiple else "true")
        _sub(q, "shuffleanswers", "true")
        _sub(q, "answernumbering", "abc")
        keyed = set(keyed_indexes(item))
        right = 100 / len(keyed) if multiple else 100
        wrong = -100 / (len(item.options) - len(keyed)) if multiple and len(item.options) > len(keyed) else 0
        if multiple and not all(_is_moodle_fraction(v) for v in (right, wrong) if v):
            warnings.append(f"{label}: fractions {fraction(right)}/{fraction(wrong)} are not in Moodle's "
                            "grade list; Moodle may refuse the import until they are edited")
        for i, option in enumerate(item.options):
            frac = right if i in keyed else wrong
            _answer(q, fraction(frac), html_text(option), option_feedback(item, i in keyed))
    elif shape == PAIRS:
        q = _question(quiz, "matching", name, stem, general, item.points, "0.3333333", item.id)
        _sub(q, "shuffleanswers", "true")
        used = set()
        for p, o in item.answer:
            sub = _sub(q, "subquestion", format="html")
            _sub(sub, "text", html_text(item.prompts[p]))
            _text_el(sub, "answer", item.options[o], fmt=None)
            used.add(o)
        for i, option in enumerate(item.options):
            if i not in used:  # an extra wrong answer: a subquestion with no text
                sub = _sub(q, "subquestion", format="html")
                _sub(sub, "text", "")
                _text_el(sub, "answer", option, fmt=None)
        if len(item.prompts) < 2 or len(item.options) < 3:
            warnings.append(f"{label}: Moodle's matching type wants at least 2 prompts and 3 answers")
    elif shape == TEXT:
        q = _question(quiz, "shortanswer", name, stem, general, item.points, "0.3333333", item.id)
        _sub(q, "usecase", "0")
        for accepted in item.answer:
            if str(accepted).strip():  # '*' is Moodle's wildcard: escape it to mean itself
                _answer(q, "100", str(accepted).replace("*", "\\*"), option_feedback(item, True),
                        "moodle_auto_format")
    elif shape == ESSAY:
        rubric = rubric_text(item)
        q = _question(quiz, "essay", name, stem, "\n".join(t for t in (general, rubric) if t),
                      item.points, "0", item.id)
        for tag, value in (("responseformat", "editor"), ("responserequired", "1"),
                           ("responsefieldlines", "15"), ("attachments", "0"),
                           ("attachmentsrequired", "0")):
            _sub(q, tag, value)
        _text_el(q, "graderinfo", html_text(rubric))
        _text_el(q, "responsetemplate", "")
    else:
        return False
    _tags(q, item.skill, item.kind, item.difficulty)
    return True


def category_path(title: str) -> str:
    """The category text: ``$course$/top/<title>`` with ``/`` in the title escaped as ``//``."""
    clean = " ".join(xml_text(title).split()) or "Quizgen lesson"
    return "$course$/top/" + clean.replace("/", "//")


def export_moodle(lesson: Lesson) -> ExportResult:
    """The lesson as Moodle XML (UTF-8): category, article description, one question per item."""
    warnings: list[str] = []
    quiz = etree.Element("quiz")
    category = _sub(quiz, "question", type="category")
    _text_el(category, "category", category_path(lesson.article.title), fmt=None)
    a = lesson.article
    intro = [f"<h2>{html.escape(xml_text(a.title))}</h2>"]
    if article_byline(lesson):
        intro.append(html_text(article_byline(lesson)))
    intro += [f"<p><strong>¶{n}</strong> {inline_html(t)}</p>" for n, t in article_paragraphs(lesson)]
    _question(quiz, "description", "Article: " + " ".join(a.title.split()), "".join(intro), "", 0, "0")
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        if not _add_item(quiz, number, item, warnings):
            warnings.append(f"{item_label(number, item)}: kind not expressible in Moodle XML; skipped")
    notes = [f"Quizgen lesson on “{a.title}”.", *lesson.notes, *(f"Warning: {w}" for w in warnings)]
    info = _sub(category, "info", format="html")
    _sub(info, "text", "".join(html_text(n) for n in notes))
    _sub(category, "idnumber", "")
    data = etree.tostring(quiz, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return ExportResult(data, "moodle.xml", "application/xml", tuple(warnings))
