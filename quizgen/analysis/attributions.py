"""The claim ledger: who claims what, in every common reporting form.

Four passes per paragraph, in the spirit of published quotation extractors (a cue-verb
lexicon, quotation pairing, dependency patterns, an entity registry for coreference):
1. cue verbs with a clausal/object content ("X said (that) Y", "Y, X said", "X urged Z to ...");
2. "according to X, Y";
3. impersonal and passive claims with no source ("is believed to", "accused of", "reportedly");
4. quotations no cue claimed yet, given to the nearest cue's speaker or, for a paragraph that
   continues a quotation, to the previous speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizgen.analysis.parsed import ParsedParagraph
from quizgen.analysis.quotes import Quote, find_quotes, quoted_share
from quizgen.analysis.sources import (
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    OUTLET_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    ROLE_NOUNS,
    SourceRegistry,
    capital_government,
    is_outlet_name,
)
from quizgen.model import Article, Attribution

# Verbs of saying, thinking and reporting. Content is their clausal complement or a quotation.
SPEECH_CUES = {
    "say", "tell", "add", "claim", "state", "explain", "write", "suggest", "reveal", "confirm",
    "acknowledge", "admit", "allege", "assert", "contend", "declare", "emphasise", "emphasize",
    "maintain", "predict", "reply", "respond", "stress", "testify", "think", "believe", "argue",
    "insist", "warn", "note", "report", "announce", "deny", "conclude", "agree", "complain",
    "comment", "observe", "remark", "mention", "recall", "concede", "boast", "vow", "pledge",
    "promise", "estimate", "fear", "hope", "expect", "find", "show", "indicate", "continue",
    "point", "caution", "charge", "repeat", "recommend", "demand", "propose", "accept", "feel",
    "worry", "suspect", "assume", "reckon", "read", "tweet", "post", "answer", "counter",
    "question", "ask", "inform", "brief",
}
# Verbs whose direct object can be the claim ("announced visa restrictions", "denied the report").
OBJECT_CUES = {
    "accuse", "announce", "describe", "deny", "reject", "recommend", "cite", "defend", "reveal", "confirm",
    "praise", "criticise", "criticize", "welcome", "blame", "question", "dispute", "condemn",
    "dismiss", "propose", "predict", "acknowledge", "admit", "support", "oppose", "call",
    "characterise", "characterize", "label", "decry", "slam", "hail", "applaud",
}
# Verbs that take "X to do Y" ("urged the U.S. to take ...").
DIRECTIVE_CUES = {"urge", "call", "warn", "tell", "invite", "advise", "beg", "plead", "implore",
                  "promise", "vow", "pledge", "recommend", "demand"}
# Verbs that need a clausal content to count as attribution (too common otherwise).
NEEDS_CLAUSE = {"show", "find", "know", "feel", "think", "expect", "hope", "continue", "point",
                "understand", "answer", "read", "add", "question", "accept", "post", "tweet",
                "indicate", "repeat", "suggest", "fear", "worry", "assume", "reckon"}
# Impersonal/hedged claims with no source.
HEDGE_VERBS = {"believe", "allege", "accuse", "say", "think", "report", "describe", "suspect",
               "claim", "rumour", "rumor", "estimate", "understand", "characterise",
               "characterize", "consider", "expect", "fear", "suppose", "presume", "assert"}
_CONTRARY = {"deny", "reject", "dispute", "dismiss", "condemn"}
_WH_ASIDE = {"where", "which", "who", "whom", "whose", "when"}
_NEEDS_TO = {"think", "say", "report", "expect", "understand", "consider", "estimate", "rumour", "rumor"}
HEDGE_ADVERBS = {"reportedly", "allegedly", "supposedly", "purportedly", "apparently", "ostensibly",
                 "rumoredly", "seemingly"}
_QUOTE_CHARS = "\"“”"
_TRIM_LEAD = " \t\r\n,;:—–-" + _QUOTE_CHARS
_TRIM_TAIL = " \t\r\n,;:—–-" + _QUOTE_CHARS
_SUBJ = ("nsubj", "nsubjpass", "csubj")


@dataclass
class _Cand:
    src: tuple[int, int] | None  # paragraph offsets
    src_text: str
    source: str
    kind: str
    cue: str
    cue_span: tuple[int, int] | None
    content: list[tuple[int, int]]
    direct: bool = False
    relay: str | None = None
    certainty: str = "attributed"
    hedge: str | None = None
    cue_i: int = -1  # token index of the cue
    extra: dict[str, Any] = field(default_factory=dict)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_LEAD:
        start += 1
    while end > start and text[end - 1] in _TRIM_TAIL:
        end -= 1
    # a content never starts with its complementiser
    low = text[start:end].lower()
    for lead in ("that ", "that, ", "and that "):
        if low.startswith(lead):
            start += len(lead)
            while start < end and text[start] in _TRIM_LEAD:
                start += 1
            break
    return start, end


def _subtree_range(tok: Any, skip: set[int] | None = None) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not skip or t.i not in skip]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _clause_range(tok: Any) -> tuple[int, int]:
    """A content clause's range, without a trailing non-restrictive relative clause
    (", where China is accused of ..."): that is the reporter's aside, not the source's claim."""
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    for i in range(tok.i + 1, last + 1):
        d = doc[i]
        if d.dep_ != "relcl" or not tok.is_ancestor(d):
            continue
        left = d.left_edge.i
        if left > 0 and doc[left - 1].text == "," and doc[left].lower_ in _WH_ASIDE and d.right_edge.i >= last - 1:
            last = left - 2
            break
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _in_quote(quotes: list[Quote], pos: int) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def _subject(verb: Any) -> Any | None:
    """The verb's subject, or the subject it inherits ("..., warning that" / "and said")."""
    seen = 0
    tok = verb
    while tok is not None and seen < 4:
        for child in tok.children:
            if child.dep_ in _SUBJ:
                return child
        if tok.dep_ in ("conj", "advcl", "xcomp", "acl") and tok.head is not tok:
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                return None
            tok = tok.head
            seen += 1
            continue
        if tok.dep_ == "relcl":  # "Pompeo, who said ..." -> the antecedent
            return tok.head
        return None
    return None


