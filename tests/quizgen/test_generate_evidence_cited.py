"""Evidence and corroboration items only where the article makes them sure (all texts constructed):
a document is keyed only when the sentence cites it as the basis of a claim ("according to the
letter", "the records show"), never when a letter is merely mentioned or seen, and never for a
statement or press release; a corroboration item needs two named sources, each with a claim that
is a whole clause."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import corroboration, evidence
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Attribution, Evidence, Span

DOC = evidence.LABELS["document"]


def _span(text, phrase):
    i = text.index(phrase)
    return Span(i, i + len(phrase), phrase)


def _evidence_items(text, phrase, atts=()):
    article = plain_article(text)
    par = text[:text.index(phrase)].count("\n\n")
    analysis = plain_analysis(article, evidence=(Evidence("document", _span(text, phrase), par),),
                              attributions=tuple(atts))
    return evidence.generate(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


def _keyed(items):
    return [it.options[it.answer] for it in items]


def test_a_letter_named_in_an_opening_summary_is_no_document_evidence():
    text = ("Paper answers critics\n\n"
            "The Daily Ledger defended its reporting on the mill in a letter that detailed how each story "
            "was checked before print.\n")
    assert DOC not in _keyed(_evidence_items(text, "a letter"))


def test_a_letter_the_writer_saw_on_a_door_is_no_document_evidence():
    text = ("Empty houses on Elm Street\n\n"
            "A notice about a certified letter on the door showed that the bank had tried to reach the family "
            "in the spring.\n")
    assert DOC not in _keyed(_evidence_items(text, "a certified letter"))


def test_a_press_statement_is_never_keyed_as_a_document():
    text = ("Plant closes\n\n"
            "The statement from Acme Foods described the closure as temporary and blamed a supplier for the "
            "delay.\n")
    src = _span(text, "The statement from Acme Foods")
    content = "the closure as temporary"
    att = Attribution(source="Acme Foods statement", source_text=src.text, source_span=src, source_kind="document",
                      cue="described", cue_span=_span(text, "described"), content=content,
                      content_spans=(_span(text, content),), direct=False, paragraph=1)
    assert DOC not in _keyed(_evidence_items(text, "The statement", [att]))


def test_a_document_cited_as_the_basis_of_a_claim_is_still_asked_about():
    text = ("Council spending\n\n"
            "Court records obtained by the Ledger show that the council paid the builder twice for one "
            "bridge.\n")
    # judged blind (set D): the usual label's words in the stem gave it away; reworded then
    assert _keyed(_evidence_items(text, "Court records")) == [evidence._key_label("Court records show", "document")]


def _att(text, source_text, cue, content, *, kind="person", name=None):
    s = text.index(source_text)
    c = text.index(content, s)
    return Attribution(source=name or source_text, source_text=source_text,
                       source_span=Span(s, s + len(source_text), source_text), source_kind=kind, cue=cue,
                       cue_span=Span(text.index(cue, s), text.index(cue, s) + len(cue), cue),
                       content=content, content_spans=(Span(c, c + len(content), content),), direct=False,
                       paragraph=text[:s].count("\n\n"))


def _corroboration_items(text, atts):
    article = plain_article(text)
    analysis = plain_analysis(article, attributions=tuple(atts))
    return corroboration.generate(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


def test_a_source_label_that_is_no_name_makes_no_corroboration_item():
    text = ("Mill jobs\n\n"
            "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n\n"
            "Five past and current workers denied that the new mill will bring two hundred jobs to the valley.\n")
    atts = [_att(text, "Mayor Ann Lee", "said", "the new mill will bring two hundred jobs to the valley",
                 name="Ann Lee"),
            _att(text, "Five past and current workers", "denied",
                 "the new mill will bring two hundred jobs to the valley", name="Five past and current",
                 kind="unnamed_group")]
    assert _corroboration_items(text, atts) == []


def test_a_background_clause_is_no_claim_to_corroborate():
    text = ("Mill jobs\n\n"
            "Mayor Ann Lee said the mill hired workers during the period when the river was low.\n\n"
            "Union leader Bo Kim denied that the mill hired workers during the period when the river was low.\n")
    atts = [_att(text, "Mayor Ann Lee", "said", "during the period when the river was low", name="Ann Lee"),
            _att(text, "Union leader Bo Kim", "denied", "during the period when the river was low",
                 name="Bo Kim")]
    assert _corroboration_items(text, atts) == []


def test_two_named_people_with_whole_claims_still_make_an_item():
    text = ("Mill jobs\n\n"
            "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n\n"
            "Union leader Bo Kim denied that the new mill will bring two hundred jobs to the valley.\n")
    atts = [_att(text, "Mayor Ann Lee", "said", "the new mill will bring two hundred jobs to the valley",
                 name="Ann Lee"),
            _att(text, "Union leader Bo Kim", "denied", "the new mill will bring two hundred jobs to the valley",
                 name="Bo Kim")]
    items = _corroboration_items(text, atts)
    assert any(it.kind == "multiple_choice" and it.options[it.answer] == corroboration.CONTRADICT for it in items)
