"""Corroboration: which sources agree or conflict (from the analysis' conflicts)."""
from __future__ import annotations

from quizgen.generate.attribution import claim_like, claim_text, matching_pairs, mixes_body_and_person, usable
from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    make_item,
    overlap,
    quote,
    sentence_case,
    shuffled_options,
    source_label,
    source_mid,
)
from quizgen.generate.distractors import same_entity, sources_for_claim
from quizgen.model import Attribution, Item, Support

SKILL = "corroboration"
CONTRADICT = "They contradict each other"
RELATIONS = (
    CONTRADICT,
    "They agree with each other",
    "The second gives evidence for the first",
    "They are the same source saying the same thing twice",
)


def _about_the_same(a: Attribution, b: Attribution) -> bool:
    """Only trust a conflict whose claims visibly meet: shared words, adjacent ¶s, or a critics' reply."""
    critics = any(x.source_kind == "unnamed_group" and "critic" in x.source.lower() for x in (a, b))
    return overlap(a.content, b.content) >= 0.1 or abs(a.paragraph - b.paragraph) <= 1 or critics


def _pairs(ctx: Context) -> list[tuple[Attribution, Attribution, Support, Support]]:
    out = []
    atts = ctx.analysis.attributions
    for c in sorted(ctx.analysis.conflicts, key=lambda c: (c.a, c.b)):
        if not (0 <= c.a < len(atts) and 0 <= c.b < len(atts)):
            continue
        a, b = atts[c.a], atts[c.b]
        if not usable(a) or not usable(b) or same_entity(source_label(a), source_label(b)):
            continue
        if not _about_the_same(a, b):
            continue
        sa, sb = attribution_support(ctx.article, a), attribution_support(ctx.article, b)
        if sa and sb:
            out.append((a, b, sa, sb))
    return out


def _says(a: Attribution) -> str:
    """"critics say", "Hua Chunying says": the verb agrees with the source."""
    return "say" if a.source_kind == "unnamed_group" and source_mid(a).endswith("s") else "says"


def relation(ctx: Context, a: Attribution, b: Attribution, sa: Support, sb: Support) -> Item:
    """MC: how do the two claims relate? (contradict)"""
    stem = (f"{sentence_case(source_mid(a))} {_says(a)} {quote(a.content, 16)} (¶{a.paragraph}), and "
            f"{source_mid(b)} {_says(b)} {quote(b.content, 16)} (¶{b.paragraph}). How do these two claims relate?")
    distractors = list(RELATIONS[1:])
    ctx.rng.shuffle(distractors)
    options, answer = shuffled_options(ctx.rng, CONTRADICT, distractors)
    explanation = f"{cite(sa, 14)}; {cite(sb, 14)} — the sources disagree."
    return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sa, sb])


def matching(ctx: Context, a: Attribution, b: Attribution, sa: Support, sb: Support) -> Item | None:
    """Matching: the two conflicting sources plus one or two others ↔ their claims."""
    picked = [a, b]
    sups = [sa, sb]
    if claim_text(a) is None or claim_text(b) is None or mixes_body_and_person([a], b):
        return None  # "Has described …": a fragment is no claim to match
    for o in sorted(ctx.analysis.attributions, key=lambda o: not claim_like(o)):
        if len(picked) == 4:
            break
        if claim_text(o) is None or mixes_body_and_person(picked, o):
            continue
        if (not usable(o) or any(same_entity(source_label(p), source_label(o)) for p in picked)
                or len(o.content.split()) > 30):
            continue
        if any(overlap(o.content, p.content) >= 0.25 for p in picked) or len(o.content.split()) < 4:
            continue
        if sources_for_claim(ctx, o.content) - {o.source, o.relay}:
            continue
        so = attribution_support(ctx.article, o)
        if so:
            picked.append(o)
            sups.append(so)
    if len(picked) < 3:
        return None
    prompts, options, answer = matching_pairs(ctx, picked)
    stem = (f"{sentence_case(source_mid(a))} and {source_mid(b)} disagree in the article. "
            "Match each source with what it says.")
    explanation = "; ".join(f"{cite(s, 12)} ({p})" for s, p in zip(sups, prompts, strict=True))
    return make_item(SKILL, "matching", stem, options, answer, explanation, sups, difficulty="hard",
                     prompts=prompts)


def agree_tf(ctx: Context, a: Attribution, b: Attribution, sa: Support, sb: Support) -> Item:
    verb = "agree" if b.source_kind == "unnamed_group" else "agrees"
    stem = (f"In ¶{a.paragraph}, {source_mid(a)} {_says(a)} {quote(a.content, 16)}. According to the article, "
            f"{source_mid(b)} (¶{b.paragraph}) {verb} with this.")
    explanation = f"{cite(sa, 14)}; {cite(sb, 14)} — these claims conflict."
    return make_item(SKILL, "true_false", stem, ["True", "False"], 1, explanation, [sa, sb], difficulty="easy")


def generate(ctx: Context) -> list[Item]:
    """Corroboration candidates (none when the article reports no disagreement)."""
    items: list[Item] = []
    for a, b, sa, sb in _pairs(ctx):
        if ctx.allows("multiple_choice"):
            items.append(relation(ctx, a, b, sa, sb))
        if ctx.allows("matching"):
            it = matching(ctx, a, b, sa, sb)
            if it:
                items.append(it)
        if ctx.allows("true_false"):
            items.append(agree_tf(ctx, a, b, sa, sb))
    return items