class _Resolver:
    """Turns a source phrase into (canonical, kind), with the article's registry."""

    def __init__(self, article: Article, parsed: list[ParsedParagraph]) -> None:
        self.reg = SourceRegistry(text="\n".join(p.text for p in article.paragraphs))
        for pp in parsed:  # full names first, so a surname met early still resolves
            for ent in pp.doc.ents:
                if ent.label_ == "PERSON":
                    self.reg.register_person(ent.text)

    def resolve(self, head: Any, phrase_toks: list[Any]) -> tuple[str, str, str]:
        """(canonical, kind, text as written) for the subject ``head`` and its phrase."""
        text = " ".join(t.text for t in phrase_toks) if phrase_toks else head.text
        doc = head.doc
        start, end = phrase_toks[0].idx, phrase_toks[-1].idx + len(phrase_toks[-1].text)
        text = doc.text[start:end]
        low = head.text.lower()
        if head.tag_ in ("WP", "WDT") and head.text.islower() and head.head is not None:
            # "who"/"which": the antecedent of the relative clause
            anc = head.head.head if head.head.dep_ == "relcl" else head.head
            canonical, kind, _ = self.resolve(anc, [anc])
            return canonical, kind, text
        if low in PERSON_PRONOUNS and head.pos_ == "PRON":
            person = self.reg.pronoun(low)
            if person:
                return self.reg.met(person), "person", text
            return "", "none", text
        if low in PLURAL_PRONOUNS and head.pos_ == "PRON":
            if self.reg.last_group:
                return self.reg.last_group[0], self.reg.last_group[1], text
            return "", "unnamed_group", text
        if low in ("it",) and head.pos_ == "PRON":
            if self.reg.last_group and self.reg.last_group[1] in ("news_outlet", "document", "organisation"):
                return self.reg.last_group[0], self.reg.last_group[1], text
            return "", "none", text
        ents = [e for e in doc.ents if e.start >= phrase_toks[0].i and e.end <= phrase_toks[-1].i + 1]
        if not any(e.label_ == "PERSON" for e in ents):
            # "Afghan Ambassador to the United States Hamdullah Mohib": the name sits past a prep
            tail = [e for e in doc.ents if e.label_ == "PERSON" and e.start > phrase_toks[-1].i and
                    e.end - 1 <= head.right_edge.i and head.is_ancestor(e.root)]
            if tail:
                name = self.reg.canonical_person(tail[-1].text)
                self.reg.register_role([t.text for t in phrase_toks], name)
                self.reg.met(name, text)
                return name, "person", text
        for ap in head.children:
            if ap.dep_ == "appos" and not any(e.label_ == "PERSON" for e in ents):
                named = [e for e in doc.ents if e.label_ == "PERSON" and e.start <= ap.i < e.end]
                if named:
                    name = self.reg.canonical_person(named[0].text)
                    self.reg.register_role([t.text for t in phrase_toks], name)
                    self.reg.met(name, text)
                    return name, "person", text
                if head.pos_ == "PROPN" and ap.lower_ in ROLE_NOUNS and len(phrase_toks) <= 4:
                    # "Lydia Marsh, a council spokeswoman, said": the role says it is a person
                    name = self.reg.register_person(_strip_det(text))
                    self.reg.register_role([ap.text], name)
                    self.reg.met(name, text)
                    return name, "person", text
        persons = [e for e in ents if e.label_ == "PERSON"]
        # "Professor Eastman", "Ms Bauchtman": a title before a surname
        if persons:
            name = self.reg.canonical_person(persons[-1].text)
            self.reg.register_role([t.text for t in phrase_toks], name)
            self.reg.met(name, text)
            return name, "person", text
        gov = capital_government(text) or (capital_government(ents[0].text) if len(ents) == 1 and
                                            len(phrase_toks) <= 2 else None)
        if gov:
            self.reg.last_group = (gov, "government")
            return gov, "government", text
        bare = _strip_det(text)
        if is_outlet_name(bare) or any(is_outlet_name(e.text) for e in ents if e.label_ in ("ORG", "WORK_OF_ART")):
            name = next((_strip_det(e.text) for e in ents if is_outlet_name(e.text)), bare)
            self.reg.last_group = (name, "news_outlet")
            return name, "news_outlet", text
        hlow = head.lemma_.lower()
        role_person = self.reg.role(head.text) if head.pos_ == "NOUN" else None
        if role_person and any(t.lower_ == "the" for t in phrase_toks[:1]) and len(phrase_toks) <= 4:
            self.reg.met(role_person, text)
            return role_person, "person", text
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and (head.lower_ in DOCUMENT_NOUNS or head.lower_ in ("words", "office", "spokesperson",
                                                                                   "spokesman", "spokeswoman")):
            owner_ent = [e for e in doc.ents if e.label_ == "PERSON" and e.start <= owner.i < e.end]
            if owner_ent:  # "Cornyn's statement": the person speaks through it
                name = self.reg.canonical_person(owner_ent[0].text)
                self.reg.met(name, text)
                return name, "person", text
        doc_noun = next((t for t in phrase_toks[:4] if t.pos_ == "NOUN" and t.lower_ in DOCUMENT_NOUNS
                         and t.dep_ != "poss"), None)
        if head.lower_ in GROUP_NOUNS or head.tag_ == "NNS":
            doc_noun = None  # "The report's authors" are people
        if doc_noun is not None and doc_noun is not head and head.pos_ != "PROPN":
            # "A new study documenting iodine ...": the parser's head is inside a participle phrase
            bare = _strip_det(doc[phrase_toks[0].i: doc_noun.i + 1].text)
            self.reg.last_group = (bare, "document")
            return bare, "document", text
        if hlow in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
            kind = "news_outlet" if head.lower_ in ("reports",) and not ents else "document"
            self.reg.last_group = (bare, kind)
            return bare, kind, text
        if head.lower_ in OUTLET_NOUNS and head.lower_ not in ("report", "reports"):
            self.reg.last_group = (bare, "news_outlet")
            return bare, "news_outlet", text
        if head.pos_ == "PROPN" and head.lower_ in self.reg.full_names and len(phrase_toks) <= 3:
            name = self.reg.full_names[head.lower_]  # "Bolden" tagged as something else, known by name
            self.reg.met(name, text)
            return name, "person", text
        if _looks_like_name(phrase_toks, ents):  # "Lydia Buchtmann", a name the tagger missed
            name = self.reg.register_person(text)
            self.reg.met(name, text)
            return name, "person", text
        orgs = [e for e in ents if e.label_ in ("ORG", "NORP", "GPE")]
        if head.tag_ in ("NNS", "NNPS") or head.lower_ in GROUP_NOUNS:
            if orgs and head.pos_ == "PROPN":
                kind = "government" if _governmental(phrase_toks) else "organisation"
                self.reg.last_group = (bare, kind)
                return bare, kind, text
            self.reg.last_group = (bare, "unnamed_group")
            return bare, "unnamed_group", text
        if head.pos_ == "NOUN" and head.tag_ == "NN":
            kind = "government" if _governmental(phrase_toks) else "organisation" if orgs else "unnamed_group"
            self.reg.last_group = (bare, kind)
            return bare, kind, text
        if orgs or head.pos_ == "PROPN":
            gov_like = _governmental(phrase_toks) or (orgs and orgs[-1].label_ == "GPE")
            kind = "government" if gov_like else "organisation"
            name = _strip_det(orgs[-1].text) if orgs and len(phrase_toks) > 4 else bare
            self.reg.last_group = (name, kind)
            return name, kind, text
        if head.lower_ in GOVERNMENT_NOUNS:
            # "the government", "a spokesperson" with no name: unnamed official voice
            kind = "government" if head.lower_ in ("government", "ministry", "administration",
                                                   "department", "office", "authorities") else "unnamed_group"
            self.reg.last_group = (bare, kind)
            return bare, kind, text
        self.reg.last_group = (bare, "unnamed_group")
        return bare, "unnamed_group", text


