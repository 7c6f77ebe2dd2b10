"""Evidence: what kind of evidence the article offers, and which kinds it offers at all."""
from __future__ import annotations

import re

from quizgen.analysis.lexicon import NEWS_OUTLETS, OUTLET_NAME_WORDS
from quizgen.fastre import Keyed
from quizgen.generate.attribution import lower_first, subjectless
from quizgen.generate.attribution import starts_with_context as dangling_pronoun_text
from quizgen.generate.base import (
    Context,
    cite,
    drop_final_period,
    in_quotation,
    make_item,
    name_re,
    overlap,
    quote,
    sentence_at,
    shuffled_options,
    starts_with_pronoun,
    support_span,
    unquote,
)
from quizgen.generate.certainty import object_gapped, one_clause
from quizgen.generate.key_detail import cut_sentence
from quizgen.generate.main_idea import VERBISH
from quizgen.model import CONFIDENT, EVIDENCE_KINDS, Item

SKILL = "evidence"
LABELS = {
    "statistic": "A statistic (a count, percentage or measurement)",
    "study/report": "A study, survey or research report",
    "document": "A document, such as a letter, memo or court filing",
    "testimony": "First-hand testimony from someone who was there",
    "official statement": "A statement by an official",
    "expert": "The opinion of an expert",
    "news report": "A report by a news outlet",
    "observation": "Something the reporter saw for themselves",
}
# kinds a careful reader could mix up: never offered as each other's distractors
CONFUSABLE = {
    "statistic": {"study/report"},
    "study/report": {"statistic", "expert", "document", "news report"},
    "document": {"official statement", "study/report"},
    "testimony": {"observation", "official statement"},
    "official statement": {"document", "testimony", "expert"},
    "expert": {"study/report", "official statement"},
    "news report": {"study/report", "observation"},
    "observation": {"testimony", "news report"},
}


_NOT_A_MEASURE = re.compile(
    r"\b(?:act|bill|law|resolution|section|article|chapter|amendment|rule|code|no\.|number|h\.r\.|s\.|"
    r"flight|route|highway|interstate|room|page|paragraph|clause|ward|district|precinct|episode|season|"
    r"version|model|channel|item|level|grade|class|phase|stage|title)\s*$", re.I)


def is_statistic(text: str, start: int, end: int) -> bool:
    """A number that measures something: not a law's or a flight's number ("H.R. 1599",
    "Section 230"), not a year alone ("in 2015"), not a date or an ordinal."""
    span = text[start:end]
    if not any(ch.isdigit() for ch in span):
        return False
    if _NOT_A_MEASURE.search(text[max(0, start - 14):start]):
        return False
    digits = re.findall(r"\d[\d,.]*", span)
    if digits and all(re.fullmatch(r"(?:1[89]|20)\d\d", d) for d in digits) and not re.search(r"%|percent", span):
        return False  # a year
    return not re.fullmatch(r"\s*\d+(?:st|nd|rd|th)\b.*", span)


# The kinds asked about: what the evidence *is* can be read off the sentence itself. Who speaks
# (an official, an expert, a witness) is the sourcing skill's question, and those kinds overlap
# ("Professor X, Director of Y" is an expert and an official).
# the sentence is always shown whole: cut at a comma, "Trump's promises … have put immigration at the
# center of the campaign, but the 50-state poll finds …" lost the poll it was asked about (judged blind)
SHOWN_WHOLE = 40
KEYED_KINDS = ("statistic", "study/report", "document", "news report")
_CUE = Keyed(re.compile(r"\b(?:said|says|say|told|tells|according to|stated|states|added|claimed|claims|argued|"
                  r"announced|estimated?|estimates|believes?|insisted|warned|reported|reports|wrote|quoted)\b", re.I))
_DOC_WORDS = re.compile(r"\b(?:letter|memo|filing|document|record|report|study|survey|research|paper|"
                        r"figures|data|statement|journal|article)s?\b", re.I)


_MEASURES = re.compile(r"%|\bper ?cent\b|\b(?:rates?|average|median|survey|figures|data|poll|record|total|"
                       r"estimated?|million|billion|majority|half|third|quarter)\b", re.I)


_STUDY_NOUN = re.compile(r"\b(?:stud(?:y|ies)|reports?|surveys?|polls?|research|analys[ie]s|papers?|reviews?|"
                         r"audits?|census|trials?|experiments?)\b", re.I)


# the article cites where the evidence comes from: "according to X", "a study by X found",
# "figures from X show", "X reported". A sentence without such a citation is the reporter's own
# narration: no source offers it as evidence for anything.
_CITES = Keyed(re.compile(
    r"\b(?:according to|(?:figures|data|statistics|numbers|estimates?) (?:from|by|released by|published by)|"
    r"(?:stud(?:y|ies)|reports?|surveys?|polls?|research|analys[ie]s|papers?|reviews?|audits?|census|trials?|"
    r"letters?|memos?|filings?|documents?|records?|figures|data|statistics)\b[^.;]{0,80}?\b(?:found|finds|find|"
    r"show(?:s|ed|n)?|conclud\w*|suggest\w*|reveal\w*|indicat\w*|estimat\w*|says|said|stat(?:es|ed)|"
    r"warn\w*|predict\w*|confirm\w*|describ\w*|detail\w*|recommend\w*|put|puts|counted|recorded)\b|"
    r"(?:published|reported|wrote|writes|reports) (?:in|by|that)|"
    r"\b(?:reported|reports|writes|wrote)\b)", re.I))


_DOC_NOUN = (r"(?:letters?|memos?|memorand(?:um|a)|filings?|documents?|records?|files?|emails?|minutes|"
             r"transcripts?|contracts?|invoices?|receipts?|logs?)")
