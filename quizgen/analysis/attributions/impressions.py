"""Recall passes for shapes attribution corpora count but lessons never quiz (all unsure claims):

1. impressions with no source: "Trump seemed to take hope from ...", "the race appears close",
   "the states are widely seen as Clinton strongholds" -- someone's impression, the writer's or the
   public's, of the subject; the content is the subject and what it seems to be;
2. figures a poll reports: "In a Fox poll, Cruz had 38 percent" -- the poll is the source;
3. questions put about a topic: "Todd asked him about the kerfuffle" -- the asker is the source.

Each entry's ``claim_confidence`` is :data:`~quizgen.analysis.attributions.passes.BROAD`, below
CONFIDENT: the ledger lists them, nothing else reads them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.analysis.attributions.candidate import Candidate, Range, trim
from quizgen.analysis.attributions.passes import BROAD
from quizgen.analysis.attributions.resolve import Resolver, holds_views
from quizgen.analysis.attributions.syntax import (
    MIN_CONTENT_WORDS,
    SUBJECT_DEPS,
    clause_range,
    in_quote,
    is_passive,
    phrase_range,
    source_phrase,
    subtree_range,
)
from quizgen.analysis.lexicon import (
    IMPRESSION_VERBS,
    MENTAL_CUES,
    POLL_NOUNS,
    SEEN_AS_VERBS,
    SPEECH_CUES,
    STANCE_CUES,
)
from quizgen.analysis.parsed import sent_of, token_words, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quizgen.analysis.quotes import Quote

_COMPLEMENT_DEPS = ("xcomp", "acomp", "oprd", "attr")
_EXPLETIVES = ("it", "there")
_CUE_LEMMAS = frozenset(IMPRESSION_VERBS) | frozenset(SEEN_AS_VERBS) | {"ask"}
KIND_DISCOUNT = 0.9  # a source found by these passes never decides a source's kind for the sure claims


def impressions(doc: Doc, text: str, quotes: list[Quote], taken: list[Candidate],
                resolver: Resolver) -> list[Candidate]:
    """The paragraph's entries in the three shapes above, leaving out cues another pass took."""
    claimed = {c.cue_i for c in taken}
    out: list[Candidate] = []
    low_text = text.lower()
    # most paragraphs hold no poll noun: their "in"s need no closer look, nor any word that is no cue
    polls = any(w in low_text for w in ("poll", "survey", "stud"))
    lowers, lemmas = token_words(doc)
    toks = tokens(doc)
    # an "in" (when the paragraph names a poll) or a cue word: the other tokens are never read
    for k in [k for k, low in enumerate(lowers) if (polls if low == "in" else lemmas[k] in _CUE_LEMMAS)]:
        tok = toks[k]
        if tok.i in claimed or in_quote(quotes, tok.idx):
            continue
        lemma = tok.lemma_.lower()
        found: Candidate | None = None
        if lemma in IMPRESSION_VERBS and tok.pos_ in ("VERB", "AUX"):
            found = _seems_to(tok, text, resolver) or _seems(tok, text)
        elif lemma in SEEN_AS_VERBS and tok.tag_ == "VBN" and is_passive(tok):
            found = _seen_as(tok, text)
        elif tok.lower_ == "in" and tok.dep_ == "prep":
            found = _in_poll(tok, text, resolver) or _closing_poll(tok, text, resolver, taken)
        elif lemma == "ask" and tok.pos_ == "VERB":
            found = _asked_about(tok, text, resolver)
        if found is not None:
            out.append(found)
    return out


def _unsourced(tok: Token, text: str, subj: Token | None, rest: Range) -> Candidate | None:
    """An entry with no source: the subject (if any) and what is said of it, cued by ``tok``. One span,
    the cue inside it: a content in two pieces around its cue would read as one sentence without it."""
    a, b = trim(text, subtree_range(subj)[0] if subj is not None else rest[0], rest[1])
    if len(text[a:b].split()) < MIN_CONTENT_WORDS:
        return None
    return Candidate(src=None, src_text="", source="", kind="none", cue=tok.text,
                     cue_span=(tok.idx, tok.idx + len(tok.text)), content=[(a, b)], cue_i=tok.i,
                     claim_confidence=BROAD, listed_only=True)


# what one seems to think, feel or say ("seemed to recognize", "seems to care about", "appeared to imply"); what one
# seems to do ("appeared to end his bid", "seemed to assuage concerns") stays an impression with no source
_VIEW_VERBS = MENTAL_CUES | SPEECH_CUES | STANCE_CUES | {
    "recognize", "recognise", "realize", "realise", "understand", "accept", "care", "imply", "agree", "prefer",
    "want", "fear", "worry", "doubt", "like", "dislike", "relish", "welcome", "embrace", "reject", "see", "view",
    "regard", "consider", "blame", "question", "describe", "acknowledge", "concede", "suggest"}