_NOT_NAME_WORDS = GOVERNMENT_NOUNS | DOCUMENT_NOUNS | OUTLET_NOUNS | {
    "news", "times", "post", "council", "office", "party", "union", "group", "centre", "center", "university",
    "institute", "committee", "association", "foundation", "bank", "company", "house", "street"}


def _looks_like_name(toks: list[Any], ents: list[Any]) -> bool:
    """Two or three capitalised proper nouns, none of them an organisation word, not tagged as a
    place or an organisation: a person's name the tagger did not label."""
    if not 2 <= len(toks) <= 3 or any(e.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT") for e in ents):
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in _NOT_NAME_WORDS
               for t in toks)


def _governmental(toks: list[Any]) -> bool:
    return any(t.lower_ in GOVERNMENT_NOUNS for t in toks)


def _strip_det(text: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text


def _source_phrase(head: Any) -> list[Any]:
    """The subject phrase without trailing relative clauses, appositive asides or punctuation."""
    cut = head.right_edge.i + 1
    for t in head.rights:
        if t.dep_ in ("relcl", "acl", "appos") or (t.dep_ == "prep" and t.lower_ not in ("of",)) \
                or (t.dep_ == "punct" and t.text == ","):
            cut = t.left_edge.i  # "Officials who spoke ...": the clause's own "who" goes too
            break
    toks = [t for t in head.subtree if t.i < cut]
    if toks and not any(t.ent_type_ == "PERSON" for t in toks):
        # "Ambassador to the United States Hamdullah Mohib": keep going to the name
        doc = head.doc
        names = [e for e in doc.ents if e.label_ == "PERSON" and e.start > toks[-1].i and
                 e.end - 1 <= head.right_edge.i and head.is_ancestor(e.root) and
                 not any(t.dep_ in ("relcl", "acl") for t in doc[toks[-1].i + 1:e.start])]
        if names:
            toks = [t for t in head.subtree if t.i < names[0].end]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "punct")):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    return toks or [head]


