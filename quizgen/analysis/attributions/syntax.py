"""Dependency-tree helpers: clauses, subjects, source phrases, cue verbs and their contents.

Pure functions of spaCy tokens (no registry, no article): each is unit-tested on hand-built Docs.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.analysis.attributions.candidate import QUOTE_CHARS, Range, trim
from quizgen.analysis.attributions.firstnames import FEMALE_NAMES, MALE_NAMES
from quizgen.analysis.lexicon import (
    AS_CUES,
    BROAD_INTENT_CUES,
    BROAD_NOUN_CUES,
    BROAD_OBJECT_CUES,
    BROAD_PREP_CUES,
    BROAD_STANCE_CUES,
    CONTRARY_CUES,
    DENIED_THINGS,
    DIRECTIVE_CUES,
    EAGER_ADJECTIVES,
    EXPRESSED_NOUNS,
    GERUND_CUES,
    GOVERNMENT_BODIES,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    INTENT_CUES,
    JUDGING_CUES,
    MENTAL_CUES,
    NAMING_CUES,
    NEEDS_CLAUSE,
    NEWS_OUTLETS,
    NOT_BROAD_CUES,
    NOUN_CUES,
    OBJECT_CUES,
    OBJECT_SAYING_QUOTATION_CUES,
    ORGANISATION_NOUNS,
    PEOPLE_NOUNS,
    PREP_OBJECT_CUES,
    QUOTATION_CUE_PREPS,
    QUOTATION_CUES,
    ROLE_NOUNS,
    SAYING_OBJECT_CUES,
    SPEECH_CUES,
    STANCE_CUES,
    STANCE_OBJECT_IDIOMS,
    VOICE_PLURALS,
    WH_ASIDE,
)
from quizgen.analysis.parsed import children, ents_of, passive_verbs, sent_of, sent_tokens, tokens
from quizgen.analysis.quotes import Quote, find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
COORDINATED_CLIMB = 2  # "to" clauses and conjuncts between a reported clause and a verb coordinated with its cue
SUBJECT_CLIMB = 4  # how many governing verbs a subjectless cue may climb to find its subject
MIN_OBJECT_CLAIM_TOKENS = 3  # an object shorter than this is an action ("defended the plan")
TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "gen", "sen", "rep", "gov"}
ASIDE_MAX_TOKENS = 14  # tokens of a comma-set aside between a quoted speaker's name and the cue
BRACKET_AFTER_NAME = 8  # tokens of a bracketed aside between a name and its cue ("(D-Mass.)")
PERSON_BEFORE_CUE = 4  # tokens between a name and a subjectless cue after it ("Tom Molomby, SC, said")
QUOTE_BEFORE_GAP = 4  # characters between a quotation's last word and the speaker's phrase (mark, comma, space)
SANDWICH_LOOKBACK = 4  # tokens before a cue searched for the comma or quotation that sets it off
QUOTE_AFTER_GAP = 40  # characters of punctuation allowed between a cue and the quotation it opens
QUOTE_AFTER_WORDS = 4  # ... or words, when they end in ":" or "," ("said on Tuesday:")
PARENTHETICAL_MIN_CHARS = 8  # a side of "Y, X said, Z" shorter than this is no content
MIN_CONTENT_WORDS = 3  # a content of fewer words is no claim


REPORTED_CLIMB = 3  # verbs a participle may hang below the reported clause it continues


def subtree_range(tok: Token, skip: set[int] | None = None) -> Range:
    """The characters ``tok``'s subtree covers (leaving out the token indexes in ``skip``)."""
    toks = [t for t in tok.subtree if not skip or t.i not in skip]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def clause_range(tok: Token) -> Range:
    """A content clause's range, without a trailing non-restrictive relative clause
    (", where China is accused of ..."): that is the reporter's aside, not the source's claim."""
    doc = tokens(tok.doc)
    first, last = tok.left_edge.i, tok.right_edge.i
    for i in range(tok.i + 1, last + 1):
        d = doc[i]
        if d.dep_ != "relcl" or not tok.is_ancestor(d):
            continue
        left = d.left_edge.i
        if left > 0 and doc[left - 1].text == "," and doc[left].lower_ in WH_ASIDE and d.right_edge.i >= last - 1:
            last = left - 2
            break
    last = _before_reversing(doc, first, last)
    return doc[first].idx, doc[last].idx + len(doc[last].text)


_REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _before_reversing(doc: list[Token], first: int, last: int) -> int:
    """The clause's last token without a closing ", before/after <verb>-ing … himself" phrase: the reporter
    telling what the speaker did next ("… was not 'qualified' for the job, before reversing himself"), not
    part of the claim; a phrase of the claim's own subject ("paid the fee, before leaving") stays."""
    for i in range(first + 1, last + 1):
        tok = doc[i]
        if tok.lower_ in _SEQUENCE_PREPS and doc[i - 1].text == "," and i + 1 <= last and doc[i + 1].tag_ == "VBG" \
                and any(t.lower_ in _REFLEXIVES for t in doc[i + 1:last + 1]):
            return i - 2
    return last


def in_quote(quotes: list[Quote], pos: int) -> bool:
    for q in quotes:  # a plain loop: asked of many tokens, where a generator costs more than the tests
        if q.start <= pos < q.end:
            return True
    return False


# where a saying was made: "on Twitter", "in an interview", "during a rally", "on CNN"
_VENUE_PREPS = frozenset({"on", "in", "at", "during", "via", "to"})
_VENUE_NOUNS = frozenset("twitter facebook instagram youtube tiktok x interview interviews statement statements tweet "
                         "tweets post posts television tv radio show program programme podcast broadcast briefing "
                         "conference rally speech address appearance call hearing debate town-hall event op-ed "
                         "letter email e-mail video message blog website remarks forum meeting".split())
_SEQUENCE_PREPS = frozenset({"before", "after", "while", "since"})


def _reporters_adjunct(tok: Token) -> bool:
    """A phrase on a reported clause that tells where or around what the saying was made: "on Twitter",
    "in an interview", "on CNN", "before claiming ...", "after meeting donors"."""
    if tok.dep_ != "prep":
        return False
    low = tok.lower_
    if low in _SEQUENCE_PREPS:
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children)  # "before leaving"
    if low not in _VENUE_PREPS:
        return False
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    return bool(objs) and (objs[0].lemma_.lower() in _VENUE_NOUNS or objs[0].lower_ in _VENUE_NOUNS or
                           objs[0].lower_ in NEWS_OUTLETS)


def reporters_tail(clause: Token) -> tuple[int, list[Token]] | None:
    """'said the deadlock has "kept us safe" on Twitter before claiming ...': a reported clause whose
    quotation opens inside it and closes before phrases that only tell where or around what the saying
    was made (the parser hangs them on the quoted verb): where its content ends (the quotation's closing
    mark) and those phrases; None for any other clause (a phrase that may be the speaker's own words,
    "in Ohio", "for years", keeps it whole)."""
    doc = clause.doc
    text = doc_text(doc)
    c0 = clause.left_edge.idx
    last = clause.right_edge
    c1 = last.idx + len(last.text)
    inside = [q for q in find_quotes(text) if not q.unclosed and c0 < q.open_start and q.end < c1]
    if not inside:
        return None
    q = inside[-1]
    after = [t for t in tokens(doc)[clause.left_edge.i:last.i + 1] if t.idx > q.end and not t.is_punct]
    if not after:
        return None
    tails = [c for c in clause.children if c.idx > q.end and c.dep_ == "prep"]
    covered = {t.i for c in tails for t in c.subtree}
    if not tails or any(t.i not in covered for t in after) or not all(_reporters_adjunct(c) for c in tails):
        return None
    return q.end + (2 if text.startswith("''", q.end) else 1), tails


# verbs whose object is not who does the "to" clause: "used the speech to say", "promised voters to ..."
_SUBJECT_CONTROL = frozenset({"use", "take", "seize", "spend", "have", "need", "give", "promise", "vow", "threaten",
                              "offer", "pledge"})


def object_controller(verb: Token) -> Token | None:
    """The object that does a "to" clause: "That proposal prompted Parliament to call for ...", "the report
    led the agency to conclude ...", "forced the mayor to admit ...": Parliament, the agency, the mayor speak,
    not the proposal, the report or the scandal that caused them to. None when the verb is no such clause."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    objs = [c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i]
    return objs[-1] if objs else None


def coordinated_cue(verb: Token) -> Token | None:
    """'Strategists fear that Lee missed a chance and warn that ...': the parser hung the second cue verb
    ("warn") on the reported clause ("missed"), so it seems to share Lee's subject; but its form agrees
    with the first cue ("fear", "warn": both present; "has said ... and has expressed") and not with the
    reported verb ("missed", "wants"), so the two cues are coordinated and share theirs. That first cue, or
    None. A conjoined verb of the reported clause's own form ("said that Reyes resigned and warned that
    ...") keeps the parse's reading."""
    if verb.dep_ != "conj" or not is_cue(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    partner = clause = verb.head
    for _ in range(COORDINATED_CLIMB):  # "has said she wants to establish X and has expressed ...": up to "wants"
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            break
        clause = clause.head
    cue = clause.head
    if clause.dep_ != "ccomp" or not cue.i < clause.i < verb.i or not is_cue(cue):
        return None
    # "China said it was opposed to the test and warned North Korea to ...": the reported clause's subject is
    # a pronoun for the speaker, so whichever verb "warned" is joined to, the speaker warns (its own claim)
    partner_subj = next((c for c in partner.children if c.dep_ in SUBJECT_DEPS), None)
    cue_subj = subject(cue)
    if partner_subj is not None and partner_subj.lower_ in ("he", "she", "it", "they") and \
            any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children) and \
            any(c.dep_ == "cc" and partner.i < c.i < verb.i for c in partner.children) and \
            _same_speaker(partner_subj, cue_subj if cue_subj is not None else cue):
        return cue
    form, held = _verb_form(verb), _verb_form(partner)
    # the tagger reads a bare present ("warn") as VB or VBP alike; a reported clause under a modal ("will
    # miss ... and warn") may govern a bare verb, so it is no evidence
    # "said he welcomed X and added, "..."": "added" goes on with the first cue's speaker whatever its form
    # "would cut taxes and suggested that ...": an inflected verb can't share the reported clause's modal
    shares_modal = any(w in _MODALS for w in held[:-1]) and not (len(form) == 1 and form[0] in ("VBD", "VBZ"))
    if _verb_form(cue) != form or (held == form and verb.lemma_.lower() != "add") or shares_modal or \
            (len(held) == 1 and held[0] not in _FINITE_TAGS):
        return None
    # "saying "..." and vowing to ...": participles of one cue's form
    if len(form) == 1 and form[-1] not in _FINITE_TAGS and form[-1] != "VBG":
        return None
    # a cue of its own clause ("and warn that ..."), or one whose auxiliary repeats the first cue's ("has
    # said ... and has expressed support"): the conjoined verb's own words are a claim
    # ... or of its own object after a preposition it takes ("and warned against hackers from China")
    if len(form) == 1 and not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children) and \
            verb.lemma_.lower() != "add" and not any(
                c.dep_ == "prep" and c.i == verb.i + 1 and (verb.lemma_.lower(), c.lower_) in PREP_OBJECT_CUES
                for c in verb.children) and not (
                verb.lemma_.lower() in NAMING_CUES and any(c.dep_ == "oprd" for c in verb.children) and
                any(c.dep_ == "dobj" for c in verb.children)):  # "... and called it a common ailment"
        return None
    if not any(c.dep_ == "cc" and partner.i < c.i < verb.i for c in partner.children):
        return None
    return cue


