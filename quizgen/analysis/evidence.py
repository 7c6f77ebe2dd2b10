"""Evidence cited in the article, with its kind and the claim it supports."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.analysis.lexicon import (
    CITED_MARKS,
    CITING_VERBS,
    EXPERT_WORDS,
    HARM_VERBS,
    LARGE_NUMBER_WORDS,
    MONTHS,
    NEWS_OUTLETS,
    NOT_A_MEASURE_BEFORE,
    OBSERVING_CUES,
    OFFICIAL_SETTINGS,
    OFFICIAL_WORDS,
    RECORD_NOUNS,
    RECORD_SOURCE_WORDS,
    REPORTER_WORDS,
    STUDY_NOUNS,
    TIME_UNITS,
    WITNESS_WORDS,
)
from quizgen.analysis.parsed import ParsedParagraph, ents_of, sent_of, span_text, token_words, tokens
from quizgen.analysis.sources import is_outlet_name
from quizgen.model import CONFIDENT, Attribution, Evidence
from quizgen.wordtrie import trie_pattern

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_STAT_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
# how sure a number is a statistic: a measure with a unit, a count, a bare number of ten or more
MEASURE, COUNT, BARE_NUMBER = 0.9, 0.8, 0.7
MEASURE_CLIMB = 4  # tokens climbed from a number's phrase to the verb it hangs from
MEASURE_SUBJECT_GAP = 8  # the subject must sit this close before its verb
MAX_STATISTIC_CHARS = 120  # never stretch a statistic further back than this


def _np_range(head: Token, limit: int = 18) -> tuple[int, int]:
    sent = sent_of(head)  # the sentences split the Doc: in it means between its bounds
    toks = [t for t in head.subtree if abs(t.i - head.i) <= limit and sent.start <= t.i < sent.end]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:  # a phrase of punctuation only
        return head.idx, head.idx + len(head.text)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def statistic_confidence(ent: Span) -> float:
    """How sure it is that a number entity is a measurement worth citing (0 when it is not): a
    percentage, money, a quantity, or a count of ten or more ("1 million people", "dozens"), not
    "two Syrian teams", "a six-member team", a year, a law section or a version number."""
    if ent.label_ in ("PERCENT", "MONEY", "QUANTITY"):
        return MEASURE
    words = ent.text.lower().replace(",", "").split()
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in NOT_A_MEASURE_BEFORE:
        return 0.0  # "section 12", "version 3.1", "aged 45", "No. 10"
    if before == "," and ent.start > 1 and ent.doc[ent.start - 2].ent_type_ == "PERSON":
        return 0.0  # "Jane Doe, 45, said": an age in a name phrase
    if any(w in LARGE_NUMBER_WORDS for w in words):
        return COUNT
    if ent.root.head.lower_ in TIME_UNITS or any(w in TIME_UNITS for w in words):
        return COUNT  # "only two weeks", "73 seconds": a measured time
    digits = [w for w in ent.text.lower().split() if w.replace(".", "", 1).replace(",", "").isdecimal()]
    if digits and float(digits[-1].replace(",", "")) >= 10 and not _is_year(digits[-1]):  # "2,000" is no year
        return BARE_NUMBER
    return 0.0


def duration_confidence(ent: Span) -> float:
    """A measured length of time ("only two weeks", "73 seconds", "the last 30 years"), not a
    date ("January 28, 1986", "two years ago", "last month")."""
    if ent.label_ not in ("DATE", "TIME"):
        return 0.0
    words = ent.text.lower().split()
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if after == "ago" or "ago" in words or not any(w in TIME_UNITS for w in words):
        return 0.0
    if not any(t.like_num for t in ent) or any(t.lower_ in MONTHS or _is_year(t.text) for t in ent):
        return 0.0  # "January 28, 1986, after years": a date
    return COUNT


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdecimal() and 1800 <= int(word) <= 2100


def _casualty_count(ent: Span, head: Token) -> bool:
    """"killing all seven astronauts", "arrested four": a small count of people harmed is measured."""
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.lemma_.lower() in HARM_VERBS and any(t.like_num for t in ent)


def _measured_start(head: Token) -> int | None:
    """Where the thing a number measures starts: the subject of the verb the number's phrase
    hangs from ("the acceptance rate is above 95%", "attacks that have killed dozens"), or None."""
    tok = head
    for _ in range(MEASURE_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.i > head.i:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or tok.i - subj.i > MEASURE_SUBJECT_GAP:
        return tok.idx  # "to travel about 500 miles": from the verb
    if subj.tag_ in ("WDT", "WP", "WP$") and tok.dep_ == "relcl":
        return _np_range(tok.head, limit=MEASURE_SUBJECT_GAP)[0]  # the antecedent of "that"/"which"
    return _np_range(subj, limit=MEASURE_SUBJECT_GAP)[0]


def _statistics(pp: ParsedParagraph) -> list[Evidence]:
    out = []
    seen: set[int] = set()
    for ent in ents_of(pp.doc):
        if ent.label_ in _STAT_LABELS:
            confidence = statistic_confidence(ent)
        else:
            confidence = duration_confidence(ent)
        if not confidence and ent.label_ != "CARDINAL":
            continue
        root = ent.root
        head = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
        if head.i in seen:
            continue
        # a bare small number ("two", "one") is not a statistic
        if ent.label_ == "CARDINAL" and ent.text.lower() in ("one", "two", "three", "1", "2", "3") and \
                head.pos_ != "NOUN":
            continue
        if not confidence and not _casualty_count(ent, head):
            continue
        confidence = confidence or COUNT
        seen.add(head.i)
        a, b = _np_range(head)
        start = _measured_start(head)
        if start is not None and a - start < MAX_STATISTIC_CHARS:
            a = start
        out.append(Evidence("statistic", pp.span(min(a, ent.start_char), max(b, ent.end_char)), pp.number,
                            _sentence_claim(head), confidence=confidence))
    return out


def _sentence_claim(tok: Token) -> str:
    return span_text(sent_of(tok)).strip()


# any outlet's name anywhere in a lowercased text, in one scan instead of one per name (as a trie: the plain
# alternation of ~100 names cost a third of this pass)
_ANY_OUTLET = re.compile(trie_pattern(NEWS_OUTLETS))


_REPORTING = ("report", "say", "cite", "quote", "write", "reveal")


def _outlet_reports(pp: ParsedParagraph) -> list[Evidence]:
    """"Reuters reported", "the Guardian cited": a news outlet as the subject of a reporting verb."""
    out: list[Evidence] = []
    _, lemmas = token_words(pp.doc)
    # (the lower-cased lemma first: read once per Doc, it rules out most tokens, which are never read)
    reporting = [k for k, lemma in enumerate(lemmas) if lemma in _REPORTING]
    # no reporting verb, or no outlet named in this paragraph (not even inside a word: as ``name in text`` did):
    # the cheaper test first
    if not reporting or _ANY_OUTLET.search(pp.text.lower()) is None:
        return out
    toks = tokens(pp.doc)
    for tok in [toks[k] for k in reporting]:
        if tok.pos_ != "VERB" or tok.lemma_ not in _REPORTING:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        phrase = pp.doc[subj.left_edge.i: subj.i + 1].text
        if is_outlet_name(phrase) or is_outlet_name(phrase.removeprefix("The ").removeprefix("the ")):
            out.append(Evidence("news report", pp.span(subj.left_edge.idx, tok.idx + len(tok.text)), pp.number,
                                _sentence_claim(tok), confidence=0.9))
    return out


def _observations(pp: ParsedParagraph) -> list[Evidence]:
    """"Wikinews observed", "a reporter saw": what the article's own reporter saw."""
    out: list[Evidence] = []
    lowers, _ = token_words(pp.doc)
    toks = tokens(pp.doc)
    for tok in [toks[k] for k, low in enumerate(lowers) if low in OBSERVING_CUES]:  # (no other token is read)
        if tok.pos_ != "VERB":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not ({t.lower_ for t in subj.subtree} & REPORTER_WORDS):
            continue
        _, b = _np_range(tok)
        out.append(Evidence("observation", pp.span(subj.left_edge.idx, b), pp.number, _sentence_claim(tok),
                            confidence=0.85))
    return out


