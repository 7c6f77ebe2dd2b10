"""Evidence cited in the article, with its kind and the claim it supports."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.analysis.lexicon import (
    CITED_MARKS,
    CITING_VERBS,
    EXPERT_WORDS,
    LARGE_NUMBER_WORDS,
    NEWS_OUTLETS,
    OFFICIAL_WORDS,
    RECORD_NOUNS,
    RECORD_SOURCE_WORDS,
    STUDY_NOUNS,
    TIME_UNITS,
    WITNESS_WORDS,
)
from quizgen.analysis.parsed import ParsedParagraph
from quizgen.analysis.sources import is_outlet_name
from quizgen.model import Attribution, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_STAT_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}


def _np_range(head: Token, limit: int = 18) -> tuple[int, int]:
    toks = [t for t in head.subtree if abs(t.i - head.i) <= limit and t.sent == head.sent]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:  # a phrase of punctuation only
        return head.idx, head.idx + len(head.text)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _is_statistic(ent: Span) -> bool:
    """A measurement worth citing: a percentage, money, a quantity, or a count of ten or more
    ("1 million people", "dozens"), not "two Syrian teams" or "a six-member team"."""
    if ent.label_ in ("PERCENT", "MONEY", "QUANTITY"):
        return True
    words = ent.text.lower().replace(",", "").split()
    if any(w in LARGE_NUMBER_WORDS for w in words):
        return True
    if ent.root.head.lower_ in TIME_UNITS or any(w in TIME_UNITS for w in words):
        return True  # "only two weeks", "73 seconds": a measured time
    digits = [w for w in words if w.replace(".", "", 1).isdecimal()]  # not "¹": float() refuses it
    if digits:
        return float(digits[-1]) >= 10 and not (len(digits[-1]) == 4 and 1800 <= float(digits[-1]) <= 2100)
    return False


def _statistics(pp: ParsedParagraph) -> list[Evidence]:
    out = []
    seen: set[int] = set()
    for ent in pp.doc.ents:
        if ent.label_ not in _STAT_LABELS or not _is_statistic(ent):
            continue
        root = ent.root
        head = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
        if head.i in seen:
            continue
        # a bare small number ("two", "one") is not a statistic
        if ent.label_ == "CARDINAL" and ent.text.lower() in ("one", "two", "three", "1", "2", "3") and \
                head.pos_ != "NOUN":
            continue
        seen.add(head.i)
        if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            a, _ = _np_range(subj) if subj is not None and verb.i - subj.i <= 8 else (verb.idx, 0)
            _, b = _np_range(head)
            out.append(Evidence("statistic", pp.span(min(a, ent.start_char), max(b, ent.end_char)), pp.number,
                                _sentence_claim(head)))
            continue
        a, b = _np_range(head)
        a = min(a, ent.start_char)
        b = max(b, ent.end_char)
        out.append(Evidence("statistic", pp.span(a, b), pp.number, _sentence_claim(head)))
    return out


def _sentence_claim(tok: Token) -> str:
    return tok.sent.text.strip()


def _outlet_reports(pp: ParsedParagraph) -> list[Evidence]:
    """"Reuters reported", "the Guardian cited": a news outlet as the subject of a reporting verb."""
    out: list[Evidence] = []
    low = pp.text.lower()
    if not any(name in low for name in NEWS_OUTLETS):
        return out  # no outlet named in this paragraph
    for tok in pp.doc:
        if tok.pos_ != "VERB" or tok.lemma_ not in ("report", "say", "cite", "quote", "write", "reveal"):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        phrase = pp.doc[subj.left_edge.i: subj.i + 1].text
        if is_outlet_name(phrase) or is_outlet_name(phrase.removeprefix("The ").removeprefix("the ")):
            out.append(Evidence("news report", pp.span(subj.left_edge.idx, tok.idx + len(tok.text)), pp.number,
                                _sentence_claim(tok)))
    return out


def _studies_and_documents(pp: ParsedParagraph) -> list[Evidence]:
    out = []
    for tok in pp.doc:
        low = tok.lower_
        if low == "statement" and tok.dep_ == "dobj" and tok.head.lemma_ in ("issue", "release", "publish"):
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            a = subj.left_edge.idx if subj is not None else verb.idx
            out.append(Evidence("official statement", pp.span(a, tok.idx + len(tok.text)), pp.number,
                                _sentence_claim(tok)))
            continue
        if tok.pos_ != "NOUN":
            continue
        kind = "study/report" if low in STUDY_NOUNS else "document" if low in RECORD_NOUNS else None
        if kind is None:
            continue
        if kind == "document":
            cited = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in CITING_VERBS
            marked = any(t.lower_ in CITED_MARKS for t in tok.subtree)
            if not (cited or marked):
                continue
        # the noun phrase, and the verb that cites it when it is the subject ("The report says")
        a, b = _np_range(tok, limit=8)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
            b = max(b, tok.head.idx + len(tok.head.text))
            a = min(a, tok.head.idx) if tok.head.i < tok.i else a
        out.append(Evidence(kind, pp.span(a, b), pp.number, _sentence_claim(tok)))
    return out


def _frame_end(a: Attribution, pp: ParsedParagraph, end: int) -> int:
    """Where the "who said it, where, when" frame ends: at the content when the cue's own
    modifiers come between ("told reporters during a daily briefing Thursday that ..."), or a
    few words into an object content ("have described a wide range of ...")."""
    first = a.content_spans[0]
    if first.start < end:
        return end
    gap = pp.article_text[end:first.start]
    words = gap.split()
    if words and words[-1].lower() == "that":
        words = words[:-1]
    if len(words) >= 1 and len(words) <= 14:
        return end + len(gap.rstrip().removesuffix("that").rstrip(" ,:"))
    if not words:
        content_words = first.text.split()[:6]
        return first.start + len(" ".join(content_words)) if content_words else end
    return end


def _titles(parsed: list[ParsedParagraph]) -> dict[str, set[str]]:
    """Lower-case words just before each person's name anywhere in the article ("Prime Minister
    Rishi Sunak" gives Sunak the words prime, minister), keyed by full name and by surname."""
    out: dict[str, set[str]] = {}
    for pp in parsed:
        for ent in pp.doc.ents:
            if ent.label_ != "PERSON":
                continue
            before = {t.lower_ for t in pp.doc[max(ent.start - 4, ent.sent.start):ent.start]}
            for key in (ent.text, ent.text.split()[-1]):
                out.setdefault(key, set()).update(before)
    return out