def _same_speaker(pronoun: Token, subj: Token) -> bool:
    """May the pronoun stand for the cue's subject ("China said it ...", "Hale said he ...")? By number and kind
    only: "it" for a name or a singular noun that is no person, "he"/"she" for a name or a person, "they" for a
    plural."""
    low = pronoun.lower_
    if subj.pos_ == "PRON":
        return subj.lower_ == low
    if low == "they":
        return subj.tag_ in ("NNS", "NNPS")
    if subj.tag_ in ("NNS", "NNPS"):
        return False
    if low == "it":
        return subj.ent_type_ in ("GPE", "ORG", "NORP") or (subj.pos_ == "NOUN" and subj.ent_type_ != "PERSON")
    return subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN"


_FINITE_TAGS = ("VBP", "VBZ", "VBD")
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll", "wo"})


def _verb_form(verb: Token) -> tuple[str, ...]:
    """The verb's auxiliaries (lower-cased) then its own tag, a bare present's VB read as VBP: "has lost"
    ("has", "VBN"), "warn" ("VBP",)."""
    aux = tuple(c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)
    tag = verb.tag_
    return (*aux, "VBP" if tag == "VB" and not aux else tag)


_DASHES = frozenset({"-", "--", "—", "–"})


def _past_dash_aside(subj: Token, verb: Token) -> Token:
    """"In the letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah Republican asks …": the
    parse makes the name that closes a dash aside the subject and the words after the closing dash its
    appositive; who asks is the appositive, right before the verb."""
    if subj.i > verb.i:
        return subj
    apps = [c for c in subj.children if c.dep_ == "appos" and subj.i < c.i and c.right_edge.i + 1 == verb.i]
    if len(apps) != 1:
        return subj
    app = apps[0]
    doc = subj.doc
    closing = [t for t in doc[subj.i + 1:app.left_edge.i] if t.text in _DASHES]
    opening = [t for t in doc[subj.sent.start:subj.left_edge.i] if t.text in _DASHES]
    if len(closing) != 1 or len(opening) != 1:
        return subj
    return app


def subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject it inherits ("..., warning that" / "and said")."""
    seen = 0
    tok = verb
    coordinated = coordinated_cue(verb)
    if coordinated is not None:
        tok = coordinated  # "fear that Lee missed ... and warn that ...": the strategists warn
    while seen < SUBJECT_CLIMB:
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        # '"My reaction, that was outrageous," the strategist said', 'said on "Fox and Friends"': words
        # inside quotation marks are what is said or a title, never who says it (cues inside quotations
        # are not read at all)
        subjects = [c for c in subjects if not inside_quote_marks(c)]
        if subjects:
            if len(subjects) > 1:
                # "the formula, which advocates say shortchanges ...": the relative pronoun is the reported
                # clause's subject, hung on the cue; the advocates say it
                subjects = [c for c in subjects if c.tag_ not in ("WDT", "WP")] or subjects
            # "Recipients, said Mauer, are ...": the name after the verb speaks, not the one before
            after = [c for c in subjects if c.i > tok.i]
            if len(subjects) == 1:
                return _named_beside_fronted_object(_past_dash_aside(subjects[0], tok), tok)
            named = [c for c in subjects if c.pos_ == "PROPN"]  # "the state agency IRNA said"
            return after[0] if after else named[-1] if named else subjects[0]
        if tok.i == verb.i:
            doer = participle_controller(verb)
            if doer is not None:
                return doer  # "the closure left many families feeling that ...": the families feel it
        if tok.dep_ == "conj" and tok.i == verb.i:
            own = _stray_subject(verb) or _subordinated_subject(verb)
            if own is not None:
                return own
        # "urged voters to see ... and promising": a verb of another form is no part of the "to" clause
        in_clause = tok.i == verb.i or (verb.dep_ == "conj" and verb.head.i == tok.i and verb.tag_ == tok.tag_)
        controller = object_controller(tok) if in_clause else None
        if controller is not None:
            return controller  # "the proposal prompted Parliament to call for ...": Parliament calls
        if tok.dep_ in ("conj", "advcl", "xcomp", "acl") and tok.head.i != tok.i:
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                aside = aside_subject(tok) if tok.i == verb.i else None
                if aside is not None:
                    return aside  # "Biden, echoing Erdogan, called on ...": Biden calls
                host = _event_host(tok) or _thing_host(tok) if tok.i == verb.i and tok.tag_ == "VBG" else None
                if host is not None:
                    # "Berg said at a news conference announcing that ...": the conference announces nothing;
                    # the one who spoke at it does
                    if host.pos_ in ("NOUN", "PROPN"):
                        return host
                    tok = host
                    seen += 1
                    continue
                # "a judge saying ...": the noun speaks; "officials accused of ...": it does not
                return tok.head if tok.tag_ == "VBG" and tok.i == verb.i and not _fragment_verb(tok.head) else None
            speaker_cue = _reporting_cue_above(tok) if tok.i == verb.i else None
            if speaker_cue is not None:
                # "X said the mayor must choose, saying ...": the parse hangs the participle on what X
                # said; X is still the one saying it
                tok = speaker_cue
                seen += 1
                continue
            tok = tok.head
            seen += 1
            continue
        if tok.dep_ == "acomp" and tok.lower_ in EAGER_ADJECTIVES and tok.head.pos_ in ("AUX", "VERB") and \
                tok.i != verb.i:
            # "Hale was quick to point out that ...": the one who is quick says it ("is likely to argue" is
            # a forecast, so only adjectives of eagerness)
            tok = tok.head
            seen += 1
            continue
        if tok.dep_ == "relcl":  # "Pompeo, who said ..." -> the antecedent
            return tok.head
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep":
            # "began by saying ...", "aside from saying ...": the one who does the main verb says it
            verb_ = tok.head.head
            tail = reporters_tail(verb_) if verb_.dep_ == "ccomp" and is_cue(verb_.head) else None
            if tail is not None and any(c.i == tok.head.i for c in tail[1]):
                # 'said Y has "kept us safe" on Twitter before claiming ...': the one who said it claims
                tok = verb_.head
                seen += 1
                continue
            if verb_.pos_ == "ADV" and verb_.head.i != verb_.i:
                verb_ = verb_.head  # "aside from"
            # (an object may be who speaks, "kept Hale from saying ..."; not a reflexive one, "pitched himself to
            # voters by telling them ...")
            if verb_.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_)
                                            and c.lower_ not in _REFLEXIVES for c in verb_.children):
                return None  # "the court fined him for saying ...": he said it, not the court
            tok = verb_
            seen += 1
            continue
        return None
    return None


def _named_beside_fronted_object(subj: Token, verb: Token) -> Token:
    """'To see the real Abraham Lincoln, Professor Maria Lopez said, one should ...': the parser takes the
    object of the fronted "to" clause for the cue's subject and the speaker, a name right before the cue, for
    its apposition. That name; otherwise the subject."""
    doc = verb.doc
    start = subj.left_edge.i
    if start == 0 or subj.i > verb.i:
        return subj
    before = doc[start - 1]
    if before.pos_ != "VERB" or before.tag_ not in ("VB", "VBG") or before.i == subj.head.i:
        return subj
    appos = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i == verb.i - 1]
    if not appos or doc[appos[0].left_edge.i - 1].text != ",":
        return subj
    return appos[0]


# verbs that open a list of charges written without their subject ("Keeps saying she opposed the war"), which
# the tagger reads as plural nouns
_FRAGMENT_VERBS = frozenset({"keeps", "continues", "starts", "begins", "stops", "quits", "tries", "goes", "avoids",
                             "resumes", "insists", "persists"})


def _fragment_verb(noun: Token) -> bool:
    """Is the noun a sentence's first word that is really its verb ("Keeps saying ...", "Continues claiming
    ...")? Then nobody the sentence names says the participle's clause."""
    return noun.lower_ in _FRAGMENT_VERBS and noun.i == noun.sent.start and \
        not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)


# verbs whose object does the participle after it: "left many families feeling that ...", "found residents saying
# ...", "caught him admitting ..."; with leave, find and keep the object must be people ("left the room saying"
# is the subject's act)
_PARTICIPLE_OBJECT_VERBS = frozenset({"leave", "find", "catch", "hear", "show", "quote", "film", "record", "keep",
                                      "picture", "depict", "capture", "overhear", "see", "watch", "feature"})
_PEOPLE_OBJECT_ONLY = frozenset({"leave", "find", "keep"})
# what records someone speaking: "footage of Mayor Berg saying ..."
_RECORDING_NOUNS = frozenset({"footage", "video", "clip", "recording", "tape", "audio", "film", "videotape"})
_PEOPLE_ENTS = ("PERSON", "NORP", "ORG", "GPE")


def _people_object(noun: Token) -> bool:
    """A noun for people or a body of them: a name, a personal pronoun, "many families", "the workers"."""
    low = noun.lower_
    return noun.ent_type_ in _PEOPLE_ENTS or low in ("him", "her", "them", "us", "me") or \
        low in GROUP_NOUNS or low in PEOPLE_NOUNS or low in VOICE_PLURALS or noun.lemma_.lower() in ROLE_NOUNS or \
        low in ("nations", "countries", "citizens", "americans", "voters", "families", "communities")


def participle_controller(verb: Token) -> Token | None:
    """Who does a participle the parser hung on another verb's clause: the object of "left many families
    feeling that ...", the person in "uses footage of Mayor Berg saying ...". None for any other shape."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or verb.head.i == verb.i or verb.head.i > verb.i:
        return None
    head = verb.head
    objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objs or head.pos_ not in ("VERB", "AUX"):
        return None
    obj = objs[-1]
    if obj.lemma_.lower() in _RECORDING_NOUNS:
        of = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"]
        named = [n for p in of for n in p.children if n.dep_ == "pobj" and n.right_edge.i < verb.i]
        return named[0] if named and _people_object(named[0]) else None
    lemma = head.lemma_.lower()
    if lemma not in _PARTICIPLE_OBJECT_VERBS or obj.right_edge.i != verb.i - 1:
        return None
    if lemma in _PEOPLE_OBJECT_ONLY and not _people_object(obj):
        return None
    return obj


# words that open a clause of time, condition or reason before a sentence's main clause
_OPENING_SUBORDINATORS = frozenset({"when", "if", "after", "before", "because", "since", "while", "although",
                                    "though", "until", "once", "as", "unless", "whenever"})
# words that open a clause of time or reason after a quotation's tag ('..." Warren told Stumpf, after he ...')
_AFTER_QUOTE_MARKS = frozenset({"after", "before", "when", "while", "as", "because", "since", "until", "once"})


def _quoted_before(cue: Token) -> bool:
    """Does a closing quotation mark and a comma come right before the cue's subject ('"...," Warren told')?"""
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
    first = subj[0].left_edge.i if subj else cue.i
    prev = cue.doc[first - 1] if first > 0 else None
    return prev is not None and (prev.text in QUOTE_CHARS or prev.text == "''") and \
        cue.doc.text[:prev.idx].rstrip().endswith((",", "?", "!"))


# occasions someone speaks at, which say nothing themselves ("a news conference announcing ...")
_EVENT_NOUNS = frozenset({"conference", "briefing", "rally", "speech", "event", "appearance", "interview", "hearing",
                          "meeting", "session", "forum", "debate", "address", "ceremony", "summit", "gathering"})


_HOLDING_VERBS = frozenset({"hold", "give", "deliver", "make", "call", "host", "stage", "convene", "address"})


def _event_host(participle: Token) -> Token | None:
    """'Berg said at a recent news conference announcing that ...', 'the mayor held a news conference announcing
    ...': for a participle on an occasion that is the object of the verb before it or in a phrase of it, that
    verb (whose subject spoke there)."""
    noun = participle.head
    if noun.lemma_.lower() not in _EVENT_NOUNS:
        return None
    owner = [c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or _people_object(c))]
    if owner:
        return owner[0]  # "Clinton's speech denouncing his policies": Clinton denounces them
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HOLDING_VERBS:
        verb = noun.head  # "held a news conference announcing ...", "gave a speech saying ..."
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("at", "in", "during", "on"):
        verb = noun.head.head  # "said at a news conference announcing ..."
    else:
        return None
    if verb.pos_ in ("NOUN", "PROPN") and _people_object(verb) and verb.i < noun.i:
        return verb  # "a judge at the hearing saying ...": the judge
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