def _studies_and_documents(pp: ParsedParagraph) -> list[Evidence]:
    out = []
    lowers, _ = token_words(pp.doc)
    toks = tokens(pp.doc)
    # "statement", or a noun of the two lists: the other tokens are never read
    for k in [k for k, low in enumerate(lowers) if low == "statement" or low in STUDY_NOUNS or low in RECORD_NOUNS]:
        tok, low = toks[k], lowers[k]
        if low == "statement" and tok.dep_ == "dobj" and tok.head.lemma_ in ("issue", "release", "publish"):
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            a = subj.left_edge.idx if subj is not None else verb.idx
            out.append(Evidence("official statement", pp.span(a, tok.idx + len(tok.text)), pp.number,
                                _sentence_claim(tok), confidence=0.8))
            continue
        kind = "study/report" if low in STUDY_NOUNS else "document" if low in RECORD_NOUNS else None
        if kind is None or tok.pos_ != "NOUN":
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
        out.append(Evidence(kind, pp.span(a, b), pp.number, _sentence_claim(tok), confidence=0.8))
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
        # from the Doc's tables made once (its tokens, their lower case, their sentences, its text) rather than
        # spaCy's slices, ``ent.sent`` walks and joined texts, anew for each name
        lowers, _ = token_words(pp.doc)
        toks = tokens(pp.doc)
        for ent in ents_of(pp.doc):
            if ent.label_ != "PERSON":
                continue
            before = set(lowers[max(ent.start - 4, sent_of(toks[ent.start]).start):ent.start])
            text = span_text(ent)
            for key in (text, text.split()[-1]):
                out.setdefault(key, set()).update(before)
    return out