def _is_cue(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD":
        return False
    return lemma in SPEECH_CUES or lemma in OBJECT_CUES or lemma in DIRECTIVE_CUES


def _content_of(cue: Any) -> tuple[list[tuple[int, int]], Any | None]:
    """Character ranges of the cue's content and the content's head token (or None)."""
    lemma = cue.lemma_.lower()
    kids = list(cue.children)
    ccomp = [c for c in kids if c.dep_ == "ccomp"]
    if ccomp:
        c = ccomp[0] if ccomp[0].i > cue.i else ccomp[-1]
        return [_clause_range(c)], c
    xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > cue.i]
    dobj = [c for c in kids if c.dep_ in ("dobj", "dative") and c.i > cue.i]
    if lemma in DIRECTIVE_CUES and xcomp:
        start = dobj[0] if dobj else xcomp[0]
        s, _ = _subtree_range(start)
        _, e = _subtree_range(xcomp[0])
        return [(s, e)], xcomp[0]
    if lemma == "accuse" and dobj:
        prep = [c for c in kids if c.dep_ == "prep" and c.lower_ == "of"]
        s, e = _subtree_range(dobj[0])
        if prep:
            e = max(e, _subtree_range(prep[0])[1])
        return [(s, e)], dobj[0]
    if lemma == "accuse":
        prep = [c for c in kids if c.dep_ == "prep" and c.lower_ == "of"]
        if prep:
            return [_subtree_range(prep[0])], prep[0]
    if lemma in OBJECT_CUES and dobj and lemma not in NEEDS_CLAUSE:
        d = dobj[0]
        has_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
        if len(list(d.subtree)) < 3 and d.tag_ not in ("WDT", "WP") and lemma not in _CONTRARY and not has_as:
            return [], None  # "defended the plan": an action, not a claim
        if d.tag_ in ("WDT", "WP"):  # "which the Home Office today rejects": the clause itself
            return [_subtree_range(cue)], d
        rng = _subtree_range(d)
        preps = [c for c in kids if c.dep_ == "prep" and c.i > d.i and c.lower_ in ("as", "of", "for")]
        if preps:
            rng = (rng[0], max(rng[1], _subtree_range(preps[-1])[1]))
        return [rng], d
    return [], None


def _parenthetical_content(cue: Any, text: str) -> list[tuple[int, int]]:
    """For "Y, X said, Z" / "Y, said X": the sentence outside the "X said" part."""
    sent = cue.sent
    s0, s1 = sent.start_char, sent.end_char
    c0, c1 = _subtree_range(cue, skip=None)
    ranges = []
    if c0 > s0:
        ranges.append((s0, c0))
    if c1 < s1:
        ranges.append((c1, s1))
    out = []
    for a, b in ranges:
        a, b = _trim(text, a, b)
        if b - a > 8 and len(text[a:b].split()) >= 3:
            out.append((a, b))
    return out


def find_attributions(article: Article, parsed: list[ParsedParagraph]) -> list[Attribution]:
    """Every attribution in the article's body, in reading order."""
    resolver = _Resolver(article, parsed)
    result: list[Attribution] = []
    prev_direct_source: tuple[str, str, str] | None = None  # (canonical, kind, written)
    prev_unclosed = False
    for pp in parsed:
        cands = _paragraph_candidates(pp, resolver, prev_direct_source, prev_unclosed)
        for c in cands:
            result.append(_to_attribution(pp, c))
        directs = [c for c in cands if c.direct and c.source]
        if directs:
            last = directs[-1]
            prev_direct_source = (last.source, last.kind, last.src_text)
        elif cands and any(c.source for c in cands):
            named = [c for c in cands if c.source]
            prev_direct_source = (named[-1].source, named[-1].kind, named[-1].src_text)
        quotes = find_quotes(pp.text)
        prev_unclosed = bool(quotes and quotes[-1].unclosed)
    return result


