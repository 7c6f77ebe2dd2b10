"""Conflicts: claims from different sources that contradict each other."""
from __future__ import annotations

import re

from quizgen.model import Attribution, Conflict

_NEG = re.compile(r"\b(no|not|never|none|nothing|deny|denies|denied|n't|without|false|untrue|reject\w*)\b", re.I)
_WORD = re.compile(r"[a-z]{4,}")
_LETTER_RUN = re.compile(r"[a-z]+")
_STOP = {"that", "this", "there", "their", "they", "were", "have", "been", "with", "from", "would",
         "will", "about", "which", "what", "when", "said", "says", "also", "into", "more", "than"}
CONTRARY_CUES = {"deny", "denied", "denies", "reject", "rejects", "rejected", "dispute", "disputed",
                 "disputes", "counter", "countered", "criticise", "criticised", "criticize", "criticized",
                 "dismissed", "dismiss", "contradict", "contradicted", "disagree", "disagreed", "defended"}
OPPONENTS = {"critics", "opponents", "critic", "campaigners", "activists", "opposition", "detractors",
             "skeptics", "sceptics"}


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _polarity(text: str) -> int:
    return len(_NEG.findall(text)) % 2


def find_conflicts(attributions: list[Attribution]) -> list[Conflict]:
    """Pairs (a, b), a before b, from different sources that disagree, with the reason."""
    out: list[Conflict] = []
    named = [(i, a) for i, a in enumerate(attributions) if a.source]
    words = {i: _words(a.content) for i, a in named}  # each claim's words made once, not once per pair
    for x, (i, a) in enumerate(named):
        for j, b in named[x + 1:]:
            if a.source == b.source or abs(a.paragraph - b.paragraph) > 6:
                continue
            reason = _reason(a, b, words[i], words[j])
            if reason:
                out.append(Conflict(i, j, reason))
    # keep each claim in at most two conflicts, strongest (nearest) first
    out.sort(key=lambda c: (abs(attributions[c.a].paragraph - attributions[c.b].paragraph), c.a, c.b))
    used: dict[int, int] = {}
    kept = []
    for c in out:
        if used.get(c.a, 0) >= 2 or used.get(c.b, 0) >= 2:
            continue
        used[c.a] = used.get(c.a, 0) + 1
        used[c.b] = used.get(c.b, 0) + 1
        kept.append(c)
    return sorted(kept, key=lambda c: (c.a, c.b))


def _reason(a: Attribution, b: Attribution, wa: set[str] | None = None, wb: set[str] | None = None) -> str | None:
    wa = _words(a.content) if wa is None else wa
    wb = _words(b.content) if wb is None else wb
    shared = wa & wb
    first_word = lambda s: s.source_text.split()[0].lower() if s.source_text else ""  # noqa: E731
    a_opp = first_word(a) in OPPONENTS or a.source.lower().split()[0:1] == ["critics"]
    b_opp = first_word(b) in OPPONENTS or b.source.lower().split()[0:1] == ["critics"]
    if b.cue.lower() in CONTRARY_CUES and (shared or b.paragraph == a.paragraph):
        return f"{b.source} {b.cue} what {a.source} says"
    if (a_opp != b_opp) and a.paragraph == b.paragraph:
        return f"{a.source if not a_opp else b.source} and its critics disagree"
    smaller = min(len(wa), len(wb)) or 1
    if len(shared) >= 3 and len(shared) / smaller >= 0.4 and max(len(wa), len(wb)) <= 30 \
            and _polarity(a.content) != _polarity(b.content):
        return f"{a.source} and {b.source} say opposite things about {', '.join(sorted(shared)[:3])}"
    return None


# A denial that points back at claims made before it ("denied these allegations", "dismissed the
# report as ..."): the claim it answers is disputed, whoever made it (or nobody named).
DENYING = {"deny", "denied", "denies", "reject", "rejects", "rejected", "dismiss", "dismissed", "dismisses",
           "dispute", "disputed", "disputes", "refute", "refuted", "refutes", "rebut", "rebutted"}
BACK_REFERENCES = {"allegation", "allegations", "claim", "claims", "accusation", "accusations", "charge",
                   "charges", "report", "reports", "it", "them", "this", "these", "that", "those", "story",
                   "suggestion", "suggestions", "criticism", "account", "assertion"}
DISPUTE_REACH = 3  # paragraphs back a denial can reach


def find_disputed(attributions: list[Attribution]) -> set[int]:
    """Indexes of claims a later denial answers: the nearest earlier claim from another source
    (or none named), when the denial points back at it or shares its words."""
    out: set[int] = set()
    for j, b in enumerate(attributions):
        if b.cue.lower().split()[-1:] == [] or b.cue.lower().split()[-1] not in DENYING:
            continue
        words = set(_LETTER_RUN.findall(b.content.lower()))
        back = bool(words & BACK_REFERENCES)
        for i in range(j - 1, -1, -1):
            a = attributions[i]
            if b.paragraph - a.paragraph > DISPUTE_REACH:
                break
            if a.source and a.source == b.source:
                continue
            if back or _words(a.content) & _words(b.content):
                out.add(i)
                break
    return out
