"""QTI 1.2 zip in the flavour Canvas imports (Canvas's own "QTI-only" export layout).

The zip holds ``imsmanifest.xml`` (one resource of type ``imsqti_xmlv1p2`` depending on one
``associatedcontent/imscc_xmlv1p1/learning-application-resource`` for the Canvas metadata),
``<id>/<id>.xml`` (the assessment, valid against the IMS QTI 1.2 ASI schema) and
``<id>/assessment_meta.xml`` (Canvas quiz settings; the article is the quiz description).
Items follow what Canvas writes (``lib/cc/qti/qti_items.rb``): ``question_type``,
``points_possible``, ``original_answer_ids`` in ``itemmetadata``; ``response1`` for choice and
text answers, ``response_<answer id>`` per matching prompt; ``SCORE`` 0..100; feedback in
``itemfeedback`` (``<answer id>_fb``, ``general_fb``, ``correct_fb``, ``general_incorrect_fb``).
Stems and feedback are ``text/html`` holding escaped text; options are ``text/plain``.
"""
from __future__ import annotations

import html
import io
import zipfile

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
    lesson_ident,
    option_feedback,
    rubric_text,
    xml_text,
)
from quizgen.kinds import ESSAY, MANY, PAIRS, TEXT, has_shape, keyed_indexes
from quizgen.model import Item, Lesson

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
QTI_XSD = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CANVAS_XSD = "https://canvas.instructure.com/xsd/cccv1p0.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
QUESTION_TYPES = {
    "multiple_choice": "multiple_choice_question",
    "true_false": "true_false_question",
    "multiple_select": "multiple_answers_question",
    "matching": "matching_question",
    "short_answer": "short_answer_question",
    "open_response": "essay_question",
}
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so the same lesson gives the same zip bytes


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{QTI_NS}}}{tag}", attrs)
    if text is not None:
        el.text = xml_text(text)
    return el


def _mattext(parent: etree._Element, text: str, texttype: str) -> None:
    _sub(_sub(parent, "material"), "mattext", text, texttype=texttype)


def _meta(parent: etree._Element, label: str, entry: str) -> None:
    field = _sub(parent, "qtimetadatafield")
    _sub(field, "fieldlabel", label)
    _sub(field, "fieldentry", entry)


def _feedback(item_el: etree._Element, ident: str, text: str) -> None:
    fb = _sub(item_el, "itemfeedback", ident=ident)
    _mattext(_sub(fb, "flow_mat"), f"<div>{html_text(text)}</div>", "text/html")


def _condition(res: etree._Element, cont: str | None = None) -> tuple[etree._Element, etree._Element]:
    cond = _sub(res, "respcondition", **({"continue": cont} if cont else {}))
    return cond, _sub(cond, "conditionvar")


def _show(cond: etree._Element, ident: str) -> None:
    _sub(cond, "displayfeedback", feedbacktype="Response", linkrefid=ident)


def _answer_ids(number: int, count: int, offset: int = 0) -> list[str]:
    return [str(number * 1000 + offset + i) for i in range(count)]


def _choice_item(pres, res, item: Item, ids: list[str]) -> list[tuple[str, str]]:
    multiple = has_shape(item, MANY)
    lid = _sub(pres, "response_lid", ident="response1", rcardinality="Multiple" if multiple else "Single")
    choice = _sub(lid, "render_choice")
    for aid, option in zip(ids, item.options, strict=True):
        _mattext(_sub(choice, "response_label", ident=aid), option, "text/plain")
    keyed = set(keyed_indexes(item))
    feedback = []
    for i, aid in enumerate(ids):  # per-answer feedback first, processing continues
        cond, var = _condition(res, "Yes")
        _sub(var, "varequal", aid, respident="response1")
        _show(cond, f"{aid}_fb")
        feedback.append((f"{aid}_fb", option_feedback(item, i in keyed)))
    cond, var = _condition(res, "No")
    if multiple:
        both = _sub(var, "and")
        for i, aid in enumerate(ids):
            target = both if i in keyed else _sub(both, "not")
            _sub(target, "varequal", aid, respident="response1")
    else:
        _sub(var, "varequal", ids[min(keyed)], respident="response1")
    _sub(cond, "setvar", "100", action="Set", varname="SCORE")
    return feedback