_DOC_VERB = (r"(?:found|finds|find|show(?:s|ed|n)?|conclud\w*|reveal\w*|indicat\w*|stat(?:es|ed)|says|said|"
             r"confirm\w*|detail\w*|describ\w*|list(?:s|ed)?|reads|read|notes|noted)")
# the document is the subject of a finding ("Court records obtained by the Ledger show …") or what
# the sentence is "according to": not "defended its coverage in a letter that detailed …", not a
# letter a notice on a door mentions
_DOC_CITES = re.compile(
    r"\baccording to (?:(?:the|a|an|this|that|these|those|his|her|its|their|[A-Z][\w.’'-]*(?:'s|’s))\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + _DOC_NOUN + r"\b|"
    r"(?:^\W*|[,;:—]\s*|\b(?:that|and|but|while|because)\s+)"
    r"(?:(?!(?:in|on|at|with|to|about|of|into|from|by)\b)[\w’'-]+\s+){0,4}?" + _DOC_NOUN +
    r"(?:\s+(?:from|by|of|obtained by|filed by|filed with|released by|signed by|sent by)\s+[^,.;]{1,50}?)?"
    r"(?:,[^,.;]{1,60},)?\s+" + _DOC_VERB + r"\b", re.I)
# a statement, press release or spokesperson's words: an official statement (or testimony) as much
# as a document
_STATEMENT = re.compile(r"\b(?:statements?|press releases?|news releases?|releases?|spokes\w+|announcement\w*|"
                        r"communiqu\w+|press conference)\b", re.I)
# a scene the writer saw: a letter taped to a door is no evidence cited for a claim
_SCENE = re.compile(r"\b(?:on the (?:front |back )?door|taped|pinned|posted on|hung|tacked|visited|saw|seen)\b",
                    re.I)


def document_cited(text: str, ev_text: str) -> bool:
    """Does the sentence cite a document as the basis of a claim ("according to the letter", "the
    records show that …"), and is it no statement or press release, nor a scene the writer saw?"""
    if _STATEMENT.search(text) or _STATEMENT.search(ev_text) or _SCENE.search(text):
        return False
    return bool(_DOC_CITES.search(text))


def _cited(ctx: Context, sup, ev) -> bool:
    """Does the sentence cite a source for the evidence: a ledger source that is a document or a
    news outlet, or a citing phrase?"""
    for a in ctx.analysis.attributions:
        if a.source_kind in ("document", "news_outlet") and a.source_span is not None \
                and sup.start <= a.source_span.start < sup.end:
            return True
    return bool(_CITES.search(sup.text))


_FINDING_VERB = (r"(?:found|finds|find|show(?:s|ed|n)?|conclud(?:es|ed)|suggest(?:s|ed)?|reveal(?:s|ed)|"
                 r"indicat(?:es|ed)|estimat(?:es|ed)|says|said|stat(?:es|ed)|not(?:es|ed)|report(?:s|ed)|"
                 r"confirm(?:s|ed)|document(?:s|ed)|detail(?:s|ed)|warn(?:s|ed)|predict(?:s|ed)|put|puts|reads|read)")
_FINDING_CUE = re.compile(r"^(?:(?:has|have|had|also)\s+)*" + _FINDING_VERB + r"$", re.I)
_SOURCE_NOUN = {
    "study/report": _STUDY_NOUN.pattern,
    "document": r"\b" + _DOC_NOUN + r"\b",
    "news report": r"\b(?:newspapers?|paper|magazine|outlet|network|broadcaster|agency|[A-Z][\w.’'-]*)\b",
}
# "The report found that …", "A poll from X released Wednesday found …": the source, then its finding
# "last week that …", "on Monday that …", "earlier this month that …": when a finding was made, before its clause
_TIME_BEFORE_THAT = re.compile(
    r"^(?:(?:last|this|next|earlier|later|early|late)\s+(?:this\s+|last\s+)?\w+|(?:on|in|during|since)\s+(?:the\s+)?"
    r"[A-Z0-9]\w*(?:\s+\d+)?|yesterday|today|recently|earlier|previously|in\s+(?:the\s+)?(?:past|last)\s+\w+)"
    r",?\s+that\s+")
# a source the sentence cites for its number, sure in the ledger or not; a plan or proposal, not a measurement
_ACCORDING_ANYONE = re.compile(r"\baccording to\s+(?:an?|one|two|three|several|some|other)?\s*(?:[\w-]+\s+){0,2}?"
                               r"(?:officials?|aides?|sources?|advisers?|advisors?|people|persons?|spokes\w+|"
                               r"insiders?|staffers?|strategists?)\b", re.I)
_PLANNED = re.compile(r"\b(?:propose[sd]?|proposing|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|"
                      r"wants?\s+to|seeks?\s+to|aims?\s+to)\s+(?:\w+\s+)?(?:spend|spending|raise|raising|cut|"
                      r"cutting|invest|investing|allocate|allocating|give|giving|provide|providing)\b", re.I)
_FINDING_AFTER = {k: re.compile(r"^[^;:]*?" + noun + r"[^;:]{0,70}?\b" + _FINDING_VERB +
                                r"\b,?\s+(?:that\s+)?(?P<claim>.+)$", re.I if k != "news report" else 0)
                  for k, noun in _SOURCE_NOUN.items()}
# "…, the new poll indicates, with …", "…, fundraising documents show.": the finding, then its source
_FINDING_BEFORE = {k: re.compile(r"^(?P<claim>[^,;]+?)(?:,|'')*\s+(?:''\s*)?(?:the|a|an|his|her|its|their)?\s*"
                                 r"(?:[\w’'-]+\s+){0,3}?" + noun + r"\s+" + _FINDING_VERB + r"\b", re.I)
                   for k, noun in _SOURCE_NOUN.items() if k != "news report"}