# what a court or a body decides, which says what it says ("decisions favoring affirmative action")
_RULING_NOUNS = frozenset({"decision", "ruling", "judgment", "verdict", "opinion", "order", "resolution", "law",
                           "bill", "measure", "amendment", "policy", "rule", "regulation", "statute"})


# nouns of set phrases that place nothing ("in effect daring him to ...", "in turn", "in fact")
_IDIOM_NOUNS = frozenset({"effect", "fact", "turn", "particular", "short", "addition", "general", "sum", "response",
                          "return", "total", "practice", "theory", "principle", "essence", "reality", "truth", "case",
                          "contrast", "comparison", "conclusion", "part", "sort", "way", "order"})


def _thing_host(participle: Token) -> Token | None:
    """'Trump was heard on a microphone telling Christie to ...': a participle the parse hangs on a thing that
    cannot speak, named in a phrase of place or means of a verb before it: that verb (whose subject speaks)."""
    from quizgen.analysis.attributions.resolve import holds_views  # resolve builds on this module

    noun = participle.head
    if noun.pos_ != "NOUN" or holds_views(noun) or noun.lemma_.lower() in _RULING_NOUNS | _IDIOM_NOUNS or \
            noun.dep_ != "pobj" or \
            noun.head.dep_ != "prep" or \
            noun.head.lower_ not in ("on", "in", "at", "during", "over", "through", "via"):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


# words opening a clause that the parser may read as prepositions ("since Clinton, at the debate, cited ...")
_SUBORDINATORS = frozenset({"since", "after", "before", "until", "because", "once", "while", "although", "though"})


def _subordinated_subject(verb: Token) -> Token | None:
    """'Trump has attacked her since Clinton, at Monday's debate, cited his comments': the parser read "since"
    as a preposition, the clause's subject as its object and "cited" as a second verb of the main clause. With
    no "and" or "but" before the verb, the name after the subordinating word is its subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    found = None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _SUBORDINATORS and head.i < prep.i < verb.i:
            names = [o for o in prep.children if o.dep_ == "pobj" and
                     (o.pos_ == "PROPN" or o.lower_ in ("he", "she", "they", "we", "i"))]
            found = names[-1] if names else None
    return found


_STRAY_SUBJECT_DEPS = ("conj", "dobj", "pobj", "appos", "attr")
# participles of an aside set off by commas between a subject and its verb ("Biden, echoing Erdogan, called ...")
_ASIDE_PARTICIPLES = frozenset({"echo", "cite", "quote", "join", "follow", "repeat", "paraphrase", "mirror"})


def aside_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung on the object of a comma-set aside before it ("Biden, echoing
    Erdogan, called on Kurds ...": "called" read as a clause on Erdogan): the noun before the aside, not the one
    echoed, cited or joined."""
    if verb.tag_ != "VBD" or verb.dep_ != "acl":
        return None
    obj = verb.head
    part = obj.head
    if obj.dep_ != "dobj" or part.tag_ != "VBG" or part.lemma_.lower() not in _ASIDE_PARTICIPLES or \
            part.dep_ not in ("acl", "advcl") or part.i >= obj.i:
        return None
    doc = verb.doc
    if part.i < 2 or doc[part.i - 1].text != "," or doc[verb.i - 1].text != "," or \
            any(t.text in ",;:" for t in doc[part.i:verb.i - 1]):
        return None
    subj = part.head
    if subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.i >= part.i:
        return None
    return subj


def _stray_subject(verb: Token) -> Token | None:
    """'X will brand you a liar and the Evening Star will accuse you ...': the parser hung "the Evening Star"
    on the first clause's object, so the second verb seems to share X's subject. A name (or a personal
    pronoun) right before the conjoined verb and its auxiliaries, right after "and"/"but", is its subject."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].dep_ in ("aux", "neg", "advmod") and doc[j].head.i == verb.i:
        j -= 1
    if j < 0 or j == verb.i - 1:
        return None  # no auxiliary between: "brand you and accuse you" shares its subject
    noun = doc[j]
    if noun.dep_ not in _STRAY_SUBJECT_DEPS or noun.head.i == verb.i or noun.head.i > verb.i:
        return None
    if not (noun.pos_ == "PROPN" or (noun.pos_ == "PRON" and noun.lower_ in ("he", "she", "they"))):
        return None
    start = noun.left_edge.i if noun.left_edge.i < noun.i else noun.i
    while start < noun.i and doc[start].dep_ in ("cc", "punct"):
        start += 1
    before = doc[start - 1] if start > 0 else None
    if before is None or before.lower_ not in ("and", "but", ","):
        return None
    return noun


# the links from a name to the phrase's head that still name the head ("Ambassador to the
# United States Hamdullah Mohib"); a name in a clause or adjective phrase is someone else
# ("the teachers, who met Mayor Berg", "teachers angry at Mayor Berg")
_NAMING_LINKS = ("prep", "pobj", "compound", "appos", "flat", "npadvmod")


def _reporting_cue_above(participle: Token) -> Token | None:
    """For a subjectless participle of saying ("..., saying ...") hung on a verb inside what a cue
    before it reports ("X said the mayor will have to choose, saying"): that cue."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    tok = participle.head
    for _ in range(REPORTED_CLIMB):
        if tok.dep_ == "ccomp" and (is_cue(tok.head) or _makes_clear(tok.head)) and tok.head.i < tok.i:
            return tok.head
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# what "made ... that" makes of a clause it states ("made clear that", "made it plain that", "made known that")
_MADE_STATED = frozenset({"clear", "plain", "known", "explicit"})


def _makes_clear(verb: Token) -> bool:
    """"Francis made clear that his meeting with Sanders was not political, saying ...": "make" with "clear"
    right after it (or after "it") states the clause, so its subject is who goes on saying (not "his meeting
    with Sanders", the clause's own subject, nor anyone else named in it)."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return False
    after = verb.doc[verb.i + 1:verb.i + 3]
    return bool(after) and (after[0].lower_ in _MADE_STATED or
                            (len(after) == 2 and after[0].lower_ == "it" and after[1].lower_ in _MADE_STATED))


def names_the_head(name: Token, head: Token) -> bool:
    """True when the name ``name`` (an entity root) names ``head`` itself, not someone in a clause on it."""
    tok = name
    while tok.i != head.i:
        if tok.dep_ not in _NAMING_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def source_phrase(head: Token) -> list[Token]:
    """The subject phrase without trailing relative clauses, appositive asides or punctuation."""
    cut = head.right_edge.i + 1
    for t in head.rights:
        if t.dep_ in ("relcl", "acl", "appos") or (t.dep_ == "prep" and t.lower_ not in ("of",)) \
                or (t.dep_ == "punct" and t.text == ","):
            cut = t.left_edge.i  # "Officials who spoke ...": the clause's own "who" goes too
            break
    cut = max(cut, _name_end(head, cut))
    toks = [t for t in head.subtree if t.i < cut]
    if toks and not any(t.ent_type_ == "PERSON" for t in toks):
        # "Ambassador to the United States Hamdullah Mohib": keep going to the name
        doc = head.doc
        names = [e for e in ents_of(doc) if e.label_ == "PERSON" and e.start > toks[-1].i and
                 e.end - 1 <= head.right_edge.i and head.is_ancestor(e.root) and
                 not any(t.dep_ in ("relcl", "acl") for t in tokens(doc)[toks[-1].i + 1:e.start]) and
                 names_the_head(e.root, head)]
        if names:
            toks = [t for t in head.subtree if t.i < names[0].end]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "punct")):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    return toks or [head]


_NAMED_BODY_LABELS = frozenset({"ORG", "GPE", "FAC", "NORP"})


def _name_end(head: Token, cut: int) -> int:
    """Where a body's name that runs past ``cut`` ends, or ``cut``: "The Centers for Disease Control and
    Prevention", "The Committee to Protect Journalists" (one name, though the parse hangs a "for" phrase
    or a clause on its head), "Doctors Without Borders" (a capitalised word of joining mid-sentence is part
    of a name). Only words of the head's own phrase count."""
    if cut > head.right_edge.i:
        return cut
    doc = head.doc
    end = cut
    for e in ents_of(doc):
        if e.label_ in _NAMED_BODY_LABELS and e.start <= head.i < e.end and e.end > cut and \
                not any(t.lower_ in MALE_NAMES or t.lower_ in FEMALE_NAMES for t in doc[e.start:head.i + 1]):
            # not "Lydia Buchtmann for Food Standards Australia" (the tagger's organisation holds a person who
            # speaks for it), and never past a bracket: "The World Health Organisation (WHO"
            stop = next((t.i for t in doc[cut:e.end] if t.is_punct), e.end)
            end = max(end, stop)
    first = doc[cut]
    if first.dep_ == "prep" and first.is_title and first.i > first.sent.start and head.is_title:
        i = cut  # "Doctors Without Borders": a capitalised "Without" mid-sentence joins the words of a name
        while i <= head.right_edge.i and doc[i].is_title and doc[i].is_alpha:
            i += 1
        if i > cut + 1:
            end = max(end, i)
    return min(end, head.right_edge.i + 1)


def phrase_range(toks: list[Token]) -> Range:
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


_PREP_CUE_LEMMAS = {verb for verb, _ in PREP_OBJECT_CUES}
# every lemma :func:`is_cue` may say yes to as a verb: of any other, the answer is no, found with one set test
# (its other tests read the token's children: a third of the analysis's calls of is_cue went to them)
_CUE_LEMMAS = frozenset(INTENT_CUES) | _PREP_CUE_LEMMAS | frozenset(AS_CUES) | {"express"} | \
    frozenset(SPEECH_CUES) | frozenset(OBJECT_CUES) | frozenset(DIRECTIVE_CUES) | frozenset(STANCE_CUES)