def _matching_item(pres, res, item: Item, number: int) -> tuple[list[str], list[tuple[str, str]]]:
    left = _answer_ids(number, len(item.prompts), offset=500)
    right = _answer_ids(number, len(item.options))
    share = f"{100 / len(item.prompts):.2f}"
    for p, o in item.answer:
        lid = _sub(pres, "response_lid", ident=f"response_{left[p]}")
        _mattext(lid, item.prompts[p], "text/plain")
        choice = _sub(lid, "render_choice")
        for mid, option in zip(right, item.options, strict=True):
            _mattext(_sub(choice, "response_label", ident=mid), option, "text/plain")
        cond, var = _condition(res, "Yes")
        _sub(var, "varequal", right[o], respident=f"response_{left[p]}")
        _sub(cond, "setvar", share, action="Add", varname="SCORE")
    return left, [("general_fb", feedback_text(item))]


def _text_item(pres, res, item: Item, ids: list[str]) -> list[tuple[str, str]]:
    box = _sub(pres, "response_str", ident="response1", rcardinality="Single")
    essay = has_shape(item, ESSAY)
    fib = _sub(box, "render_fib", **({"rows": "15"} if essay else {}))
    _sub(fib, "response_label", ident="answer1", rshuffle="No")
    if essay:
        cond, var = _condition(res, "No")
        _sub(var, "other")
        text = "\n\n".join(t for t in (feedback_text(item), rubric_text(item)) if t)
        return [("general_fb", text)]
    accepted = [str(a) for a in item.answer if str(a).strip()]
    for aid, text in zip(ids, accepted, strict=True):
        cond, var = _condition(res, "Yes")
        _sub(var, "varequal", text, respident="response1")
        _show(cond, f"{aid}_fb")
    cond, var = _condition(res, "No")
    for text in accepted:
        _sub(var, "varequal", text, respident="response1")
    _sub(cond, "setvar", "100", action="Set", varname="SCORE")
    cond, var = _condition(res, "Yes")
    _sub(var, "other")
    _show(cond, "general_incorrect_fb")
    right = [(f"{aid}_fb", option_feedback(item, True)) for aid in ids]
    wrong = f"Incorrect. Accepted: {'; '.join(accepted)}. {feedback_text(item)}".strip()
    return right + [("general_incorrect_fb", wrong)]