# "According to the report, …", "…, according to his campaign finance documents"
_ACCORDING = re.compile(r"^(?:according to (?P<src1>[^,]{3,80}),\s*(?P<after>.+)|"
                        r"(?P<before>.+?),?\s+according to (?P<src2>[^,;]{3,80}))$", re.I)
_VERB_FIRST = frozenset("drove drives drive rose rises fell falls grew grows led leads made makes took takes gave "
                        "gives went goes came comes saw sees got gets kept keeps left leaves brought brings put puts "
                        "set sets ran runs won wins lost loses paid pays sent sends spent spends showed shows".split())
_GERUND = re.compile(r"^(?:(?:the|a|an|his|her|its|their)\s+)?[\w’'.-]+(?:\s+[A-Z][\w’'.-]*)?\s+[a-z]{2,}ing\b")
_BARE_QUANTIFIER = re.compile(r"^(?:many|some|most|few|several|both|all|others|more|none)\s+(?:are|were|have|had|"
                              r"do|did|will|would|can|could|say|said)\b", re.I)


# an outlet's verbs of its own view (an editorial's, a column's), never of a finding it reports
_OUTLET_VIEW = re.compile(r"^(?:(?:has|have|had|also)\s+)*(?:suggest(?:s|ed)?|predict(?:s|ed)|warn(?:s|ed))$", re.I)


def outlet_view(cue: str) -> bool:
    """Is the cue, said of a news outlet, its own view ("suggested", "warned", "predicted") rather than a
    finding it reports ("reported", "found", "revealed")?"""
    return bool(_OUTLET_VIEW.match(cue.strip()))


def _ledger_finding(ctx: Context, sup, kind: str) -> str | None:
    """The ledger's claim credited to the evidence's source in the sentence ("the report showed that X"
    -> X): a document, an outlet, or a source named by the kind's noun ("poll", "records")."""
    noun = re.compile(_SOURCE_NOUN[kind], re.I if kind != "news report" else 0)
    for a in ctx.analysis.attributions:
        if a.source_span is None or len(a.content_spans) != 1:
            continue
        c = a.content_spans[0]
        if not (sup.start <= a.source_span.start < sup.end and sup.start <= c.start and c.end <= sup.end + 1):
            continue
        if kind == "news report" and a.source_kind != "news_outlet":
            continue
        if kind != "news report" and a.source_kind not in ("document", "news_outlet") and \
                not noun.search(a.source_text or ""):
            continue
        if not (_FINDING_CUE.match(a.cue.strip()) or a.cue.lower().startswith("according")):
            continue  # "the newspaper admitted …", "urged …": an outlet's own view, no finding it reports
        if kind == "news report" and outlet_view(a.cue):
            continue  # judged blind (stop 46): "the New York Daily News suggested the attacks highlight the
            # threat …": what a study suggests is a finding, what a newspaper suggests its own view
        if object_gapped(ctx, a):
            continue  # "The number of people The Post reported Clinton is vetting …": a word lost
        return a.content
    return None


def named_study(text: str) -> bool:
    """Does the sentence name the study, survey, poll or report, or who made it ("a Pew survey", "a
    study by the University of Leeds", "a university study"), or point to one it has named ("the
    report found")? A bare "Analysis shows", "Studies show" or "A new study found" names nothing a
    reader could check (judged blind: a reader's letter's "Analysis shows …" keyed as a study)."""
    body = text.strip().lstrip("\"“‘'( ")
    for m in re.finditer(r"\b(?:stud(?:y|ies)|reports?|surveys?|polls?|research|analys[ie]s|papers?|reviews?|"
                         r"audits?|census|trials?|experiments?)\b", body, re.I):
        before = body[max(0, m.start() - 60):m.start()]
        # the capitalised words of the noun phrase before it, not the sentence's first word
        words = re.split(r"[,;:()\"“”]|\b(?:said|says|and|but|that|which|in|on)\b", before)[-1].split()[-5:]
        start_of_text = m.start() - len(before) == 0 and len(words) == len(before.split())
        caps = [w for i, w in enumerate(words) if w[:1].isupper() and not (start_of_text and i == 0)
                and w.lower() not in _PLAIN_CAPS]
        if caps:
            return True
        low = [w.lower().strip("’'") for w in words]
        if low and (low[0] in _DEFINITE or low[0].endswith(("'s", "’s"))):
            return True  # "the statewide survey finds", "the report found": one study the article points to
        if set(low) & _INSTITUTION_TYPES:
            return True  # "a university study", "a government audit": who made it
        after = body[m.end():m.end() + 60]
        if re.match(r"\s+(?:\w+\s+){0,3}?(?:by|from|of|at|for)\s+(?:the\s+)?[A-Z]", after) and \
                not re.match(r"\s+(?:\w+\s+){0,3}?(?:by|from|of|at|for)\s+(?:the\s+)?(?:I|We|He|She|They|It)\b", after):
            return True
    return False


# "the poll also finds": the study named earlier in the article
_BACK_TO_STUDY = re.compile(r"\b(?:the|this|that)\s+(?:same\s+|new\s+|latest\s+)?(?:stud(?:y|ies)|reports?|surveys?|"
                            r"polls?|research|analys[ie]s|audits?|census)\b", re.I)
_DEFINITE = frozenset("the this that these those its his her their our".split())
_INSTITUTION_TYPES = frozenset("university college government federal congressional census academic institute agency "
                               "ministry department".split())
_PLAIN_CAPS = frozenset("the a an this that these those new latest recent one another his her its their our "
                        "my your".split())