def _from_attribution(a: Attribution, pp: ParsedParagraph, titles: dict[str, set[str]]) -> Evidence | None:
    if a.source_span is None or a.cue_span is None or not a.source:
        return None
    start = min(a.source_span.start, a.cue_span.start)
    end = max(a.source_span.end, a.cue_span.end)
    if end - start > 160:
        return None
    if a.cue_span.start >= a.source_span.start:
        end = _frame_end(a, pp, end)
    words = {w.strip(".,").lower() for w in a.source_text.split()}
    words |= titles.get(a.source, set()) | titles.get(a.source.split()[-1] if a.source else "", set())
    kind = None
    if a.source_kind == "news_outlet" or a.relay:
        kind = "news report"
    elif a.source_kind == "document":
        kind = "document" if words & RECORD_SOURCE_WORDS else "study/report"
    elif words & EXPERT_WORDS:
        kind = "expert"
    elif words & WITNESS_WORDS or (a.source_kind == "unnamed_group" and a.cue.lower().startswith("describ")):
        kind = "testimony"
    elif words & OFFICIAL_WORDS or a.source_kind in ("government", "organisation"):
        kind = "official statement"
    elif a.source_kind == "person" and a.direct:
        kind = "testimony"
    if kind is None:
        return None
    local_start = start - pp.start
    local_end = end - pp.start
    return Evidence(kind, pp.span(local_start, local_end), a.paragraph, a.content[:200])


def find_evidence(parsed: list[ParsedParagraph], attributions: list[Attribution]) -> list[Evidence]:
    by_par = {pp.number: pp for pp in parsed}
    titles = _titles(parsed)
    out: list[Evidence] = []
    for pp in parsed:
        out.extend(_statistics(pp))
        out.extend(_studies_and_documents(pp))
        out.extend(_outlet_reports(pp))
    for a in attributions:
        home = by_par.get(a.paragraph)
        if home is None:
            continue
        ev = _from_attribution(a, home, titles)
        if ev is not None:
            out.append(ev)
    # one record per place: the first kind found for overlapping spans of the same kind wins
    out.sort(key=lambda e: (e.span.start, -e.span.end))
    kept: list[Evidence] = []
    for e in out:
        if any(k.kind == e.kind and k.span.start <= e.span.start and e.span.end <= k.span.end for k in kept):
            continue
        kept.append(e)
    return kept
