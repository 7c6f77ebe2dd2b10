"""Evidence: what kind of evidence the article offers, and which kinds it offers at all."""
from __future__ import annotations

from quizgen.generate.base import (
    Context,
    cite,
    in_quotation,
    make_item,
    quote,
    sentence_at,
    shuffled_options,
    support_span,
)
from quizgen.model import EVIDENCE_KINDS, Item

SKILL = "evidence"
LABELS = {
    "statistic": "A statistic (a number or measurement)",
    "study/report": "A study or report",
    "document": "A document, such as a letter or statement on paper",
    "testimony": "First-hand testimony from people involved",
    "official statement": "A statement by an official",
    "expert": "The opinion of an expert",
    "news report": "A report by a news outlet",
    "observation": "Something the reporter observed",
}
# kinds a careful reader could mix up: never offered as each other's distractors
CONFUSABLE = {
    "statistic": {"study/report"},
    "study/report": {"statistic", "expert", "document", "news report"},
    "document": {"official statement", "study/report"},
    "testimony": {"observation", "official statement"},
    "official statement": {"document", "testimony", "expert"},
    "expert": {"study/report", "official statement"},
    "news report": {"study/report", "observation"},
    "observation": {"testimony", "news report"},
}


def kind_question(ctx: Context) -> list[Item]:
    """MC: "What kind of evidence is this?" over one piece of evidence per kind."""
    items, seen = [], set()
    for ev in sorted(ctx.analysis.evidence, key=lambda e: (e.paragraph, e.span.start)):
        if ev.kind in seen or ev.kind not in LABELS:
            continue
        sent = sentence_at(ctx.analysis, ev.span.start)
        sup = support_span(ctx.article, sent.span if sent else ev.span)
        if sup is None or len(sup.text.split()) < 5 or in_quotation(ctx.article, ev.span.start):
            continue
        if ev.kind == "statistic" and not any(ch.isdigit() for ch in ev.span.text):
            continue
        seen.add(ev.kind)
        here = {e.kind for e in ctx.analysis.evidence if sup.start <= e.span.start < sup.end}
        pool = sorted(k for k in EVIDENCE_KINDS if k not in here | {ev.kind} | CONFUSABLE[ev.kind])
        ctx.rng.shuffle(pool)
        options, answer = shuffled_options(ctx.rng, LABELS[ev.kind], [LABELS[k] for k in pool[:3]])
        stem = f"¶{ev.paragraph} says: {quote(sup.text, 28)} What kind of evidence does this sentence offer?"
        explanation = f"{cite(sup)} — this is {LABELS[ev.kind][0].lower()}{LABELS[ev.kind][1:]}."
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
    return items


def kinds_offered(ctx: Context) -> Item | None:
    """Multiple select: which kinds of evidence does the article offer? (2–3 offered, 2 not)."""
    present: dict[str, object] = {}
    for ev in sorted(ctx.analysis.evidence, key=lambda e: e.span.start):
        sup = support_span(ctx.article, ev.span)
        if sup and ev.kind in LABELS and ev.kind not in present:
            present[ev.kind] = sup
    if len(present) < 2:
        return None
    keyed = sorted(present)[:3]
    ctx.rng.shuffle(keyed)
    keyed = keyed[: max(2, min(3, len(keyed)))]
    # absent kinds least likely to be missed by the analysis: documents and observations are rare
    absent = [k for k in ("document", "observation", "expert", "testimony", "statistic") if k not in present]
    if len(absent) < 2:
        return None
    chosen = keyed + absent[:2]
    ctx.rng.shuffle(chosen)
    options = [LABELS[k] for k in chosen]
    answer = sorted(i for i, k in enumerate(chosen) if k in present)
    sups = [present[k] for k in chosen if k in present]
    explanation = "; ".join(f"{cite(s, 10)} ({k})" for k, s in zip([k for k in chosen if k in present], sups, strict=True))
    stem = "Which kinds of evidence does the article offer? Choose all that apply."
    return make_item(SKILL, "multiple_select", stem, options, answer, explanation, sups, difficulty="hard")


def generate(ctx: Context) -> list[Item]:
    """Evidence candidates."""
    items: list[Item] = []
    if ctx.allows("multiple_choice"):
        items += kind_question(ctx)
    if ctx.allows("multiple_select"):
        it = kinds_offered(ctx)
        if it:
            items.append(it)
    return items