_BACKED_CLAIM_RE = re.compile(r"\s*(?:that\s+)?(?:\"|“|'')(?P<q>[^\"“”]+?)(?:\"|”|'')")
_BACKED_CLAIM_RE2 = re.compile(r"^that\s+")
_BACKED_CLAIM_RE3 = re.compile(r",\s+(?:who|which|whose)\b")
_BACKED_CLAIM_RE4 = re.compile(r"(?:we|our)\b", re.I)
_BACKED_CLAIM_RE5 = re.compile(r"(?:that|this|it|there)['’]s\b", re.I)


def backed_claim(ctx: Context, sup, kind: str) -> str | None:
    """The claim the sentence backs with its evidence: what the study, document or outlet is cited for
    ("The report found that the harbor lost forty ships" -> "the harbor lost forty ships"); None when
    the sentence cites no finding of it (judged blind: "The result is an 800-page report … released
    Tuesday", the report only mentioned, was keyed "evidence from a report"), or when the finding is no
    statement a stem can name ("him beating Trump", "That's why …")."""
    text = drop_final_period(sup.text.strip())
    claim = None
    # the sentence's own words first ("the report found that …", "…, fundraising documents show", "according
    # to the study, …"); an outlet's name is no common noun, so its finding is the ledger's alone
    m = _FINDING_AFTER[kind].match(text) if kind != "news report" else None
    if m is None and kind in _FINDING_BEFORE:
        m = _FINDING_BEFORE[kind].match(text)
    if m is not None:
        claim = m.group("claim")
    elif (m := _ACCORDING.match(text)) is not None:
        cited = m.group("src1") or m.group("src2") or ""
        if re.search(_SOURCE_NOUN[kind], cited, re.I if kind != "news report" else 0):
            claim = m.group("after") or m.group("before")  # not "according to officials"
    if claim is None:
        claim = _ledger_finding(ctx, sup, kind)
    if claim is None:
        return None
    # the document's or report's own words in quotation marks ("The letter reads \"we may extend …\", but …"):
    # the quotation alone, in which "we" is its writer
    quoted = _BACKED_CLAIM_RE.match(claim)
    if quoted:
        claim = quoted.group("q")
    claim = _BACKED_CLAIM_RE2.sub("", drop_final_period(unquote(claim)).strip(" ,;:—–-"))
    # "A poll found last week that Clinton would beat Trump …": the time of the finding is no part of it
    # (judged blind: the claim "last week that Clinton would beat Trump …")
    claim = _TIME_BEFORE_THAT.sub("", claim)
    aside = _BACKED_CLAIM_RE3.search(claim)
    if aside and len(claim[:aside.start()].split()) >= 4:
        claim = claim[:aside.start()]  # "… for Donald Trump, who is joined on the ballot …": the writer's aside
    second = _SECOND_CLAUSE.search(claim)
    if second:
        # judged blind: "… revealed that Clinton used a personal account, and the following day, the
        # committee requested …": the outlet's finding is the first clause; the second is the writer's
        claim = claim[:second.start()]
        if not (one_clause(claim) or VERBISH.search(claim)):
            return None
    if second is None and _WHILE_OPENING.match(text) and ", " in claim:
        # "And while a poll released last week showed Clinton poised to carry the state, the race was neck-and-neck
        # …": the finding ends with the "while" clause; the main clause after its comma is the writer's (T18)
        claim = claim[:claim.index(", ")]
        second = _WHILE_OPENING.match(text)  # a clause cut off, as a second clause is above
        if not (one_clause(claim) or VERBISH.search(claim)):
            return None
    own_words = bool(quoted) and _BACKED_CLAIM_RE4.match(claim) is not None
    if not 4 <= len(claim.split()) <= SHOWN_WHOLE - 8 or "?" in claim or _BARE_QUANTIFIER.match(claim):
        return None
    if starts_with_pronoun(claim) and not own_words:
        return None
    if dangling_pronoun_text(claim) or subjectless(claim) or _BACKED_CLAIM_RE5.match(claim):
        return None
    if claim.split(" ", 1)[0].lower() in _VERB_FIRST:
        return None  # "drove outstanding asylum claims …": the finding's subject was left behind
    bare = _PARTICIPLE_PHRASE.sub("", claim)
    if one_clause(bare) or _GERUND.match(claim) or (second and VERBISH.search(claim)):
        # a statement, or a state of affairs a poll found ("Clinton leading Trump by 15 points"); never
        # an object and its complement ("found Trump the winner …, followed by Cruz": judged blind as a
        # fragment, its only verb the participle)
        if _left_of_claim(text, claim):
            return lower_first(claim)
    return None


# a participle phrase hanging on the claim (", followed by Cruz at 25 percent"): no finite verb of its own
_PARTICIPLE_PHRASE = re.compile(r",\s+[a-z]+(?:ed|en|ing)\s+(?:by|to|from|with|in|at)\b[^,;]*")
# a second clause coordinated with the finding (", and the following day, the committee requested …")
# (or after a dash: "… shows Clinton with an 8-point lead — but there are some warning signs", judged blind on T18)
_SECOND_CLAUSE = re.compile(r"(?:,|\s[—–]|\s--?)\s+(?:and|but|while|yet)\s+"
                            r"(?:(?:the|a|an|on|in|at|by|after|later|then|there)\b|[A-Z])")


# a sentence opening on a subordinate clause: its finding ends at the clause's comma
_WHILE_OPENING = re.compile(r"(?:(?:And|But|Yet)\s+)?(?i:while|although|though|whereas|even\s+as|even\s+though)\b")


