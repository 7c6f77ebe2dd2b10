"""Perspective: whose voice is missing, and how far to trust a source (open responses with rubrics)."""
from __future__ import annotations

from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    make_item,
    named,
    plausible_source,
    rubric,
    source_label,
    source_mid,
)
from quizgen.generate.distractors import same_entity
from quizgen.model import Item

SKILL = "perspective"


def _voices(ctx: Context) -> list[str]:
    seen: list[str] = []
    for a in sorted(ctx.analysis.attributions, key=lambda a: (a.source_kind != "person", a.paragraph)):
        label = source_mid(a) if plausible_source(a) else ""
        if label and not any(same_entity(label, s) for s in seen):
            seen.append(label)
    return seen


def missing_voice(ctx: Context) -> Item | None:
    voices = _voices(ctx)
    atts = [a for a in ctx.analysis.attributions if a.source]
    if not atts:
        return None
    sups = [s for s in (attribution_support(ctx.article, a) for a in atts[:2]) if s]
    if not sups:
        return None
    heard = ", ".join(voices[:5]) + (" and others" if len(voices) > 5 else "")
    stem = (f"The article gives the views of {heard}. Whose voice is missing? Name one other person or group "
            "the reporter could have asked, and explain what their account could add.")
    model = ("Answers vary. A strong answer names someone directly affected by the events who is not "
             "quoted, and explains what first-hand knowledge or other side of the story they could give.")
    explanation = "Sources quoted include " + "; ".join(cite(s, 12) for s in sups) + "."
    return make_item(
        SKILL, "open_response", stem, [], [model], explanation, sups, difficulty="hard", points=3,
        rubric=rubric(
            "Names a person or group not heard in the article and explains, citing a ¶, what their account would add.",
            "Names a missing person or group, but the explanation is thin or not tied to the text.",
            "Names a source already in the article, or gives no reason.",
        ),
    )


def trust_source(ctx: Context) -> Item | None:
    counts: dict[str, int] = {}
    for a in ctx.analysis.attributions:
        counts[a.source] = counts.get(a.source, 0) + 1
    ranked = sorted(ctx.analysis.attributions,
                    key=lambda a: (a.source_kind != "person", -counts[a.source], not a.direct, a.paragraph))
    for a in ranked:
        if not named(a) or len(a.content.split()) < 5:
            continue
        sup = attribution_support(ctx.article, a)
        if sup is None:
            continue
        label = source_label(a)
        stem = (f"In ¶{a.paragraph}, {label} makes a claim. Why might {label} want readers to believe it? "
                "Does the article give other evidence for or against it? Use details from the text.")
        model = (f"A strong answer states {label}'s claim, names an interest {label} may have in it, and "
                 "points to evidence elsewhere in the article that supports or challenges it.")
        return make_item(
            SKILL, "open_response", stem, [], [model], f"{cite(sup)}.", [sup], difficulty="hard", points=3,
            rubric=rubric(
                "Explains the source's possible interest and weighs the claim against other evidence, citing ¶s.",
                "Names a possible interest or other evidence, but not both, or without citing the text.",
                "Restates the claim without evaluating it.",
            ),
        )
    return None


def generate(ctx: Context) -> list[Item]:
    """Perspective candidates (open response only)."""
    if not ctx.allows("open_response"):
        return []
    return [it for it in (missing_voice(ctx), trust_source(ctx)) if it]
