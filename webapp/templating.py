"""Template filters and globals, registered once on the app by ``create_app``.

What an item's answer means comes from quizgen's registry of item kinds
(:mod:`quizgen.kinds`), and the export links from :data:`quizgen.export.FORMATS`, so the
templates neither branch on kind names nor keep their own lists.
"""
from __future__ import annotations

from flask import Flask

from quizgen.export import FORMATS, LABELS
from quizgen.kinds import ESSAY, KINDS, keyed_indexes, letter, teacher_graded
from webapp.services.items import key_to_text
from webapp.services.results import answer_text


def kind_label(kind: str) -> str:
    """``multiple_choice`` -> "Multiple choice" (the name itself for an unknown kind)."""
    return KINDS[kind].label if kind in KINDS else kind


def widget(kind: str) -> str:
    """The template partial that renders the answer widget for ``kind``: one per way of answering
    (:attr:`quizgen.kinds.Kind.shape`), so a new kind answered like an existing one needs no
    template; an unknown kind gets a text box, as an open response does."""
    shape = KINDS[kind].shape if kind in KINDS else ESSAY
    return f"student/widgets/{shape}.html"


def register(app: Flask) -> None:
    """Make the helpers available to every template: ``it.kind|kind_label``, ``it|key_text``,
    ``it|keyed`` (keyed option indexes), ``it|answer_text(value)``, ``i|letter``,
    ``it.kind|teacher_graded``, ``it.kind|widget`` (the answer widget's partial) and the
    ``export_formats`` list of (format, label)."""
    app.add_template_filter(kind_label, "kind_label")
    app.add_template_filter(key_to_text, "key_text")
    app.add_template_filter(keyed_indexes, "keyed")
    app.add_template_filter(answer_text, "answer_text")
    app.add_template_filter(letter, "letter")
    app.add_template_filter(teacher_graded, "teacher_graded")
    app.add_template_filter(widget, "widget")
    app.jinja_env.globals["export_formats"] = [(fmt, LABELS[fmt]) for fmt in FORMATS]