# a record of what was said (a transcript, a recording): a document whoever published it, never a news report
# (judged blind, J7: "the transcript of the debate, published by the Post" keyed as a news outlet's report)
RECORDINGS = frozenset({"transcript", "transcripts", "recording", "recordings", "video", "videos", "footage", "tape",
                        "tapes", "audio", "minutes"})


# The kind of evidence a sourced claim is, decided by the speaker's role, by ordered rules: the
# first that holds wins. Each rule: (kind, confidence, test on the attribution and the words the
# article uses for its source anywhere, titles included, and the words of the "who said it, where"
# frame).
SpeakerRule = tuple[str, float, Callable[[Attribution, set[str], set[str]], bool]]
SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    ("observation", 0.85, lambda a, w, f: a.cue.lower() in OBSERVING_CUES and bool(w & REPORTER_WORDS)),
    ("news report", 0.9, lambda a, w, f: a.source_kind == "news_outlet" or bool(a.relay)),
    ("document", 0.85, lambda a, w, f: a.source_kind == "document" and bool(w & (RECORD_SOURCE_WORDS | RECORDINGS))),
    ("study/report", 0.8, lambda a, w, f: a.source_kind == "document"),
    ("expert", 0.85, lambda a, w, f: bool(w & EXPERT_WORDS)),
    ("testimony", 0.8, lambda a, w, f: bool(w & WITNESS_WORDS)),
    ("testimony", 0.65, lambda a, w, f: a.source_kind == "unnamed_group" and a.cue.lower().startswith("describ")),
    ("official statement", 0.85, lambda a, w, f: bool(w & OFFICIAL_WORDS)),
    ("official statement", 0.75, lambda a, w, f: a.source_kind in ("government", "organisation")),
    ("official statement", 0.7, lambda a, w, f: bool(f & OFFICIAL_SETTINGS)),  # "told a briefing"
    ("testimony", 0.5, lambda a, w, f: a.source_kind == "person" and a.direct),  # a quoted person: a guess
)
MAX_FRAME_CHARS = 160  # a "who said" frame longer than this is not quoted as evidence


