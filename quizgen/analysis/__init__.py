"""Analysis: from an Article to its claim ledger and reading facts.

Each body paragraph is parsed once (``nlp.pipe``), so no sentence or quotation crosses a
paragraph; the Docs stay inside this package. Every fact carries a Span whose offsets index
``Article.text``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.analysis.attributions import find_attributions
from quizgen.analysis.conflicts import find_conflicts, find_disputed
from quizgen.analysis.evidence import find_evidence
from quizgen.analysis.hedges import find_hedges
from quizgen.analysis.judgments import find_judgments
from quizgen.analysis.parsed import (
    ParsedParagraph,
    ents_of,
    know_texts,
    parse_article,
    parse_with_title,
    release_docs,
    sents_of,
)
from quizgen.analysis.readability import readability
from quizgen.analysis.summary import rank_main_ideas
from quizgen.analysis.vocabulary import find_quantities, find_vocabulary
from quizgen.model import CONFIDENT, Analysis, Article, Entity, Sentence
from quizgen.nlp import gc_paused

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["analyse", "parse_article"]

HEDGED = 0.85  # a hedge at least this sure makes the claim it sits in "hedged"


def analyse(article: Article, *, nlp: Language | None = None) -> Analysis:
    """Analyse ``article`` (``nlp`` defaults to :func:`quizgen.nlp.load`)."""
    if nlp is None:
        from quizgen import nlp as nlp_module

        nlp = nlp_module.load()
    parsed, title = parse_with_title(article, nlp)
    try:
        return analyse_parsed(article, parsed, title=title)
    finally:
        release_docs(parsed, title)  # the Docs are this call's own: freed now, not left to the collector


def analyse_parsed(article: Article, parsed: list[ParsedParagraph], *,
                   title: ParsedParagraph | None = None) -> Analysis:
    """The analysis of ``article`` from its parsed paragraphs (and headline), the collector paused."""
    with gc_paused():
        return _analyse_parsed(article, parsed, title)


def _analyse_parsed(article: Article, parsed: list[ParsedParagraph], title: ParsedParagraph | None) -> Analysis:
    know_texts(parsed)
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for pp in parsed:
        for sent in sents_of(pp.doc):
            sentences.append(Sentence(pp.span(sent.start_char, sent.end_char), pp.number, len(sentences)))
        for ent in ents_of(pp.doc):
            span = pp.span(ent.start_char, ent.end_char)  # its text is ent.text, sliced (spaCy joins tokens)
            entities.append(Entity(span.text, ent.label_, span, pp.number))
    found = find_attributions(article, parsed, title=title)
    # hedges, evidence, judgments and conflicts read the sure claims only: an unsure entry (a stance,
    # a plan, a headline) is listed in the ledger but changes nothing else
    sure_at = [i for i, a in enumerate(found) if a.claim_confidence >= CONFIDENT]
    attributions = [found[i] for i in sure_at]
    hedges = find_hedges(parsed, attributions)
    evidence = find_evidence(parsed, attributions)
    judgments = find_judgments(parsed, attributions, hedges)
    conflicts = find_conflicts(attributions)
    # a claim another source contradicts is disputed, whatever its wording
    disputed = {i for c in conflicts for i in (c.a, c.b)} | find_disputed(attributions)
    attributions = [replace(a, certainty="disputed") if i in disputed else a for i, a in enumerate(attributions)]
    # a claim a sure hedge sits in ("said the minister reportedly took bribes") is hedged
    for h in hedges:
        if h.claim is not None and h.confidence >= HEDGED and attributions[h.claim].certainty == "attributed":
            attributions[h.claim] = replace(attributions[h.claim], certainty="hedged", hedge=h.words)
    for i, a in zip(sure_at, attributions, strict=True):
        found[i] = a
    attributions = found
    if len(sure_at) < len(found):  # indexes into the sure claims become indexes into them all
        hedges = [replace(h, claim=sure_at[h.claim]) if h.claim is not None else h for h in hedges]
        conflicts = [replace(c, a=sure_at[c.a], b=sure_at[c.b]) for c in conflicts]
    return Analysis(
        sentences=tuple(sentences),
        entities=tuple(entities),
        attributions=tuple(attributions),
        evidence=tuple(evidence),
        hedges=tuple(hedges),
        judgments=tuple(judgments),
        conflicts=tuple(conflicts),
        quantities=tuple(find_quantities(parsed)),
        vocabulary=tuple(find_vocabulary(parsed)),
        readability=readability(article),
        main_ideas=tuple(rank_main_ideas(article, sentences)),
    )