def _left_of_claim(sentence: str, claim: str) -> bool:
    """Does the sentence, the claim taken out, still say who found it and how ("A survey found",
    "according to the Times")? A claim that is the evidence sentence itself backs nothing but itself
    (judged blind as circular)."""
    at = sentence.lower().find(claim.lower())
    left = sentence if at < 0 else sentence[:at] + " " + sentence[at + len(claim):]
    return bool(re.search(r"\b" + _FINDING_VERB + r"\b|\baccording to\b", left, re.I))


def _paragraph_text(ctx: Context, ev, step: int = 0) -> str:
    """The text of the evidence's paragraph (``step`` -1: of the one before it; "" when there is none)."""
    p = next((p for p in ctx.article.paragraphs if p.number == ev.paragraph + step), None)
    return p.text if p else ""


_NEWS_WORD = Keyed(re.compile(r"\b(?:news|times|post|journal|press|tribune|herald|gazette|daily|radio|tv|television|"
                        r"magazine|network|agency|wire|newspaper|paper|channel|broadcast\w*|reporters?|editors?)\b",
                        re.I))


def _unglossed_outlet(ctx: Context, evidence_text: str) -> bool:
    """Is the outlet a single word in mixed case ("Bloomberg", "Reuters", not "CNN" nor "The Washington Post")
    that the article never calls news ("Bloomberg News", "the news agency Reuters", "Reuters reported")?"""
    names = [w for w in re.findall(r"\b[A-Z][\w.&'’-]*", evidence_text) if w.lower() not in ("according", "the")]
    if len(names) != 1 or names[0].isupper() or _NEWS_WORD.search(evidence_text):
        return False
    name = re.escape(names[0].rstrip("'’s."))
    glossed = rf"\b{name}\s+(?:News|reported|reports|reporter|journalist)|{_NEWS_WORD.pattern}[^.]{{0,20}}\b{name}\b"
    return re.search(glossed, ctx.article.text, re.I) is None


# a body of government whose report is an official's statement as much as research
_OFFICIAL_BODY = Keyed(re.compile(
    r"\b(?:committees?|congress\w*|senate|house|department|ministry|agency|administration|"
                            r"inspector general|government|commission|parliament\w*|pentagon|white house|cabinet|"
                            r"council|lawmakers|legislat\w+)\b", re.I))
# an outlet's own study of documents or data ("a Washington Post analysis of campaign finance filings")
_OWN_ANALYSIS = re.compile(r"\b(?:analysis|review|examination|investigation|study|survey|count|tally)\s+of\s+"
                           r"(?:[\w'’-]+\s+){0,4}(?:filings?|records?|documents?|data|reports?|disclosures?|emails?|"
                           r"figures|returns|statistics|numbers)\b", re.I)


def _speakers_in(ctx: Context, start: int, end: int) -> set[str]:
    """Kinds of the ledger's sources whose claims lie in [start, end)."""
    return {a.source_kind for a in ctx.analysis.attributions
            if any(start <= c.start < end for c in a.content_spans) or
            (a.source_span is not None and start <= a.source_span.start < end)}


def _clear_distractors(ctx: Context, keyed: str, text: str, here: set[str]) -> list[str]:
    """Kinds that the sentence plainly is not: none the analysis found in it, none confusable with
    the key, no statistic when it holds a number, no person's statement when someone speaks in it."""
    out = []
    for k in EVIDENCE_KINDS:
        if k == keyed or k in here or k in CONFUSABLE[keyed] or k not in LABELS:
            continue
        if k == "statistic" and re.search(r"\d|\b(?:half|third|quarter|dozen|hundred|thousand|million|billion)s?\b",
                                          text, re.I):
            continue
        if k in ("testimony", "official statement", "expert", "news report") and _CUE.search(text):
            continue
        if k in ("document", "study/report") and _DOC_WORDS.search(text):
            continue
        out.append(k)
    return out


def _names_an_outlet(text: str) -> bool:
    """Does the text name a news outlet ("NBC affiliate WHO", "the Ledger")? Then "a report by a news outlet"
    is no clear distractor beside it."""
    low = " " + re.sub(r"[^a-z0-9&' ]+", " ", text.lower()) + " "
    return any(f" {o} " in low for o in NEWS_OUTLETS) or bool(_BROADCASTER.search(text))


_BROADCASTER = re.compile(r"\b(?:NBC|CBS|ABC|CNN|Fox|AP|BBC|NPR)\b")


def _without_own_citation(ctx: Context, text: str, kind: str) -> str:
    """The text without its "according to …" phrases that name a source of the keyed kind ("according to
    state business records", "according to the results of a Valley University poll"), each up to the next
    comma or stop; a phrase naming a person the analysis found ("according to a letter from Ann Lee") stays."""
    people = [e.text for e in ctx.analysis.entities if e.label == "PERSON"]
    noun = re.compile(_SOURCE_NOUN[kind], re.I)

    def drop(m: re.Match[str]) -> str:
        phrase = m.group()
        if not noun.search(phrase[len("according to"):]) or any(p in phrase for p in people):
            return phrase
        return " "
    return re.sub(r"\baccording to\s+[^,.;:]{2,90}", drop, text, flags=re.I)


def _without_outlet_cues(ctx: Context, text: str, spans) -> str:
    """The text without the source and cue of each news outlet's claim in the spans ("the Associated
    Press reported", "according to AP"); unchanged when a source of another kind speaks there."""
    lo, hi = min(x.start for x in spans), max(x.end for x in spans)
    inside = [a for a in ctx.analysis.attributions if a.source_span is not None and lo <= a.source_span.start < hi]
    if not inside or any(a.source_kind != "news_outlet" or a.cue_span is None for a in inside):
        return text
    for a in inside:
        for sp in (a.source_span, a.cue_span):
            if sp is not None:
                text = text.replace(sp.text, " ")
    return text