def _paragraph_candidates(
    pp: ParsedParagraph,
    resolver: _Resolver,
    prev_source: tuple[str, str, str] | None,
    prev_unclosed: bool,
) -> list[_Cand]:
    doc, text = pp.doc, pp.text
    quotes = find_quotes(text)
    cands: list[_Cand] = []
    cue_tokens = [t for t in doc if _is_cue(t) and not _in_quote(quotes, t.idx)]
    by_cue: dict[int, _Cand] = {}
    for cue in cue_tokens:
        cand = _from_cue(cue, text, quotes, resolver)
        if cand is not None:
            by_cue[cue.i] = cand
    # relays: "Reuters reported that Hua urged ..." -> Hua's claim, relayed by Reuters
    for i, cand in list(by_cue.items()):
        head = cand.extra.get("content_head")
        if head is None:
            continue
        inner = [j for j in by_cue if j != i and doc[j].is_ancestor(head) is False and
                 (doc[j] == head or head.is_ancestor(doc[j]))]
        inner = [j for j in inner if by_cue[j].source and by_cue[j].cue_i != cand.cue_i]
        if inner and doc[inner[0]] == head:
            by_cue[inner[0]].relay = cand.source if cand.kind in ("news_outlet", "document") else None
            if by_cue[inner[0]].relay or cand.kind in ("news_outlet",):
                del by_cue[i]
    # "..., warning that ...": a subjectless participle continues its governor's claim
    for i in sorted(by_cue):
        cand = by_cue.get(i)
        if cand is None:
            continue
        tok = doc[i]
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ in _SUBJ for c in tok.children):
            gov = by_cue.get(tok.head.i)
            if gov is not None and gov.content and len(text[cand.content[0][0]:cand.content[-1][1]].split()) < 3:
                del by_cue[i]  # "..., calling them": too little to be a claim of its own
                continue
            if gov is not None and gov.content and gov.cue_span and \
                    not (gov.content[0][0] < gov.cue_span[0] < cand.content[-1][1]):
                s = min(gov.content[0][0], cand.content[0][0])
                e = max(gov.content[-1][1], cand.content[-1][1])
                gov.content = [(s, e)]
                del by_cue[i]
    cands.extend(by_cue[i] for i in sorted(by_cue))
    cands.extend(_according_to(doc, text, quotes, resolver))
    cands.extend(_impersonal(doc, text, cands))
    # cues inside another cue's content that repeat the same source are one claim, not two
    cands = _drop_nested_same_source(cands)
    _apply_quotes(cands, text, quotes)
    for c in cands:
        _split_around_cue(c, text, quotes)
    cands.extend(_orphan_quotes(doc, text, quotes, cands, resolver, prev_source, prev_unclosed))
    cands.sort(key=lambda c: (c.content[0][0] if c.content else 0))
    return cands


def _from_cue(cue: Any, text: str, quotes: list[Quote], resolver: _Resolver) -> _Cand | None:
    lemma = cue.lemma_.lower()
    is_passive = any(c.dep_ == "auxpass" for c in cue.children) or (cue.dep_ == "acl" and cue.tag_ == "VBN")
    subj = _subject(cue)
    agent = [c for c in cue.children if c.dep_ == "agent"]
    if is_passive:
        if not agent:
            return None  # impersonal: handled by _impersonal
        pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
        if not pobj:
            return None
        subj = pobj[0]
    if subj is None:
        subj = _person_before(cue)
    if subj is None:
        return None
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "there") and lemma not in ("read", "show"):
        return None
    content, head = _content_of(cue)
    if is_passive and not content and subj is not None:
        return None
    if not content:
        following = _quote_after(cue, text, quotes)
        if cue.dep_ in ("parataxis",) or (cue.dep_ == "ROOT" and _is_sandwiched(cue)) or \
                (cue.dep_ in ("advcl", "conj") and following is not None):
            content = _parenthetical_content(cue, text)
        if not content and following is not None:
            content = [(following.start, following.end)]
        if not content:
            return None
    elif lemma in NEEDS_CLAUSE and (head is None or head.dep_ not in ("ccomp",)):
        return None
    if lemma in ("show", "find", "indicate", "reveal") and subj.pos_ == "PRON" and subj.lower_ in PERSON_PRONOUNS:
        return None
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and not any(c.dep_ in _SUBJ for c in cue.children) \
            and (not _is_cue(cue.head) or any(c.dep_ == "neg" for c in cue.head.children)):
        return None  # "Citing privacy rules, officials ...": a participle aside, not a claim
    if any(c.dep_ == "neg" for c in cue.children) and head is not None and \
            any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("whether", "if") for t in head.subtree
                if t.i <= head.i and t.i >= head.left_edge.i):
        return None  # "officials have not said why ...": no claim is made
    phrase = _source_phrase(subj)
    canonical, kind, written = resolver.resolve(subj, phrase)
    if not canonical and kind == "none":
        return None
    s0 = phrase[0].idx
    s1 = phrase[-1].idx + len(phrase[-1].text)
    content = [_trim(text, a, b) for a, b in content]
    content = [(a, b) for a, b in content if b > a]
    if not content:
        return None
    # the source must not sit inside its own content ("he said" inside the ccomp is a parse slip)
    if any(a <= s0 < b for a, b in content) and len(content) == 1 and not _is_sandwiched(cue):
        return None
    cue_end = cue.idx + len(cue.text)
    cue_start = cue.idx
    parts = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
    if parts:
        cue_end = parts[0].idx + len(parts[0].text)
    aux = [c for c in cue.children if c.dep_ in ("aux", "auxpass") and c.i == cue.i - 1]
    if aux and aux[0].lower_ in ("is", "are", "was", "were", "been", "has", "have", "had"):
        cue_start = aux[0].idx
    return _Cand(
        src=(s0, s1), src_text=written, source=canonical, kind=kind, cue=text[cue_start:cue_end],
        cue_span=(cue_start, cue_end), content=content, cue_i=cue.i, extra={"content_head": head},
    )


