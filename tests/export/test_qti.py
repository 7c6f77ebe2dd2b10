"""QTI 1.2 zip: schema-valid against the IMS QTI ASI XSD, and every item, option and key back.

The package layout and item structure are compared with what Canvas's own exporter writes
(instructure/canvas-lms lib/cc/qti/qti_generator.rb, qti_items.rb, qti_manifest.rb).
"""
from __future__ import annotations

import dataclasses
import io
import zipfile

import pytest
from exporthelp import NASTY, SCHEMAS, hostile_lesson, html_to_text, no_live_markup
from factories import plain_article, sample_lesson
from lxml import etree

from quizgen.export import export_lesson
from quizgen.export.common import feedback_text, lesson_ident, option_feedback

NS = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
CP = {"cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
CANVAS = {"c": "http://canvas.instructure.com/xsd/cccv1p0"}
CANVAS_TYPES = {"multiple_choice": "multiple_choice_question", "true_false": "true_false_question",
                "multiple_select": "multiple_answers_question", "matching": "matching_question",
                "short_answer": "short_answer_question", "open_response": "essay_question"}


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "qti" / "ims_qtiasiv1p2.xsd")))


def _package(lesson):
    result = export_lesson(lesson, "qti")
    zf = zipfile.ZipFile(io.BytesIO(result.data))
    ident = lesson_ident(lesson)
    return result, zf, ident


def _meta(item_el):
    fields = item_el.findall("q:itemmetadata/q:qtimetadata/q:qtimetadatafield", NS)
    return {f.findtext("q:fieldlabel", namespaces=NS): f.findtext("q:fieldentry", namespaces=NS)
            for f in fields}


def _feedbacks(item_el):
    return {fb.get("ident"): html_to_text(fb.findtext(".//q:mattext", namespaces=NS))
            for fb in item_el.findall("q:itemfeedback", NS)}


def test_package_layout_matches_canvas_qti_export(any_lesson):
    _, zf, ident = _package(any_lesson)
    assert sorted(zf.namelist()) == sorted(["imsmanifest.xml", f"{ident}/{ident}.xml",
                                            f"{ident}/assessment_meta.xml"])
    manifest = etree.fromstring(zf.read("imsmanifest.xml"))
    resources = manifest.findall("cp:resources/cp:resource", CP)
    quiz = next(r for r in resources if r.get("type") == "imsqti_xmlv1p2")
    assert quiz.find("cp:file", CP).get("href") == f"{ident}/{ident}.xml"
    dep = quiz.find("cp:dependency", CP).get("identifierref")
    meta = next(r for r in resources if r.get("identifier") == dep)
    assert meta.get("type") == "associatedcontent/imscc_xmlv1p1/learning-application-resource"
    assert meta.find("cp:file", CP).get("href") == f"{ident}/assessment_meta.xml"
    for r in resources:  # every file the manifest names is in the zip
        for f in r.findall("cp:file", CP):
            assert f.get("href") in zf.namelist()


def test_assessment_is_valid_against_the_ims_qti_xsd(any_lesson, schema):
    _, zf, ident = _package(any_lesson)
    doc = etree.fromstring(zf.read(f"{ident}/{ident}.xml"))
    assert schema.validate(doc), schema.error_log


def test_schema_rejects_a_broken_item(schema):
    """The schema really checks structure: an item with its presentation after resprocessing fails."""
    _, zf, ident = _package(hostile_lesson())
    doc = etree.fromstring(zf.read(f"{ident}/{ident}.xml"))
    item = doc.find(".//q:item", NS)
    item.append(item.find("q:presentation", NS))
    assert not schema.validate(doc)