def is_cue(tok: Token) -> bool:
    """A verb of saying, an object cue ("denied the report") or a directive ("urged X to")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in SPEECH_CUES and _verb_read_as_noun(tok):
        return True
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD":
        return False
    if lemma not in _CUE_LEMMAS:
        return False  # no test below says yes to a verb of none of these (most verbs): none is tried
    if _asked_of_subject(tok):
        return False  # "Cruz, when asked what is wrong, responded …": Cruz is the one asked (judged blind, J39)
    if lemma in INTENT_CUES and _intends(tok):
        return True
    if lemma in INTENT_CUES and lemma not in SPEECH_CUES and lemma not in _PREP_CUE_LEMMAS:
        return False  # "plans a rally": no claim; "agreed with the mayor", "agreed that ..." still are
    if lemma in _PREP_CUE_LEMMAS and prep_object(tok) is not None:
        return True
    if lemma in AS_CUES:
        return _views_as(tok) is not None
    if lemma == "express":
        return any(c.dep_ == "dobj" and c.lower_ in EXPRESSED_NOUNS for c in tok.children)
    if lemma in QUOTATION_CUES and not in_a_saying_shape(tok):
        return False  # "The rally continued for hours", "Investigators concluded the inquiry": narration
    return lemma in SPEECH_CUES or lemma in OBJECT_CUES or lemma in DIRECTIVE_CUES or lemma in STANCE_CUES


_OPENING_MARKS = frozenset({"“", "‘", "``", '"', "''", "'"})
_CLOSING_MARKS = frozenset({"”", "’", '"', "''", "'"})
_CLAUSE_CLOSES = frozenset({",", "?", "!", "—", "--", "-"})  # a quotation's own last mark before a tag after it
_NARRATING_DEPS = frozenset({"dobj", "xcomp", "attr", "acomp", "oprd", "agent", "dative"})


def in_a_saying_shape(tok: Token) -> bool:
    """Is a verb of :data:`QUOTATION_CUES` ("continued", "concluded", "observed" …) used as a saying? With a
    clause ("concluded that …"), after a quotation closed on its own comma, "?" or "!" ('"…," she continued',
    '"…," continued Hale'), before one or a colon ('He concluded: "…"', 'she went on, "…"'), or set off as a
    parenthesis beside the clause said ("The fees, she observed, are fair", "…, Hale remarked."); never as
    narration ("The rally continued for hours", "concluded the inquiry in May", "observed the comet")."""
    kids = children(tok)
    if any(c.dep_ == "ccomp" and c.i > tok.i and any(k.dep_ in SUBJECT_DEPS for k in c.children) for c in kids):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in kids):
        return True  # "as Pollak observed, the winner was …": a comparative "as" of saying (:func:`as_said`)
    doc = tok.doc
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    start = subj.left_edge.i if subj is not None else tok.i
    k = start - 1
    british = k >= 1 and doc[k].text == "," and doc[k - 1].text in _CLOSING_MARKS  # '"… win", she said'
    if british:
        k -= 1
    while k >= 2 and doc[k - 1].text in _CLOSING_MARKS and not doc[k - 1].whitespace_:
        k -= 1  # '"… bro,’" Kiedis continued': an inner quotation closes with the outer one
    if k >= 1 and doc[k].text in _CLOSING_MARKS and not doc[k - 1].whitespace_ and \
            (british or doc[k - 1].text in _CLAUSE_CLOSES):
        return True  # the mark closes a quotation on the comma it touches, not one opening after a comma
    after = tok.i + 1
    # past the verb's own phrases of place, time and manner ("lamented in an interview with the Courier, '…'")
    while after < len(doc) and not doc[after].is_punct and doc[after].pos_ not in ("VERB", "AUX") and \
            _hangs_by_phrase(doc[after], tok):
        after += 1
    if after < len(doc) and doc[after].text == ":":
        return True  # 'He concluded: "…"', 'She concluded: the fees are fair.'
    if after + 1 < len(doc) and doc[after].text in (",", "-", "—", "--") and \
            doc[after + 1].text in _OPENING_MARKS and doc[after + 1].whitespace_ == "":
        return True  # 'she continued, "…"', 'who joked of the museum, "…"', 'boasted of it - "the best …"'
    if any(c.dep_ in _NARRATING_DEPS for c in kids):
        return False
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "prep" and (lemma, c.lower_) in QUOTATION_CUE_PREPS for c in kids):
        return True  # "cautioned against raising the fees"
    if any(c.dep_ == "prep" and c.lower_ != "to" and c.i > tok.i for c in kids):
        return False  # "concluded with footage of …", "joked with reporters about the rain"
    # a parenthesis: set off by a comma, the clause said being its own ("Y, she observed, Z", "Y, Hale remarked.")
    return start > 0 and doc[start - 1].text == "," and \
        (tok.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.i < tok.i for c in kids))


def _hangs_by_phrase(t: Token, verb: Token) -> bool:
    """Does ``t`` hang on ``verb`` through a preposition or adverb of its own (not its object or subject)?"""
    while t.head.i != verb.i:
        if t.head.i == t.i:
            return False
        t = t.head
    return t.dep_ in ("prep", "advmod", "npadvmod")


_WHEN_WORDS = frozenset({"when", "if", "after", "once", "before", "until", "unless", "whenever"})


def _asked_of_subject(tok: Token) -> bool:
    """A bare past participle after "when", "if", "after" … with no subject and no "by" agent ("when asked
    what …", "after told of the ruling"): the noun it hangs on is the one asked or told, not the one saying."""
    kids = children(tok)
    return tok.tag_ == "VBN" and any(k.dep_ in ("advmod", "mark") and k.lower_ in _WHEN_WORDS and k.i < tok.i
                                     for k in kids) and \
        not any(k.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for k in kids)


def _verb_read_as_noun(tok: Token) -> bool:
    """"But Trump claims that he ...": the tagger read "claims" as a plural noun, yet it heads the
    sentence with a subject and a that-clause, as only a verb can."""
    if tok.dep_ != "ROOT":
        return False
    kids = children(tok)
    subject_like = any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) or \
        (tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound" and tok.doc[tok.i - 1].pos_ == "PROPN"
         and tok.doc[tok.i - 1].head.i == tok.i)  # "And Trump claims that": "Trump" read as the noun's modifier
    return subject_like and \
        any(c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in kids)


def _views_as(tok: Token) -> Range | None:
    """"views the deal as a mistake": the object through the "as" phrase, for an active verb with a subject."""
    if is_passive(tok) or not any(c.dep_ in ("nsubj",) for c in tok.children):
        return None
    dobj = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and dobj and c.i > dobj[0].i]
    if not as_ or not any(p.dep_ == "pobj" for p in as_[0].children):
        return None
    return subtree_range(dobj[0])[0], subtree_range(as_[0])[1]


def _intends(tok: Token) -> bool:
    """"Sanders threatened to sue": a "to" clause after an intent verb whose subject is a name."""
    xcomp = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and
             any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(c.dep_ == "neg" for c in tok.children) or any(a.lemma_.lower() in SPEECH_CUES for a in tok.ancestors):
        return False  # "does not seek to", or inside what someone else says ("Hua said China seeks to")
    # a name, or "he"/"she"/"they" standing for one ("She wants to triple the program"); a common noun
    # ("the organization plans to hold ...") is more often the writer's report of a plan than a claim
    return bool(xcomp) and bool(subj) and (subj[0].pos_ == "PROPN" or subj[0].lower_ in ("he", "she", "they")) \
        and not is_passive(tok)


def is_passive(tok: Token) -> bool:
    return tok.i in passive_verbs(tok.doc)  # has an "auxpass" child