def _person_before(cue: Any) -> Any | None:
    """A named person just before a subjectless cue ("Tom Molomby, SC, said"): a parse slip."""
    for ent in reversed(list(cue.doc.ents)):
        if ent.label_ == "PERSON" and ent.end <= cue.i and cue.i - ent.end <= 4 and ent.sent == cue.sent:
            return ent.root
    return None


def _is_sandwiched(cue: Any) -> bool:
    """"..., Pompeo said." or "..., he said, ...": the cue follows a comma-set clause."""
    sent = cue.sent
    left = [t for t in sent if t.i < cue.i]
    return any(t.text == "," for t in left[-4:]) or any(t.text in _QUOTE_CHARS for t in left[-4:])


def _quote_after(cue: Any, text: str, quotes: list[Quote]) -> Quote | None:
    end = cue.idx + len(cue.text)
    for q in quotes:
        gap = text[end:q.open_start]
        if q.open_start >= end and len(gap) <= 40 and gap.strip(" ,:") == "" or \
                (q.open_start >= end and len(gap.split()) <= 4 and gap.rstrip().endswith((":", ","))):
            return q
    return None


def _according_to(doc: Any, text: str, quotes: list[Quote], resolver: _Resolver) -> list[_Cand]:
    out: list[_Cand] = []
    low = text.lower()
    if "according to" not in low and "words of" not in low:
        return out  # most paragraphs: no need to walk the tokens
    for tok in doc:
        if _in_quote(quotes, tok.idx) or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        of_end = nxt.idx + len(nxt.text)
        if tok.lower_ == "according" and nxt.lower_ == "to":
            pobj = [c for c in nxt.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        elif tok.lower_ == "words" and tok.i >= 2 and doc[tok.i - 2].lower_ == "in" and nxt.lower_ == "of":
            pobj = [c for c in nxt.children if c.dep_ == "pobj"]
            tok = doc[tok.i - 2]
        else:
            continue
        if not pobj:
            continue
        phrase = _source_phrase(pobj[0])
        canonical, kind, written = resolver.resolve(pobj[0], phrase)
        p0 = tok.idx
        p1 = phrase[-1].idx + len(phrase[-1].text)
        # "according to the team's coach, Alireza Mehraban, ...": the appositive belongs to the source
        m = re.match(r",\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,", text[p1:])
        if m:
            p1 += m.end(1) + (m.start(1))
        sent = tok.sent
        content = []
        sides = [(sent.start_char, p0), (p1, sent.end_char)]
        if tok.lower_ == "in" or len(text[sent.start_char:p0].split()) <= 1:
            sides = sides[1:]  # "In the words of X, Y" / "According to X, Y": Y follows
        for a, b in sides:
            a, b = _trim(text, a, b)
            has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc if a <= t.idx < b)
            if len(text[a:b].split()) >= 3 and has_verb:
                content.append((a, b))
        if not content:
            continue
        out.append(_Cand(
            src=(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)), src_text=written,
            source=canonical, kind=kind, cue="according to", cue_span=(tok.idx, of_end),
            content=content, cue_i=tok.i,
        ))
    return out


