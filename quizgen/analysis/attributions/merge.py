"""Merging a paragraph's candidates: relays, continued participles, nested cues of one source,
quotations taken whole, claims split around their cue; then the Attribution records."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.analysis.attributions.candidate import Candidate, trim
from quizgen.analysis.attributions.syntax import MIN_CONTENT_WORDS, SUBJECT_DEPS
from quizgen.analysis.parsed import ParsedParagraph
from quizgen.analysis.quotes import Quote, quoted_share
from quizgen.model import Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MIN_QUOTE_WORDS = 4  # a shorter quotation never makes its content direct by overlap
SHORT_QUOTE_WORDS = 5  # a quotation shorter than this must cover ...
SHORT_QUOTE_OVERLAP = 0.9  # ... this share of the content to make it direct
QUOTE_OVERLAP = 0.6  # a longer quotation must cover this share of the content
DIRECT_SHARE = 0.7  # a content this much inside quotation marks is direct
# the rest of a cue's sentence before the next quotation opens: no quotation mark, ends a sentence
_SENTENCE_GAP = re.compile(r"[^\"“”]{0,120}?[.!?]\s+")
FRAME_GAP = 2  # a content that ends this close to a quotation's end ends with it
FRAME_CUE_GAP = 40  # ... and its cue follows this close after ('," Kunin said'), in the same sentence
SPLIT_GAP = 4  # characters between a quotation and the cue it brackets ("“A,” he said, “B.”")


def fold_relays(doc: Doc, by_cue: dict[int, Candidate]) -> None:
    """"Reuters reported that Hua urged ...": Hua's claim, relayed by Reuters (the outlet's own
    candidate goes; a non-outlet's stays beside the inner claim)."""
    for i, cand in list(by_cue.items()):
        head = cand.content_head
        if head is None:
            continue
        inner = [j for j in by_cue if j != i and doc[j].is_ancestor(head) is False and
                 (doc[j] == head or head.is_ancestor(doc[j]))]
        inner = [j for j in inner if by_cue[j].source and by_cue[j].cue_i != cand.cue_i]
        if inner and doc[inner[0]] == head:
            by_cue[inner[0]].relay = cand.source if cand.kind in ("news_outlet", "document") else None
            if by_cue[inner[0]].relay or cand.kind == "news_outlet":
                del by_cue[i]


_CLOSING_MARKS = "\"”’'"  # '... was "corrupt," noting that ...': the comma inside the quotation sets the participle off
PARTICIPLE_OWN = 0.5  # how sure the participle's own part of a folded claim is a claim by itself (listed only)


def fold_participles(doc: Doc, text: str, by_cue: dict[int, Candidate]) -> None:
    """"..., warning that ...": a subjectless participle continues its governor's claim. Its own part
    ("warning that ...") stays listed as well, an unsure entry of its own (never quizzed): a reader asking
    what the speaker warned of finds it under its own cue; but only when the participle read alone is given
    the same speaker (a participle the parse hangs elsewhere may be anyone's)."""
    for i in sorted(by_cue):
        cand = by_cue.get(i)
        if cand is None:
            continue
        tok = doc[i]
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            continue
        gov = by_cue.get(tok.head.i)
        if gov is None or not gov.content or \
                len(text[gov.content[0][0]:gov.content[-1][1]].split()) < MIN_CONTENT_WORDS:
            continue  # (nor into "said as much": the participle says what "as much" stands for, on its own)
        if len(text[cand.content[0][0]:cand.content[-1][1]].split()) < MIN_CONTENT_WORDS:
            del by_cue[i]  # "..., calling them": too little to be a claim of its own
            continue
        if gov.cue_span and cand.cue_span and cand.cue_span[1] <= gov.cue_span[0] < gov.content[0][0]:
            # "Noting he majored in law, Allen said he ...": the opening participle says one thing, the verb
            # another; one range over both would hold the verb and its speaker. Its part stays listed, unsure
            if cand.source == gov.source:
                cand.claim_confidence = min(cand.claim_confidence, PARTICIPLE_OWN)
                cand.listed_only = True
            else:
                del by_cue[i]
            continue
        if gov.cue_span and not (gov.content[0][0] < gov.cue_span[0] < cand.content[-1][1]):
            s = min(gov.content[0][0], cand.content[0][0])
            e = max(gov.content[-1][1], cand.content[-1][1])
            gov.content = [(s, e)]
            # "..., adding that ...": set off by a comma, the participle is an aside of the governor's speaker;
            # without one ("recalled the mayor telling him") it may be the object's doing
            if cand.source == gov.source and text[:tok.idx].rstrip().rstrip(_CLOSING_MARKS).endswith(","):
                cand.claim_confidence = min(cand.claim_confidence, PARTICIPLE_OWN)
                cand.listed_only = True
            else:  # the participle's own reading names someone else: who adds it is unclear, one claim only
                del by_cue[i]


