"""Evidence items on a claim the sentence credits to a document or a study with "according to …" (all texts
constructed): the citing phrase is the document's, not a person's words, so testimony, an expert's opinion
and a news outlet's report are plainly not the evidence; a person speaking in the same sentence keeps them out."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import evidence
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Evidence, Span

DOC = evidence.LABELS["document"]
STUDY = evidence.LABELS["study/report"]


def _items(text, phrase, kind):
    article = plain_article(text)
    i = text.index(phrase)
    par = text[:i].count("\n\n")
    analysis = plain_analysis(article, evidence=(Evidence(kind, Span(i, i + len(phrase), phrase), par),))
    return evidence.generate(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


RECORDS = ("Bakery owner gave to campaign\n\n"
           "Lena Brook registered the bakery in Dorne County in 2011, according to state business records.\n")


def test_a_claim_according_to_records_is_asked_as_a_document():
    items = _items(RECORDS, "according to state business records", "document")
    assert len(items) == 1
    it = items[0]
    assert it.options[it.answer] == DOC
    assert "Lena Brook registered the bakery in Dorne County in 2011" in it.stem
    wrong = {o for k, o in enumerate(it.options) if k != it.answer}
    assert wrong <= {evidence.LABELS[k] for k in ("testimony", "expert", "news report", "observation")}
    assert "according to state business records" in it.support[0].text


def test_a_person_speaking_in_the_sentence_keeps_the_people_kinds_out():
    text = RECORDS.replace("according to state business records.",
                           "according to state business records, her lawyer said.")
    assert not _items(text, "according to state business records", "document")


POLL = ("Race tightens\n\n"
        "Ann Lee leads Tom Hale in the race for mayor of Dorne, according to the results of a Valley University "
        "poll released on Wednesday.\n")


def test_a_claim_according_to_a_named_poll_is_asked_as_a_study():
    items = _items(POLL, "according to the results of a Valley University poll", "study/report")
    assert len(items) == 1
    it = items[0]
    assert it.options[it.answer] in evidence._KEY_LABELS["study/report"]
    assert "Ann Lee leads Tom Hale in the race for mayor of Dorne" in it.stem
    wrong = {o for k, o in enumerate(it.options) if k != it.answer}
    assert wrong <= {evidence.LABELS[k] for k in ("testimony", "official statement", "observation")}


def test_no_news_report_distractor_beside_a_broadcaster_named_in_the_sentence():
    text = RECORDS.replace("in Dorne County in 2011,", "beside the Channel 9 News studio in Dorne in 2011,")
    items = _items(text, "according to state business records", "document")
    assert items and evidence.LABELS["news report"] not in items[0].options