def _seems_to(tok: Token, text: str, resolver: Resolver) -> Candidate | None:
    """"Ward seemed to recognize the weight of the vote", "voters seem to care more about ...": the one who seems
    holds the view (or says it); the cue runs from "seemed" to the verb, the content is what follows the verb."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    verb = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ == "VERB" and
                 any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if subj is None or verb is None or verb.lemma_.lower() not in _VIEW_VERBS or is_passive(verb):
        return None
    if subj.lower_ in _EXPLETIVES or subj.tag_ in ("WDT", "WP") or not holds_views(subj) or \
            not (subj.pos_ in ("PROPN", "PRON") or subj.lower_.endswith(("ers", "ists", "ans"))):
        return None  # a name, a pronoun or a plural of people ("voters", "economists", "Republicans")
    rest = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")]
    if not rest:
        return None
    a, b = trim(text, subtree_range(rest[0])[0], subtree_range(rest[-1])[1])
    if len(text[a:b].split()) < 2:
        return None
    phrase = source_phrase(subj)
    # a recall pass: the resolver's memory of who spoke last stays as it was
    spoken, recent, group = len(resolver.spoken), list(resolver.reg.recent), resolver.reg.last_group
    who = resolver.resolve(subj, phrase)
    del resolver.spoken[spoken:]
    resolver.reg.recent[:] = recent
    resolver.reg.last_group = group
    if not who.canonical:
        return None
    c0, c1 = tok.idx, verb.idx + len(verb.text)
    aux = [c for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i]
    if aux:
        c0 = min(c.idx for c in aux)
    return Candidate(src=phrase_range(phrase), src_text=who.text, source=who.canonical, kind=who.kind,
                     cue=text[c0:c1], cue_span=(c0, c1), content=[(a, b)], cue_i=tok.i,
                     source_confidence=who.confidence, kind_confidence=who.kind_confidence * KIND_DISCOUNT,
                     claim_confidence=BROAD, listed_only=True)


def _seems(tok: Token, text: str) -> Candidate | None:
    """"X seemed to Y", "X appears weak", "X seems like Y": X and its complement; "it appears that Y": Y."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if subj is not None and subj.lower_ in _EXPLETIVES:
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and
                       any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            return None
        return _unsourced(tok, text, None, clause_range(clause))
    if tok.dep_ == "aux" and subj is None and tok.head.tag_ in ("VBN", "JJ"):
        # "He seemed rattled by ...": the parse makes "seemed" the participle's auxiliary
        head = tok.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is None or subj.lower_ in _EXPLETIVES or subj.tag_ in ("WDT", "WP"):
            return None
        return _unsourced(tok, text, subj, (head.idx, subtree_range(head)[1]))
    if subj is None or subj.tag_ in ("WDT", "WP"):
        return None
    comp = [c for c in tok.children if c.i > tok.i and (c.dep_ in _COMPLEMENT_DEPS or
                                                        (c.dep_ == "prep" and c.lower_ == "like"))]
    if not comp:
        return None  # "she appeared on Fox": no impression
    return _unsourced(tok, text, subj, (subtree_range(comp[0])[0], subtree_range(comp[-1])[1]))


def _seen_as(tok: Token, text: str) -> Candidate | None:
    """"X is widely seen as Y", "X is considered a front-runner": X and what it is taken to be."""
    if any(c.dep_ == "agent" for c in tok.children):
        return None  # "seen by voters as ...": the verb pass has the viewer
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in _EXPLETIVES or subj.tag_ in ("WDT", "WP"):
        return None
    comp = [c for c in tok.children if c.i > tok.i and ((c.dep_ == "prep" and c.lower_ == "as") or
                                                        (tok.lemma_.lower() == "consider" and
                                                         c.dep_ in ("oprd", "xcomp", "attr")))]
    if not comp:
        return None
    return _unsourced(tok, text, subj, subtree_range(comp[0]))