def _impersonal(doc: Any, text: str, taken: list[_Cand]) -> list[_Cand]:
    """Passive and impersonal claims with no source: "is believed to", "accused of", "reportedly"."""
    out = []
    claimed = {c.cue_i for c in taken}
    for tok in doc:
        if tok.i in claimed:
            continue
        lemma = tok.lemma_.lower()
        hedge = None
        rng = None
        if lemma in HEDGE_VERBS and tok.tag_ == "VBN":
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            reduced = tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")
            if any(c.dep_ == "agent" for c in tok.children):
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if lemma in _NEEDS_TO and (nxt is None or nxt.lower_ != "to"):
                continue  # "is thought to" hedges; "well thought out" does not
            h0, h1 = tok.idx, tok.idx + len(tok.text)
            if passive:
                aux = [c for c in tok.children if c.dep_ in ("auxpass", "aux")]
                h0 = min([a.idx for a in aux] + [tok.idx])
                if lemma in ("describe", "characterise", "characterize"):
                    rng = (h0, _subtree_range(tok)[1])
                else:
                    rng = _subtree_range(tok)
            elif reduced:
                rng = (_np_start(tok.head), _subtree_range(tok)[1])
            else:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in ("to", "of", "as", "that"):
                h1 = nxt.idx + len(nxt.text)
            hedge = text[h0:h1]
        elif tok.lower_ in HEDGE_ADVERBS and tok.dep_ == "advmod":
            hedge = tok.text
            h0, h1 = tok.idx, tok.idx + len(tok.text)
            rng = _clause_range(tok.head)
            subj = next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
            if subj is not None and len(list(subj.subtree)) > 8:
                aux = [c for c in tok.head.children if c.dep_ in ("aux", "auxpass") and c.i > subj.i]
                rng = (min([a.idx for a in aux] + [tok.idx]), rng[1])
        if rng is None or hedge is None:
            continue
        sent = tok.sent
        a, b = max(rng[0], sent.start_char), min(rng[1], sent.end_char)
        a, b = _trim(text, a, b)
        if len(text[a:b].split()) < 3:
            continue
        out.append(_Cand(
            src=None, src_text="", source="", kind="none", cue=hedge,
            cue_span=(h0, h1), content=[(a, b)], certainty="hedged",
            hedge=hedge, cue_i=tok.i,
        ))
    return out


def _np_start(noun: Any) -> int:
    """Where a noun phrase starts, leaving out anything it is conjoined with."""
    left = [t for t in noun.lefts if t.dep_ not in ("cc", "conj", "punct")]
    start = min([t.left_edge.i for t in left] + [noun.i])
    # "from the U.S. market and sanction officials accused of ...": a coordination the parser
    # folded into the noun phrase; the phrase starts after its last "and"/"or"
    ccs = [t.i for t in noun.doc[start:noun.i] if t.dep_ == "cc"]
    if ccs:
        start = ccs[-1] + 1
    return noun.doc[start].idx


def _drop_nested_same_source(cands: list[_Cand]) -> list[_Cand]:
    keep = []
    for c in cands:
        nested = False
        for o in cands:
            if o is c or not o.content or not c.content:
                continue
            if o.source == c.source and o.kind == c.kind and o.content[0][0] <= c.content[0][0] \
                    and c.content[-1][1] <= o.content[-1][1] and (o.content != c.content) \
                    and o.cue_span and c.cue_span and o.cue_span[0] < c.cue_span[0] \
                    and o.content[0][0] <= c.cue_span[0] < o.content[-1][1] \
                    and _governs(o, c):
                nested = True
                break
            if not c.source and o.source and o.content[0][0] <= c.content[0][0] and \
                    c.content[-1][1] <= o.content[-1][1] and c.certainty == "hedged" and o.certainty != "hedged":
                # "X said Y is believed to ...": keep the source's claim, mark it hedged
                o.certainty, o.hedge = "hedged", c.hedge
                nested = True
                break
        if not nested:
            keep.append(c)
    return keep


def _governs(outer: _Cand, inner: _Cand) -> bool:
    """True when the inner cue is the outer claim's own clause ("he said he believed ...")."""
    head = outer.extra.get("content_head")
    if head is None or inner.cue_i < 0:
        return False
    if head.i == inner.cue_i:
        return True
    return any(ch.i == inner.cue_i and ch.dep_ in ("conj", "xcomp", "ccomp") for ch in head.children)


def _apply_quotes(cands: list[_Cand], text: str, quotes: list[Quote]) -> None:
    """Mark verbatim contents direct; a quotation running past its cue's sentence is taken whole."""
    for c in cands:
        if not c.content or c.kind == "none":
            continue
        a, b = c.content[0][0], c.content[-1][1]
        for q in quotes:
            if q.words(text) < 4:
                continue
            overlap = min(b, q.end) - max(a, q.start)
            if overlap <= 0 or overlap < 0.6 * (b - a) or (q.words(text) < 5 and overlap < 0.9 * (b - a)):
                continue  # a short quotation inside reported speech stays reported
            # the content is (mostly) this quotation: take the quotation whole, unless the cue
            # sits inside it (then the parse is unreliable and the content is kept as found)
            qa, qb = _trim(text, q.start, q.end)
            if len(c.content) == 1 and qb > qa and not (c.cue_span and qa <= c.cue_span[0] < qb):
                c.content = [(qa, qb)]
            c.direct = True
            break
        if c.direct and len(c.content) == 1:
            # a content that runs from one quotation into the next keeps only the first
            a, b = c.content[0]
            inside = [q for q in quotes if q.start < b and q.end > a and q.words(text) >= 1]
            if len(inside) >= 2 and (c.cue_span is None or c.cue_span[1] <= inside[0].open_start):
                qa, qb = _trim(text, max(a, inside[0].start), inside[0].end)
                if qb > qa:
                    c.content = [(qa, qb)]
        if not c.direct:
            share = sum(quoted_share(quotes, x, y) * (y - x) for x, y in c.content)
            total = sum(y - x for x, y in c.content) or 1
            c.direct = share / total >= 0.7


