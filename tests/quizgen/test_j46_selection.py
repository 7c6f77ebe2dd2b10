"""Lesson selection fixes from the blind judging of stop 46 (baseline lessons on unseen political news)."""
from __future__ import annotations

from factories import EVIDENCE_KIND_OPTIONS as EVIDENCE_OPTIONS
from factories import GAZETTE_SENTENCE as SENTENCE
from factories import SOURCE_KIND_OPTIONS as SOURCE_OPTIONS
from factories import filler_details

from quizgen.generate.base import make_item
from quizgen.generate.lesson import select
from quizgen.model import Support


def _pair(sentence: str, paragraph: int = 3, start: int = 375):
    sup = Support(paragraph, start, start + len(sentence), sentence)
    claim = sentence.split(", according to")[0]
    evidence = make_item("evidence", "multiple_choice", f"¶{paragraph} says: \"{sentence}\" What kind of evidence "
                         f"does this sentence give for the claim \"{claim}\"?", EVIDENCE_OPTIONS, 3, "x", [sup])
    sourcing = make_item("sourcing", "multiple_choice", f"In ¶{paragraph} the article says: \"{sentence}\" What kind "
                         "of source gives this claim?", SOURCE_OPTIONS, 1, "x", [sup])
    return evidence, sourcing


def test_what_kind_of_evidence_and_what_kind_of_source_of_one_sentence_are_never_both_chosen():
    """Judged blind (stop 46): "What kind of evidence does this sentence give for the claim …?" (a report by a
    news outlet) and "What kind of source gives this claim?" (a news outlet) on one sentence: one question
    asked twice, the first answering the second."""
    evidence, sourcing = _pair(SENTENCE)
    for fillers in (filler_details(12), filler_details(6)):  # also in a lesson short of its 10 items
        chosen = select([evidence, sourcing, *fillers], 15)
        assert any(c is evidence for c in chosen) != any(c is sourcing for c in chosen)


def test_evidence_and_source_kinds_of_two_different_sentences_may_both_be_chosen():
    evidence, _ = _pair(SENTENCE)
    other = ("Turnout reached 41 percent in the county, the highest in two decades, according to the Eastport "
             "Herald.")
    _, sourcing = _pair(other, paragraph=7, start=1400)
    chosen = select([evidence, sourcing, *filler_details(6)], 15)
    assert any(c is evidence for c in chosen) and any(c is sourcing for c in chosen)


def test_a_body_the_article_writes_with_the_keeps_it_inside_a_sentence():
    """Judged blind (stop 46): "In ¶1, Associated Press said that …" for "…, the Associated Press declared"."""
    from quizgen.generate.base import source_mid
    from quizgen.model import Attribution

    def said_by(source: str, written: str, kind: str) -> Attribution:
        return Attribution(source, written, None, kind, "said", None, "it rained", (), False, 1)

    assert source_mid(said_by("Associated Press", "the Associated Press", "news_outlet")) == "the Associated Press"
    assert source_mid(said_by("Northfield Gazette", "The Northfield Gazette", "news_outlet")) == \
        "the Northfield Gazette"
    assert source_mid(said_by("Reuters", "Reuters", "news_outlet")) == "Reuters"  # written bare: kept bare
    assert source_mid(said_by("Tom Reed", "Mayor Tom Reed", "person")) == "Tom Reed"


def test_a_name_gap_taken_with_its_possessive_mark_accepts_the_name_without_it():
    """Judged blind (stop 46): "______ lock on young people has been a constant …" accepted only "Bernie
    Sanders'", so "Bernie Sanders" and "Sanders" were marked wrong."""
    from factories import plain_analysis, plain_article
    from test_generate_c_key import _ctx
    from test_generate_judge7a import _ents

    from quizgen.generate.key_detail import _name_forms

    text = ("Young voters stay with the senator\n\n"
            "Marla Haynes' lock on young voters has held through every primary this spring.\n\n"
            "Haynes told students in the harbour town that college should be free.\n")
    article = plain_article(text)
    ents = _ents(text, ["Marla Haynes'"])
    forms = _name_forms(_ctx(article, plain_analysis(article, entities=ents)), ents[0])
    assert {"Marla Haynes'", "Marla Haynes", "Haynes"} <= set(forms)