def speaker_kind(a: Attribution, words: set[str], frame: set[str]) -> tuple[str, float] | None:
    """The evidence kind of a sourced claim and how sure it is, or None."""
    for kind, confidence, holds in SPEAKER_RULES:
        if holds(a, words, frame):
            return kind, round(min(confidence, a.kind_confidence), 2)
    return None


def _source_words(attributions: list[Attribution], titles: dict[str, set[str]]) -> dict[str, set[str]]:
    """Every word the article uses for each source (as written, and titles before the name), so
    one speaker's claims are the same kind of evidence everywhere."""
    out: dict[str, set[str]] = {}
    for a in attributions:
        if not a.source:
            continue
        words = out.setdefault(a.source, set())
        words |= {w.strip(".,").lower() for w in a.source_text.split()}
        words |= titles.get(a.source, set()) | titles.get(a.source.split()[-1], set())
    return out


def _from_attribution(a: Attribution, pp: ParsedParagraph, words: set[str]) -> Evidence | None:
    if a.source_span is None or a.cue_span is None or not a.source:
        return None
    start = min(a.source_span.start, a.cue_span.start)
    end = max(a.source_span.end, a.cue_span.end)
    if end - start > MAX_FRAME_CHARS:
        return None
    if a.cue_span.start >= a.source_span.start:
        end = _frame_end(a, pp, end)
    frame = {w.strip(".,:").lower() for w in pp.article_text[start:end].split()}
    found = speaker_kind(a, words, frame)
    if found is None:
        return None
    return Evidence(found[0], pp.span(start - pp.start, end - pp.start), a.paragraph, a.content[:200],
                    confidence=found[1])


def _in_whose_words(e: Evidence, quotations: list[Attribution], words: dict[str, set[str]]) -> Evidence | None:
    """A number inside someone's quotation is part of what they say: evidence of the speaker's
    kind (an expert's figure is expert evidence), or none when the speaker's role is unknown.
    ``quotations``: the attributions quoting a named source (direct, with a source), in the ledger's order."""
    quoting = next((a for a in quotations if any(s.start <= e.span.start < s.end for s in a.content_spans)), None)
    if quoting is None:
        return e
    kind = speaker_kind(quoting, words.get(quoting.source, set()), set())
    if kind is None or kind[0] == "testimony" and kind[1] < CONFIDENT:
        return None
    return replace(e, kind=kind[0], confidence=min(e.confidence, kind[1]))


def find_evidence(parsed: list[ParsedParagraph], attributions: list[Attribution]) -> list[Evidence]:
    by_par = {pp.number: pp for pp in parsed}
    words = _source_words(attributions, _titles(parsed))
    out: list[Evidence | None] = []
    quotations = [a for a in attributions if a.direct and a.source]  # (picked once, not for each figure)
    for pp in parsed:
        out.extend(_in_whose_words(e, quotations, words) for e in _statistics(pp))
        out.extend(_studies_and_documents(pp))
        out.extend(_outlet_reports(pp))
        out.extend(_observations(pp))
    for a in attributions:
        home = by_par.get(a.paragraph)
        if home is None:
            continue
        ev = _from_attribution(a, home, words.get(a.source, set()))
        if ev is not None:
            out.append(ev)
    # one record per place: the first kind found for overlapping spans of the same kind wins
    found = sorted((e for e in out if e is not None), key=lambda e: (e.span.start, -e.span.end))
    kept: list[Evidence] = []
    for e in found:
        if any(k.kind == e.kind and k.span.start <= e.span.start and e.span.end <= k.span.end for k in kept):
            continue
        kept.append(e)
    return kept