def _split_around_cue(c: _Cand, text: str, quotes: list[Quote]) -> None:
    """"The economy," he said, "is in trouble.": one claim in two spans around its cue."""
    if c.cue_span is None or c.src is None:
        return
    lo = min(c.src[0], c.cue_span[0])
    hi = max(c.src[1], c.cue_span[1])
    before = [q for q in quotes if q.end <= lo and lo - q.end <= 4]
    after = [q for q in quotes if q.open_start >= hi and q.open_start - hi <= 4]
    if before and after:
        a = _trim(text, before[-1].start, before[-1].end)
        b = _trim(text, after[0].start, after[0].end)
        if a[1] > a[0] and b[1] > b[0]:
            c.content = [a, b]
            c.direct = True


def _covered(cands: list[_Cand], q: Quote) -> bool:
    for c in cands:
        for a, b in c.content:
            if min(b, q.end) - max(a, q.start) > 0.3 * (q.end - q.start):
                return True
    return False


def _orphan_quotes(
    doc: Any,
    text: str,
    quotes: list[Quote],
    cands: list[_Cand],
    resolver: _Resolver,
    prev_source: tuple[str, str, str] | None,
    prev_unclosed: bool,
) -> list[_Cand]:
    out = []
    for q in quotes:
        whole_sentence = text[:q.end].rstrip()[-1:] in ".!?" and q.words(text) >= 3
        if (q.words(text) < 5 and not whole_sentence) or _covered(cands, q) or _covered(out, q):
            continue
        # the speaker: a cue in the same sentence as the quote's opening, outside the quote
        speaker = None
        open_tok = next((t for t in doc if t.idx >= q.open_start), None)
        if open_tok is not None:
            sent = open_tok.sent
            cues = [t for t in sent if _is_cue(t) and not _in_quote(quotes, t.idx)
                    and not any(c.dep_ == "auxpass" for c in t.children)]
            if not cues and sent.start > 0:
                prev = doc[sent.start - 1].sent
                if prev.text.rstrip().endswith(":"):
                    cues = [t for t in prev if _is_cue(t)]
            cues.sort(key=lambda t: abs(t.idx - q.open_start))
            for cue in cues:
                subj = _subject(cue)
                if subj is not None:
                    phrase = _source_phrase(subj)
                    canonical, kind, written = resolver.resolve(subj, phrase)
                    if canonical:
                        speaker = (canonical, kind, written, (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)),
                                   cue)
                        break
        if speaker is None and open_tok is not None:
            speaker = _speaker_before(doc, text, q, cands + out, resolver)
        qa, qb = _trim(text, q.start, q.end)
        if qb <= qa:
            continue
        if speaker is not None:
            canonical, kind, written, src, cue = speaker
            out.append(_Cand(src=src, src_text=written, source=canonical, kind=kind,
                             cue=cue.text if cue is not None else "",
                             cue_span=(cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
                             content=[(qa, qb)], direct=True, cue_i=cue.i if cue is not None else -1))
        elif prev_source is not None and (q.open_start <= 2 or prev_unclosed):
            # a paragraph that continues (or sets off) the previous speaker's quotation
            canonical, kind, _ = prev_source
            out.append(_Cand(src=None, src_text="", source=canonical, kind=kind, cue="",
                             cue_span=None, content=[(qa, qb)], direct=True,
                             extra={"continued": True}))
    return out


def _speaker_before(doc: Any, text: str, q: Quote, known: list[_Cand], resolver: _Resolver):
    """A second quotation in a paragraph goes to the paragraph's last quoted speaker; a quotation
    after "X issued a statement." goes to X, the subject of the sentence before it."""
    earlier = [c for c in known if c.source and c.direct and c.content and c.content[-1][1] <= q.open_start]
    if earlier:
        c = earlier[-1]
        return (c.source, c.kind, c.src_text, None, None)
    open_tok = next((t for t in doc if t.idx >= q.open_start), None)
    if open_tok is None or open_tok.sent.start == 0:
        return None
    prev = doc[open_tok.sent.start - 1].sent
    root = prev.root
    subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
    if subj is None or not any(e.label_ == "PERSON" for e in doc.ents if e.start <= subj.i < e.end):
        return None
    phrase = _source_phrase(subj)
    canonical, kind, written = resolver.resolve(subj, phrase)
    if not canonical:
        return None
    return (canonical, kind, written, (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)), None)


def _to_attribution(pp: ParsedParagraph, c: _Cand) -> Attribution:
    spans = tuple(pp.span(a, b) for a, b in c.content)
    certainty = c.certainty
    return Attribution(
        source=c.source,
        source_text=c.src_text,
        source_span=pp.span(*c.src) if c.src else None,
        source_kind=c.kind if c.source or c.kind == "none" else c.kind,
        cue=pp.text[c.cue_span[0]:c.cue_span[1]] if c.cue_span else c.cue,
        cue_span=pp.span(*c.cue_span) if c.cue_span else None,
        content=" … ".join(s.text for s in spans),
        content_spans=spans,
        direct=c.direct,
        paragraph=pp.number,
        relay=c.relay,
        certainty=certainty,
        hedge=c.hedge,
    )
