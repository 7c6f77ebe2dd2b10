"""The claim ledger drawn on the article: quizgen's analysis spans as marked-up segments."""
from __future__ import annotations

from typing import Any

from quizgen.analysis import analyse
from quizgen.model import CONFIDENT, Analysis, Article
from webapp.db import db, write_transaction
from webapp.models import Lesson as LessonRow

# What each mark means, in legend order: (css class, label, how it looks besides its colour).
LEGEND = (
    ("lg-source", "Source (who says it)", "bold"),
    ("lg-cue", "Cue verb (says, claims, according to)", "italic, boxed"),
    ("lg-content", "Claim content", "dotted underline"),
    ("lg-evidence", "Evidence", "double underline"),
    ("lg-hedge", "Hedge (uncertainty)", "wavy underline"),
    ("lg-judgment", "Unsourced judgment", "dashed outline"),
)


LEDGER_VERSION = 3  # a cached ledger of another version is drawn again (2: entries marked unsure; 3: and why)


def _pair(span: Any) -> list[int] | None:
    return [span.start, span.end] if span is not None else None


def ledger_from_analysis(analysis: Analysis) -> dict[str, Any]:
    """The JSON-ready parts of an Analysis the article view draws."""
    spans: dict[str, list[list[int]]] = {cls: [] for cls, _, _ in LEGEND}
    attributions = []
    for a in analysis.attributions:
        if a.source_span is not None:
            spans["lg-source"].append(_pair(a.source_span))
        if a.cue_span is not None:
            spans["lg-cue"].append(_pair(a.cue_span))
        spans["lg-content"].extend(_pair(s) for s in a.content_spans)
        attributions.append({
            "source": a.source or a.source_text or "(no source)", "kind": a.source_kind, "cue": a.cue,
            "content": a.content, "paragraph": a.paragraph, "direct": a.direct, "certainty": a.certainty,
            # the ledger is not sure it is a claim at all ("wants to", "voted for"), or who the source is, or
            # what kind: the teacher checks before using it (no question is written on such an entry)
            "unsure": min(a.source_confidence, a.kind_confidence, a.claim_confidence) < CONFIDENT,
            "unsure_note": ("check that this is a claim" if a.claim_confidence < CONFIDENT
                            else "check who says this"),
        })
    spans["lg-evidence"] = [_pair(e.span) for e in analysis.evidence]
    spans["lg-hedge"] = [_pair(h.span) for h in analysis.hedges]
    spans["lg-judgment"] = [_pair(j.span) for j in analysis.judgments]
    return {
        "spans": spans,
        "attributions": attributions,
        "evidence": [{"kind": e.kind, "text": e.span.text, "paragraph": e.paragraph, "unsure": e.confidence < CONFIDENT}
                     for e in analysis.evidence],
        "hedges": [{"words": h.words, "text": h.span.text, "paragraph": h.paragraph, "unsure": h.confidence < CONFIDENT}
                   for h in analysis.hedges],
        "judgments": [{"text": j.span.text, "paragraph": j.paragraph} for j in analysis.judgments],
        "version": LEDGER_VERSION,
    }


def ledger_for(row: LessonRow, article: Article) -> dict[str, Any]:
    """The lesson's ledger, analysing once and caching it.

    The analysis runs outside any transaction (it takes a moment); storing the result is a short
    write transaction of its own.
    """
    if row.ledger is not None and row.ledger.get("version") == LEDGER_VERSION:
        return row.ledger
    row_id = row.id
    db.session.commit()  # nothing written: ends the read transaction before the analysis
    ledger = ledger_from_analysis(analyse(article))
    with write_transaction():
        stored = db.session.get(LessonRow, row_id)
        if stored is not None:  # deleted meanwhile: nothing to cache
            stored.ledger = ledger
    return ledger


def segments(
    article: Article, marks: dict[str, list[list[int]]], selected: list[tuple[int, int]] = ()
) -> list[dict[str, Any]]:
    """Each paragraph cut into runs of text that share the same set of marks.

    Returns:
        ``[{"number": 3, "runs": [(text, ["lg-source"]), ...], "selected": bool}, ...]``
    """
    all_marks = [(s, e, cls) for cls, pairs in marks.items() for s, e in pairs if s < e]
    all_marks += [(s, e, "support") for s, e in selected if s < e]
    out = []
    for p in article.paragraphs:
        inside = [(max(s, p.start), min(e, p.end), c) for s, e, c in all_marks if s < p.end and e > p.start]
        cuts = sorted({p.start, p.end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
        runs = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            classes = sorted({c for s, e, c in inside if s <= a and e >= b})
            runs.append((article.text[a:b], classes))
        out.append({"number": p.number, "runs": runs, "selected": any(c == "support" for _, _, c in inside)})
    return out