def as_said(cue: Token) -> tuple[list[Range], Token | None]:
    """"As The Times reported, Y", "Y, as critics have warned.", "as first reported by X": a comparative
    "as" clause of saying with nothing said inside it vouches for the clause it hangs on, which is the
    content (less the "as" clause). Empty for an "as" of time ("as she was speaking", "as he announced
    his bid": a progressive, or a cue with its own object or clause)."""
    head = cue.head
    if cue.dep_ != "advcl" or head.i == cue.i or head.pos_ not in ("VERB", "AUX") or cue.tag_ == "VBG" or \
            not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children) or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative") for c in cue.children):
        return [], None
    sent = sent_of(cue)
    skip = {t.i for t in cue.subtree}
    # "But as the Gazette noted in an editorial Thursday, the mayor …": an "as" clause before the claim ends at the
    # comma after it, whatever the parser hung on the claim's verb before that comma ("But", "Thursday")
    opens_at = 0
    if cue.i < head.i:
        comma = next((t for t in cue.doc[cue.right_edge.i + 1:head.i] if t.text == ","), None)
        if comma is not None:
            opens_at = comma.i + 1
    runs: list[list[Token]] = []
    for t in head.subtree:
        if t.i in skip or t.i < opens_at or not sent.start <= t.i < sent.end:
            continue
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    runs = [r for r in (_strip_punct(r) for r in runs) if r]
    ranges = [trim(doc_text(cue.doc), r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs]
    ranges = [(a, b) for a, b in ranges if b > a]
    if sum(len(doc_text(cue.doc)[a:b].split()) for a, b in ranges) < MIN_CONTENT_WORDS:
        return [], None
    return ranges, head


def _strip_punct(run: list[Token]) -> list[Token]:
    """A run of tokens without the punctuation at its ends (quotation marks stay: trim() decides those)."""
    while run and run[-1].is_punct and run[-1].text not in QUOTE_CHARS and run[-1].text != "''":
        run = run[:-1]
    while run and run[0].is_punct and run[0].text not in QUOTE_CHARS and run[0].text != "``":
        run = run[1:]
    return run


def _main_clause_after(cue: Token, ccomp: list[Token]) -> tuple[Range, Token] | None:
    """"The Post reported on Monday, based on the count, if A wins X and B wins Y, the nominee will be decided
    at the convention": the parser made the sentence's last clause its root and hung the cue under it, giving
    the cue the phrases between them as clauses of its own. When nothing the cue governs starts right after it
    (no "said that …", "said the …"), what it reports is that root clause, from its subject on (judged blind:
    the claim "the current delegates count, if Sen. Marco Rubio wins …"): its range and head."""
    if cue.dep_ != "ccomp":
        return None
    root = cue.head
    while root.dep_ in ("ccomp", "advcl") and root.head.i > root.i:
        root = root.head  # "reported …, if A wins X and B wins Y, …": the parser may hang it under a later clause
    if root.dep_ != "ROOT" or root.i < cue.right_edge.i or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = [k for k in root.children if k.dep_ in SUBJECT_DEPS and k.i > cue.right_edge.i]
    if not subj or not any(t.text == "," for t in cue.doc[cue.right_edge.i + 1:subj[0].left_edge.i]):
        return None
    for c in ccomp:
        first = c.left_edge
        if first.i <= cue.i + 2 or (first.lower_ == "that" and first.i <= cue.i + 3):
            return None  # "reported that …", "reported the …": the cue's own clause is what it says
    if not any(k.dep_ in ("prep", "npadvmod", "advmod") and k.i > cue.i for k in cue.children):
        return None
    first = min(k.left_edge for k in subj)
    last = root.right_edge
    while last.i > first.i and last.is_punct:
        last = last.nbor(-1)
    return (first.idx, last.idx + len(last.text)), root


# subordinators of time, cause or contrast: a clause they open is a circumstance, never what was said
_ADVERBIAL_MARKS = frozenset({"as", "while", "when", "whereas", "because", "since", "after", "before", "until",
                              "although", "though"})


def _scene_clause(cue: Token, clause: Token) -> bool:
    """'"X," Moss said, as workers cleared the hall': the parser hung the as-clause on the cue as its object
    clause; set off by a comma and opened by a subordinator of time or cause, it is the reporter's scene. A
    that-clause inside it ('said, as the meeting ended, that ...') is the content, so such a clause stays."""
    if clause.i < cue.i or cue.i + 1 >= len(cue.doc) or cue.doc[cue.i + 1].text != ",":
        return False
    if not any(k.dep_ == "mark" and k.lower_ in _ADVERBIAL_MARKS and k.i == clause.left_edge.i
               for k in clause.children):
        return False
    return not any(k.dep_ == "mark" and k.lower_ == "that" for t in clause.subtree for k in t.children)


def content_of(cue: Token) -> tuple[list[Range], Token | None]:
    """Character ranges of the cue's content and the content's head token (or None)."""
    lemma = cue.lemma_.lower()
    kids = children(cue)
    doc = cue.doc
    toks = tokens(doc)
    # "He proposes X; she backs Y": a clause past a semicolon is not what the cue reports
    # "Fuel is the biggest cost: a firm she owns has charged ...": nor is a clause before a colon
    ccomp = [c for c in kids if c.dep_ == "ccomp" and not _scene_clause(cue, c) and
             not any(t.text == ";" or (t.text == ":" and c.i < cue.i)
                     for t in toks[min(c.right_edge.i, cue.i):max(c.left_edge.i, cue.i)]) and
             not (c.i < cue.i and _says_this_clause(c, cue))]
    main = _main_clause_after(cue, ccomp)
    if main is not None:
        return [main[0]], main[1]
    if ccomp:
        c = ccomp[0] if ccomp[0].i > cue.i else ccomp[-1]
        if c.i > cue.i and ccomp[0].i < cue.i and any(k.dep_ == "advcl" and k.tag_ == "VBG" and
                                                       cue.i < k.i < c.left_edge.i for k in kids):
            c = ccomp[0]  # '"A," Berg said, adding a warning, "B."': she says A; B is what she adds
        lead = c.left_edge
        if c.i > cue.i and lead.dep_ == "mark" and lead.lower_ in _AFTER_QUOTE_MARKS and \
                lead.head.dep_ == "advcl" and lead.head.head.i == c.i and _quoted_before(cue):
            # '"You should resign," Warren told Stumpf, after he admitted ...': what she told him is the
            # quotation; the clause after the comma tells when, and the parse hung the rest under it
            return [], None
        a, b = clause_range(c)
        for later in ccomp:
            # "said Trump has respect for X and his comment was instead ...": the parser hung the second
            # clause's verb on the cue and took its subject into the first; the claim runs on through it
            la, lb = clause_range(later)
            if later.i > c.i and la >= b and not doc_text(doc)[b:la].strip() and \
                    not any(k.dep_ in SUBJECT_DEPS for k in later.children):
                b = lb
        if c.i > cue.i and c.left_edge.i < cue.i and c.left_edge.tag_ in ("WDT", "WP"):
            a = toks[cue.i + 1].idx  # "which critics said was unfair": what follows the cue
        tail = reporters_tail(c)
        if tail is not None:
            b = min(b, tail[0])  # '"kept us safe" on Twitter before ...': the saying's place is no part of it
        for k in c.subtree:
            # "fear that Lee missed a chance and warn that ...": the second cue's part is not the first's
            if k.dep_ == "conj" and getattr(coordinated_cue(k), "i", -1) == cue.i:
                cc = min(t.i for t in k.head.children if t.dep_ == "cc" and k.head.i < t.i < k.i)
                last = toks[cc - 1]
                b = min(b, last.idx + len(last.text))
        return [(a, b)], c
    xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > cue.i]
    dobj = [c for c in kids if c.dep_ in ("dobj", "dative") and c.i > cue.i]
    if lemma in _CLAUSE_SAYING and not dobj:
        # "said on Friday during a news conference that he may wait ...": the parser hangs the that-clause
        # on the last noun as a relative clause, but its "that" is a complementizer (the clause has its own
        # subject), so it is what was said
        found = that_on_prep_object(cue)
        if found is not None:
            return [clause_range(found)], found
    if lemma in _SAY_VERBS and not dobj and xcomp and cue.dep_ == "relcl" and relative_said(cue):
        # "forty letters, which the mayor said covered all ...": the parser hung the relative word on the cue
        # and the clause's verb under it as an xcomp; what follows the cue is what she said of them
        return [(toks[cue.i + 1].idx, subtree_range(xcomp[0])[1])], xcomp[0]
    if lemma in _CLAUSE_SAYING and not dobj and not xcomp:
        # "Reyes said after the meeting he would not ...": the parser took the that-less clause behind a
        # time phrase for an adverbial one; a clause of its own subject with no "if"/"because" is what he said
        # ("tweeted in the early hours that X was ...": its "that" read as a relative adverb, the same)
        for c in kids:
            if c.dep_ == "advcl" and c.i > cue.i + 1 and c.tag_ != "VBG" and \
                    any(k.dep_ == "nsubj" and k.i < c.i for k in c.children) and \
                    not any(k.dep_ == "mark" for k in c.children) and toks[cue.i + 1].dep_ == "prep" and \
                    (lemma in _SAY_VERBS or c.left_edge.lower_ == "that"):
                return [clause_range(c)], c
    if lemma in _CLAUSE_SAYING and not dobj:
        inverted = _inverted_that_clause(cue)
        if inverted is not None:
            return [inverted[0]], inverted[1]
    if lemma in AS_CUES:  # "views the deal as a mistake"
        rng = _views_as(cue)
        return ([rng], dobj[0]) if rng and dobj else ([], None)
    if lemma == "express" and dobj and dobj[0].lower_ in EXPRESSED_NOUNS:  # "expressed concern about"
        return [subtree_range(dobj[0])], dobj[0]
    if lemma in NAMING_CUES and dobj and not is_passive(cue):  # "called the bill anti-gay"
        oprd = [c for c in kids if c.dep_ == "oprd" and c.i > dobj[0].i]
        if oprd:
            return [(subtree_range(dobj[0])[0], subtree_range(oprd[-1])[1])], oprd[-1]
    if lemma in NAMING_CUES and not dobj and not is_passive(cue) and \
            not (cue.dep_ == "conj" and cue.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl")):
        # 'called her "third-rate"', 'called Rubio "Little Marco" multiple times': the parse folded the object
        # into what it is called; a person named first and a quoted name say which (not a verb joined to a clause
        # inside another: its subject would be the clause's)
        oprd = [c for c in kids if c.dep_ == "oprd" and c.i > cue.i and c.left_edge.i == cue.i + 1]
        if oprd:
            sub = list(oprd[0].subtree)
            if len(sub) >= 3 and (sub[0].tag_ in ("PRP", "NNP") or sub[0].lower_ == "her") and \
                    any(t.text in QUOTE_CHARS or t.text == "''" for t in sub):
                return [subtree_range(oprd[0])], oprd[0]
    prep_obj = prep_object(cue)
    if prep_obj is not None:  # "called for a bigger military effort"
        return [subtree_range(prep_obj)], prep_obj
    for_clause = clause_for(cue)
    if for_clause is not None:  # "called for the state to raise the wage": the clause after "for"
        return [(toks[cue.i + 2].idx, subtree_range(for_clause)[1])], for_clause
    if lemma in JUDGING_CUES and dobj and dobj[0].pos_ == "PROPN" and not is_passive(cue):
        return [with_reason(cue, dobj[0])], dobj[0]  # "criticized Bill Clinton": a view of the person
    if lemma in STANCE_CUES and dobj and not is_passive(cue):  # "endorsed Clinton", "backs the tax bill"
        d = dobj[0]
        if d.pos_ == "PROPN" or len(list(d.subtree)) >= MIN_OBJECT_CLAIM_TOKENS:
            return [subtree_range(d)], d
    if (lemma in DIRECTIVE_CUES or lemma in INTENT_CUES) and xcomp:
        on = [p for c in kids if lemma == "call" and c.dep_ == "prep" and c.lower_ == "on" and c.i == cue.i + 1
              for p in c.children if p.dep_ == "pobj" and p.i < xcomp[0].i]
        start = dobj[0] if dobj else on[0] if on else xcomp[0]  # "called on the council to ..."
        s, _ = subtree_range(start)
        _, e = subtree_range(xcomp[0])
        return [(s, e)], xcomp[0]
    if lemma in GERUND_CUES and not dobj and not is_passive(cue):
        # "suggested cutting the fares", "denied having seen it": a gerund clause right after the cue
        ger = [c for c in kids if c.dep_ in ("xcomp", "pcomp") and c.i > cue.i and c.left_edge.i == cue.i + 1
               and c.left_edge.tag_ == "VBG"]
        if ger and len(list(ger[0].subtree)) >= MIN_CONTENT_WORDS:
            return [subtree_range(ger[0])], ger[0]
    if lemma == "accuse":
        prep = [c for c in kids if c.dep_ == "prep" and c.lower_ == "of"]
        if dobj:
            s, e = subtree_range(dobj[0])
            if prep:
                e = max(e, subtree_range(prep[0])[1])
            return [(s, e)], dobj[0]
        if prep:
            return [subtree_range(prep[0])], prep[0]
    rel_obj = relative_object(cue)
    # (not "which Baick calls 'a foundation ...'": a naming, whose complement the naming cues take below)
    if lemma in OBJECT_CUES and lemma not in NAMING_CUES and not dobj and rel_obj is not None and not is_passive(cue) \
            and not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in kids):
        # "a handout, which the council today rejects", "the mood that critics blame for the delays": the
        # relative clause holds the view of what it stands for (the relative word before the cue is its object)
        # ("which the council rejects, and strain the budget": a conjunct the parser hung on the cue is no part)
        conjunct = {t.i for c in kids if c.dep_ in ("conj", "cc") and c.i > cue.i for t in c.subtree}
        return [subtree_range(cue, conjunct)], rel_obj
    if lemma in CONTRARY_CUES and dobj and (len(dobj) > 1 or dobj[0].lower_ in DENIED_THINGS):
        return [], None  # "denied AMD access", "denied him bail": an action, not a rebuttal
    if lemma in OBJECT_CUES and dobj and lemma not in NEEDS_CLAUSE:
        d = dobj[0]
        has_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
        if len(list(d.subtree)) < MIN_OBJECT_CLAIM_TOKENS and d.tag_ not in ("WDT", "WP") \
                and lemma not in CONTRARY_CUES and not has_as and \
                not (lemma in SAYING_OBJECT_CUES and d.pos_ == "NOUN"):
            return [], None  # "defended the plan": an action, not a claim
        if d.tag_ in ("WDT", "WP"):  # "which the Home Office today rejects": the clause itself
            return [subtree_range(cue)], d
        rng = subtree_range(d)
        preps = [c for c in kids if c.dep_ == "prep" and c.i > d.i and c.lower_ in ("as", "of", "for")]
        if preps:
            rng = (rng[0], max(rng[1], subtree_range(preps[-1])[1]))
        # "announced plans this week to give $15 million ...": the plan's "to" clause, hung on the cue
        plan = [c for c in kids if c.dep_ == "xcomp" and c.i > d.i and d.lemma_.lower() in _PLAN_NOUNS and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if plan:
            rng = (rng[0], max(rng[1], subtree_range(plan[0])[1]))
        return [rng], d
    return [], None


_PLAN_NOUNS = frozenset({"plan", "intention", "intent", "bid", "decision", "proposal", "readiness", "willingness"})


_SAY_VERBS = frozenset({"say", "tell", "add", "write", "insist", "argue", "claim", "warn", "explain"})
# ... and verbs of saying whose clause after a phrase of time or place must open on "that" to be read so
_PHRASE_THEN_CLAUSE_VERBS = frozenset({"tweet", "post", "announce", "report", "state", "declare", "testify", "note",
                                       "suggest", "acknowledge", "admit", "predict", "promise", "complain",
                                       "boast", "assert", "say", "reply", "respond", "answer", "confirm"})
_CLAUSE_SAYING = _SAY_VERBS | _PHRASE_THEN_CLAUSE_VERBS


def _inverted_that_clause(cue: Token) -> tuple[Range, Token] | None:
    """"The nominee continues to insist, most recently in an interview, that he wants ...": the parser made the
    that-clause after the aside the sentence's root and the cue's clause its complement; the clause from its
    "that" on is what the cue says."""
    top = cue
    while top.dep_ == "xcomp" and top.head.i < top.i:
        top = top.head  # "continues to insist"
    end = subtree_range(cue)[1]
    # ... or hung it on the cue (or the verb it completes) as an adverbial clause
    heads = [c for v in {cue.i: cue, top.i: top}.values() for c in v.children if c.dep_ == "advcl" and c.i > cue.i]
    if top.dep_ == "ccomp" and top.head.i > cue.i:
        heads.append(top.head)
    for head in heads:
        if head.pos_ not in ("VERB", "AUX"):
            continue
        mark = next((k for k in head.children if k.dep_ == "mark" and k.lower_ == "that" and k.idx >= end), None)
        if mark is not None and any(k.dep_ in ("nsubj", "nsubjpass") and k.i > mark.i for k in head.children):
            return trim(cue.doc.text, mark.idx, subtree_range(head)[1]), head
    return None


def that_on_prep_object(cue: Token) -> Token | None:
    """"said on Friday during a news conference that he may wait ...": the that-clause the parser hung on the
    object of a preposition after the cue, as a relative or adjectival clause, whose "that" is a complementizer
    (the clause has its own subject): its verb, or None."""
    for pp in cue.children:
        if pp.dep_ != "prep" or pp.i < cue.i:
            continue
        for pobj in pp.children:
            for rel in pobj.children:
                # ("for the first time that ...": its "that" may be read as a relative adverb too)
                # ("predicted at the debate that Republicans will take every state": read as the object
                # of a relative clause that has an object of its own)
                # ("has argued for years that the port can't be sold": an acl of "years")
                objects = sum(o.dep_ == "dobj" for o in rel.children)
                if rel.dep_ in ("relcl", "acl") and any((k.dep_ in ("mark", "advmod") or
                                                         (k.dep_ == "dobj" and objects > 1))
                                                        and k.lower_ == "that" and k.i == rel.left_edge.i
                                                        for k in rel.children) \
                        and any(k.dep_ in ("nsubj", "nsubjpass") for k in rel.children):
                    return rel
    return None


def _says_this_clause(clause: Token, verb: Token) -> bool:
    """Is ``clause`` (before ``verb``) the parse's inversion of a cue whose that-clause ``verb`` heads ("The
    nominee continues to insist, ..., that he wants ...": "wants" reports nothing of the nominee's clause)?"""
    tok = clause
    while True:
        if tok.lemma_.lower() in _CLAUSE_SAYING:
            found = _inverted_that_clause(tok)
            return found is not None and found[1].i == verb.i
        nxt = [k for k in tok.children if k.dep_ == "xcomp" and k.i > tok.i]
        if not nxt:
            return False
        tok = nxt[0]


def relative_object(cue: Token) -> Token | None:
    """The relative word a relative clause's cue has for its object, before it ("which the council rejects",
    "that critics blame for ..."; the parser tags that "that" IN, not WDT), or None."""
    if cue.dep_ not in ("relcl", "acl"):  # the parser reads some relative clauses as acl
        return None
    return next((c for c in cue.children if c.dep_ == "dobj" and c.i < cue.i and
                 c.lower_ in ("which", "that", "whom", "who")), None)


def relative_said(cue: Token) -> bool:
    """Is the cue a relative clause's saying whose relative word the parser made the cue's own subject, with
    the clause's verb an xcomp right after it ("letters, which the mayor said covered ...")? That verb has
    no "to" of its own: "which she said to send" is an order."""
    kids = children(cue)
    rel = [k for k in kids if k.dep_ == "nsubj" and k.tag_ in ("WDT", "WP") and k.i < cue.i]
    subj = [k for k in kids if k.dep_ == "nsubj" and k.tag_ not in ("WDT", "WP") and k.i < cue.i]
    xcomp = [k for k in kids if k.dep_ == "xcomp" and k.i == cue.i + 1 and k.pos_ in ("VERB", "AUX")]
    return bool(rel and subj and rel[0].i < subj[0].i and xcomp and
                not any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomp[0].children))