def drop_nested_same_source(cands: list[Candidate]) -> list[Candidate]:
    """Cues inside another cue's content that repeat the same source are one claim, not two;
    a sourceless hedge inside a sourced claim hedges that claim."""
    keep = []
    for c in cands:
        nested = False
        for o in ([] if c.listed_only else cands):  # a listed part of a folded claim stays listed
            if o is c or not o.content or not c.content:
                continue
            if o.source == c.source and o.kind == c.kind and o.content[0][0] <= c.content[0][0] \
                    and c.content[-1][1] <= o.content[-1][1] and (o.content != c.content) \
                    and o.cue_span and c.cue_span and o.cue_span[0] < c.cue_span[0] \
                    and o.content[0][0] <= c.cue_span[0] < o.content[-1][1] \
                    and _governs(o, c):
                if o.claim_confidence < c.claim_confidence:
                    # "Hale focused on what he said were errors": the saying inside an unsure stance is listed
                    # too, as unsure as the stance that holds it
                    c.claim_confidence, c.listed_only = o.claim_confidence, True
                    continue
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


def drop_reported_inside(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Merrill said Machado promised to keep campaigning": a saying inside what another source says is that
    source's report, part of its claim, not the inner speaker's own ("She said Trump favors a strongman
    approach" is her view of Trump, not his). The inner cue goes when it sits in the outer claim's content and
    in its clause (the outer content's head governs it); a saying still to come or a listed part stays."""
    keep = []
    for c in cands:
        inside = False
        if c.cue_span and 0 <= c.cue_i < len(doc) and not c.to_come and not c.listed_only:
            cue = doc[c.cue_i]
            for o in cands:
                if o is c or o.claim_confidence < 1.0 or o.content_head is None or o.source == c.source or \
                        not any(a <= c.cue_span[0] < b for a, b in o.content):
                    continue
                if _reported_under(o.content_head, cue):
                    inside = True
                    break
        if not inside:
            keep.append(c)
    return keep


_OWN_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis", "prep"})  # "A suggested X, while B said Y"; "according to"


def _reported_under(head: Token, cue: Token) -> bool:
    """Is the verb ``cue`` part of the clause ``head`` heads, as what that clause reports ("said Hale favors ...",
    "said that Hale had promised ...")? Not through an adverbial clause or a conjunct ("Rubio suggested X, while
    Cruz said Y", "X said A and Y said B" as the parser may hang them), nor an "according to" phrase."""
    if cue.pos_ not in ("VERB", "AUX"):
        return False
    tok = cue
    while tok.i != head.i:
        if tok.dep_ in _OWN_CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _governs(outer: Candidate, inner: Candidate) -> bool:
    """True when the inner cue is the outer claim's own clause ("he said he believed ...")."""
    head = outer.content_head
    if head is None or inner.cue_i < 0:
        return False
    if head.i == inner.cue_i:
        return True
    return any(ch.i == inner.cue_i and ch.dep_ in ("conj", "xcomp", "ccomp") for ch in head.children)


def apply_quotes(cands: list[Candidate], text: str, quotes: list[Quote]) -> None:
    """Mark verbatim contents direct; a quotation running past its cue's sentence is taken whole."""
    for c in cands:
        if not c.content or c.kind == "none":
            continue
        a, b = c.content[0][0], c.content[-1][1]
        for q in quotes:
            if q.words(text) < MIN_QUOTE_WORDS:
                continue
            if _framed_quote(c, text, q):
                c.content = [trim(text, q.start, q.end)]
                c.direct = True
                break
            overlap = min(b, q.end) - max(a, q.start)
            if overlap <= 0 or overlap < QUOTE_OVERLAP * (b - a) or \
                    (q.words(text) < SHORT_QUOTE_WORDS and overlap < SHORT_QUOTE_OVERLAP * (b - a)):
                continue  # a short quotation inside reported speech stays reported
            # the content is (mostly) this quotation: take the quotation whole, unless the cue
            # sits inside it (then the parse is unreliable and the content is kept as found)
            qa, qb = trim(text, q.start, q.end)
            if len(c.content) == 1 and qb > qa and not (c.cue_span and qa <= c.cue_span[0] < qb):
                c.content = [(qa, qb)]
            c.direct = True
            break
        if c.direct and len(c.content) == 1:
            # a content that runs from one quotation into the next keeps only the first
            a, b = c.content[0]
            inside = [q for q in quotes if q.start < b and q.end > a and q.words(text) >= 1]
            if len(inside) >= 2 and (c.cue_span is None or c.cue_span[1] <= inside[0].open_start):
                qa, qb = trim(text, max(a, inside[0].start), inside[0].end)
                if qb > qa:
                    c.content = [(qa, qb)]
        if not c.direct:
            share = sum(quoted_share(quotes, x, y) * (y - x) for x, y in c.content)
            total = sum(y - x for x, y in c.content) or 1
            c.direct = share / total >= DIRECT_SHARE


def _framed_quote(c: Candidate, text: str, q: Quote) -> bool:
    """'Despite the tone, "I think he will do it," Kunin said.': the content runs from the reporter's
    own framing phrase into a quotation that ends where the cue follows; only the quotation is said."""
    if len(c.content) != 1 or c.cue_span is None:
        return False
    a, b = c.content[0]
    framing = text[a:q.open_start].rstrip()
    return a < q.open_start and b <= q.end + FRAME_GAP and q.end <= b + FRAME_GAP \
        and 0 <= c.cue_span[0] - q.end <= FRAME_CUE_GAP and framing.endswith((",", ":", "—")) \
        and not any(ch in text[q.end + 1:c.cue_span[0]] for ch in ".!?")


_TITLE_SMALL = frozenset("a an and the of on in at to for with from by or nor but".split())


def _quoted_title(text: str, q: Quote) -> bool:
    """A short quotation in title case ('told "Fox and Friends,"', 'on "Meet the Press"'): a programme's or a work's
    name, no words of the speaker's (judged blind, T27: '"…fair game. He's a former president … Fox and Friends"')."""
    words = text[q.start:q.end].strip(" ,.;:").split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words) and \
        words[0][:1].isupper()


def split_around_cue(c: Candidate, text: str, quotes: list[Quote], others: Sequence[Candidate] = ()) -> None:
    """"The economy," he said, "is in trouble.": one claim in two spans around its cue. A quotation
    another cue claims ("A," said Berg. "B," said Hale.) is that speaker's, not this one's."""
    if c.cue_span is None or c.src is None:
        return
    claimed = [r for o in others if o is not c for r in o.content]
    lo = min(c.src[0], c.cue_span[0])
    hi = max(c.src[1], c.cue_span[1])
    # a quotation on the line before, or a question ('Berg was asked, "What ...?" Berg said, "..."'), is not
    # the first half of this one: an interviewer's question is not the speaker's answer
    before = [q for q in quotes if q.end <= lo and lo - q.end <= SPLIT_GAP and "\n" not in text[q.end:lo]
              and not text[q.start:q.end].rstrip().endswith("?")]
    after = [q for q in quotes if q.open_start >= hi and q.open_start - hi <= SPLIT_GAP
             and not any(x < q.end and y > q.start for x, y in claimed) and not _quoted_title(text, q)]
    if before and not after:
        # ""A," she told ABC News in May. "B."": the quotation that opens the next sentence goes on
        after = [q for q in quotes if q.open_start >= hi and _SENTENCE_GAP.fullmatch(text[hi:q.open_start])
                 and not any(x < q.end and y > q.start for x, y in claimed)][:1]
    if before and after:
        a = trim(text, before[-1].start, before[-1].end)
        b = trim(text, after[0].start, after[0].end)
        if a[1] > a[0] and b[1] > b[0]:
            c.content = [a, b]
            c.direct = True


# a reported claim never ends on these: its content was cut by a misparse ("Cruz is not only right, he is also
# the most able candidate Viguerie argues": "he is also" read as the claim, "the candidate Viguerie" as its source)
_CUT_ENDS = frozenset("also is are was were be been being am the a an of to and but or nor that with for than not only "
                      "very more most his her their its our my your as by from into on in at".split())
CUT = 0.5  # such a claim's confidence: listed, never quizzed


# ", and he railed against …": the writer's account of what the speaker did next, run into the reported claim (a past
# verb of its own after a pronoun; not "and he would …", which the speaker may still be saying)
_NARRATED_TAIL = re.compile(r",\s+and\s+(?:he|she|they)\s+(?:also\s+|then\s+|later\s+)?(?!(?:would|will|could|should|"
                            r"might|must|can|may|was|were|is|are|had|has|have|did|does|do|need|needed)\b)"
                            r"[a-z]+(?:ed|ought|ew|ook|ent|ave|ame|ade|old|ote|oke)\b")


def cut_narrated_tail(cands: list[Candidate], text: str) -> None:
    """A reported claim ends before ", and he railed against …" (judged blind, T9: "Rubio said the real extremist on
    abortion is Hillary Clinton, and he railed against Democratic debate moderators …" asked as one claim)."""
    for c in cands:
        if not c.content or c.direct or not c.source:
            continue
        a, b = c.content[-1]
        m = _NARRATED_TAIL.search(text, a, b)
        if m is not None and m.start() - a >= 12:
            c.content[-1] = (a, m.start())


# the speaker quoting someone else's words: "quoted Reagan's 'eleventh commandment' -- '…'", "quoting Lincoln: '…'"
_QUOTING_ANOTHER = re.compile(r"\bquot(?:ed|ing|es)\s+(?:the\s+)?(?:(?:former|late|President|Sen\.|Gov\.|Rev\.|Dr\.|"
                              r"Governor|Senator)\s+)*([A-Z][\w'’-]+)")
QUOTED_OTHER = 0.6  # the source's confidence for words it quotes from another: listed, never asked who said them


def quoting_another(cands: list[Candidate], text: str) -> None:
    """A quotation the speaker reads out from someone else ("Carson … quoted Reagan's 'eleventh commandment' -- 'Thou
    shall not speak ill of thy fellow Republican'": judged blind, T9, keyed to Carson) is not surely the speaker's
    words: "who said it?" has two answers."""
    for c in cands:
        if not c.direct or not c.content or not c.source:
            continue
        start = c.content[0][0]
        before = text[max(0, start - 160):start]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1:]  # the quotation's own sentence
        found = list(_QUOTING_ANOTHER.finditer(before))
        if not found:
            continue
        other = re.sub(r"['’]s?$", "", found[-1].group(1)).lower()  # the last one named before the quotation
        if other and other not in c.source.lower().split():
            c.source_confidence = min(c.source_confidence, QUOTED_OTHER)


def unsure_when_cut(cands: list[Candidate], text: str) -> None:
    """A reported (not quoted) content that ends on a word no claim ends on is cut: an unsure claim."""
    for c in cands:
        if not c.content or c.direct:
            continue
        tail = text[c.content[-1][0]:c.content[-1][1]].rstrip().split()[-1:]
        if tail and tail[0].lower() in _CUT_ENDS:
            c.claim_confidence = min(c.claim_confidence, CUT)


def _joined(pp: ParsedParagraph, c: Candidate, spans: tuple[Span, ...]) -> str:
    """The content's pieces as one text: a reported claim interrupted only by its cue ("Survival, Mr.
    Vance says, depends on ...") reads as one sentence; anything else is marked as cut ("…")."""
    if not c.direct and len(spans) == 2 and c.cue_span and c.content[0][1] <= c.cue_span[0] < c.content[1][0]:
        return f"{spans[0].text} {spans[1].text}"
    return " … ".join(s.text for s in spans)


def to_attribution(pp: ParsedParagraph, c: Candidate) -> Attribution:
    spans = tuple(pp.span(a, b) for a, b in c.content)
    return Attribution(
        source=c.source,
        source_text=c.src_text,
        source_span=pp.span(*c.src) if c.src else None,
        source_kind=c.kind,
        cue=pp.text[c.cue_span[0]:c.cue_span[1]] if c.cue_span else c.cue,
        cue_span=pp.span(*c.cue_span) if c.cue_span else None,
        content=_joined(pp, c, spans),
        content_spans=spans,
        direct=c.direct,
        paragraph=pp.number,
        relay=c.relay,
        certainty=c.certainty,
        hedge=c.hedge,
        source_confidence=round(c.source_confidence, 2),
        kind_confidence=round(c.kind_confidence, 2),
        claim_confidence=round(c.claim_confidence, 2),
    )
