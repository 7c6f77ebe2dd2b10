"""Hedges: words that mark a claim as uncertain, with the claim they qualify."""
from __future__ import annotations

from typing import Any

from quizgen.analysis.parsed import ParsedParagraph
from quizgen.model import Hedge

# Single-word markers (lower case); "about/around/roughly" only before a number.
VERB_MARKERS = {"believe", "allege", "accuse", "suppose", "rumour", "rumor", "estimate", "suspect",
                "appear", "seem", "claim", "think", "presume", "describe", "assert", "expect", "report"}
NEEDS_TO = {"think", "report", "expect", "estimate", "describe"}
ALWAYS_VERBS = {"accuse", "allege"}  # an accusation is unproven whoever makes it
ADVERB_MARKERS = {"reportedly", "allegedly", "supposedly", "purportedly", "apparently", "possibly",
                  "probably", "potentially", "perhaps", "likely", "unlikely", "seemingly", "arguably",
                  "ostensibly", "presumably", "maybe"}
ADJ_MARKERS = {"supposed", "alleged", "suspected", "purported", "so-called", "apparent", "possible",
               "likely", "potential", "unconfirmed", "presumed"}
MODALS = {"may", "might", "could"}
APPROX = {"about", "around", "roughly", "approximately", "nearly", "almost", "some", "estimated", "up"}
_LEFT, _RIGHT = 3, 7  # words of the claim kept around a marker


def _clause(tok: Any) -> tuple[int, int]:
    """A short window of the claim around ``tok``: a few words before (its subject, usually)
    and after, never past a comma, semicolon or the sentence's end."""
    sent = tok.sent
    lo = tok.i
    while lo - 1 >= sent.start and tok.i - (lo - 1) <= _LEFT and not tok.doc[lo - 1].is_punct:
        lo -= 1
    hi = tok.i
    while hi + 1 < sent.end and (hi + 1) - tok.i <= _RIGHT and not tok.doc[hi + 1].is_punct:
        hi += 1
    first, last = tok.doc[lo], tok.doc[hi]
    return first.idx, last.idx + len(last.text)


def _marker(tok: Any) -> str | None:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if lemma in VERB_MARKERS and tok.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN")
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if passive and lemma in NEEDS_TO and (nxt is None or nxt.lower_ not in ("to", "as")):
            return None  # "is thought to" hedges; "well thought out" does not
        if lemma in ("appear", "seem") or lemma in ALWAYS_VERBS or passive:
            return tok.text
        if lemma in ("suspect", "think", "believe") and any(c.lower_ == "i" for c in tok.children):
            return tok.text  # "I suspect ..."
        return None
    if low in ADVERB_MARKERS and tok.pos_ in ("ADV", "ADJ"):
        return tok.text
    if low in ADJ_MARKERS and (tok.dep_ == "amod" or low == "potential"):
        return tok.text
    if low in MODALS and tok.tag_ == "MD":
        return tok.text
    if low in APPROX and tok.dep_ in ("advmod", "quantmod", "amod", "det") and \
            any(t.like_num for t in tok.head.subtree) and tok.i + 1 < len(tok.doc) and \
            (tok.nbor().like_num or (tok.i + 2 < len(tok.doc) and tok.nbor().lower_ == "to" and low == "up")):
        return tok.text
    return None


def find_hedges(parsed: list[ParsedParagraph]) -> list[Hedge]:
    out: list[Hedge] = []
    for pp in parsed:
        taken: list[tuple[int, int]] = []
        for tok in pp.doc:
            words = _marker(tok)
            if not words:
                continue
            if tok.lower_ in APPROX or (tok.lower_ in ADJ_MARKERS and tok.head is not tok and tok.dep_ == "amod"):
                head = tok.head
                toks = [t for t in head.subtree if t.i >= tok.i and t.i - tok.i <= 6]
                a, b = tok.idx, toks[-1].idx + len(toks[-1].text) if toks else tok.idx + len(tok.text)
                if tok.lower_ in ADJ_MARKERS:
                    b = max(b, head.idx + len(head.text))
            else:
                a, b = _clause(tok)
            if any(x <= a < y or x < b <= y for x, y in taken):
                continue
            taken.append((a, b))
            nxt = tok.nbor() if tok.i + 1 < len(pp.doc) else None
            if nxt is not None and nxt.lower_ in ("to", "of", "that") and tok.pos_ == "VERB":
                words = f"{words} {nxt.text}"
            out.append(Hedge(pp.span(a, b), words, pp.number))
    return out