def prep_object(cue: Token) -> Token | None:
    """The object of "for" right after a cue that takes one ("called for a ban"), or None."""
    if is_passive(cue) or cue.i + 1 >= len(cue.doc):
        return None
    prep = tokens(cue.doc)[cue.i + 1]
    if prep.head.i != cue.i or prep.dep_ != "prep" or (cue.lemma_.lower(), prep.lower_) not in PREP_OBJECT_CUES:
        return None
    pobj = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    if not pobj and prep.lower_ == "for":
        # "called for cutting the fares": a gerund clause is the demand as a noun is
        # ("called for immediately cutting ...": its adverb first)
        pobj = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.left_edge.i == prep.i + 1]
    return pobj[0] if pobj else None


def clause_for(cue: Token) -> Token | None:
    """The verb of a "for X to Y" clause right after a cue that takes "for" ("called for the state to raise the
    wage", "argued for the board to act"), which the parser hangs on the cue as an adverbial clause, or None."""
    doc = cue.doc
    if is_passive(cue) or cue.i + 2 >= len(doc):
        return None
    mark = tokens(doc)[cue.i + 1]
    if mark.dep_ != "mark" or (cue.lemma_.lower(), mark.lower_) not in PREP_OBJECT_CUES or mark.lower_ != "for":
        return None
    clause = mark.head
    if clause.head.i != cue.i or clause.dep_ not in ("advcl", "ccomp", "xcomp") or \
            not any(k.dep_ in SUBJECT_DEPS and k.i < clause.i for k in clause.children) or \
            not any(k.dep_ == "aux" and k.lower_ == "to" for k in clause.children):
        return None
    return clause


def parenthetical_content(cue: Token, text: str) -> list[Range]:
    """For "Y, X said, Z" / "Y, said X": the sentence outside the "X said" part."""
    sent = sent_of(cue)
    s0, s1 = sent.start_char, sent.end_char
    c0, c1 = subtree_range(cue)
    # "He proposes X; she backs Y": a semicolon ends the other clause
    s0 = max([s0] + [t.idx + 1 for t in sent_tokens(sent) if t.text == ";" and t.idx < c0])
    s1 = min([s1] + [t.idx for t in sent_tokens(sent) if t.text == ";" and t.idx >= c1])
    # "Y, even with a job, he said.": the parse hangs Y on the cue; the cue's part starts at its subject
    # (the last one set off by a comma or quotation mark: in '"... One of the brightest," Cummings said'
    # the parse makes "One" a second subject)
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i
            and c.left_edge.i > sent.start and cue.doc[c.left_edge.i - 1].text in (",", "''", *QUOTE_CHARS)]
    if c0 <= s0 and subj and ends_sentence(cue) and cue.lemma_.lower() not in MENTAL_CUES:
        c0 = subj[-1].left_edge.idx
    ranges = []
    if c0 > s0:
        # "The park, where …, is near the stadium, which, Tompkins said, is usually full …": a tag right
        # after a relative pronoun reports only that clause; the sentence before it is the writer's
        rel = re.search(r"\b(?:which|who|whom|whose)\W*$", text[s0:c0], re.I)
        ranges.append((s0 + rel.start(), c0) if rel and rel.start() > 0 else (s0, c0))
    if c1 < s1 and not re.match(r"[\s,]*(?:and|but)\s", text[c1:s1]):
        ranges.append((c1, s1))  # not ", and the boys trailed behind": the reporter goes on
    trimmed = [trim(text, a, b) for a, b in ranges]
    trimmed = [(a, b) for a, b in trimmed if b > a]
    if len(trimmed) == 2 and trimmed[0][1] <= c0 and not any(
            t.idx >= trimmed[0][0] and t.idx < trimmed[0][1] and t.pos_ in ("VERB", "AUX") for t in sent_tokens(sent)):
        # "Survival, Mr. Vance says, depends on ...": the words before the cue are the subject of the
        # words after it; the claim is both, however short the first
        if sum(len(text[a:b].split()) for a, b in trimmed) >= MIN_CONTENT_WORDS:
            return trimmed
    # "Courted by most candidates ..., Adelson said": an opening participle describes the speaker; it is
    # the writer's words, not what is said
    openers = [subtree_range(c) for c in cue.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")
               and c.i < cue.i and c.left_edge.i == sent.start and not any(k.dep_ in ("nsubj", "nsubjpass")
                                                                          for k in c.children)]
    # "But when Congress cut funding, Mexico said enough.": an opening clause of time or condition, with the
    # cue's own object after it, tells when; it is not what was said
    if any(c.dep_ != "punct" and c.i > cue.i for c in cue.children) and \
            any(c.dep_ == "advcl" and c.i < cue.i and c.left_edge.i <= sent.start + 1 and
                any(k.dep_ in ("mark", "advmod") and k.lower_ in _OPENING_SUBORDINATORS and k.i == c.left_edge.i
                    for k in c.children) for c in cue.children):
        own = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
        openers.append((s0, own[0].left_edge.idx if own else c0))
    out = []
    for a, b in trimmed:
        if any(o0 <= a and b <= o1 + 1 for o0, o1 in openers):
            continue
        if b - a > PARENTHETICAL_MIN_CHARS and len(text[a:b].split()) >= MIN_CONTENT_WORDS:
            out.append((a, b))
    return out


def ends_sentence(cue: Token) -> bool:
    """"..., Sanders said." / "..., he said on Monday.": nothing but the cue's own words and
    punctuation follow it in its sentence."""
    for t in sent_tokens(sent_of(cue)):
        if t.i <= cue.i or t.is_punct:
            continue
        while t.head.i != cue.i and t.head.i != t.i:  # climb to the child of the cue above it
            t = t.head
        if t.head.i != cue.i or t.dep_ not in ("npadvmod", "advmod", "prep", "punct", "prt"):
            return False
    return True


def inverted_at_end(cue: Token) -> bool:
    """"..., but it is under pressure from imports, said the firm's chief, Jo Hale.": a cue of saying right after a
    comma, its subject after it and nothing else of its own to the sentence's end, which the parser hung as a
    conjunct on the clause before it (that clause is what was said)."""
    if cue.i == 0 or cue.doc[cue.i - 1].text != "," or cue.lemma_.lower() not in SPEECH_CUES:
        return False
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i]
    if not subj or any(c.dep_ == "cc" or c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return False
    for t in sent_tokens(sent_of(cue)):
        if t.i <= cue.i or t.is_punct or subj[0].is_ancestor(t) or t.i == subj[0].i:
            continue
        while t.head.i != cue.i and t.head.i != t.i:
            t = t.head
        if t.head.i != cue.i or t.dep_ not in ("npadvmod", "advmod", "prep", "punct"):
            return False
    return True


def tag_at_end(cue: Token) -> bool:
    """"..., Sanders remains committed to ..., his top aide, Tad Devine, told The Huffington Post.": a telling
    verb with its subject after a comma, and no more than whom it was told to the sentence's end, which the
    parser hung as a conjunct on the clause before it (that clause is what was told)."""
    if cue.dep_ != "conj" or cue.lemma_.lower() not in LISTENER_CUES or cue.head.i >= cue.i:
        return False
    subj = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subj or any(c.dep_ in ("cc", "ccomp", "xcomp", "advcl") for c in cue.children):
        return False
    first = subj[0].left_edge
    if first.i == 0 or cue.doc[first.i - 1].text != "," or first.i <= cue.head.i:
        return False
    end = sent_of(cue).end
    for c in cue.children:
        if c.i > cue.i and c.dep_ not in ("dobj", "dative", "npadvmod", "advmod", "prep", "punct"):
            return False
        if c.dep_ == "dobj" and not (c.pos_ in ("PROPN", "PRON") or c.lower_ in PEOPLE_NOUNS):
            return False
    return all(t.i <= cue.i or t.is_punct or cue.is_ancestor(t) for t in cue.doc[cue.i + 1:end])


def is_sandwiched(cue: Token) -> bool:
    """"..., Pompeo said." or "..., he said, ...": the cue follows a comma-set clause."""
    left = [t for t in sent_tokens(sent_of(cue)) if t.i < cue.i][-SANDWICH_LOOKBACK:]
    if any(t.text == "," for t in left) or any(t.text in QUOTE_CHARS or t.text == "''" for t in left):
        return True
    # '..., Rep. Elijah E. Cummings (D-Md.) said': a long name; the mark sits right before the subject
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i and c.pos_ == "PROPN"]
    before = subj[-1].left_edge.i - 1 if subj else -1
    return before > sent_of(cue).start and cue.doc[before].text in (",", "''", *QUOTE_CHARS)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token on each read); kept in its user_data."""
    text = doc.user_data.get("quizgen_text")
    if text is None:
        text = doc.user_data["quizgen_text"] = doc.text
    return text


def inside_quote_marks(tok: Token) -> bool:
    """The token sits between an opening and a closing quotation mark of its paragraph."""
    idx = tok.idx
    for q in find_quotes(doc_text(tok.doc)):  # a plain loop, as in :func:`in_quote`
        if q.open_start <= idx < q.end:
            return True
    return False


def quote_before(cue: Token, subj: Token | None, text: str, quotes: list[Quote]) -> Quote | None:
    """The quotation that ends right before the cue's clause: '"...?" Trump said', '"...," said Leslie
    Wimes, a ...', '"..., One of the brightest," Rep. X (D-Md.) said' -- nothing but the closing mark,
    a comma and the speaker's phrase between them."""
    start = cue.idx
    if subj is not None and subj.i < cue.i:
        if subj.head.i != cue.i:
            # a subject the cue inherits: in '"...," Berg sings before asking them, "..."' the quotation before
            # Berg is what she sings, not what she asks
            return None
        start = min(start, subj.left_edge.idx)
    prior = [q for q in quotes if not q.unclosed and q.end <= start]
    if not prior:
        return None
    q = prior[-1]
    gap = text[q.end:start]
    return q if len(gap) <= QUOTE_BEFORE_GAP and gap.strip(" ,\u201d\"'\u2019") == "" else None


