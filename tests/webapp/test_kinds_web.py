"""The web app reads item kinds and export formats from quizgen's registries, not its own lists."""
from __future__ import annotations

import re

import lxml.html
from wa_helpers import item_uids, join, marked_lesson, sign_in

from quizgen.export import FORMATS, LABELS
from quizgen.kinds import KINDS, keyed_indexes
from webapp.templating import widget


def test_template_helpers_are_registered_once_on_the_app(app):
    for name in ("kind_label", "key_text", "keyed", "answer_text", "letter", "teacher_graded", "widget"):
        assert name in app.jinja_env.filters
    assert app.jinja_env.globals["export_formats"] == [(f, LABELS[f]) for f in FORMATS]


def test_lesson_page_links_every_export_format_of_quizgen(client, world):
    sign_in(client, world["a"])
    page = client.get(f"/lessons/{world['lesson']}").get_data(as_text=True)
    links = re.findall(rf"/lessons/{world['lesson']}/export/(\w+)", page)
    assert links == list(FORMATS)
    for fmt in FORMATS:
        assert LABELS[fmt] in page


def test_review_marks_the_registrys_key_for_every_kind(client, world, sample_lesson):
    stored = marked_lesson(sample_lesson)  # what the world fixture saved
    sign_in(client, world["a"])
    html = client.get(f"/lessons/{world['lesson']}/review").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    entries = doc.xpath("//li[contains(@class, 'review-item')]")
    assert len(entries) == len(stored.items)
    for entry, item in zip(entries, stored.items, strict=True):
        assert KINDS[item.kind].label in entry.text_content()
        options = entry.xpath(".//ol[@class='options']/li")
        marked = [i for i, li in enumerate(options) if "keyed" in (li.get("class") or "")]
        assert marked == keyed_indexes(item)
        key_line = " ".join(p.text_content() for p in entry.xpath(".//p[strong='Key:']"))
        if not keyed_indexes(item):  # matching, short answer, open response: the key in words
            assert " ".join(KINDS[item.kind].key_field(item).split()) in " ".join(key_line.split())
        else:
            assert key_line == ""


def test_every_kind_has_an_answer_widget_partial_and_an_unknown_kind_gets_a_text_box(app):
    for name in KINDS:
        app.jinja_env.get_template(widget(name))  # raises TemplateNotFound if missing
    assert widget("essay_kind_from_the_future") == widget("open_response")


# How each kind's answer widget looks on the quiz page: (tag, type) of its controls.
WIDGETS = {
    "multiple_choice": ("input", "radio"), "true_false": ("input", "radio"),
    "multiple_select": ("input", "checkbox"), "matching": ("select", None),
    "short_answer": ("input", "text"), "open_response": ("textarea", None),
}


def test_the_quiz_page_draws_each_kinds_widget_from_its_partial(client, app, world):
    uids = item_uids(app, world["quiz"])
    assert set(uids) == set(KINDS)  # the sample lesson has every kind
    join(client, world["code"])
    doc = lxml.html.fromstring(client.get(f"/q/{world['code']}").get_data(as_text=True))
    for kind, uid in uids.items():
        box = doc.get_element_by_id(f"item-{uid}")
        controls = [c for c in box.xpath(".//input|.//select|.//textarea") if c.get("type") != "hidden"]
        tag, kind_type = WIDGETS[kind]
        assert controls, kind
        assert all(c.tag == tag and c.get("type") == kind_type for c in controls), kind
        assert all(c.get("name", "").startswith(f"q-{uid}") for c in controls), kind