def _cited_number_distractors(ctx: Context, sup, speakers: set[str], here: set[str]) -> set[str]:
    """For a number the sentence cites from a body or document ("According to the Water Agency,
    the river rose 40 percent"): no one who was there testifies, the reporter observes nothing and,
    with no outlet named or reporting, no news report is offered. A statement by an official, an
    expert's opinion, a study or a document stay out: the cited source may be any of them (a
    website, a ministry's figures), so a close reader could defend them."""
    out = {"testimony", "observation"}
    if "news_outlet" not in speakers and not outlet_credited(sup.text) and not re.search(
            r"\breport\w*|\bnews\w*|\bpaper\b|\bmagazine|\bbroadcast\w*|\bagency\b|\bpress\b|\bjournal\w*",
            sup.text, re.I):
        out.add("news report")
    return out - here


# where the number is credited: "according to the Huffington Post Pollster average", "the Daily
# Ledger's average of polls"
_CREDITED_TO = re.compile(
    r"\baccording to\s+(?P<a>[^,;:]{2,80})|"
    r"(?P<b>(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&-]*)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:average|polls?|polling|analysis|tally|count|survey|estimates?|projections?|model|forecast|data|figures)\b")
_MORE_OUTLET_WORDS = frozenset("ledger globe dispatch sentinel examiner bulletin enquirer guardian".split())
_AGGREGATOR = re.compile(r"\b(?:Huffington|HuffPost|RealClear\w*|Real Clear|FiveThirtyEight|538|Pollster)\b")


def outlet_credited(text: str) -> bool:
    """Is a number credited to a news outlet or its product ("according to the Huffington Post Pollster
    average", "according to a CNN tally", "the Ledger's analysis")? Then "a report by a news outlet" is
    as defensible as "a statistic" (judged blind)."""
    for m in _CREDITED_TO.finditer(text):
        cited = m.group("a") or m.group("b") or ""
        low = " " + re.sub(r"[^a-z0-9&' ]+", " ", cited.lower()) + " "
        if any(f" {o} " in low for o in NEWS_OUTLETS) or _AGGREGATOR.search(cited):
            return True
        if any(w.lower() in OUTLET_NAME_WORDS | _MORE_OUTLET_WORDS for w in re.findall(r"\b[A-Z][a-z]+\b", cited)):
            return True  # "the Valley Post", "Channel 9 News"
    return False


# a finding about evidence ("little evidence that …"): what the source found, not a claim it backs
# "According to the same poll, …", "The survey showed …": a study the sentence does not name, its figures the claim
# (a poll's or a survey's only: "The report found that the harbor lost forty ships" backs a claim, judged blind, D)
_UNNAMED_STUDY = re.compile(r"\b(?:the\s+same|that|this|the)\s+(?:poll|survey)\b", re.I)
_CLAIM_OF_EVIDENCE = re.compile(r"(?:(?:little|no|scant|some|any|new|more)\s+)?(?:evidence|proof|sign|signs|record)\b",
                                re.I)