def _in_poll(tok: Token, text: str, resolver: Resolver) -> Candidate | None:
    """"In a Fox poll released Monday, Cruz had 38 percent": an opening "in" phrase on a poll, the
    rest of the sentence what it found."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    verb = tok.head
    if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS or verb.pos_ not in ("VERB", "AUX") or verb.i < tok.i:
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.i > tok.i for c in verb.children):
        return None  # "in the poll's margin": no clause of its own
    sent = sent_of(tok)
    p0, p1 = subtree_range(tok)
    if p0 != sent.start_char and text[sent.start_char:p0].strip(" \"“”'") != "":
        return None  # only an opening phrase: "Cruz led in the poll" is where, not who found it
    a, b = trim(text, p1, sent.end_char)
    if len(text[a:b].split()) < MIN_CONTENT_WORDS:
        return None
    s0, s1 = subtree_range(pobj)
    who = resolver.resolve(pobj, source_phrase(pobj))
    src_text = text[s0:s1]
    return Candidate(src=(s0, s1), src_text=src_text, source=who.canonical or src_text, kind=who.kind
                     if who.canonical else "document", cue=tok.text, cue_span=(tok.idx, tok.idx + len(tok.text)),
                     content=[(a, b)], cue_i=tok.i, source_confidence=BROAD, kind_confidence=BROAD * KIND_DISCOUNT,
                     claim_confidence=BROAD, listed_only=True)


_RESULT_OBJECT_DEPS = ("dobj", "attr")  # "holds a lead in the poll": the phrase hangs on the verb's object


def _closing_poll(tok: Token, text: str, resolver: Resolver, taken: list[Candidate]) -> Candidate | None:
    """"Hale moved from third to second in a newer survey", "Berg leads Hale by eight points in the poll": a poll
    named after the main clause it measures found what that clause says (PolNeAR's annotators read it so, as they
    do the opening phrase). Only on the sentence's main verb (or its "continues to lead"), with its subject before
    it, and in a sentence no other claim's cue sits in ("Hale said Berg leads in the poll" is Hale's claim). The
    content is the clause without the phrase; listed, unsure, like the opening phrase."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS:
        return None
    verb = tok.head.head if tok.head.dep_ in _RESULT_OBJECT_DEPS else tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i:
        return None
    sent = sent_of(tok)
    main = verb.head if verb.dep_ == "xcomp" else verb
    if main.i != sent.root.i:
        return None  # "After he fell to third in the poll, Hale left": an aside, not what the poll found
    subj = next((c for c in main.children if c.dep_ in SUBJECT_DEPS and c.i < main.i), None)
    if subj is None or subj.lower_ in _EXPLETIVES or subj.tag_ in ("WDT", "WP"):
        return None
    if any(c.cue_span and sent.start_char <= c.cue_span[0] < sent.end_char for c in taken):
        return None
    p0, p1 = subtree_range(tok)
    s0 = subtree_range(subj)[0]
    if text[sent.start_char:s0].strip(" \"“”'"):
        return None  # "Still, Hale leads in the poll": an opening word may be the writer's own turn
    end = len(text[:sent.end_char].rstrip(" .;,\n"))
    pieces = [trim(text, s0, p0), trim(text, p1, max(p1, end))]
    content = [(a, b) for a, b in pieces if len(text[a:b].split()) >= 1 and any(ch.isalnum() for ch in text[a:b])]
    if not content or content[0][0] != pieces[0][0] or len(text[s0:p0].split()) < MIN_CONTENT_WORDS:
        return None
    q0, q1 = subtree_range(pobj)
    who = resolver.resolve(pobj, source_phrase(pobj))
    src_text = text[q0:q1]
    return Candidate(src=(q0, q1), src_text=src_text, source=who.canonical or src_text, kind=who.kind
                     if who.canonical else "document", cue=tok.text, cue_span=(tok.idx, tok.idx + len(tok.text)),
                     content=content, cue_i=tok.i, source_confidence=BROAD, kind_confidence=BROAD * KIND_DISCOUNT,
                     claim_confidence=BROAD, listed_only=True)


def _asked_about(tok: Token, text: str, resolver: Resolver) -> Candidate | None:
    """"Todd asked him about the kerfuffle": the topic of a question put to someone."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _EXPLETIVES or not holds_views(subj) or is_passive(tok):
        return None
    about = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > tok.i), None)
    if about is None or not any(c.dep_ == "dobj" and c.i < about.i for c in tok.children):
        return None  # "asked about the plan" alone is the broad pass's
    obj = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    a, b = trim(text, *subtree_range(obj))
    if b <= a:
        return None
    phrase = source_phrase(subj)
    who = resolver.resolve(subj, phrase)
    if not who.canonical:
        return None
    return Candidate(src=phrase_range(phrase), src_text=who.text, source=who.canonical, kind=who.kind,
                     cue=tok.text, cue_span=(tok.idx, tok.idx + len(tok.text)), content=[(a, b)], cue_i=tok.i,
                     source_confidence=who.confidence, kind_confidence=who.kind_confidence * KIND_DISCOUNT,
                     claim_confidence=BROAD, listed_only=True)
