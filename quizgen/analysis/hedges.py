"""Hedges: words that mark a claim as uncertain, with the claim they qualify."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.analysis.lexicon import (
    ACCUSING_VERBS,
    APPROXIMATORS,
    HEARSAY_ADVERBS,
    HEARSAY_NOUNS,
    HEDGE_ADJECTIVES,
    HEDGE_ADVERBS,
    HEDGE_MODALS,
    HEDGE_NEEDS_TO,
    HEDGE_VERBS,
    SPECULATION_NOUNS,
    TENTATIVE_VERBS,
)
from quizgen.analysis.parsed import ParsedParagraph, sent_of, token_words, tokens
from quizgen.model import Attribution, Hedge

if TYPE_CHECKING:
    from spacy.tokens import Token

_LEFT, _RIGHT = 3, 7  # words of the claim kept around a marker


def _clause(tok: Token) -> tuple[int, int]:
    """A short window of the claim around ``tok``: a few words before (its subject, usually)
    and after, never past a comma, semicolon or the sentence's end."""
    sent = sent_of(tok)
    lo = tok.i
    while lo - 1 >= sent.start and tok.i - (lo - 1) <= _LEFT and not tok.doc[lo - 1].is_punct:
        lo -= 1
    hi = tok.i
    while hi + 1 < sent.end and (hi + 1) - tok.i <= _RIGHT and not tok.doc[hi + 1].is_punct:
        hi += 1
    first, last = tok.doc[lo], tok.doc[hi]
    return first.idx, last.idx + len(last.text)


def _marker(tok: Token) -> tuple[str, float] | None:
    """The hedge word at ``tok`` and how surely it hedges, or None: small ordered rules."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if lemma in HEDGE_VERBS and tok.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN")
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        needs_to = passive and lemma in HEDGE_NEEDS_TO and (nxt is None or nxt.lower_ not in ("to", "as"))
        if lemma == "expect" and tok.tag_ in ("VBN", "VBD") and nxt is not None and nxt.ent_type_ == "DATE":
            return tok.text, 0.75  # "laws expected next month": a forecast
        if needs_to:
            pass  # "is thought to" hedges; "well thought out" does not
        elif lemma in ("appear", "seem"):
            return tok.text, 0.85
        elif lemma in ACCUSING_VERBS:
            return tok.text, 0.85
        elif passive:
            return tok.text, 0.9
        elif lemma in TENTATIVE_VERBS:
            return tok.text, 0.75  # "the data suggests"
        elif lemma in ("suspect", "think", "believe") and any(c.lower_ == "i" for c in tok.children):
            return tok.text, 0.8  # "I suspect ..."
        if tok.dep_ != "amod":
            return None  # "supposed detention camps": a participle used as an adjective, below
    if low in HEDGE_ADVERBS and tok.pos_ in ("ADV", "ADJ"):
        return tok.text, 0.95 if low in HEARSAY_ADVERBS else 0.85
    if low in HEDGE_ADJECTIVES and (tok.dep_ == "amod" or low == "potential"):
        return tok.text, 0.85
    if low in HEDGE_MODALS and tok.tag_ == "MD":
        return tok.text, 0.6
    if low in APPROXIMATORS and tok.dep_ in ("advmod", "quantmod", "amod", "det") and \
            any(t.like_num for t in tok.head.subtree) and tok.i + 1 < len(tok.doc) and \
            (tok.nbor().like_num or (tok.i + 2 < len(tok.doc) and tok.nbor().lower_ == "to" and low == "up")):
        return tok.text, 0.7
    if low in HEARSAY_NOUNS and tok.dep_ in ("nsubj", "nsubjpass") and \
            not any(t.pos_ == "PROPN" for t in tok.subtree):
        return tok.text, 0.7  # "media reports say", "rumours suggest": nobody named
    if low in SPECULATION_NOUNS and tok.pos_ == "NOUN" and any(_content_clause(c) for c in tok.children):
        return tok.text, 0.7  # "concerns they would stay", "allegations that he lied"
    return None


def _content_clause(tok: Token) -> bool:
    """A clause that says what a noun is about ("concerns (that) they would stay"), not a
    relative clause ("the claims that he made")."""
    if tok.dep_ in ("acl", "ccomp"):
        return True
    return tok.dep_ == "relcl" and not any(t.tag_ in ("WDT", "WP") or t.lower_ == "that" for t in tok.subtree)


def _claim_at(attributions: Sequence[Attribution], paragraph: int, pos: int) -> int | None:
    """The claim whose content holds article offset ``pos`` (the innermost, when nested)."""
    holding = [(sum(s.end - s.start for s in a.content_spans), i) for i, a in enumerate(attributions)
               if a.paragraph == paragraph and any(s.start <= pos < s.end for s in a.content_spans)]
    return min(holding)[1] if holding else None


def find_hedges(parsed: list[ParsedParagraph], attributions: Sequence[Attribution] = ()) -> list[Hedge]:
    """Every hedge, tied to the claim it sits in (``Hedge.claim``) when it sits in one."""
    out: list[Hedge] = []
    # a word :func:`_marker` can take: a hedge verb's lemma, or one of its word lists (made per call, so
    # the lists stay the lexicon's own)
    words_read = HEDGE_ADVERBS | HEDGE_ADJECTIVES | HEDGE_MODALS | APPROXIMATORS | HEARSAY_NOUNS | SPECULATION_NOUNS
    for pp in parsed:
        taken: list[tuple[int, int]] = []
        lowers, lemmas = token_words(pp.doc)
        doc_toks = tokens(pp.doc)
        # only a word of the lists is read: no rule of _marker can hold of another
        for k in [k for k, low in enumerate(lowers) if low in words_read or lemmas[k] in HEDGE_VERBS]:
            tok = doc_toks[k]
            found = _marker(tok)
            if not found:
                continue
            words, confidence = found
            on_noun = tok.lower_ in HEDGE_ADJECTIVES and tok.head.i != tok.i and tok.dep_ == "amod"
            if tok.lower_ in APPROXIMATORS or on_noun:
                head = tok.head
                toks = [t for t in head.subtree if t.i >= tok.i and t.i - tok.i <= 6]
                a, b = tok.idx, toks[-1].idx + len(toks[-1].text) if toks else tok.idx + len(tok.text)
                if tok.lower_ in HEDGE_ADJECTIVES:
                    b = max(b, head.idx + len(head.text))
            else:
                a, b = _clause(tok)
            if any(x <= a < y or x < b <= y for x, y in taken):
                continue
            taken.append((a, b))
            nxt = tok.nbor() if tok.i + 1 < len(pp.doc) else None
            if nxt is not None and nxt.lower_ in ("to", "of", "that") and tok.pos_ == "VERB":
                words = f"{words} {nxt.text}"
            claim = _claim_at(attributions, pp.number, pp.start + tok.idx)
            out.append(Hedge(pp.span(a, b), words, pp.number, confidence=confidence, claim=claim))
    return out
