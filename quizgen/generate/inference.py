"""Inference: only what the text supports — what a hedge or a relayed report tells the reader."""
from __future__ import annotations

from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    clause_hedges,
    make_item,
    quote,
    shuffled_options,
)
from quizgen.model import Item

SKILL = "inference"


def from_hedge(ctx: Context) -> Item | None:
    """MC: what do the hedge words tell you about a claim? (it is not confirmed)."""
    for sup, words in clause_hedges(ctx.article, ctx.analysis):
        words = words.strip()
        if any(a.source and any(s.start < sup.end and sup.start < s.end for s in a.content_spans)
               for a in ctx.analysis.attributions):
            continue
        stem = (f"¶{sup.paragraph} says: {quote(sup.text, 24)} What do the words \"{words}\" "
                "tell the reader about this claim?")
        keyed = "It has not been confirmed, and the article does not say who made it"
        distractors = [
            "It has been proven by official records",
            "The writer checked it personally",
            "Everyone quoted in the article agrees with it",
        ]
        options, answer = shuffled_options(ctx.rng, keyed, distractors)
        explanation = f"{cite(sup)} — \"{words}\" marks the claim as uncertain and names no source."
        return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup], difficulty="hard")
    return None


def from_relay(ctx: Context) -> Item | None:
    """MC: what does "Reuters reported that X said…" tell the reader? (second-hand)."""
    for a in ctx.analysis.attributions:
        if not a.relay or not a.source:
            continue
        sup = attribution_support(ctx.article, a)
        if sup is None:
            continue
        stem = (f"In ¶{a.paragraph}, the article reports what {a.source} said by citing {a.relay}. "
                "What can you infer from this?")
        keyed = f"The writer learned what {a.source} said from {a.relay}, not first-hand"
        distractors = [
            f"The writer heard {a.source} say it in person",
            f"{a.relay} disagrees with what {a.source} said",
            f"{a.source} wrote the report for {a.relay}",
        ]
        options, answer = shuffled_options(ctx.rng, keyed, distractors)
        return make_item(SKILL, "multiple_choice", stem, options, answer, f"{cite(sup)}.", [sup])
    return None


def generate(ctx: Context) -> list[Item]:
    """Inference candidates (few on purpose: only inferences the text licenses)."""
    if not ctx.allows("multiple_choice"):
        return []
    # Not from_hedge: "what does 'believed to' tell you" is the certainty skill's question, and the
    # two items on one sentence read as a duplicate with a mislabelled skill.
    return [it for it in (from_relay(ctx),) if it]