def kind_question(ctx: Context) -> list[Item]:
    """MC: "What kind of evidence is this?" over one piece of evidence per kind."""
    items, seen = [], set()
    for ev in sorted(ctx.analysis.evidence, key=lambda e: (e.paragraph, e.span.start)):
        if ev.kind in seen or ev.kind not in KEYED_KINDS or ev.confidence < CONFIDENT:
            continue
        sent = sentence_at(ctx.analysis, ev.span.start)
        sup = support_span(ctx.article, sent.span if sent else ev.span)
        if sup is None or len(sup.text.split()) < 5 or in_quotation(ctx.article, ev.span.start):
            continue
        if sent is not None and cut_sentence(ctx.analysis, sent):
            continue  # "… followed by Ben Carson at 14 percent and Sens." | "Ted Cruz …": half a sentence shown
        if ev.kind == "statistic" and not (is_statistic(ctx.article.text, ev.span.start, ev.span.end)
                                           and _MEASURES.search(sup.text)):
            continue  # "a 15 meter high pig", "his 40 employees": numbers, but evidence of nothing
        if ev.kind == "statistic" and re.search(r"\b(?:disclos\w*|filing\w*|records?|report\w*|figures|data|"
                                                r"survey\w*|study|studies|poll\w*)\b", _paragraph_text(ctx, ev)):
            continue  # numbers from filings or a survey: "a document" or "a study" is defensible too
        if len(sup.text.split()) > SHOWN_WHOLE:
            continue  # cut short, the stem may keep the reporter's opening clause and drop the evidence
        if "?" in sup.text:
            continue  # "How much do these figures matter?": a question offers no evidence
        if ev.kind == "study/report" and not _STUDY_NOUN.search(ev.span.text):
            continue  # "by his own admission" is no study: key one only when the phrase names it
        if ev.kind == "study/report" and not (named_study(sup.text) or (
                _BACK_TO_STUDY.search(sup.text) and named_study(ctx.article.text[:sup.start]))):
            continue  # "Analysis shows …" in a reader's letter: an unsourced appeal, no study anyone can check
        if not _cited(ctx, sup, ev):
            continue  # "The county spent 40 percent …": the reporter's own narration, evidence offered by no one
        speakers = _speakers_in(ctx, sup.start, sup.end)
        if ev.kind == "news report" and speakers - {"news_outlet"}:
            continue  # "Officials tell BBC News": an official's statement as much as a news report
        if ev.kind == "news report" and outlet_not_the_evidence(_paragraph_text(ctx, ev) + " " + sup.text):
            continue  # "officials who spoke with the Ledger", "a WXYZ/Marist poll": the evidence is the officials'
            # words or the poll's figures, the outlet only their listener or sponsor (judged blind)
        if ev.kind in ("statistic", "study/report", "document") and speakers & {"person", "unnamed_group"}:
            continue  # a number someone states is also that person's statement
        if ev.kind == "statistic" and (_ACCORDING_ANYONE.search(sup.text) or _PLANNED.search(sup.text)):
            continue  # judged blind (K34): "… will propose spending $2 billion a year …, according to a campaign
            # official" keyed a statistic: the amount is the plan itself, and an unnamed person states it
            # ("according to the Tax Policy Center", a body's figure, stays a statistic)
        if ev.kind in ("study/report", "document") and speakers & {"government", "organisation"}:
            continue  # "the ministry said the report …": a statement as much as a report
        if ev.kind == "document" and not _DOC_WORDS.search(sup.text):
            continue  # a document the sentence does not name is not offered as evidence
        if ev.kind == "document" and not document_cited(sup.text, ev.span.text):
            continue  # a letter mentioned, described or seen, or a press statement: not a document cited
        claim = None
        if ev.kind != "statistic":
            # a study, a document or an outlet is evidence only when the sentence cites what it found or
            # says, and the stem says which claim it backs
            claim = backed_claim(ctx, sup, ev.kind)
            if claim is None:
                continue
            if _UNNAMED_STUDY.search(sup.text[:60]) or _CLAIM_OF_EVIDENCE.match(claim):
                continue  # judged blind (E41): "According to the same poll, her favorability fell from 71 percent
                # to 55 percent" asked as evidence "for the claim" of those same figures, "public records show
                # little evidence that …" for "little evidence that …": the claim is the evidence, the question
                # circular; (E41d) "The poll showed that either … would defeat Mr. Trump …" for that same claim: a
                # poll the sentence does not name is only its finding, said again
        if claim is None:
            here = {e.kind for e in ctx.analysis.evidence if sup.start <= e.span.start < sup.end}
            pool = sorted(_cited_number_distractors(ctx, sup, speakers, here))
        else:
            # no kind offered in the paragraph for the claim (in its sentence, or in another sentence sharing
            # its words) is a distractor
            related = [x.span for x in ctx.analysis.sentences if x.paragraph == ev.paragraph
                       and (sup.start <= x.span.start < sup.end or overlap(x.span.text, claim) >= 0.3)]
            here = {e.kind for e in ctx.analysis.evidence if any(x.start <= e.span.start < x.end for x in related)}
            if any("news_outlet" in _speakers_in(ctx, x.start, x.end) for x in related):
                here.add("news report")
            shown = " ".join([sup.text] + [x.text for x in related])
            pool = _clear_distractors(ctx, ev.kind, shown, here)
            if ev.kind == "news report":
                # "…, the AP reported": the outlet's own "reported" is no person speaking, so an official's
                # statement or an expert's opinion stays a clear distractor when no one else speaks there
                # (testimony does not: the outlet's reporter may have been there)
                bare = _clear_distractors(ctx, ev.kind, _without_outlet_cues(ctx, shown, related), here)
                pool += [k for k in bare if k in ("official statement", "expert") and k not in pool]
            elif ev.kind in ("document", "study/report") and not speakers - {"document", "news_outlet"}:
                # "…, according to state business records": the citing phrase is the records' own, no person
                # speaking, so testimony, an expert's opinion or a news report stay clear distractors when no
                # one else speaks in the sentence (the words left are tested as before)
                rest = _without_own_citation(ctx, shown, ev.kind)
                bare = _clear_distractors(ctx, ev.kind, rest, here)
                if _NEWS_WORD.search(rest) or _names_an_outlet(rest):
                    bare = [k for k in bare if k != "news report"]
                pool += [k for k in bare if k in ("testimony", "official statement", "expert", "news report")
                         and k not in pool]
        if ev.kind == "study/report" and _OFFICIAL_BODY.search(ev.span.text + " " + sup.text):
            # judged blind (J5b): "A 2014 House Intelligence Committee report found …" keyed "the results of
            # research" beside "a statement by an official": a government body's report is defensibly either
            pool = [k for k in pool if k not in ("official statement", "document")]
        if ev.kind in ("study/report", "document") and _TESTIMONY_BASED.search(ctx.article.text):
            # judged blind (W3): "The report concluded that … most of the suffering was psychological" keyed "the
            # results of research" while ¶2 says the report is "based on survivors' testimonies": testimony is
            # defensible too; and an "official report" is an official's statement as well
            pool = [k for k in pool if k != "testimony"]
        if ev.kind == "study/report" and _OFFICIAL_REPORT.search(ctx.article.text):
            pool = [k for k in pool if k not in ("official statement", "document")]
        if ev.kind == "news report" and _RECORD_OF_SPEECH.search(ev.span.text):
            continue  # judged blind (J7): "The transcript of the debate – published by The Washington Post – shows":
            # a record of what was said, a document, whoever published it
        if ev.kind == "news report" and _unglossed_outlet(ctx, ev.span.text):
            continue  # judged blind (J6): "according to Bloomberg": the article never says Bloomberg is news
            # (a student may think of the man), so "a report by a news outlet" needs outside knowledge
        around = _paragraph_text(ctx, ev, -1) + " " + _paragraph_text(ctx, ev)
        if ev.kind == "news report" and _OWN_ANALYSIS.search(around):
            continue  # judged blind (J5b): "…, The Post found" after "a Washington Post analysis of campaign finance
            # filings": the outlet's own study of documents, so "a document" or "research" is defensible too
        if len(pool) < 3:
            continue
        seen.add(ev.kind)
        pool = sorted(pool)
        ctx.rng.shuffle(pool)
        claim = claim_shown(claim)
        if claim is None:
            stem = (f"¶{ev.paragraph} says: {quote(sup.text, SHOWN_WHOLE)} What kind of evidence does this sentence "
                    "offer?")
        else:
            # the claim the evidence backs, whole (judged blind: a stem that never said which claim the
            # "evidence" supported)
            stem = (f"¶{ev.paragraph} says: {quote(sup.text, SHOWN_WHOLE)} What kind of evidence does this sentence "
                    f"give for the claim {quote(claim, SHOWN_WHOLE)}?")
        label = _key_label(stem, ev.kind)
        if label is None:
            continue  # judged blind: "A random survey … found" in the stem gave away "A study, survey or …"
        options, answer = shuffled_options(ctx.rng, label, [LABELS[k] for k in pool[:3]])
        explanation = f"{cite(sup)} — this is {label[0].lower()}{label[1:]}."
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
    return items


