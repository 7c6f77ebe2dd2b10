"""The ledger view marks the entries the ledger is unsure of, so a teacher checks them first."""
from __future__ import annotations

from dataclasses import replace

import pytest
from wa_helpers import make_teacher, sign_in, store

from quizgen.model import Analysis, Attribution, Readability, Span
from webapp.services.ledger import ledger_from_analysis


def _claim(source_confidence: float, kind_confidence: float) -> Attribution:
    return Attribution(source="Anna Berg", source_text="she", source_span=Span(0, 3, "she"), source_kind="person",
                       cue="said", cue_span=Span(4, 8, "said"), content="the bridge is safe",
                       content_spans=(Span(9, 27, "the bridge is safe"),), direct=False, paragraph=1,
                       source_confidence=source_confidence, kind_confidence=kind_confidence)


def test_entries_below_the_confidence_bar_are_marked_unsure():
    empty = Analysis(sentences=(), entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                     conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 100, 5, 1),
                     main_ideas=())
    sure, unsure_who, unsure_kind = _claim(0.95, 0.95), _claim(0.6, 0.95), _claim(0.95, 0.6)
    ledger = ledger_from_analysis(replace(empty, attributions=(sure, unsure_who, unsure_kind)))
    assert [a["unsure"] for a in ledger["attributions"]] == [False, True, True]


@pytest.fixture
def stored(app, sample_lesson):
    with app.app_context():
        t = make_teacher()
        return {"t": t.id, "lesson": store(sample_lesson, t).id}


def test_the_lesson_page_shows_the_unsure_mark(client, stored):
    sign_in(client, stored["t"])
    page = client.get(f"/lessons/{stored['lesson']}").get_data(as_text=True)
    assert "Who claims what" in page
    # the seed article gives some claims to "he" (a pronoun resolution, below the bar), others by name
    assert page.count("unsure: check who says this") >= 1
    assert page.count("<li><a href=\"#p") > page.count("unsure: check who says this")


def test_an_entry_that_may_not_be_a_claim_says_so():
    empty = Analysis(sentences=(), entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                     conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 100, 5, 1),
                     main_ideas=())
    sure = _claim(0.95, 0.95)
    broad = replace(sure, cue="wants to", claim_confidence=0.5)  # "Berg wants to rebuild the bridge"
    ledger = ledger_from_analysis(replace(empty, attributions=(sure, broad)))
    assert [a["unsure"] for a in ledger["attributions"]] == [False, True]
    assert ledger["attributions"][1]["unsure_note"] == "check that this is a claim"


def test_a_headline_claim_is_listed_as_the_headline(app, client, stored):
    from webapp.db import db
    from webapp.models import Lesson as LessonRow
    from webapp.services.ledger import LEDGER_VERSION

    entry = {"source": "Mayor Anna Berg", "kind": "person", "cue": "Says", "content": "Bridge Is Safe",
             "paragraph": 0, "direct": False, "certainty": "attributed", "unsure": True,
             "unsure_note": "check that this is a claim"}
    with app.app_context():
        row = db.session.get(LessonRow, stored["lesson"])
        row.ledger = {"spans": {}, "attributions": [entry], "evidence": [], "hedges": [], "judgments": [],
                      "version": LEDGER_VERSION}
        db.session.commit()
    sign_in(client, stored["t"])
    page = client.get(f"/lessons/{stored['lesson']}").get_data(as_text=True)
    assert "<li>Headline <strong>Mayor Anna Berg</strong>" in page
    assert 'href="#p0"' not in page
    assert "unsure: check that this is a claim" in page
