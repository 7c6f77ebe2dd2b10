"""Corroboration: which sources agree or conflict (from the analysis' conflicts)."""
from __future__ import annotations

import re

from quizgen.generate.attribution import claim_like, claim_text, matching_pairs, mixes_body_and_person, usable
from quizgen.generate.base import (
    STOPWORDS,
    Context,
    attribution_support,
    cite,
    make_item,
    overlap,
    quote,
    sentence_at,
    sentence_case,
    shuffled_options,
    source_label,
    source_mid,
    unquote,
)
from quizgen.generate.distractors import same_entity, sources_for_claim
from quizgen.model import CONFIDENT, Attribution, Item, Support

SKILL = "corroboration"
CONTRADICT = "They contradict each other"
RELATIONS = (
    CONTRADICT,
    "They agree with each other",
    "The second gives evidence for the first",
    "They are the same source saying the same thing twice",
)


_DENIAL_CUES = frozenset(
    "deny denied denies denying reject rejects rejected rejecting dispute disputed disputes disputing refute "
    "refuted refutes rebut rebuts rebutted dismiss dismissed dismisses contradict contradicted contradicts".split())
_AUX = frozenset(
    "is are was were has have had will would can could should may might must did does do won't can't isn't "
    "aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't don't doesn't didn't".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _stem(word: str) -> str:
    return word.lower().strip("'’-")[:5]


def _content_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2}


def _subject_head(content: str) -> str:
    """The head of the claim's subject, when it is plain: the last content word before the first
    auxiliary within its first eight words ("the new river bridge will open" -> "bridg"), else ""."""
    words = [w.strip(",;:\"“”'‘’()").lower() for w in unquote(content).split()[:8]]
    for i, w in enumerate(words):
        if w in _AUX:
            head = [x for x in words[:i] if x and x not in STOPWORDS and x.isalpha()]
            return _stem(head[-1]) if head else ""
    return ""


def _names_in(ctx: Context, a: Attribution) -> set[str]:
    """The names (people, bodies, places) written inside a claim, by their words."""
    out: set[str] = set()
    for e in ctx.analysis.entities:
        if e.label in _NAME_LABELS and any(s.start <= e.span.start and e.span.end <= s.end for s in a.content_spans):
            out |= {_stem(w) for w in _WORD.findall(e.text) if w.lower() not in STOPWORDS}
    return out


def _denial(a: Attribution) -> bool:
    return bool(a.cue.split()) and a.cue.lower().split()[-1] in _DENIAL_CUES


def about_the_same(ctx: Context, a: Attribution, b: Attribution) -> bool:
    """Are the two claims plainly about one thing, so that "do they agree?" has an answer: the
    later one denies the earlier (the ledger's conflict, with a denial cue), or both have the same
    subject (one subject head, or one name written in both) and share a word of what they say
    about it. A bridge's opening and parking meters, linked only as a speaker and her critics in
    one paragraph, are no contradiction a reader can check. Claims sharing most of their words
    ("there were no human rights abuses" / "a wide range of human rights abuses") are about one
    thing too."""
    if _denial(b) and abs(a.paragraph - b.paragraph) <= 1:
        return True
    wa, wb = _content_stems(a.content), _content_stems(b.content)
    shared = wa & wb
    if len(shared) >= 3 and len(shared) >= 0.4 * min(len(wa), len(wb)):
        return True  # "no human rights abuses taking place" / "human rights abuses … taking place"
    head_a, head_b = _subject_head(a.content), _subject_head(b.content)
    names = _names_in(ctx, a) & _names_in(ctx, b)
    subject = ({head_a} if head_a and head_a == head_b else set()) | names
    if not subject:
        return False
    return bool(shared - subject)


def _pairs(ctx: Context) -> list[tuple[Attribution, Attribution, Support, Support]]:
    out = []
    atts = ctx.analysis.attributions
    for c in sorted(ctx.analysis.conflicts, key=lambda c: (c.a, c.b)):
        if not (0 <= c.a < len(atts) and 0 <= c.b < len(atts)):
            continue
        a, b = atts[c.a], atts[c.b]
        if not usable(a) or not usable(b) or same_entity(source_label(a), source_label(b)):
            continue
        if min(a.source_confidence, b.source_confidence) < CONFIDENT:
            continue  # both speakers sure
        if a.paragraph == b.paragraph and sentence_at(ctx.analysis, a.content_spans[0].start) == \
                sentence_at(ctx.analysis, b.content_spans[0].start):
            continue  # judged blind: "Ted Cruz says" cut out of Christie's own sentence is no second claim
        if not about_the_same(ctx, a, b):
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
