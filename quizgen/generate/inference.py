"""Inference: only what the text supports — what a hedge or a relayed report tells the reader."""
from __future__ import annotations

import re

from quizgen import wordnet
from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    clause_hedges,
    make_item,
    name_re,
    named,
    quote,
    sentence_case,
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


# a relay named by a common noun is data or a document, not someone passing on a person's words
_NOT_OUTLET = re.compile(r"\b(?:polls?|surveys?|data|figures|numbers|statistics|records?|documents?|reports?|"
                         r"studies|study|filings?|disclosures?|letters?|statements?|results?|estimates?|"
                         r"analys[ie]s|research|court|ruling)\b", re.I)
_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+")


def relay_name(ctx: Context, relay: str) -> str | None:
    """How a relaying outlet is named inside a sentence, as the article writes it mid-sentence
    ("Reuters", "The Huffington Post"); None when it is not surely a named outlet: a common noun
    ("Polls", "a report") or a name the article only writes at a sentence start."""
    name = " ".join(relay.split())
    if not name or _NOT_OUTLET.search(name) or not all(w[:1].isupper() or w.lower() in ("of", "the", "and")
                                                         for w in name.split()):
        return None
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    # never the bare name inside "The Ledger notes" (after a capital "The" at a sentence start)
    m = name_re(r"(?<=[a-z0-9,;:] )(?<![Tt]he )((?:[Tt]he )?" + re.escape(bare) + r")\b").search(ctx.article.text)
    if m:
        return m.group(1)
    # written only at a sentence start ("Reuters reported …"): a name only when no word of it is a
    # dictionary word or written in lower case in the article ("Reuters", not "Polls")
    wn = wordnet.load()
    lower = set(re.findall(r"\b[a-z][\w'’-]+", ctx.article.text))
    if wn is None or not re.fullmatch(r"[A-Z][\w'’-]+", bare):
        return None
    w = bare.lower()
    if w in lower or any(wn.senses(w, pos) for pos in wordnet.POS_FILES):
        return None
    return bare


def relayed_only(ctx: Context, source: str, relay: str) -> bool:
    """Does every paragraph that names the source (by surname) also name the relay ("the Journal")?
    When the writer reports the person's words in a paragraph of its own, the relay is not surely
    where the writer learned them."""
    surname = source.split()[-1] if source.split() else ""
    mark = re.sub(r"^the\s+", "", relay, flags=re.I).split()[-1:]
    if len(surname) < 3 or not mark:
        return False
    found = False
    for p in ctx.article.paragraphs:
        if name_re(rf"\b{re.escape(surname)}\b").search(p.text):
            found = True
            if not name_re(rf"\b{re.escape(mark[0])}\b").search(p.text):
                return False
    return found


def from_relay(ctx: Context) -> Item | None:
    """MC: what does "Reuters reported that X said…" tell the reader? (second-hand). Only for a
    named person's words passed on by a named outlet: polls or figures "about" someone relay no
    one's words, and the options would be absurd ("Polls disagrees with what Sanders said")."""
    for a in ctx.analysis.attributions:
        if not a.relay or not named(a) or a.source_kind != "person" or not _PERSON_NAME.fullmatch(a.source):
            continue
        relay = relay_name(ctx, a.relay)
        if relay is None or not relayed_only(ctx, a.source, relay):
            continue  # the writer reports the person's words directly elsewhere: "not first-hand" is unsure
        sup = attribution_support(ctx.article, a)
        if sup is None:
            continue
        stem = (f"In ¶{a.paragraph}, the article reports what {a.source} said by citing {relay}. "
                "What can you infer from this?")
        keyed = f"The writer learned what {a.source} said from {relay}, not first-hand"
        # never "the outlet disagrees with X" (judged blind: an editorial quoting X to rebut X does)
        distractors = [
            f"The writer heard {a.source} say it in person",
            f"{a.source} said it to the writer in an interview",
            f"{sentence_case(relay)} has proved that what {a.source} said is true",
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