def quote_after(cue: Token, text: str, quotes: list[Quote]) -> Quote | None:
    """The quotation the cue opens ("said: “...”", "said on Tuesday, “...”"), if any."""
    end = cue.idx + len(cue.text)
    for q in quotes:
        if q.open_start < end:
            continue
        gap = text[end:q.open_start]
        if len(gap) <= QUOTE_AFTER_GAP and gap.strip(" ,:") == "":
            return q
        if len(gap.split()) <= QUOTE_AFTER_WORDS and gap.rstrip().endswith((":", ",")):
            return q
    return None


def np_start(noun: Token) -> int:
    """Where a noun phrase starts, leaving out anything it is conjoined with."""
    left = [t for t in noun.lefts if t.dep_ not in ("cc", "conj", "punct")]
    start = min([t.left_edge.i for t in left] + [noun.i])
    # "from the U.S. market and sanction officials accused of ...": a coordination the parser
    # folded into the noun phrase; the phrase starts after its last "and"/"or"
    ccs = [t.i for t in noun.doc[start:noun.i] if t.dep_ == "cc"]
    if ccs:
        start = ccs[-1] + 1
    return noun.doc[start].idx


def _balanced_quotes(toks: Span) -> bool:
    """No quotation mark in the tokens, or only the pairs of a short quoted name inside them ('wearing
    "Lane for Mayor" pins'): the aside does not cross a quotation's edge."""
    marks = [t.text for t in toks if t.text in QUOTE_CHARS or t.text in ("''", "``")]
    if not marks:
        return True
    opens = sum(1 for m in marks if m in ("\u201c", "``"))
    closes = sum(1 for m in marks if m in ("\u201d", "''"))
    straight = sum(1 for m in marks if m == '"')
    return opens == closes and straight % 2 == 0 and len(toks) <= ASIDE_MAX_TOKENS + 4