def _item(section: etree._Element, number: int, item: Item) -> None:
    item_el = _sub(section, "item", ident=f"i{item.id}", title=item_title(number, item))
    meta = _sub(_sub(item_el, "itemmetadata"), "qtimetadata")
    pres = _sub(item_el, "presentation")
    _mattext(pres, f"<div>{html_text(item.stem)}</div>", "text/html")
    res = _sub(item_el, "resprocessing")
    outcomes = _sub(res, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if has_shape(item, PAIRS):
        ids, feedback = _matching_item(pres, res, item, number)
    elif has_shape(item, TEXT, ESSAY):
        count = len([a for a in item.answer or [] if str(a).strip()]) if has_shape(item, TEXT) else 0
        ids = _answer_ids(number, count)
        feedback = _text_item(pres, res, item, ids)
    else:
        ids = _answer_ids(number, len(item.options))
        feedback = _choice_item(pres, res, item, ids)
    if any(ident == "general_fb" for ident, _ in feedback):
        cond, var = _condition(res, "Yes")  # neutral feedback shown whatever the answer
        _sub(var, "other")
        _show(cond, "general_fb")
        res.insert(1, res[-1])  # before the scoring conditions, as Canvas writes it
    for label, entry in (("question_type", QUESTION_TYPES[item.kind]),
                         ("points_possible", f"{float(item.points):.1f}"),
                         ("original_answer_ids", ",".join(ids))):
        _meta(meta, label, entry)
    for ident, text in feedback:
        _feedback(item_el, ident, text)


def _description(lesson: Lesson) -> str:
    a = lesson.article
    parts = [f"<h2>{html.escape(xml_text(a.title))}</h2>"]
    if article_byline(lesson):
        parts.append(f"<p><em>{inline_html(article_byline(lesson))}</em></p>")
    parts += [f"<p><strong>¶{n}</strong> {inline_html(t)}</p>" for n, t in article_paragraphs(lesson)]
    return "".join(parts)


def assessment_xml(lesson: Lesson, ident: str, items: list[tuple[int, Item]], notes: list[str]) -> bytes:
    """The QTI assessment document (Canvas's ``<id>.xml``)."""
    root = etree.Element(f"{{{QTI_NS}}}questestinterop", nsmap={None: QTI_NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{QTI_NS} {QTI_XSD}")
    assessment = _sub(root, "assessment", ident=ident, title=xml_text(lesson.article.title))
    if notes:
        _sub(assessment, "qticomment", "\n".join(notes))
    _meta(_sub(assessment, "qtimetadata"), "cc_maxattempts", "1")
    section = _sub(assessment, "section", ident="root_section")
    for number, item in items:
        _item(section, number, item)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def meta_xml(lesson: Lesson, ident: str, items: list[tuple[int, Item]]) -> bytes:
    """Canvas's ``assessment_meta.xml``: title, description (the article), quiz settings."""
    root = etree.Element(f"{{{CANVAS_NS}}}quiz", nsmap={None: CANVAS_NS, "xsi": XSI}, identifier=ident)
    root.set(f"{{{XSI}}}schemaLocation", f"{CANVAS_NS} {CANVAS_XSD}")
    points = sum(item.points for _, item in items)
    for tag, value in (("title", xml_text(lesson.article.title)), ("description", _description(lesson)),
                       ("shuffle_answers", "true"), ("scoring_policy", "keep_highest"),
                       ("hide_results", ""), ("quiz_type", "assignment"),
                       ("points_possible", f"{float(points):.1f}"), ("show_correct_answers", "true"),
                       ("anonymous_submissions", "false"), ("could_be_locked", "false"),
                       ("allowed_attempts", "1"), ("one_question_at_a_time", "false"),
                       ("cant_go_back", "false"), ("available", "false"), ("one_time_results", "false"),
                       ("show_correct_answers_last_attempt", "false"),
                       ("only_visible_to_overrides", "false"), ("module_locked", "false")):
        etree.SubElement(root, f"{{{CANVAS_NS}}}{tag}").text = value
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def manifest_xml(lesson: Lesson, ident: str) -> bytes:
    """``imsmanifest.xml`` as Canvas's QTI-only export writes it."""
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap={None: CP_NS, "xsi": XSI},
                         identifier=f"qti_export_{ident}")
    metadata = etree.SubElement(root, f"{{{CP_NS}}}metadata")
    etree.SubElement(metadata, f"{{{CP_NS}}}schema").text = "IMS Content"
    etree.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.1.3"
    etree.SubElement(root, f"{{{CP_NS}}}organizations")
    resources = etree.SubElement(root, f"{{{CP_NS}}}resources")
    quiz = etree.SubElement(resources, f"{{{CP_NS}}}resource", identifier=ident, type="imsqti_xmlv1p2")
    etree.SubElement(quiz, f"{{{CP_NS}}}file", href=f"{ident}/{ident}.xml")
    etree.SubElement(quiz, f"{{{CP_NS}}}dependency", identifierref=f"{ident}_meta")
    meta = etree.SubElement(resources, f"{{{CP_NS}}}resource", identifier=f"{ident}_meta",
                            type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
                            href=f"{ident}/assessment_meta.xml")
    etree.SubElement(meta, f"{{{CP_NS}}}file", href=f"{ident}/assessment_meta.xml")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def export_qti(lesson: Lesson) -> ExportResult:
    """The lesson as a Canvas-flavoured QTI 1.2 zip."""
    warnings: list[str] = []
    items: list[tuple[int, Item]] = []
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        if item.kind not in QUESTION_TYPES:
            warnings.append(f"{item_label(number, item)}: kind not expressible in QTI; skipped")
            continue
        items.append((number, item))
    ident = lesson_ident(lesson)
    notes = [*lesson.notes, *warnings]
    files = {
        "imsmanifest.xml": manifest_xml(lesson, ident),
        f"{ident}/{ident}.xml": assessment_xml(lesson, ident, items, notes),
        f"{ident}/assessment_meta.xml": meta_xml(lesson, ident, items),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return ExportResult(buf.getvalue(), "zip", "application/zip", tuple(warnings))
