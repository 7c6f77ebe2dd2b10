"""Sequence: which of several dated events in the article happened first."""
from __future__ import annotations

import re

from quizgen.generate.base import (
    Context,
    cite,
    in_quotation,
    make_item,
    sentence_at,
    sentence_case,
    shuffled_options,
    support_span,
    truncate,
)
from quizgen.generate.key_detail import cut_sentence
from quizgen.model import Item, Support

SKILL = "sequence"
MONTHS = ("january february march april may june july august september october november december").split()
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_LEAD = re.compile(r"^(?:on|in|back on|by|since|from|between|until|,|\s)+", re.I)
_DEPENDENT = re.compile(r"^(?:and|but|or|so|that|which|who|when|where|while|as|because|after|before|until|"
                        r"since|of|to|for|with)\b", re.I)
_FUTURE = re.compile(r"\b(will|would|plans?|scheduled|expected)\b", re.I)


def _date_key(text: str) -> tuple[int, int, int] | None:
    m = _YEAR.search(text)
    if not m:
        return None
    low = text.lower()
    month = next((i + 1 for i, name in enumerate(MONTHS) if name in low), 0)
    day_m = re.search(r"\b([0-3]?\d)\b(?!\d)", _YEAR.sub("", text))
    day = int(day_m.group(1)) if day_m and month else 0
    return (int(m.group(1)), month, day)


def _event(sentence: str, date_text: str) -> str | None:
    """The sentence with its date phrase removed, as a short option: only a whole clause (the date
    at the sentence's start or end, nothing cut), else None."""
    i = sentence.find(date_text)
    if i < 0:
        return None
    head = re.sub(r"\b(?:on|in|back on|back in|by|since|from|early|late|during|of)\s*$", "", sentence[:i],
                  flags=re.I).strip(" ,")
    tail = sentence[i + len(date_text):].strip(" ,.;:!")
    if head and tail:
        return None  # "… which in 2015 was …": cutting the date out leaves a fragment
    if len(sentence.split()) > 18 or re.search(r"[;:\"“”(]", sentence):
        return None  # a long sentence would be cut mid-phrase
    before, after = sentence[:i].rstrip(), sentence[i + len(date_text):]
    before = re.sub(r"\b(?:on|in|back on|back in|by|since|from)\s*$", "", before, flags=re.I).rstrip(" ,")
    after = _LEAD.sub("", after) if not before else after
    text = (before + " " + after.lstrip(" ,")).strip() if before else after.strip(" ,")
    text = re.sub(r"\s+,", ",", " ".join(text.split())).rstrip(".")
    return sentence_case(truncate(text, 14))


def generate(ctx: Context) -> list[Item]:
    """One MC item when three or more past events carry distinct dates."""
    if not ctx.allows("multiple_choice"):
        return []
    events: dict[int, tuple[tuple[int, int, int], str, Support]] = {}
    for q in ctx.analysis.quantities:
        if q.kind != "date" or in_quotation(ctx.article, q.span.start):
            continue
        key = _date_key(q.span.text)
        s = sentence_at(ctx.analysis, q.span.start)
        if key is None or s is None or s.index in events or _FUTURE.search(s.span.text):
            continue
        if cut_sentence(ctx.analysis, s):
            continue  # "… Ben S." | "Bernanke of …": half a sentence is no event
        if len(_YEAR.findall(s.span.text)) > 1:
            continue
        sup = support_span(ctx.article, s.span)
        if sup is None:
            continue
        event = _event(s.span.text, q.span.text)
        if event is None or _DEPENDENT.match(event):
            continue
        events[s.index] = (key, event, sup)
    ordered = sorted(events.values(), key=lambda e: e[0])
    distinct: list[tuple[tuple[int, int, int], str, Support]] = []
    for e in ordered:
        if all(e[0] != d[0] for d in distinct) and len(e[1].split()) >= 4:
            distinct.append(e)
    if len(distinct) < 3:
        return []
    first = distinct[0]
    others = distinct[1:]
    ctx.rng.shuffle(others)
    others = others[:3]
    options, answer = shuffled_options(ctx.rng, first[1], [o[1] for o in others])
    sups = [first[2]] + [o[2] for o in others]
    explanation = "; ".join(cite(s, 16) for s in sups)
    stem = "According to the article, which of these happened first?"
    return [make_item(SKILL, "multiple_choice", stem, options, answer, explanation, sups)]