def _named_before_aside(ent: Span) -> Token | None:
    """"Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said": a name that ends a comma-set aside
    right after another person's name is the aside's; the name before it is the subject."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    sent = sent_of(ent.root)
    i = ent.start - 1
    while i > sent.start and doc[i].text not in (",", ";", ":") and not inside_quote_marks(doc[i]):
        i -= 1
    if i <= sent.start or doc[i].text != "," or i == ent.start - 1:
        return None
    return next((e.root for e in ents_of(doc) if e.label_ == "PERSON" and e.end == i and e.start >= sent.start
                 and not inside_quote_marks(e.root)), None)


# nouns for a place whose name follows "of" ("the town of Goma", "the province of Aceh")
_PLACE_NOUNS = frozenset("town city village province region district state county capital island port "
                         "municipality commune prefecture borough suburb neighbourhood neighborhood area".split())


def _named_place(ent: Span) -> bool:
    """Is the name the object of "of" after a noun for a place ("the eastern town of Goma")?"""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _PLACE_NOUNS


def person_before(cue: Token) -> Token | None:
    """A named person just before a subjectless cue ("Tom Molomby, SC, said"): a parse slip."""
    for ent in reversed(ents_of(cue.doc)):
        if ent.label_ != "PERSON" or ent.end > cue.i or ent.sent != sent_of(cue):
            continue
        if inside_quote_marks(ent.root):
            continue  # '"... Hale is a disgrace," read one': a name in the quoted words never speaks them
        if _named_place(ent):
            return None  # "the head of the UN mission … in the eastern town of Goma told journalists": a place the
            # tagger took for a person, not the speaker (judged blind, W2: keyed "Goma")
        if cue.i - ent.end <= PERSON_BEFORE_CUE:
            return _named_before_aside(ent) or ent.root
        between = cue.doc[ent.end:cue.i]
        if len(between) <= BRACKET_AFTER_NAME and between[0].text == "(" and between[-1].text == ")" and \
                not any(t.text in ("(", ")") for t in between[1:-1]):
            return ent.root  # "Sen. Ella Ward (D-Mass.) argued": a party and state in brackets after the name
        # "Flynn, a top Trump surrogate, said": only the name's appositive and commas between them
        appos = {t.i for c in ent.root.children if c.dep_ == "appos" for t in c.subtree}
        if all(t.i in appos or t.text == "," for t in between):
            return ent.root
        # "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": an aside set off by commas
        # (however the parse hangs it), right after a closing quotation mark
        if len(between) <= ASIDE_MAX_TOKENS + 4 and between[0].text == "," and between[-1].text == "," and \
                _balanced_quotes(between):
            # the name's own words before it ("Texas delegate Bill Eastland"), then its titles
            first = min(ent.start, ent.root.left_edge.i) - 1
            while first > 0 and cue.doc[first].lower_.rstrip(".") in TITLE_WORDS:
                first -= 1  # "Mr.", "Dr."
            if first >= 0 and cue.doc[first].text in ("''", *QUOTE_CHARS):
                return ent.root
        return None
    return None


def broad_content(cue: Token) -> tuple[list[Range], Token | None]:
    """The content of a verb in the ledger's broad shapes (unsure claims): a finite clause ("knows that
    ...", "realized the plan had failed"), the object of a preposition of topic or stance ("talked
    about the record", "voted for Carson"), a "to" clause of intent ("plans to appeal") or the object
    of a verb of judging or stance ("denounced the plan"). Empty when the verb has none of these."""
    lemma = cue.lemma_.lower()
    if is_passive(cue) or (lemma in QUOTATION_CUES and lemma not in OBJECT_SAYING_QUOTATION_CUES
                           and not in_a_saying_shape(cue)):
        return [], None  # ... nor "continue to shock the old guard", "concluded the inquiry": narration
    nxt = _topic_preposition(cue)
    if nxt is not None and nxt.head.i == cue.i and nxt.dep_ == "prep" and (lemma, nxt.lower_) in BROAD_PREP_CUES:
        # a verb and preposition listed together ("focused on the economy") whatever the verb does elsewhere
        objs = [c for c in nxt.children if c.dep_ in ("pobj", "pcomp")]
        if objs and (len(list(objs[0].subtree)) >= 2 or objs[0].pos_ in ("PROPN", "NOUN")):
            return [subtree_range(objs[0])], objs[0]  # "talked about safety": a one-word topic, not "about it"
    idiom = _stance_idiom(cue)
    if idiom is not None:
        return [subtree_range(idiom)], idiom
    if lemma in NOT_BROAD_CUES:
        return [], None
    kids = children(cue)
    for c in kids:
        if c.dep_ == "ccomp" and c.i > cue.i and c.pos_ in ("VERB", "AUX") and \
                any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children):  # ("knows there are ...")
            if lemma == "ask" and c.left_edge.lower_ not in ("whether", "if"):
                continue  # "asked how the papers got out": the writer's open question; "asked whether" is a view
            return [clause_range(c)], c
    xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > cue.i and c.pos_ == "VERB" and
             any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    dobj = [c for c in kids if c.dep_ == "dobj" and c.i > cue.i]
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if not subj and cue.dep_ == "conj" and cue.head.pos_ == "VERB":
        shared = subject(cue)  # "proposes doing away with X, and plans to reduce ...": the first verb's subject
        subj = [shared] if shared is not None else []
    # "the governor wants to raise ...", "local officials refused to release ...": a common noun's intent too,
    # when it names people (the caller keeps only subjects that hold views: "the storm threatens to" is none);
    # "the organization plans to hold ...": a body's plan is the writer's report of its news, not a view
    intent = lemma in BROAD_INTENT_CUES or lemma in _DECIDING_CUES
    if intent and xcomp and subj and (subj[0].pos_ in ("PROPN", "PRON") or _named_body(subj[0]) or
                                      _people_noun(subj[0])):
        start = dobj[0] if dobj and dobj[0].i < xcomp[0].i else xcomp[0]
        return [(subtree_range(start)[0], subtree_range(xcomp[0])[1])], xcomp[0]
    if lemma in BROAD_OBJECT_CUES and dobj and not _hearer(cue, dobj[0]):
        d = dobj[0]
        if any(aside_subject(k) is not None for k in d.children if k.dep_ == "acl"):
            return [], None  # "Biden, echoing Erdogan, called on ...": the call is Biden's own claim
        if d.pos_ == "PROPN" or len(list(d.subtree)) >= MIN_OBJECT_CLAIM_TOKENS:
            return [subtree_range(d)], d
        if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i < cue.i and cue.doc[cue.i - 1].text == "," and \
                not any(c.dep_ in SUBJECT_DEPS for c in kids) and subtree_range(cue)[1] > subtree_range(d)[1]:
            # "..., citing her work after the attacks": a short object with the rest of the phrase the parse hung on
            # the participle is what the subject cites (the caller keeps only asides of saying)
            return [(subtree_range(d)[0], subtree_range(cue)[1])], d
        # a finite verb only: "groups supporting her" names the groups, it reports no view
        finite = cue.tag_ != "VBG" or any(c.dep_ == "aux" for c in kids)
        # ... and a named or personal subject: "the driver backed the car" is no stance; a common noun for people
        # ("most voters support the levy", "the teachers oppose the merger") when the verb is no action too and
        # the object no person cared for ("the parents support their children")
        named = any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they") or
                                           (c.pos_ == "NOUN" and lemma != "back" and d.lower_ not in PEOPLE_NOUNS))
                    for c in kids)
        # ... and so are the verbs of judging ("criticized the plan", "blasted him"): a judgment, however short,
        # in a clause of its own ("After Hale criticized the mayor, Berg shot back": the scene, told in passing)
        # ("attacked other candidates for accepting donations": an attack with a reason given is in words)
        judging = (lemma in _SHORT_JUDGING or (lemma in _JUDGING_WITH_REASON and any(
            c.dep_ == "prep" and c.lower_ == "for" and c.i > d.i for c in kids))) and \
            not any(c.dep_ == "mark" for c in kids)
        if (lemma in BROAD_STANCE_CUES or judging) and finite and named and cue.dep_ != "relcl" and \
                (d.pos_ == "NOUN" or d.lower_ in _STANCE_PRONOUNS):
            # "endorsed her", "opposes abortion", "backed the deal"; "blasted the police for its decision"
            return [with_reason(cue, d) if judging else subtree_range(d)], d
    if lemma in REPORTED_OBJECT_CUES and dobj and not BROAD_OBJECT_CUES & {lemma}:
        found = _reported_object(cue, dobj[0], subj)
        if found is not None:
            return [found], dobj[0]
    if lemma in BROAD_STANCE_CUES and not dobj:  # "supports keeping the ferry running"
        ger = [c for c in kids if c.dep_ == "xcomp" and c.i == cue.i + 1 and c.tag_ == "VBG"]
        if ger:
            return [subtree_range(ger[0])], ger[0]
    return [], None


_HEARER_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})


def _hearer(cue: Token, obj: Token) -> bool:
    """'"...," Moss told the Daily Courier': the object of a telling verb that names a person, a body or a
    people noun is who heard it, not what was told (a broad claim of it would list the listener as the claim).
    Not when a clause hangs inside it, which is what was told."""
    if cue.lemma_.lower() not in LISTENER_CUES or any(t.pos_ in ("VERB", "AUX") for t in obj.subtree):
        return False  # "told a meeting of leaders that few understood ...": the parse hung what was told on it
    return obj.pos_ == "PROPN" or obj.lower_ in _HEARER_PRONOUNS or _people_noun(obj) or _named_body(obj)


def _stance_idiom(cue: Token) -> Token | None:
    """The object of the preposition of a verb-and-object idiom of stance ("took issue with the plan", "took aim
    at the mayor"), the preposition hung on the verb or on its object; else None."""
    for obj in children(cue):
        if obj.dep_ != "dobj" or obj.i != cue.i + 1:
            continue
        prep = STANCE_OBJECT_IDIOMS.get((cue.lemma_.lower(), obj.lower_))
        for p in [*children(obj), *children(cue)]:
            if p.dep_ == "prep" and p.lower_ == prep and p.i == obj.i + 1:
                return next((o for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


_PARTICLE_ADVERBS = frozenset({"back", "out", "up", "off", "down"})  # "pushed back against": the verb's own
_BETWEEN_TOPIC = 2  # at most this many words between a verb and its preposition of topic ("spoke out openly about")


def _topic_preposition(cue: Token) -> Token | None:
    """The word after the verb, past its particle or a manner adverb ("spoke out about", "spoke favorably of",
    "talk openly about"): where a preposition of topic stands. The words passed are the verb's own, so the
    preposition is still the verb's ("spoke briefly with" is no topic: its pair is in no list)."""
    doc = tokens(cue.doc)
    i = cue.i + 1
    while i < len(doc) and i - cue.i <= _BETWEEN_TOPIC and doc[i].head.i == cue.i and \
            (doc[i].dep_ == "prt" or (doc[i].dep_ == "advmod" and (doc[i].lower_.endswith("ly") or
                                                                   doc[i].lower_ in _PARTICLE_ADVERBS)) or
             (doc[i].dep_ == "npadvmod" and doc[i].ent_type_ in ("DATE", "TIME"))):  # "spoke out Tuesday about"
        i += 1
    return doc[i] if i < len(doc) else None


def with_reason(cue: Token, obj: Token) -> Range:
    """The object of a verb of judging with the reason given for the judgment after it ("praised Hale for
    speaking out", "blasted the police on Tuesday for its decision"): the object's range run on to the end of the
    cue's "for" phrase after it, which is what the judgment is about."""
    a, b = subtree_range(obj)
    reason = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i and
              any(k.dep_ in ("pobj", "pcomp") for k in c.children)]
    if reason:
        b = max(b, subtree_range(reason[0])[1])
    return a, b


_STANCE_PRONOUNS = frozenset({"him", "her", "them", "it"})
# verbs of deciding whose "to" clause is what was decided ("decided to close the depot", "voted to strike")
_DECIDING_CUES = frozenset({"decide", "vote", "opt", "choose", "resolve", "volunteer", "elect"})

# Verbs whose object is what someone communicates, judges or holds in mind ("noted the rule", "voiced support for
# the plan", "bemoaned the unrest", "likened RT to the BBC", "fears a recession"): by verb class (communication,
# judgment, cognition), not by article. Broad shapes: unsure claims, listed and never quizzed.
REPORTED_OBJECT_CUES = frozenset({
    # communicating a content
    "offer", "express", "voice", "issue", "release", "publish", "reiterate", "note", "describe", "detail",
    "explain", "discuss", "address", "quote", "recall", "recount", "articulate", "declare", "disclose", "unveil",
    "email", "retweet", "request", "order", "pledge", "promise", "vow", "guarantee", "state", "concede", "reaffirm",
    "proclaim", "preach", "pronounce", "relay", "convey", "signal", "float", "pitch", "outline",
    # judging someone or something
    "thank", "credit", "welcome", "cheer", "herald", "rebuke", "chide", "lambast", "disavow", "lament", "bemoan",
    "decry", "compare", "liken", "deem", "portray", "characterize", "characterise", "frame", "knock", "rip",
    "hammer", "scold", "castigate", "excoriate", "berate", "admire", "compliment", "laud", "commend", "salute",
    "dislike", "despise", "resent", "trust", "distrust",
    # holding in mind
    "believe", "understand", "recognize", "recognise", "remember", "fear", "foresee", "perceive", "doubt",
    "envision", "envisage", "anticipate", "consider", "view", "accept", "identify",
    # knowing and witnessing ("knew the risks", "witnessed the raids"); not "saw the mayor at the library", which
    # tells where someone was
    "know", "witness", "notice", "discover", "realize", "realise",
    # seeking ("seeks a recount")
    "seek",
})
_REPORTED_MIN_TOKENS = 2  # "noted the rule", "feared a recession"; "noted it" is too little to list


def _reported_object(cue: Token, obj: Token, subj: list[Token]) -> Range | None:
    """The object of a verb of communicating, judging or holding in mind, as a broad (unsure) claim: when the
    subject is a name, a personal pronoun or a noun for people, and the object names something (a proper
    name, a phrase of two words or more, or a person's pronoun for a verb of judging)."""
    if not subj or cue.dep_ == "relcl":
        return None
    s = subj[0]
    if not (s.pos_ == "PROPN" or s.lower_ in ("he", "she", "they", "we", "i") or _named_body(s) or
            (s.pos_ == "NOUN" and _people_noun(s))):
        return None
    if obj.lower_ in NOUN_CUES or obj.lower_ in BROAD_NOUN_CUES:
        return None  # "voiced support for ...": the noun of saying is the claim's cue (the nominal pass)
    inner = list(obj.subtree)
    if any(t.pos_ == "VERB" and is_cue(t) for t in inner):
        return None  # "issued a statement saying ...": the saying inside is the claim
    size = len(inner)
    if obj.pos_ == "PROPN" or (obj.pos_ in ("NOUN", "NUM", "ADJ") and size >= _REPORTED_MIN_TOKENS) or \
            (obj.lower_ in ("him", "her", "them") and cue.i + 1 == obj.i):
        a, b = subtree_range(obj)
        preps = [c for c in cue.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("to", "as", "for", "of")]
        if preps:
            b = max(b, subtree_range(preps[0])[1])  # "likened RT to the BBC", "thanked voters for their support"
        return a, b
    return None
# verbs of judging whose short object is still judged ("criticized the plan"); not "attack" nor "question",
# whose short object may be an act's ("attacked the town", "questioned the witness")
_SHORT_JUDGING = JUDGING_CUES | {"denounce", "lambaste", "assail", "deride", "ridicule", "mock"}
_JUDGING_WITH_REASON = frozenset({"attack", "fault", "knock", "hit", "ding"})


def _people_noun(noun: Token) -> bool:
    """A common noun for people ("the governor", "officials"), not for a body ("the organization", "the
    department"), whose plans are news."""
    low = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not {low, noun.lower_} & _BODY_NOUNS


# bodies, not people: the organisations and the government's offices ("the council", "the department")
_BODY_NOUNS = frozenset((ORGANISATION_NOUNS | GOVERNMENT_NOUNS | GOVERNMENT_BODIES) - ROLE_NOUNS - VOICE_PLURALS -
                        GROUP_NOUNS)


def _named_body(noun: Token) -> bool:
    """"Hale's campaign", "the Hale campaign": a body of people named after its owner, whose plan is a view."""
    return noun.pos_ == "NOUN" and noun.lower_ in ORGANISATION_NOUNS and \
        any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in noun.children)


# verbs that tell a listener something; "told"/"reminded"/"informed" must name the listener before a clause
LISTENER_CUES = frozenset({"tell", "remind", "inform", "warn", "notify", "brief", "apprise", "assure"})
_LISTENER_FIRST = LISTENER_CUES - {"warn"}  # "warned the economy was slowing": warn may go straight to a clause


def participle_on_listener(cue: Token) -> Token | None:
    """"told the crowd gathered in the square ...", "told the audience bathed in pink light ...": the parser
    made the participle that describes the listener the clause of what was told. That participle, or None."""
    listener = [k for k in cue.children if k.dep_ in ("dobj", "dative") and k.i > cue.i]
    acl = [k for k in listener[-1].children if k.dep_ == "acl" and k.i > listener[-1].i and
           k.tag_ in ("VBD", "VBN")] if listener else []
    if acl:
        return acl[0]  # "told the audience packed in a barn of ...": the parse saw the participle
    ccomp = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if not ccomp:
        return None
    c = ccomp[0]
    if c.tag_ not in ("VBD", "VBN") or any(k.dep_ in ("aux", "auxpass", "mark", "neg") for k in c.children):
        return None
    subj = [k for k in c.children if k.dep_ in SUBJECT_DEPS and k.i < c.i]
    listener = [k for k in listener if k.i < c.i]
    if not subj and listener and c.i == listener[-1].right_edge.i + 1:
        return c  # the listener is the cue's object, the participle hangs after it
    if subj and not listener and cue.lemma_.lower() in _LISTENER_FIRST and \
            subj[0].left_edge.i == cue.i + 1 and c.i == subj[0].right_edge.i + 1:
        return c  # the listener was taken for the participle's subject
    return None


def told_listener(cue: Token) -> tuple[list[Range], Token | None, bool] | None:
    """What a telling verb says when the parse hangs a participle on its listener: the "that" clause after
    the listener ("told the crowd gathered in the square that the bridge would open": the bridge would
    open), or else the topic after "about"/"of" ("told the audience bathed in pink light of Reyes's remarks
    about farmers": no proposition, a topic, so unsure — the third value). The listener is never part of
    it. None when the cue is not of this shape."""
    if cue.lemma_.lower() not in LISTENER_CUES:
        return None
    doc = cue.doc
    sent = sent_of(cue)
    part = participle_on_listener(cue)
    if part is None:
        # "told the crowd of Reyes's remarks", "reminded the treasurer of the deadline": a listener, then a
        # topic, and no clause of what was told: no claim (the listener is not what was said)
        listener = [k for k in cue.children if k.dep_ in ("dobj", "dative") and k.i > cue.i]
        clause = that_on_prep_object(cue) if listener else None
        if clause is not None:  # "told one of his proteges on a regular basis that ...": what he told them
            return [clause_range(clause)], clause, False
        if not listener or any(k.dep_ in ("ccomp", "xcomp") for k in cue.children) or \
                not any(t.lower_ in ("of", "about") and t.dep_ == "prep" and t.i > listener[0].i
                        and cue.is_ancestor(t) for t in sent_tokens(sent)):  # not "X, he told me, is of ..."
            return None
        about = [k for k in cue.children if k.dep_ == "prep" and k.lower_ in ("of", "about") and k.i > listener[0].i]
        if cue.lemma_.lower() == "warn" and about and any(o.dep_ == "pobj" for o in about[0].children) and \
                not any(t.dep_ in ("ccomp", "relcl") for t in cue.ancestors):  # not inside what another says
            # "warned his supporters about the dangers of ...": what he warned of, a topic (unsure)
            pobj = next(o for o in about[0].children if o.dep_ == "pobj")
            return [subtree_range(pobj)], pobj, True
        return [], None, False
    after = [t for t in sent_tokens(sent) if t.i > part.i]
    that = next((t for t in after if t.lower_ == "that" and t.tag_ in ("IN", "WDT") and t.i + 1 < sent.end
                 and not doc[t.i + 1].is_punct), None)
    text = doc_text(doc)
    while after and after[-1].is_punct and after[-1].text not in QUOTE_CHARS and after[-1].text != "''":
        after = after[:-1]
    end_tok = after[-1] if after else part
    end = end_tok.idx + len(end_tok.text)
    if that is not None:
        head = doc[that.i + 1]
        while head.head.i != head.i and head.head.i > that.i:
            head = head.head
        return [trim(text, doc[that.i + 1].idx, end)], head, False
    prep = next((t for t in after if t.lower_ == "about"), None) or next((t for t in after if t.lower_ == "of"), None)
    if prep is None or prep.i + 1 >= sent.end:
        # a participle the parse saw as one ("told reporters gathered outside he would resign"): as usual
        return None if part.dep_ == "acl" else ([], None, False)
    pobj = next((k for k in prep.children if k.dep_ == "pobj"), doc[prep.i + 1])
    return [trim(text, doc[prep.i + 1].idx, end)], pobj, True
