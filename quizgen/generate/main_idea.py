"""Main idea: the sentence that best sums up the article, among true but narrower details."""
from __future__ import annotations

from quizgen.generate.base import (
    Context,
    as_option,
    cite,
    in_quotation,
    make_item,
    overlap,
    shuffled_options,
    support_span,
)
from quizgen.generate.distractors import length_matched
from quizgen.model import Item

SKILL = "main_idea"


def generate(ctx: Context) -> list[Item]:
    """One MC item: the top-ranked main-idea sentence vs detail sentences from later paragraphs."""
    if not ctx.allows("multiple_choice") or not ctx.analysis.main_ideas:
        return []
    plain = [s for s in ctx.analysis.main_ideas
             if not s.span.text.lower().startswith("according to") and not in_quotation(ctx.article, s.span.start)]
    best = (plain or list(ctx.analysis.main_ideas))[0]
    sup = support_span(ctx.article, best.span)
    if sup is None:
        return []
    keyed = as_option(best.span.text, 24)
    top = {s.index for s in ctx.analysis.main_ideas}
    n_par = len(ctx.article.paragraphs)
    pool = []
    for s in ctx.analysis.sentences:
        text = s.span.text.strip()
        if s.index in top or s.paragraph <= max(1, n_par // 3) or len(text.split()) < 8:
            continue
        if text[:1] in "\"“'‘" or in_quotation(ctx.article, s.span.start) or "\"" in text or "“" in text:
            continue
        if overlap(text, best.span.text) >= 0.3:
            continue
        pool.append(as_option(text, 24))
    pool = sorted(set(pool))
    ctx.rng.shuffle(pool)
    distractors = length_matched(keyed, pool, 3, ratio=1.5)
    if len(distractors) < 3:
        return []
    options, answer = shuffled_options(ctx.rng, keyed, distractors)
    explanation = (f"{cite(sup, 30)} — this sums up the whole article; the other sentences are "
                   "details from later paragraphs.")
    stem = "Which sentence best states the main idea of the article?"
    return [make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup])]