def test_every_item_option_and_key_comes_back(any_lesson):
    _, zf, ident = _package(any_lesson)
    doc = etree.fromstring(zf.read(f"{ident}/{ident}.xml"))
    items = doc.findall(".//q:section/q:item", NS)
    assert len(items) == len(any_lesson.items)
    for number, (item, el) in enumerate(zip(any_lesson.items, items, strict=True), 1):
        meta = _meta(el)
        assert el.get("title") == f"Q{number} {item.skill}"
        assert meta["question_type"] == CANVAS_TYPES[item.kind]
        assert float(meta["points_possible"]) == item.points
        stem_html = el.findtext("q:presentation/q:material/q:mattext", namespaces=NS)
        assert html_to_text(stem_html) == item.stem.strip()
        assert no_live_markup(stem_html)
        feedback = _feedbacks(el)
        for ref in el.findall(".//q:displayfeedback", NS):  # every reference resolves
            assert ref.get("linkrefid") in feedback
        scoring = [c for c in el.findall(".//q:respcondition", NS)
                   if c.find("q:setvar", NS) is not None]
        if item.kind in ("multiple_choice", "true_false", "multiple_select"):
            labels = el.findall(".//q:response_lid/q:render_choice/q:response_label", NS)
            ids = [lab.get("ident") for lab in labels]
            assert [lab.findtext(".//q:mattext", namespaces=NS) for lab in labels] == list(item.options)
            assert meta["original_answer_ids"] == ",".join(ids)
            (cond,) = scoring
            assert cond.findtext("q:setvar", namespaces=NS) == "100"
            keyed = [item.answer] if item.kind != "multiple_select" else item.answer
            if item.kind == "multiple_select":
                assert el.find(".//q:response_lid", NS).get("rcardinality") == "Multiple"
                chosen = [v.text for v in cond.findall("q:conditionvar/q:and/q:varequal", NS)]
                refused = [v.text for v in cond.findall("q:conditionvar/q:and/q:not/q:varequal", NS)]
                assert chosen == [ids[i] for i in keyed]
                assert sorted(refused) == sorted(i for n, i in enumerate(ids) if n not in keyed)
            else:
                assert [v.text for v in cond.findall("q:conditionvar/q:varequal", NS)] == [ids[item.answer]]
            for n, aid in enumerate(ids):
                assert feedback[f"{aid}_fb"] == option_feedback(item, n in keyed)
        elif item.kind == "matching":
            lids = el.findall(".//q:response_lid", NS)
            assert [lid.findtext("q:material/q:mattext", namespaces=NS) for lid in lids] == \
                [item.prompts[p] for p, _ in item.answer]
            pairs = []
            for lid, cond in zip(lids, scoring, strict=True):
                labels = {lab.get("ident"): lab.findtext(".//q:mattext", namespaces=NS)
                          for lab in lid.findall(".//q:response_label", NS)}
                assert list(labels.values()) == list(item.options)
                var = cond.find("q:conditionvar/q:varequal", NS)
                assert var.get("respident") == lid.get("ident")
                assert cond.find("q:setvar", NS).get("action") == "Add"
                pairs.append((lid.findtext("q:material/q:mattext", namespaces=NS), labels[var.text]))
            assert pairs == [(item.prompts[p], item.options[o]) for p, o in item.answer]
            total = sum(float(c.findtext("q:setvar", namespaces=NS)) for c in scoring)
            assert total == pytest.approx(100, abs=0.02)
            assert feedback["general_fb"] == feedback_text(item)
        elif item.kind == "short_answer":
            (cond,) = scoring
            accepted = [v.text for v in cond.findall("q:conditionvar/q:varequal", NS)]
            assert accepted == list(item.answer)
            assert feedback_text(item) in feedback["general_incorrect_fb"]
        elif item.kind == "open_response":
            assert el.find(".//q:response_str/q:render_fib", NS) is not None
            assert feedback["general_fb"] == feedback_text(item)


def test_rubric_and_model_answer_never_reach_the_students_file_and_are_reported(any_lesson):
    result, zf, ident = _package(any_lesson)
    essay_at = [n for n, i in enumerate(any_lesson.items, 1) if i.kind == "open_response"]
    assert essay_at
    raw = "".join(html_to_text(t) for t in etree.fromstring(zf.read(f"{ident}/{ident}.xml")).itertext())
    for n in essay_at:
        item = any_lesson.items[n - 1]
        for secret in [*(r.description for r in item.rubric), *item.answer]:
            assert html_to_text(secret) not in raw
        assert any(w.startswith(f"Q{n} {item.skill}") and "rubric" in w for w in result.warnings)


def _item_idents(lesson):
    _, zf, ident = _package(lesson)
    doc = etree.fromstring(zf.read(f"{ident}/{ident}.xml"))
    return [el.get("ident") for el in doc.findall(".//q:section/q:item", NS)]


def test_item_idents_differ_across_lessons_with_the_same_item_ids():
    """Canvas keys bank questions by ident course-wide: a template stem repeated in another
    lesson (same item id) must not overwrite the first lesson's question."""
    first = sample_lesson()
    other_article = plain_article(first.article.text.replace("Xinjiang", "Tibet"))
    second = dataclasses.replace(first, article=other_article)
    assert [i.id for i in first.items] == [i.id for i in second.items]
    a, b = _item_idents(first), _item_idents(second)
    assert not set(a) & set(b)
    assert a == _item_idents(sample_lesson())  # stable for the same lesson


def test_item_idents_are_unique_within_a_file_whatever_the_ids():
    lesson = sample_lesson()
    same = tuple(dataclasses.replace(i, id="dup") for i in lesson.items)
    idents = _item_idents(dataclasses.replace(lesson, items=same))
    assert len(set(idents)) == len(idents) == len(lesson.items)


def test_meta_has_article_as_description_and_total_points(any_lesson):
    _, zf, ident = _package(any_lesson)
    meta = etree.fromstring(zf.read(f"{ident}/assessment_meta.xml"))
    assert meta.get("identifier") == ident
    assert meta.findtext("c:title", namespaces=CANVAS) == any_lesson.article.title
    description = meta.findtext("c:description", namespaces=CANVAS)
    assert no_live_markup(description)
    text = html_to_text(description)
    for p in any_lesson.article.paragraphs:
        assert f"¶{p.number} {p.text}" in text
    points = float(meta.findtext("c:points_possible", namespaces=CANVAS))
    assert points == sum(i.points for i in any_lesson.items)
    for tag in ("quiz_type", "scoring_policy", "allowed_attempts", "shuffle_answers"):
        assert meta.find(f"c:{tag}", CANVAS) is not None


def test_hostile_text_never_appears_as_markup():
    _, zf, ident = _package(hostile_lesson())
    raw = zf.read(f"{ident}/{ident}.xml").decode("utf-8")
    assert "</mattext> ]]>" not in raw and "<script>" not in raw
    doc = etree.fromstring(raw.encode("utf-8"))
    first = doc.find(".//q:item", NS)
    assert NASTY in html_to_text(first.findtext("q:presentation/q:material/q:mattext", namespaces=NS))


def test_notes_go_in_the_assessment_qticomment():
    lesson = hostile_lesson()
    _, zf, ident = _package(lesson)
    doc = etree.fromstring(zf.read(f"{ident}/{ident}.xml"))
    assert "note with a {brace}" in doc.findtext("q:assessment/q:qticomment", namespaces=NS)
