"""Evidence kinds a blind judge found wrong (set J7), on constructed texts: a transcript (a recording, a video)
of what was said is a record, a document, whoever published it; never "a report by a news outlet"."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import evidence
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Attribution, Evidence, Span

NEWS = evidence.LABELS["news report"]


def _span(text, phrase):
    i = text.index(phrase)
    return Span(i, i + len(phrase), phrase)


def _keyed_news_report(text, frame, source_text, cue, content):
    """The items of an analysis that calls the frame a news report (as the ledger once did), keyed on it."""
    article = plain_article(text)
    src = _span(text, source_text)
    att = Attribution(source="New York Times", source_text=src.text, source_span=src, source_kind="news_outlet",
                      cue=cue, cue_span=_span(text, cue), content=content, content_spans=(_span(text, content),),
                      direct=False, paragraph=1)
    analysis = plain_analysis(article, attributions=(att,),
                              evidence=(Evidence("news report", _span(text, frame), 1, content, confidence=0.9),))
    items = evidence.generate(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    return [it for it in items if it.options and it.options[it.answer] == NEWS]


def test_a_transcript_a_paper_published_is_no_news_report():
    text = ("Hearing record\n\n"
            "The transcript of the hearing–published by The New York Times–shows that Anna Berg talked about "
            "road repairs and bigger parks.\n")
    frame = "The transcript of the hearing–published by The New York Times–shows"
    assert not _keyed_news_report(text, frame, frame[:-len("–shows")], "shows",
                                  "Anna Berg talked about road repairs and bigger parks")




def test_an_outlets_own_view_is_no_finding_it_reports():
    """Judged blind (stop 46): "On November 18, the New York Daily News suggested the Paris attacks highlight the
    threat …" keyed "Coverage by a newspaper or broadcaster" as evidence for that very view: what a study
    suggests is a finding, what a newspaper suggests is its view."""
    assert evidence.outlet_view("suggested") and evidence.outlet_view("has warned")
    assert evidence.outlet_view("predicted")
    assert not evidence.outlet_view("reported") and not evidence.outlet_view("found")
    assert not evidence.outlet_view("revealed") and not evidence.outlet_view("according to")
