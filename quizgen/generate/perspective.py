"""Perspective: whose voice is missing, and how far to trust a source (open responses with rubrics)."""
from __future__ import annotations

import re

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


# People an article is often about without quoting them.
_AFFECTED = ("residents", "detainees", "inmates", "prisoners", "families", "parents", "children", "students",
             "teachers", "workers", "employees", "patients", "doctors", "nurses", "refugees", "migrants",
             "asylum seekers", "claimants", "victims", "survivors", "villagers", "farmers", "voters",
             "citizens", "consumers", "customers", "users", "women", "girls", "minorities", "communities",
             "manufacturers", "businesses", "officials", "police", "soldiers", "protesters", "volunteers",
             "scientists", "experts", "researchers", "judges", "lawyers", "opponents", "supporters")


_AFFECTED_RE = re.compile(r"\b(" + "|".join(re.escape(g) for g in _AFFECTED) + r")\b")


def _unheard(ctx: Context, voices: list[str]) -> list[tuple[str, int]]:
    """Groups the article mentions but never quotes ("Xinjiang residents", ¶5), most affected first."""
    heard = " ".join(v.lower() for v in voices) + " " + " ".join(
        a.source_text.lower() for a in ctx.analysis.attributions)
    first: dict[str, tuple[str, int]] = {}  # group -> (label, paragraph) of its first mention
    for sent in ctx.analysis.sentences:
        text = sent.span.text
        for m in _AFFECTED_RE.finditer(text.lower()):
            group = m.group(1)
            if group in first or group in heard:
                continue
            before = text[:m.start()].split()[-2:]
            prefix = " ".join(w for w in before if w[:1].isupper() and w.isalpha() and w.lower() not in
                              ("the", "a", "an", "and", "but", "of", "in", "on", "for", "some", "many"))
            first[group] = ((prefix + " " if prefix else "") + group, sent.paragraph)
    return [first[g] for g in _AFFECTED if g in first][:2]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def missing_voice(ctx: Context) -> Item | None:
    voices = _voices(ctx)
    atts = [a for a in ctx.analysis.attributions if a.source]
    if not atts:
        return None
    sups = [s for s in (attribution_support(ctx.article, a) for a in atts[:2]) if s]
    if not sups:
        return None
    if not voices:
        return None
    heard = ", ".join(voices[:5]) + ", and others" if len(voices) > 5 else _join(voices)
    stem = (f"The article gives the views of {heard}. Whose voice is missing? Name one other person or group "
            "the reporter could have asked, and explain what their account could add.")
    unheard = _unheard(ctx, voices)
    if unheard:
        examples = _join([f"{g} (mentioned in ¶{p})" for g, p in unheard])
        model = (f"Answers vary. For example: {examples} appear in the article but are never quoted; "
                 "a strong answer names such a group and explains what first-hand knowledge or other side "
                 "of the story they could give.")
    else:
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
        claim = a.content if len(a.content) <= 140 else a.content[:140].rsplit(" ", 1)[0] + "…"
        stem = (f"In ¶{a.paragraph}, {label} says: “{claim}” Why might {label} want readers to believe "
                "this? Does the article give other evidence for or against it? Use details from the text.")
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