# each keyed kind's option, in other words when the stem holds a word of its usual name (judged
# blind: the stem's "survey" gave away "A study, survey or research report")
_KEY_LABELS = {
    "statistic": (LABELS["statistic"], "A number that measures something"),
    "study/report": (LABELS["study/report"], "The results of research", "Findings from an inquiry"),
    "document": (LABELS["document"], "A written record", "Papers such as a letter or memo"),
    "news report": (LABELS["news report"], "Coverage by a newspaper or broadcaster", "Journalism by the media"),
}
_INQUIRY_WORDS = re.compile(r"\b(?:report|reports|inquiry|commission|review|investigation|audit)\b", re.I)
_RESEARCH_WORDS = re.compile(r"\b(?:study|studies|survey|surveys|poll|polls|research|researchers|scientists|"
                             r"experiment|trial|analysis|data)\b", re.I)
_LABEL_SMALL = frozenset("a an the by of or from such as that something".split())


def _key_label(stem: str, kind: str) -> str | None:
    """The keyed option's wording: the usual label unless the stem holds one of its words (with a
    plural or verb ending: "reported" for "report"), else the first other wording that shares none;
    None when every wording does."""
    labels = _KEY_LABELS.get(kind, (LABELS[kind],))
    if kind == "study/report" and _INQUIRY_WORDS.search(stem) and not _RESEARCH_WORDS.search(stem):
        # judged blind (W3): "The report concluded that …" (a commission's) keyed "the results of research": a report
        # that is no study is an inquiry's findings
        labels = (labels[0], labels[2], labels[1])
    for label in labels:
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", label)} - _LABEL_SMALL
        forms = [rf"{re.escape(w[:-1])}(?:y|ys|ies|ied)" if w.endswith("y") else rf"{re.escape(w)}(?:s|es|ed|ing|ers?)?"
                 for w in words]  # "surveys", "studies", "reported"; never "county" for "count"
        if not any(name_re(rf"\b{f}\b", re.I).search(stem) for f in forms):
            return label
    return None


def generate(ctx: Context) -> list[Item]:
    """Evidence candidates."""
    items: list[Item] = []
    if ctx.allows("multiple_choice"):
        items += kind_question(ctx)
    # No "which kinds of evidence does the article offer?" multiple select: that a kind is absent
    # rests on the analysis missing nothing, so a close reader could defend another set.
    return items


# an outlet named only as the one sources spoke to ("officials who spoke with the Ledger", "told the
# Ledger", "in an interview with …"), or as a poll's or survey's sponsor ("a WXYZ/Marist poll", "a poll
# for the Ledger"): the evidence is the speakers' words or the poll's figures, not the outlet's report
_OUTLET_AS_LISTENER = re.compile(
    r"\b(?:sp(?:oke|eak|eaks|eaking)|talk(?:ed|s|ing)?)\s+(?:with|to)\b|\btold\b|\btells?\b|"
    r"\binterview(?:s|ed)?\s+(?:with|by)\b|\bin an interview\b|\bwho (?:asked|requested) anonymity\b|"
    r"\bgranted anonymity\b|\b(?:polls?|polling|surveys?|pollsters?)\b", re.I)


# a report or a record the article says rests on people's accounts ("based on survivors' testimonies")
_TESTIMONY_BASED = re.compile(r"\btestimon(?:y|ies)\b|\b(?:based|drawn|drawing|relied|relying|built)\s+(?:\w+\s+){0,2}"
                              r"(?:on|upon)\s+(?:\w+\s+){0,3}(?:interviews|accounts|witnesses|statements)\b", re.I)
# a report the article says an official body made ("an official report", "the government's report")
_OFFICIAL_REPORT = re.compile(r"\b(?:official|government|governmental|state|commission|committee|ministry|"
                              r"department|parliamentary|congressional)(?:['’]s)?\s+(?:\w+\s+)?reports?\b", re.I)
_RECORD_OF_SPEECH = re.compile(r"\b(?:transcripts?|recordings?|videos?|footage|tapes?|audio|minutes)\b", re.I)


def outlet_not_the_evidence(text: str) -> bool:
    """Does the passage name its outlet only as the listener of sources who spoke to it, or as the
    sponsor of a poll or survey? Then "a report by a news outlet" is not the kind of evidence."""
    return bool(_OUTLET_AS_LISTENER.search(text))


def claim_shown(claim: str | None) -> str | None:
    """The claim an evidence stem names, or None for a phrase with no verb (judged blind, T23: "… showed Clinton with
    a healthy lead over Sanders …" gave the claim "Clinton with a healthy lead …", no sentence: the sentence's
    evidence is then asked without it)."""
    return claim if claim is not None and VERBISH.search(claim) else None
