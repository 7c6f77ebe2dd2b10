""""Which of these did the Associated Press say?": a body the article names with "the" keeps it in the stem."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.generate.attribution import _with_article
from quizgen.generate.base import Context
from quizgen.model import Attribution

TEXT = ("Title\n\nThe Associated Press reported that the dam would open in May. Officials at Acme Corp said "
        "the plan was on time. The Associated Press said the cost had doubled.\n")


def _att(source: str, kind: str) -> Attribution:
    return Attribution(source=source, source_text=source, source_span=None, source_kind=kind, cue="said",
                       cue_span=None, content="x", content_spans=(), direct=False, paragraph=1)


def _ctx():
    return Context(plain_article(TEXT), None, random.Random(1), frozenset())  # type: ignore[arg-type]


def test_a_body_written_with_the_keeps_it() -> None:
    assert _with_article(_ctx(), _att("Associated Press", "news_outlet"), "Associated Press") == "the Associated Press"


def test_a_body_written_without_the_and_a_person_stay_as_they_are() -> None:
    assert _with_article(_ctx(), _att("Acme Corp", "organisation"), "Acme Corp") == "Acme Corp"
    assert _with_article(_ctx(), _att("Press", "person"), "Press") == "Press"
