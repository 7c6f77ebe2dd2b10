"""Sourcing: named vs unnamed sources, claims relayed by a news outlet, what kind of source speaks."""
from __future__ import annotations

from quizgen.generate.attribution import usable, who_phrase
from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    make_item,
    norm,
    quote,
    shuffled_options,
    source_label,
)
from quizgen.model import Item

SKILL = "sourcing"
KIND_LABELS = {
    "person": "A person the article names",
    "organisation": "An organisation or government",
    "government": "An organisation or government",
    "news_outlet": "A news outlet",
    "unnamed_group": "A group of people the article does not name",
}
KIND_CHOICES = sorted(set(KIND_LABELS.values()))


def kind_of_source(ctx: Context) -> list[Item]:
    """MC: "Who is the source of the claim that …?" answered by the kind of source."""
    items = []
    seen = set()
    for a in sorted(ctx.analysis.attributions, key=lambda a: (a.source_kind != "unnamed_group", a.paragraph)):
        if not usable(a) or a.relay or a.source_kind not in KIND_LABELS or a.source_kind in seen:
            continue
        sup = attribution_support(ctx.article, a)
        content_sup = a.content_spans[0] if a.content_spans else None
        if sup is None or content_sup is None:
            continue
        seen.add(a.source_kind)
        keyed = KIND_LABELS[a.source_kind]
        distractors = [c for c in KIND_CHOICES if c != keyed]
        options, answer = shuffled_options(ctx.rng, keyed, distractors)
        stem = f"In ¶{a.paragraph}, what kind of source is given for this claim: {quote(a.content, 22)}?"
        explanation = f"{cite(sup)} — the source is {source_label(a)}."
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
    return items


def named_sources(ctx: Context) -> Item | None:
    """Multiple select: which of these sources does the article identify by name?"""
    named_atts, groups = {}, {}
    for a in ctx.analysis.attributions:
        if not usable(a):
            continue
        if a.source_kind == "person" and a.source not in named_atts:
            named_atts[a.source] = a
        elif a.source_kind == "unnamed_group" and norm(a.source) not in groups:
            groups[norm(a.source)] = a
    if not named_atts or not groups:
        return None
    g = [groups[k] for k in sorted(groups)][:2]
    n = [named_atts[k] for k in sorted(named_atts)][: 4 - len(g)]
    if len(g) + len(n) < 4:
        return None
    picked = n + g
    ctx.rng.shuffle(picked)
    options = [source_label(a) for a in picked]
    answer = sorted(i for i, a in enumerate(picked) if a.source_kind == "person")
    sups = [attribution_support(ctx.article, a) for a in picked]
    if any(s is None for s in sups):
        return None
    explanation = "; ".join(
        f"{cite(s, 10)} ({'named' if a.source_kind == 'person' else 'not named'})"
        for s, a in zip(sups, picked, strict=True)
    )
    stem = "Which of these sources does the article identify by name? Choose all that apply."
    return make_item(SKILL, "multiple_select", stem, options, answer, explanation, sups)


def relayed(ctx: Context) -> list[Item]:
    """True/false: the article got a claim from a news outlet's report, not from the speaker."""
    items = []
    for a in ctx.analysis.attributions:
        if not a.relay or not a.source or not usable(a):
            continue
        sup = attribution_support(ctx.article, a)
        if sup is None:
            continue
        body = who_phrase(ctx, a, 14)
        if body is None:
            continue
        stem = f"According to ¶{a.paragraph}, the article's account that {a.source} {body} comes from {a.relay}."
        explanation = f"{cite(sup)} — {a.relay} relays what {a.source} said."
        items.append(make_item(SKILL, "true_false", stem, ["True", "False"], 0, explanation, [sup]))
    return items[:1]


def generate(ctx: Context) -> list[Item]:
    """Sourcing candidates."""
    items: list[Item] = []
    if ctx.allows("multiple_select"):
        it = named_sources(ctx)
        if it:
            items.append(it)
    if ctx.allows("multiple_choice"):
        items += kind_of_source(ctx)
    if ctx.allows("true_false"):
        items += relayed(ctx)
    return items

