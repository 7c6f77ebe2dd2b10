"""The extraction passes over one paragraph, each producing :class:`Candidate` claims:

1. cue verbs with a clausal/object content ("X said (that) Y", "Y, X said", "X urged Z to ...");
2. "according to X, Y" / "in the words of X, Y";
3. impersonal and passive claims with no source ("is believed to", "accused of", "reportedly");
4. quotations no cue claimed yet, given to the nearest cue's speaker or, for a paragraph that
   continues a quotation, to the previous speaker.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.analysis.attributions.candidate import QUOTE_CHARS, Candidate, Range, trim
from quizgen.analysis.attributions.resolve import (
    Resolution,
    Resolver,
    antecedent,
    can_speak,
    holds_views,
    predicate_label,
    strip_det,
)
from quizgen.analysis.attributions.syntax import (
    MIN_CONTENT_WORDS,
    SUBJECT_DEPS,
    as_said,
    broad_content,
    clause_for,
    clause_range,
    content_of,
    doc_text,
    ends_sentence,
    in_quote,
    inside_quote_marks,
    inverted_at_end,
    is_cue,
    is_passive,
    is_sandwiched,
    np_start,
    object_controller,
    parenthetical_content,
    participle_on_listener,
    person_before,
    phrase_range,
    prep_object,
    quote_after,
    quote_before,
    relative_object,
    relative_said,
    reporters_tail,
    source_phrase,
    subject,
    subtree_range,
    tag_at_end,
    told_listener,
)
from quizgen.analysis.lexicon import (
    BROAD_NOUN_CUES,
    DATA_CUES,
    DATA_NOUNS,
    DATA_SAYING_CUES,
    DATA_SOURCE_NOUNS,
    DESCRIBING_VERBS,
    EXPLAINING_CUES,
    GERUND_CUES,
    IMPERSONAL_ADVERBS,
    IMPERSONAL_NEEDS_TO,
    IMPERSONAL_VERBS,
    INTENT_CUES,
    JUDGING_CUES,
    LIGHT_SAYING_VERBS,
    MENTAL_CUES,
    NAMING_CUES,
    NEEDS_CLAUSE,
    NOT_SPEAKERS,
    NOUN_CUE_PREPS,
    NOUN_CUES,
    RECORD_NOUNS,
    SPEECH_CUES,
    STANCE_ADJECTIVES,
    STANCE_CUES,
    STANCE_ROLE_NOUNS,
    STUDY_NOUNS,
    UNOWNED_VIEW_NOUNS,
    WRITTEN_SOURCE_NOUNS,
)
from quizgen.analysis.parsed import (
    ParsedParagraph,
    children,
    ents_of,
    heads_of,
    sent_of,
    sent_tokens,
    span_text,
    token_pos,
    token_words,
    tokens,
)
from quizgen.analysis.quotes import Quote, find_quotes
from quizgen.fastre import Keyed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Speaker = Resolution  # the last speaker of a paragraph, for a quotation the next one continues
# a quotation's speaker: who, where written, the cue (when found)
QuoteSpeaker = tuple[Resolution, "Range | None", "Token | None"]

LONG_SUBJECT_TOKENS = 8  # past this, a hedged clause's content starts at its auxiliary
ORPHAN_MIN_WORDS = 5  # a quotation shorter than this needs to be a whole sentence to be a claim
ORPHAN_SENTENCE_WORDS = 3  # ... of at least this many words
CONTINUES_AT = 2  # a quotation opening within this many characters starts its paragraph
# how much surer a quotation's speaker is than one given by position only
CONTINUED = 0.8  # the previous paragraph's speaker, for a quotation that continues it
# ... at most this sure when the previous paragraph held no quotation of that speaker's (a reported view, a
# stance, or no claim at all): the quotation may be anyone's, so the ledger marks its source as a guess
CONTINUED_GUESS = 0.5
SAME_PARAGRAPH = 0.9  # the paragraph's last quoted speaker, for a second quotation
SPEAKER_AFTER = 0.9  # '"...," X shot back': the subject right after a quotation, whatever its verb
SPEAKER_AFTER_GAP = 3  # characters between the quotation's last character and the speaker's first word
SPEAKER_AFTER_TOKENS = 6  # tokens of the speaker's phrase searched for its subject
SENTENCE_BEFORE = 0.7  # the subject of the sentence before ("X issued a statement. “...”")
TURN = 0.9  # "NAME: ..." at the start of a paragraph
NOMINAL = 0.8  # the owner of "X's claim that ...": the parse of a possessive is less sure than a subject
TURN_KNOWN = 0.8  # ... written as a surname met before, whatever the tagger made of it
TURN_CAPS = 0.7  # ... written in capitals, taken as a person by its shape alone
TURN_NAME_WORDS = 3  # a capitalised speaker's name of at most this many words
# "according to the team's coach, Alireza Mehraban, ...": an appositive name after the source
_APPOSITIVE_NAME = re.compile(r",\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,")
_BE_HAVE = ("is", "are", "was", "were", "been", "has", "have", "had")
_CLOSING_MARKS = ("\u201d", '"', "''")


# verbs of remembering someone else's words ("as recalled by", "as remembered by", "as recounted by")
_MEMORY_CUES = frozenset({"recall", "remember", "recount", "retell", "relate"})
_SAYING_HEADS = frozenset({"say", "tell", "write", "add", "ask", "reply", "answer", "declare", "exclaim", "shout"})


# verbs whose "if"/"whether" clause is a question put, not a claim made ("asked if he believed …")
_QUESTION_HEADS = frozenset({"ask", "wonder", "question", "inquire", "query"})


def in_question_put(cue: Token) -> bool:
    """Is the cue the verb of an "if"/"whether" clause a verb of asking governs ("Asked by Starnes if he believed
    …", "wondered whether voters thought …")? Then what it says is asked about, no one's claim."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in cue.children) and \
        cue.head.i != cue.i and cue.head.lemma_.lower() in _QUESTION_HEADS


def _recalled_by_another(cue: Token) -> bool:
    """Is the cue an "as recalled by X" hung on another verb of saying ("she said, as recalled by X")? X remembers
    what the other said: no claim of X's."""
    return cue.lemma_.lower() in _MEMORY_CUES and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
        and cue.head.i != cue.i and cue.head.lemma_.lower() in _SAYING_HEADS


def _after_closing_quote(cue: Token) -> bool:
    """Does the cue come right after a quotation's closing mark ('…," said')?"""
    return cue.i > 0 and (cue.doc[cue.i - 1].tag_ == "''" or cue.doc[cue.i - 1].text in ('"', "”", "’"))


def _name_made_subject_after(cue: Token) -> Token | None:
    """'"…," said Tom Hale of Marlow, the secretary of the board, made up of 25 towns': the parse made the person named
    right after the cue the subject of a later verb (a reduced relative on the board) and left the cue with none. The
    name's last token, or None."""
    doc = cue.doc
    if not _after_closing_quote(cue) or cue.i + 1 >= len(doc) or doc[cue.i + 1].ent_type_ != "PERSON":
        return None
    j = cue.i + 1
    while j + 1 < len(doc) and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "I":
        j += 1
    name = doc[j]
    if name.dep_ not in ("nsubj", "nsubjpass") or name.head.i <= name.i or is_cue(name.head):
        return None
    return name


def _tail_after_inverted_speaker(cue: Token, subj: Token | None, head: Token | None) -> bool:
    """'"…," said Roberto Guarnieri, the secretary of the Caracas-based System (SELA), made up of 25 states': the
    clause the parse made the cue's complement comes after the speaker named after the cue and has no subject of its
    own (a participle on the speaker's body): after a quotation, what was said is the quotation."""
    return subj is not None and head is not None and _after_closing_quote(cue) and cue.i < subj.i < head.i and \
        head.dep_ == "ccomp" and head.tag_ in ("VBD", "VBN") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children)


def from_cue(cue: Token, text: str, quotes: list[Quote], resolver: Resolver, broad: bool = False,
             finder: Callable[[Token], tuple[list[Range], Token | None]] = broad_content) -> Candidate | None:
    """The claim a cue verb makes, with its resolved source, or None. ``broad``: the verb is read in
    the ledger's broad shapes (``finder``, :func:`broad_content` unless told), as an unsure claim."""
    lemma = cue.lemma_.lower()
    if names_a_thing(cue, text):
        return None  # "gatherings ..., called the Civic Forum, that ...": a name given, nobody says anything
    if lemma == "claim" and claims_a_prize(cue, text):
        return None  # "to stop Trump from claiming the nomination is a Hail Mary": taking it, no claim made
    if lemma in _LINKING_CUES and any(c.dep_ in ("acomp", "oprd") for c in cue.children) and \
            not any(c.dep_ == "ccomp" for c in cue.children):
        return None  # "the slogan feels bloodless": how a thing seems, no one's saying
    if lemma == "report" and not any(c.dep_ in ("ccomp", "dobj") for c in cue.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" and c.i > cue.i for c in cue.children):
        return None  # "a prosecutor who reports directly to the president": answers to, says nothing
    if in_question_put(cue):
        return None  # "Asked by Starnes if he believed the situation was …, Carson said he did not": a question
    if lemma == "ask" and (cue.tag_ == "VBN" or (cue.tag_ == "VBD" and cue.i == sent_of(cue).start)) and \
            cue.dep_ == "advcl" and not is_passive(cue) and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        # "Asked whether ..., Lane said ...": Lane was asked; the asker is not named (the tagger reads a
        # sentence's opening "Asked" as a past tense as often as a participle)
        return _asked(cue, text) if broad else None
    if lemma == "ask" and is_passive(cue) and not any(c.dep_ == "agent" for c in cue.children):
        # "Lane was asked whether she would run": the question put to Lane, by no one named
        return _asked(cue, text, passive=True) if broad else None
    if broad:
        found = finder(cue)
        if not found[0]:
            return None
    own_verb = named_after_aside(cue)
    has_s = is_passive(cue) and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in cue.children) and \
        any(c.dep_ == "nsubj" for c in cue.children)  # "who's argued for years that ...": "has", not "is"
    passive = (is_passive(cue) and not has_s) or (cue.dep_ == "acl" and cue.tag_ == "VBN" and not own_verb) or \
        (cue.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
         and not any(c.dep_ == "aux" for c in cue.children))  # "as reported by X"
    subj = subject(cue)
    if relative_said(cue):  # "letters, which the mayor said covered ...": the mayor, not "which", says it
        subj = next(k for k in cue.children if k.dep_ == "nsubj" and k.tag_ not in ("WDT", "WP"))
    object_quoted = quoted_as_saying(cue)
    if object_quoted is not None:
        subj = object_quoted  # "The Gazette quoted Ruiz's manager as saying …": the manager, not the paper
    split = None if broad or passive else _split_by_parenthetical(cue)
    if split is not None:
        subj = split[1]  # "These employees, Hale explained in the hearing, were well paid": Hale, not the employees
    if passive:
        agent = [c for c in cue.children if c.dep_ == "agent"]
        if not agent:
            return None  # impersonal: handled by impersonal()
        if _recalled_by_another(cue):
            return None  # judged blind (D3): '"I figured out …," she said, as recalled by Walter Hewlett': she
            # spoke, he remembered it; the words are not his
        pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
        if not pobj:
            return None
        subj = pobj[0]
    if own_verb:
        subj = cue.head
    inverted = _name_made_subject_after(cue) if subj is None and not passive and lemma in SPEECH_CUES else None
    if inverted is not None:
        subj = inverted  # '"…," said Tom Hale of Marlow, the …, made up of …': the parse gave the name to "made"
    if subj is None:
        subj = person_before(cue)
    stray = False
    if subj is None and not passive and cue.i > 0 and cue.tag_ in ("VBP", "VBD") and \
            any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        left = cue.doc[cue.i - 1]
        if left.tag_ == "NNS" and left.dep_ == "pobj" and holds_views(left, wordnet=False):
            # "the $20 million experts say it costs": a relative clause with no "that", misparsed (unsure)
            subj, stray = left, True
    if subj is None:
        return None
    if not passive and not holds_views(subj) and getattr(object_controller(cue), "i", -1) == subj.i:
        return None  # "the delay led prices to ...": a thing made to do something says nothing
    issuer = _issuer(cue, subj)
    issued = _issued_noun(cue, subj) if issuer is None else None
    if issued is not None and (_denied_or_readers_inference(issued.head) or _hypothetical(issued.head)):
        return None  # "did not issue a statement saying ...": no statement, no claim
    if issuer is not None:
        subj = issuer  # "X issued a statement saying ...": X says it
    if subj.lower_ == "there" or (subj.lower_ == "it" and subj.i + 1 < len(cue.doc) and subj.i + 1 == cue.i
                                   and lemma in NEEDS_CLAUSE and lemma not in _IT_SAYS):
        return None  # "there is said", "it seems"; "it said", "it added that ..." (an outlet, a firm) stay
    if subj.lower_ in ("that", "this") and subj.i == sent_of(cue).start and cue.i == subj.i + 1:
        return None  # "That said, ...": an idiom, nobody speaks
    if lemma in DATA_CUES and subj.lower_ in DATA_NOUNS and all(c.dep_ in ("det", "amod") for c in subj.children):
        return None  # "the figures show": evidence, not someone's claim ("the study's figures" speak for it)
    if _hypothetical(cue):
        return None  # "Clinton would do better to say ...", "could help Cruz cast ...": nobody says it
    if _readers_inference(cue) or subj.lower_ in ("nobody", "none", "neither") or \
            any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children):
        return None  # "No one claims that ...", "Nobody says ...": nobody's claim
    # "Berg did not mention the garage", "never claimed that ...": a saying denied, listed with its denial as the
    # cue, unsure (never quizzed: what was not said is not the subject's claim)
    negation = _negation(cue)
    if negation is not None and (negation.i > cue.i or inside_quote_marks(negation)):
        return None  # '"Probably not," Berg said': a "not" of the quotation the parse hung on the cue
    if negation is not None and (lemma in INTENT_CUES or lemma in MENTAL_CUES):
        return None  # "does not plan to run", "does not believe ...": no intent or view held, nothing said
    if lemma in STANCE_CUES and (subj.lower_ in ("percent", "%", "percentage") or subj.pos_ == "NUM"):
        return None  # "28 percent backed Hale": a poll's figure, not anyone's stance
    if _asked_about(cue, subj) or (_views_gated(lemma, broad) and not holds_views(subj)):
        return None  # "Demographics favor Clinton", "the wind slammed the door": a thing holds no view
    if broad and subj.lower_ in _NO_VIEW_PRONOUNS and \
            not (subj.lower_ == "that" and cue.dep_ == "relcl" and finder is not broad_content):
        return None  # "it wants to ...", "this means ..." (not "groups that endorsed him": the groups)
    if cue.head.i != cue.i and is_cue(cue.head) and participle_on_listener(cue.head) is cue:
        return None  # "told the crowd gathered in the square that ...": the crowd gathered, said nothing
    told = None if broad else told_listener(cue)
    topic = False
    if told is not None:  # "told the crowd gathered in the square ...": the listener is no part of it
        content, head, topic = told
        if not content:
            return None
    else:
        content, head = found if broad else content_of(cue)
    if not broad and (inverted is not None or _tail_after_inverted_speaker(cue, subj, head)):
        content, head = [], None  # the quotation before the cue is what was said, not the clause the parse hung on it
    if own_verb and not content:
        content, head = _named_rest(cue)  # the parse hung what the name was called anywhere: the rest of the clause
    pro_form = None if content or broad else _pro_form(cue)
    if pro_form is not None:
        content = [pro_form]  # "Mook said as much", "55 percent said so", "Berg said yes": listed, unsure
    authored = _authors_a_work(cue)
    if authored:
        if broad:
            return None
        content, head = [], None  # "wrote a memoir entitled ...": authoring; only a quotation is what was written
    as_clause = False
    if split is not None:
        content, head = split[0], None
    if not content and not broad:
        content, head = as_said(cue)  # "As The Times reported, Y": Y
        as_clause = bool(content)
    news = False
    if passive and not content and (lemma in _PASSIVE_NEWS_CUES or lemma in STANCE_CUES or lemma in JUDGING_CUES):
        # ("the talks are supported by a coalition of leaders", "Hale was praised by the union": the agent's
        # stance on the passive's subject, listed unsure like a report)
        # "The closure was first reported by the town paper", "the plan, first disclosed by the paper, ...": what
        # the agent reported is the thing the passive is about; listed unsure (a report of news, not a claim)
        patient = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
        if patient is not None:
            content, news = [subtree_range(patient)], True
        elif cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN") and cue.head.i < cue.i and \
                lemma in _PASSIVE_NEWS_CUES:  # (not "a system backed by the Red Cross": a description)
            content, news = [(np_start(cue.head), cue.head.idx + len(cue.head.text))], True
    if passive and not content:
        return None
    # 'He went on to say:' ends its paragraph: what he says is the quotation after it, not the one before
    announces = text[cue.idx + len(cue.text):].strip() == ":"
    before = quote_before(cue, subj, text, quotes) if not content and lemma in SPEECH_CUES and not announces else None
    quoted = before is not None and before.words(text) >= MIN_CONTENT_WORDS
    # '"Absolutely," he said.': a short quotation is a claim too when it opens its sentence and closes on
    # ",", "!" or "?" right before its speaker; an unsure one (too short to quiz)
    short = before is not None and not quoted and before.words(text) >= 1 and not before.unclosed and \
        text[:before.open_start].rstrip()[-1:] in ("", ".", "!", "?", ":") and \
        text[before.start:before.end].rstrip(" \"'”’").endswith((",", "!", "?"))
    quoted = quoted or short
    if quoted and before is not None:
        content = [(before.start, before.end)]  # '"...?" Trump said, looking out on the crowd.'
    if not content:
        following = quote_after(cue, text, quotes)
        if following is not None and _another_subject_before(cue, following):
            following = None  # "After X criticized Y, Z shot back, "..."": Z's quotation
        if authored and following is None:
            return None
        if cue.dep_ == "parataxis" or (cue.dep_ in ("ROOT", "ccomp") and lemma not in MENTAL_CUES and is_sandwiched(cue)
                                         and ends_sentence(cue)) \
                or (cue.dep_ == "ROOT" and is_sandwiched(cue)) or \
                (cue.dep_ in ("advcl", "conj") and following is not None) or \
                (cue.dep_ == "conj" and (inverted_at_end(cue) or tag_at_end(cue))):
            content = parenthetical_content(cue, text)
            if cue.dep_ in ("advcl", "conj") and not cue.is_ancestor(subj):
                # 'Smith tweeted congratulations to Jones, adding "..."': the clause that holds the
                # participle's inherited subject is the writer's account, not what was added
                content = [(a, b) for a, b in content if not a <= subj.idx < b]
        if not content and following is not None:
            content = [(following.start, following.end)]
        if not content:
            return None
    elif not broad and not quoted and not as_clause and lemma in NEEDS_CLAUSE and \
            (head is None or head.dep_ not in ("ccomp", "advcl")) and \
            not (lemma in INTENT_CUES and head is not None and head.dep_ == "xcomp") and \
            not (lemma in GERUND_CUES and head is not None and head.dep_ in ("xcomp", "pcomp")):
        return None  # "hopes the deal": no claim; "hopes that ...", "hopes to ..." are
    # "..., calling it "wasteful."": a participle that names something after its verb is its subject's view
    naming = lemma in NAMING_CUES and cue.tag_ == "VBG" and cue.i > cue.head.i and head is not None \
        and head.dep_ == "oprd"
    aside = False
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in cue.children) \
            and (cue.i < cue.head.i or head is None or head.dep_ != "ccomp") and not naming \
            and (not is_cue(cue.head) or any(c.dep_ == "neg" for c in cue.head.children)):
        if not _trailing_aside(cue, text, lemma, head):
            return None  # "Citing privacy rules, officials ...": a participle aside, not a claim
        aside = True  # "Hale gave a speech, decrying the influence of money": listed, unsure
    if subj.lower_ == "you" or (subj.lower_ in ("i", "we") and lemma in MENTAL_CUES and not broad):
        return None  # a question to someone, or "I think" inside someone's answer (broad: a view)
    if head is not None and not broad and not as_clause and _asks(head) and \
            (any(c.dep_ == "neg" for c in cue.children) or lemma not in EXPLAINING_CUES):
        return None  # "officials have not said why ...", "asked how ...": a question, no claim
    if negation is not None and head is not None and _asks(head):
        return None  # "have not explained why ...": a question left open, nothing said
    mute = not speaks(subj) or _thing_infers(subj, lemma)
    labelled = _labelled(subj) if mute else None
    if labelled is not None:
        subj = labelled  # "Moss is a liar and a bully who has pledged ...": Moss, never surely (read through a label)
    phrase = source_phrase(subj)
    if negation is None and not mute:
        who = resolver.resolve(subj, phrase)
    else:  # a denied saying never makes its subject the last speaker (whom a "he" after it is taken for), nor
        # does a thing that cannot speak ("part of being a good mayor": "we" later is not it)
        spoken, recent, group = len(resolver.spoken), list(resolver.reg.recent), resolver.reg.last_group
        who = resolver.resolve(subj, phrase)
        del resolver.spoken[spoken:]
        resolver.reg.recent[:] = recent
        resolver.reg.last_group = group
    if mute:
        who = replace(who, confidence=min(who.confidence, MUTE))
    if not who.canonical and who.kind == "none":
        return None
    s0, s1 = phrase_range(phrase)
    if subj.tag_ in ("WP", "WDT") and subj.dep_ in SUBJECT_DEPS and subj.head.dep_ == "relcl" \
            and subj.head.head.i < subj.i:
        s0 = np_start(subj.head.head)  # "a super PAC that backed ...": the span runs from what "that" stands for
    content = [trim(text, a, b) for a, b in content]
    content = [(a, b) for a, b in content if b > a]
    if not content:
        return None
    if len(content) == 1 and content[0][1] <= cue.idx and (
            quoted_end := _QUOTE_AFTER_CLAUSE.search(text, content[0][0], content[0][1])) is not None:
        # 'Religious conservatives have been a solid base for him, but "New York has …," said Jeff Smith': the
        # writer's clause, a conjunction, then the quotation the tag closes; only the quotation is said (judged
        # blind, T36: a true/false gave the writer's clause to the speaker)
        content = [(quoted_end.end(), content[0][1])]
    tail = reporters_tail(head) if head is not None and head.dep_ == "ccomp" and not broad else None
    if tail is not None:
        # 'said the deadlock has "kept us safe" on Twitter': the content ends with the quotation's mark
        content = [(a, tail[0]) if tail[0] - 2 <= b < tail[0] and not text[b:tail[0]].strip(QUOTE_CHARS + "'")
                   else (a, b) for a, b in content]
    if len(content) == 1 and content[0][0] < s0 < content[0][1] and \
            text[content[0][0]:s0].rstrip().endswith(_CLOSING_MARKS):
        # '"...," county delegate Tom Hale, wearing ..., said': the parse took the speaker into the clause
        # the quotation opens; the claim is the quotation, up to its closing mark
        content = [trim(text, content[0][0], s0)]
        content = [(a, b) for a, b in content if b > a]
        if not content:
            return None
    # the source must not sit inside its own content ("he said" inside the ccomp is a parse slip)
    if any(a <= s0 < b for a, b in content) and len(content) == 1 and not is_sandwiched(cue) and \
            not (head is not None and getattr(relative_object(cue), "i", -1) == head.i):
        return None  # ... but "that critics blame for ..." is the relative clause whole, its source inside
    cue_start, cue_end = cue.idx, cue.idx + len(cue.text)
    parts = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
    prep_obj = prep_object(cue)
    if head is not None and prep_obj is not None and prep_obj.i == head.i:
        parts = [tokens(cue.doc)[cue.i + 1]]  # "called for"
    elif head is not None and getattr(clause_for(cue), "i", -1) == head.i:
        parts = [tokens(cue.doc)[cue.i + 1]]  # "called for the state to ..."
    if parts:
        cue_end = parts[0].idx + len(parts[0].text)
    aux = [c for c in cue.children if c.dep_ in ("aux", "auxpass") and c.i == cue.i - 1]
    if aux and aux[0].lower_ in _BE_HAVE:
        cue_start = aux[0].idx
    if issuer is not None:
        cue_start = issuer.head.idx  # "issued a statement saying"
    if negation is not None and negation.i < cue.i:
        # "did not say", "has never claimed": the denial from its first word (an auxiliary before it)
        aux = [c for c in (negation.head, *negation.head.children) if c.dep_ in ("aux", "auxpass") and
               negation.i - 2 <= c.i < negation.i]
        cue_start = min([negation.idx, cue_start, *(a.idx for a in aux)])
    to_come = not broad and _still_to_come(cue)
    muted = mute
    return Candidate(
        src=(s0, s1), src_text=who.text, source=who.canonical, kind=who.kind, cue=text[cue_start:cue_end],
        cue_span=(cue_start, cue_end), content=content, cue_i=cue.i, content_head=head,
        source_confidence=who.confidence, kind_confidence=who.kind_confidence,
        # "calling it the Hale Bridge" may only name it; "told them of X" gives a topic; "expects Y to announce"
        # is a saying still to come
        # "letters, which the mayor said covered ...": a relative clause the parser read askew, an unsure claim
        # "which the council rejects": the relative clause whole, its source inside, no statement to quiz
        claim_confidence=BROAD if broad or naming or short or topic or to_come or aside or negation is not None or
        news or relative_said(cue) or muted or
        (head is not None and getattr(relative_object(cue), "i", -1) == head.i) or
        # "what he said were errors": the claim has no subject of its own to quiz
        (head is not None and head.left_edge.lower_ == "what" and subj.i < cue.i and
         head.left_edge.i == subj.left_edge.i - 1) or
        # "a Saudi prince praised ...": a person only WordNet knows for one; what kind of source, unsure
        (_views_gated(lemma, broad) and subj.pos_ == "NOUN" and not holds_views(subj, wordnet=False)) or
        pro_form is not None or stray else 1.0,
        to_come=to_come, muted=muted,
    )


# said by an "it" (a company, a paper), never an impersonal "it"
_IT_SAYS = frozenset({"add", "post", "tweet", "repeat", "answer"})


def _views_gated(lemma: str, broad: bool) -> bool:
    """Must the cue's subject hold views for it to be a claim (a stance, an intent, a judgment, a broad shape)?"""
    return broad or lemma in STANCE_CUES or lemma in INTENT_CUES or lemma in JUDGING_CUES


def _thing_infers(subj: Token, lemma: str) -> bool:
    """"The trip suggests that Sanders is looking ahead": a thing that neither holds views nor records anything
    (not a study, a poll, a document) "suggests", "shows" or "indicates" only what the writer infers from it.
    Listed, as a subject that cannot speak is, but no claim to quiz and no sure source."""
    if lemma not in DATA_CUES or subj.pos_ != "NOUN" or holds_views(subj):
        return False
    if subj.text[:1].isupper() and not any(c.dep_ == "det" for c in subj.children):
        return False  # "Trump has raised questions ..., falsely suggesting ...": a name the tagger took for a noun
    # (every noun from the sentence's start to the subject: the parse may take a word after the study for the
    # head, "A new study documenting iodine status ... has revealed": "status")
    words = {w for t in subj.doc[sent_of(subj).start:subj.i + 1] for w in (t.lower_, t.lemma_.lower())}
    return not words & (DATA_SOURCE_NOUNS | DATA_NOUNS | WRITTEN_SOURCE_NOUNS | STUDY_NOUNS | RECORD_NOUNS |
                        _SPOKEN_WORK_NOUNS)


# what someone said or wrote, which suggests what its author says ("USA TODAY's reporting indicated ...")
_SPOKEN_WORK_NOUNS = frozenset({"reporting", "coverage", "account", "accounts", "testimony", "remarks", "comments",
                                "tweet", "tweets", "post", "posts", "speech", "speeches", "interview", "words"})


MUTE = 0.7  # who a subject that cannot speak is (a thing, a label in a predicate): never sure enough to quiz


def speaks(subj: Token) -> bool:
    """Can the cue's subject be a sure source (:func:`can_speak`)? A relative pronoun is its antecedent, and no
    source when that is a label in a predicate ("X is a liar and a bully who has pledged ...": X pledged, not
    "bully")."""
    if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        return not predicate_label(subj) and can_speak(antecedent(subj))
    return can_speak(subj)


def _labelled(subj: Token) -> Token | None:
    """The one a predicate's label stands for ("Moss" in "Moss is a liar and a bully who ..."), or None."""
    if subj.tag_ not in ("WP", "WDT") or subj.head.dep_ != "relcl" or not predicate_label(subj):
        return None
    anc = antecedent(subj)
    while anc.dep_ in ("conj", "appos") and anc.head.i != anc.i:
        anc = anc.head
    who = subject(anc.head)
    return who if who is not None and who.pos_ in ("PROPN", "PRON", "NOUN") and who.tag_ not in ("WP", "WDT") \
        and who.lower_ not in ("it", "this", "that", "there", "what", "which") \
        else None


_NAME_TOKENS = 4  # a bare name is at most this many tokens


def endorses_a_name(c: Candidate, doc: Doc) -> bool:
    """"who endorses Vance", "backed Lane": a stance whose content (as the ledger finally reads it: "endorsed
    Lane, saying ..." gives more) is only a name is an act (an endorsement, a vote), not a claim anyone makes."""
    if not 0 <= c.cue_i < len(doc) or doc[c.cue_i].lemma_.lower() not in STANCE_CUES or len(c.content) != 1:
        return False
    a, b = c.content[0]
    toks = [t for t in tokens(doc) if a <= t.idx < b and not t.is_punct]
    return 0 < len(toks) <= _NAME_TOKENS and all(t.pos_ == "PROPN" or t.dep_ == "det" for t in toks) and \
        any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in toks)


# verbs whose participle after a comma says something of its own whatever the main verb does ("Hale gave a speech,
# decrying the influence of money", "..., urging voters to stay home"); not "slamming the door" (no verb of saying)
# verbs whose passive with an agent reports a thing, not a clause ("was first reported by the paper")
_PASSIVE_NEWS_CUES = frozenset({"report", "disclose", "reveal", "announce", "confirm"})
_ASIDE_CUES = frozenset({"decry", "denounce", "criticize", "criticise", "praise", "urge", "warn", "argue", "insist",
                         "claim", "accuse", "blame", "condemn", "dismiss", "reject", "defend", "predict", "promise",
                         "vow", "pledge", "question", "challenge", "demand", "call", "invite", "comment", "suggest",
                         # "..., citing a threat to public health", "..., likening it to a toll": the reason or the
                         # judgment the subject gives
                         "cite", "liken", "compare", "mention", "note", "describe",
                         # "..., discussing a letter from ...", "..., thanking the crews who ...": what the subject
                         # speaks of, praises or attacks as it speaks (pn41)
                         # (not "slamming the door", "attacking the station", "hailing a cab": acts as often)
                         "discuss", "reference", "thank", "contrast", "explain", "highlight", "address", "mock",
                         "ridicule", "tout", "stress", "emphasize", "emphasise", "acknowledge", "recall", "lambast",
                         "lambaste", "assail", "deride", "applaud", "echo", "reiterate", "concede", "admit"})
_ASIDE_MIN_WORDS = 3  # ... and what it says is at least this long


def _trailing_aside(cue: Token, text: str, lemma: str, head: Token | None) -> bool:
    """A subjectless participle of saying after its main clause and a comma ("..., decrying the influence of
    money"): its own (unsure) claim, spoken by the main clause's subject."""
    if lemma not in _ASIDE_CUES or cue.i < cue.head.i or head is None or not text[:cue.idx].rstrip().endswith(","):
        return False
    if _hypothetical(cue.head) or _denied_or_readers_inference(cue.head):
        return False
    a, b = subtree_range(head)
    # ("..., calling for his dismissal": a demand is whole in two words)
    least = 2 if lemma == "call" and head.head.dep_ == "prep" and head.head.lower_ == "for" else _ASIDE_MIN_WORDS
    return len(text[a:b].split()) >= least and head.pos_ != "PRON"


# verbs that link a thing to how it seems ("feels bloodless"), no saying then
_LINKING_CUES = frozenset({"feel", "sound", "look", "seem"})
# verbs that give a name ("gatherings called the Civic Forum", "a book titled 'Roads'"): no saying
_QUOTE_OPENERS = "\"'“‘"
NAME_GIVING = frozenset({"call", "name", "dub", "title", "entitle", "nickname", "label", "term", "brand"})


def named_after_aside(cue: Token) -> bool:
    """'Beruff, a Scott ally, called the standards "strong."': a naming verb the parse hung as a participle on
    the name before it, past a comma, with an object or what the object is called: the name's own verb."""
    return cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.lemma_.lower() in NAME_GIVING and \
        cue.head.pos_ == "PROPN" and cue.head.i < cue.i - 1 and cue.doc[cue.i - 1].text == "," and \
        any(c.dep_ in ("oprd", "dobj") for c in cue.children)


def _split_by_parenthetical(cue: Token) -> tuple[list[Range], Token] | None:
    """"These employees, Hale explained earlier in the hearing, were well paid", "Hawaii, as one of his advisers
    pointed out, does not get ...": a cue set off by commas inside the clause it reports, which the parser made
    the root with two subjects (the clause's own, then the speaker). The clause's subject and what follows the
    second comma, and the speaker; None for any other shape."""
    if cue.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return None
    # (the clause's subject may be read as an adverbial noun: "These employees, Stumpf explained, ...")
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "npadvmod") and c.i < cue.i]
    if len(subjects) != 2 or subjects[1].dep_ != "nsubj" or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    topic, speaker = subjects
    doc = cue.doc
    a, b = subtree_range(topic)
    if b >= speaker.idx or doc_text(doc)[b:subtree_range(speaker)[0]].strip() not in (",", ", as"):
        return None
    sent = sent_of(cue)
    comma = next((t for t in doc[cue.i + 1:sent.end] if t.text == "," and t.head.i == cue.i), None)
    if comma is None or comma.i + 1 >= sent.end:
        return None
    rest = trim(doc_text(doc), doc[comma.i + 1].idx, sent.end_char)
    if rest[1] <= rest[0] or not any(t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1:sent.end]):
        return None
    return [(a, b), rest], speaker


_PRO_FORMS = (("as", "much"), ("so",), ("yes",), ("no",))


def _pro_form(cue: Token) -> Range | None:
    """"said as much", "said so", "said yes": a word right after a verb of saying that stands for what was said
    (a claim named elsewhere, or an answer), its range; None otherwise."""
    if cue.lemma_.lower() not in ("say", "tell", "answer", "reply") or any(
            c.dep_ in ("ccomp", "dobj", "xcomp") and c.lower_ not in ("much", "so", "yes", "no") for c in cue.children):
        return None
    doc = cue.doc
    for words in _PRO_FORMS:
        end = cue.i + 1 + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[cue.i + 1:end]) == words and \
                (end == len(doc) or doc[end].is_punct or doc[end].pos_ == "ADP"):  # not "said so much about"
            last = doc[end - 1]
            return doc[cue.i + 1].idx, last.idx + len(last.text)
    return None


def _named_rest(cue: Token) -> tuple[list[Range], Token | None]:
    """What a name's naming verb after an aside calls something (:func:`named_after_aside`): the rest of its
    sentence, up to a verb joined on with "and" or "but" ('called Trump a "blowhard," and said ...')."""
    sent = sent_of(cue)
    end = cue.i + 1
    while end < sent.end and not (cue.doc[end].dep_ == "cc" and end + 1 < sent.end and
                                  cue.doc[end + 1].pos_ in ("VERB", "AUX")) and cue.doc[end].text != ";":
        end += 1
    if end <= cue.i + 1:
        return [], None
    last = cue.doc[end - 1]
    a, b = trim(cue.doc.text, cue.doc[cue.i + 1].idx, last.idx + len(last.text))
    return ([(a, b)], cue.doc[cue.i + 1]) if b > a else ([], None)


def names_a_thing(cue: Token, text: str) -> bool:
    """Does the cue give something a name, not say anything? "called the Civic Futures Forum, that ...", "a
    group named 'Moms for Roads'": a naming verb with no object before the name that follows it (whose first
    word is capitalised or a quotation mark), or a participle that qualifies a noun. "called the mayor a liar"
    (an object, then what it is called) stays a view (judged blind, J7)."""
    if cue.lemma_.lower() not in NAME_GIVING or cue.i + 1 >= len(cue.doc):
        return False
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and not any(c.dep_ == "agent" for c in cue.children):
        # "the gatherings called ...": a participle naming its noun ("called a waste by critics" stays); not a
        # name's verb the parse hung on the name after its apposition ("Beruff, a Scott ally, called the
        # standards "strong."": a named person is not given a name by a participle set off by commas)
        return not named_after_aside(cue)
    if any(c.dep_ in ("dobj", "dative") and c.i > cue.i for c in cue.children):
        return False  # "called the mayor a liar", "called Berg 'a disgrace'"
    named = [c for c in cue.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    if named and any(t.text in QUOTE_CHARS or t.text == "''" for t in named[0].subtree if t.i > named[0].i) and \
            any(c.dep_ == "nsubj" for c in cue.children):
        return False  # 'Hale called Rubio "Little Marco"': a name, then what Hale calls him
    after = text[cue.idx + len(cue.text):].lstrip()
    after = re.sub(r"^(?:the|a|an)\s+", "", after)
    return (after[:1] in _QUOTE_OPENERS and after[1:2].isupper()) or (after[:1].isupper() and
                                          any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in cue.children))


def quoted_as_saying(cue: Token) -> Token | None:
    """The person "quoted … as saying": the object of the verb the "as saying" hangs on ("The Times quoted one of
    Carson's advisers as saying …" -> "one", whose phrase the resolver reads). Judged blind (T19): the nearest name
    before, "Carson's" (the advisers' candidate), was keyed as the speaker; the paper only relays the words."""
    if cue.dep_ != "pcomp" or cue.head.lower_ != "as" or cue.head.i >= cue.i:
        return None
    anchor = cue.head.head
    if anchor.dep_ == "dobj" and anchor.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and anchor.i < cue.head.i:
        return anchor  # "quoted Ruiz's campaign manager as saying": the parse hung the "as" on the object itself
    if anchor.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in anchor.children if c.dep_ == "dobj" and c.i < cue.head.i), None)


# what a contest is won for: "claiming the nomination" takes it, says nothing
_PRIZE = re.compile(r"(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w’'.-]+\s+){0,3}?(?:nomination|victory|win|title|"
                    r"seat|seats|crown|throne|prize|mantle|presidency|majority|lead|delegates|medal|championship|"
                    r"trophy|spot|top\s+spot|nod|berth)\b", re.I)
_BEFORE_PRIZE = frozenset("to from of for by toward towards in on after before without".split())


def claims_a_prize(cue: Token, text: str) -> bool:
    """Is "claim" taking what was won ("stop Trump from claiming the Republican nomination is a Hail Mary", "hopes
    to claim the title")? A non-finite "claim" after a preposition or "to", before a prize; the parser may take the
    prize for the subject of a clause the verb says (judged blind, T18: "who claimed the Republican nomination is
    a classic Hail Mary play?" keyed Trump). A finite "claimed the nomination was rigged" stays a claim."""
    if cue.tag_ not in ("VBG", "VB") or cue.i == 0:
        return False
    if cue.doc[cue.i - 1].lower_ not in _BEFORE_PRIZE:
        return False
    return _PRIZE.match(text, cue.idx + len(cue.text) + 1) is not None


AUTHORING_CUES = frozenset({"write", "pen", "author", "publish", "co-write", "draft"})
WORK_NOUNS = frozenset("book books memoir memoirs column columns letter letters op-ed essay essays article articles "
                       "novel novels biography autobiography piece blog poem song chapter play screenplay thesis "
                       "dissertation editorial history textbook volume bestseller best-seller paper story stories"
                       .split())


def _authors_a_work(cue: Token) -> bool:
    """"Mariano wrote a memoir (titled ...)", "Berg penned a column": the cue makes a work, not a claim."""
    return cue.lemma_.lower() in AUTHORING_CUES and any(
        c.dep_ == "dobj" and c.i > cue.i and c.lower_ in WORK_NOUNS for c in cue.children)


def _asked(cue: Token, text: str, passive: bool = False) -> Candidate | None:
    """"Asked whether he would run, Berg said ...": the question put to the speaker, by no one named (an
    unsure claim, never quizzed): the participle's clause, or the object of its "about". ``passive``: "Berg
    was asked whether ...", whose clause must be a question ("was asked to leave" is a request)."""
    found: Range | None = None
    for c in cue.children:
        if c.i > cue.i and c.dep_ == "ccomp":
            found = clause_range(c)
            if passive and (not _asks(c) or text[:found[0]].rstrip(" ,:")[-1:] in _QUOTE_OPENERS):
                return None  # 'was asked, "What ...?"': a quoted question, the interviewer's words
            break
        if c.i == cue.i + 1 and c.dep_ == "prep" and c.lower_ == "about":
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objs:
                found = subtree_range(objs[0])
                break
    if found is None:
        return None
    a, b = trim(text, *found)
    if len(text[a:b].split()) < MIN_CONTENT_WORDS:
        return None
    aux = [c for c in cue.children if c.dep_ == "auxpass" and c.i == cue.i - 1] if passive else []
    start = aux[0].idx if aux else cue.idx
    return Candidate(src=None, src_text="", source="", kind="none", cue=text[start:cue.idx + len(cue.text)],
                     cue_span=(start, cue.idx + len(cue.text)), content=[(a, b)], cue_i=cue.i,
                     claim_confidence=BROAD)


_ISSUED_NOUNS = frozenset({"statement", "statements", "letter", "release", "email", "message", "memo", "tweet",
                           "video", "ad", "advert", "advertisement", "post", "note", "report", "warning"})


_RELATIVE_REACH = 5  # "posted a message on Twitter that said": at most this many words from the noun to its verb


def _issued_noun(cue: Token, subj: Token) -> Token | None:
    """The noun of saying a verb gives out, when the cue is a participle on it ("issued a statement saying") or
    the verb of a relative clause on it ("released a video that accuses ..."), else None. PolNeAR's annotators
    give the relative clause's words to whoever released the video or posted the message, as the participle's."""
    noun, reach = subj, 3
    if cue.dep_ == "relcl" and subj.tag_ == "WDT" and subj.head.i == cue.i and subj.i < cue.i:
        noun, reach = cue.head, _RELATIVE_REACH
    elif cue.dep_ != "acl" or subj.i != cue.head.i:
        return None
    if noun.lower_ in _ISSUED_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_SAYING_VERBS \
            and 0 < cue.i - noun.i <= reach:
        return noun
    return None


def _issuer(cue: Token, subj: Token) -> Token | None:
    """For a participle on a noun of saying given out by a verb ("issued a statement saying ...", "released
    a video accusing ..."), or a relative clause on it ("released a video that accuses ..."): that verb's
    subject, who says it; else None."""
    noun = _issued_noun(cue, subj)
    if noun is None:
        return None
    verb = noun.head
    if _denied_or_readers_inference(verb) or _hypothetical(verb):
        return None
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is None or who.lower_ in _NO_VIEW_PRONOUNS or not holds_views(who):
        return None
    return who


def data_says(cue: Token, text: str, resolver: Resolver) -> Candidate | None:
    """"A new poll shows Sanders leading", "the report found that ...", "the data suggest ...": what a
    study, poll or record shows, with the study as its source (an unsure claim: it is also evidence)."""
    if cue.lemma_.lower() not in DATA_SAYING_CUES or is_passive(cue) or _hypothetical(cue):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not {subj.lemma_.lower(), subj.lower_} & DATA_SOURCE_NOUNS:
        return None
    if any(c.dep_ == "neg" for c in cue.children):
        return None  # "the report did not find ...": nothing it shows
    if subj.lower_ in DATA_NOUNS and all(c.dep_ in ("det", "amod") for c in subj.children):
        return None  # "the results show ...": bare figures are evidence, not anyone's claim
    content: Range | None = None
    for c in cue.children:
        if c.i < cue.i:
            continue
        if c.dep_ == "ccomp" and any(k.dep_ in SUBJECT_DEPS for k in c.children):
            content = clause_range(c)
            break
        if c.dep_ == "dobj" and len(list(c.subtree)) + sum(len(list(k.subtree)) for k in cue.children
                                                            if k.i > c.i and k.dep_ in ("prep", "advcl", "xcomp",
                                                                                        "oprd", "ccomp")) >= 3:
            ends = [subtree_range(k)[1] for k in cue.children if k.i > c.i and k.dep_ in ("prep", "advcl", "xcomp",
                                                                                             "oprd", "ccomp")]
            content = (subtree_range(c)[0], max([subtree_range(c)[1], *ends]))
            break
    if content is None:
        return None
    a, b = trim(text, max(content[0], sent_of(cue).start_char), min(content[1], sent_of(cue).end_char))
    if len(text[a:b].split()) < MIN_CONTENT_WORDS:
        return None
    phrase = source_phrase(subj)
    who = resolver.resolve(subj, phrase)
    s0, s1 = phrase_range(phrase)
    source = who.canonical or strip_det(text[s0:s1])
    return Candidate(src=(s0, s1), src_text=text[s0:s1], source=source, kind=who.kind if who.canonical else "document",
                     cue=cue.text, cue_span=(cue.idx, cue.idx + len(cue.text)), content=[(a, b)], cue_i=cue.i,
                     source_confidence=who.confidence if who.canonical else BROAD,
                     kind_confidence=who.kind_confidence if who.canonical else BROAD, claim_confidence=BROAD)


_NO_VIEW_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "there", "what", "something", "anything"})
_HYPOTHETICAL_MODALS = frozenset({"should", "could", "might", "may", "ought", "must"})
_ENABLING_VERBS = frozenset({"help", "allow", "enable", "let"})


# what governs a saying still to come: "expects Obama to announce", "urged him to declare", "is set to unveil"
_AWAITING = frozenset({"expect", "hope", "want", "plan", "ask", "urge", "predict", "believe", "wait", "intend",
                       "aim", "prepare", "schedule", "set", "due", "likely", "wish", "await", "encourage", "press",
                       "push", "poised", "ready", "unlikely", "prepared", "anticipate"})
_FUTURE_AUX = frozenset({"will", "'ll", "wo", "would", "shall"})
_AWAITING_CLIMB = 3  # "waiting for the mayor to announce": the clause may hang on the noun after "for"


def _still_to_come(cue: Token) -> bool:
    """A saying someone is expected, hoped, urged or going to make, not one made: under "will"/"would"
    ("Reyes will announce ...") or a "to" clause governed by expect/hope/want/plan/ask/urge/... ("she expects
    Reyes to announce ..."; judged blind, J9: keyed as Reyes's announcement). "would later say", "would only
    say" were said."""
    kids = list(children(cue))
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids) and \
            not any(c.dep_ == "advmod" and c.lower_ in ("later", "eventually", "only") for c in kids):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    h = cue
    for _ in range(_AWAITING_CLIMB):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in _AWAITING or h.lower_ in _AWAITING or h.lower_ == "going":
            return True
        if h.pos_ in ("VERB", "AUX"):
            return False
    return False


def _hypothetical(cue: Token) -> bool:
    """A saying that has not happened: under "should", "could", "might" ("Berg might argue that ..."),
    what something would let someone say ("could help Cruz cast the race as ..."), or the writer's
    advice ("Clinton would do better to say ...")."""
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in children(cue)):
        return True
    head = cue.head
    if cue.dep_ in ("xcomp", "ccomp", "advcl") and head.i != cue.i:
        if head.lemma_.lower() in _ENABLING_VERBS:
            return True
        if any(c.lower_ == "better" and c.dep_ in ("advmod", "acomp", "dobj") for c in head.children):
            return True
    return False


def _denied_or_readers_inference(cue: Token) -> bool:
    """"X did not say that Y", "X never claimed Y", "X wasn't so much saying Y": Y is not X's claim;
    nor is what "you" find "if you read between the lines" (the writer's inference)."""
    return _negation(cue) is not None or _readers_inference(cue)


def _near(cue: Token) -> list[Token]:
    # "wasn't saying": the parse may hang the negation (and the "if" clause) on the auxiliary
    near = [cue, *(c for c in children(cue) if c.dep_ in ("aux", "auxpass"))]
    return [c for t in near for c in children(t)]


def _negation(cue: Token) -> Token | None:
    """The "not", "n't" or "never" that denies the cue ("did not say", "never claimed"), or None."""
    return next((c for c in _near(cue) if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")), None)


def _readers_inference(cue: Token) -> bool:
    """"If you read between the lines, X was saying ...": the writer's inference, nobody's saying."""
    return any(clause.dep_ == "advcl" and any(c.lower_ == "you" and c.dep_ in SUBJECT_DEPS for c in clause.children)
               for clause in _near(cue))


def _another_subject_before(cue: Token, q: Quote) -> bool:
    """A subject of a verb outside the cue's own clause stands between the cue and the quotation."""
    return any(t.dep_ in SUBJECT_DEPS and t.i > cue.i and t.idx < q.open_start and not cue.is_ancestor(t)
               for t in sent_tokens(sent_of(cue)))


def _asked_about(cue: Token, subj: Token) -> bool:
    """"Did Berg say that ...?", "Why would Berg claim ...?": the writer asks; nobody claims it."""
    if not span_text(sent_of(cue)).rstrip(" \"'”’").endswith("?"):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.i < subj.i < cue.i for c in cue.children)


# the writer's clause, then a conjunction and a quotation running to the end of the content
# (a contrast, and a quotation opening on a capital: a clause of its own, not the writer's sentence going on into the
# quoted words, as in '… while the March states account for more than half and "better reflect …," Mook wrote')
_QUOTE_AFTER_CLAUSE = re.compile(r"(?<=\w)[,;]?\s+(?:but|yet|while|although|though)\s+"
                                r"(?=[\"“][A-Z][^\"“”]{11,}[\"”][\s,]*$)")


def _asks(head: Token) -> bool:
    """True when the clause headed by ``head`` is an indirect question ("how the documents ...",
    "whether the vote ...")."""
    first = head.left_edge
    if first.lower_ in ("which", "who", "that", "what") and first.i < head.head.i:
        return False  # "a bill, which critics said was unfair": a relative clause, not a question; nor is
        # "focused on what he said were errors" (what he said they were)
    if first.lower_ == "that":
        return False  # "said for the first time that some letters were found": a complementiser (tagged WDT)
    if first.tag_ in ("WRB", "WP", "WDT") and first.i <= head.i:
        return True
    return first.lower_ in ("whether", "if") and first.dep_ == "mark" and first.head.i == head.i


def according_to(doc: Doc, text: str, quotes: list[Quote], resolver: Resolver) -> list[Candidate]:
    """"According to X, Y" and "In the words of X, Y"."""
    out: list[Candidate] = []
    low = text.lower()
    if "according to" not in low and "words of" not in low:
        return out  # most paragraphs: no need to walk the tokens
    toks, lowers = tokens(doc), token_words(doc)[0]
    # only "according" (to) and "words" (in the words of) open a shape below: the other tokens are never read
    for k in [k for k, low in enumerate(lowers) if low == "according" or low == "words"]:
        tok = toks[k]
        if in_quote(quotes, tok.idx) or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        of_end = nxt.idx + len(nxt.text)
        if tok.lower_ == "according" and nxt.lower_ == "to":
            pobj = [c for c in nxt.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
            if not pobj:  # "according to show insiders": a noun read as a verb, its noun as the object
                pobj = [o for c in nxt.children if c.dep_ == "pcomp" and c.i == nxt.i + 1 and c.tag_ in ("VB", "VBP")
                        for o in c.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i == c.i + 1]
        elif tok.lower_ == "words" and tok.i >= 2 and doc[tok.i - 2].lower_ == "in" and nxt.lower_ == "of":
            pobj = [c for c in nxt.children if c.dep_ == "pobj"]
            tok = doc[tok.i - 2]
        else:
            continue
        if not pobj:
            continue
        phrase = source_phrase(pobj[0])
        who = resolver.resolve(pobj[0], phrase)
        p0 = tok.idx
        p1 = phrase_range(phrase)[1]
        whole = subtree_range(pobj[0])[1]
        comma = text.find(",", p1, whole)
        whole = comma if comma >= 0 else whole  # the parse may take the claim's subject into the phrase
        if whole > p1 and not any(t.pos_ in ("VERB", "AUX") and p1 <= t.idx < whole for t in tokens(doc)):
            p1 = whole  # "according to a study by economists A and B, Y": the rest of the source is no claim
        m = _APPOSITIVE_NAME.match(text[p1:])
        if m:
            p1 += m.end(1) + (m.start(1))
        else:
            # "according to Dennis Ross, another former envoy, was ...": the source's own description goes too
            ap = [c for c in pobj[0].children if c.dep_ == "appos" and c.i > pobj[0].i]
            if ap and text[p1:subtree_range(ap[0])[0]].strip() == "," and \
                    not (tok.dep_ == "ROOT" and subtree_range(ap[0])[1] >= sent_of(tok).end_char - 1):
                # (not when "according" is the root and the apposition runs to the sentence's end: "According
                # to X, the move reeks of fear" with "reeks" read as a plural noun is the claim, no apposition)
                p1 = subtree_range(ap[0])[1]
        # "according to Dana Pollard, who was an adviser to the campaign": the source's relative clause is the
        # writer's description of the source, no part of the claim (judged blind: "who said that … might not be
        # so lucky who was an informal adviser …?")
        rel = re.match(r",?\s*(?:who|whose|which)\b[^,.;]*", text[p1:])
        if rel:
            p1 += rel.end()
        sent = sent_of(tok)
        content = []
        sides = [(sent.start_char, p0), (p1, sent.end_char)]
        if tok.lower_ == "in" or len(text[sent.start_char:p0].split()) <= 1:
            sides = sides[1:]  # "In the words of X, Y" / "According to X, Y": Y follows
        for a, b in sides:
            a, b = trim(text, a, b)
            # (the parser found no verb in the sentence and made "According" its root: the rest is the claim)
            has_verb = any(t.pos_ in ("VERB", "AUX") for t in tokens(doc) if a <= t.idx < b) or \
                (tok.dep_ == "ROOT" and tok.lower_ == "according" and a >= p1)
            if len(text[a:b].split()) >= MIN_CONTENT_WORDS and has_verb:
                content.append((a, b))
        if len(sides) == 2 and content == [trim(text, *sides[1])] and _inverted_before(doc, text, sides):
            # "At the heart of the trouble, according to X, was a decision ...": the claim is both halves
            content.insert(0, trim(text, *sides[0]))
        if not content:
            continue
        out.append(Candidate(
            src=phrase_range(phrase), src_text=who.text,
            source=who.canonical, kind=who.kind, cue="according to", cue_span=(tok.idx, of_end),
            content=content, cue_i=tok.i, source_confidence=who.confidence, kind_confidence=who.kind_confidence,
        ))
    return out


def _inverted_before(doc: Doc, text: str, sides: list[Range]) -> bool:
    """Is the part before "according to X" a fronted phrase with no verb whose sentence goes on with its verb
    right after the source ("At the heart of it, according to X, was ...")?"""
    (a0, b0), (a1, b1) = trim(text, *sides[0]), trim(text, *sides[1])
    if b0 <= a0 or len(text[a0:b0].split()) < 2 or any(t.pos_ in ("VERB", "AUX") for t in tokens(doc)
                                                        if a0 <= t.idx < b0):
        return False
    first = next((t for t in tokens(doc) if t.idx >= a1), None)
    return first is not None and first.idx < b1 and first.pos_ in ("VERB", "AUX") and first.dep_ == "ROOT"


# the name may follow the opening quotation mark of a transcript's paragraph ("“WALLACE: Let's start ...")
_TURN = re.compile(r"[\"“]?([A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3})[ \u00a0]*:[ \u00a0]+(?=\S)")
# a quotation signed with a dash and a name, as in collections of readers' voices:
# "“Trump must stop portraying Latinos as gangsters.” ― Carla Sanchez"
_SIGNED_QUOTE = re.compile(
    r"^\s*[\"“”](?P<content>[^\"“”]{10,})[\"”]\s*[―—–]\s*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){1,3})\s*\.?\s*$")
BROAD = 0.5  # a broad shape's claim (a stance, a plan, a topic, "I think" in an interview)
UNSURE_NAME = 0.5  # a headline's speaker the resolver does not know, taken as written
SIGNED = 0.85  # a quotation signed "― Name": the name is the speaker, taken from its shape


def speaker_turn(doc: Doc, text: str, resolver: Resolver) -> list[Candidate]:
    """"SMITH: We will win." / "Graham: the party is lost": a paragraph that opens with a speaker's
    name and a colon (interview transcripts, some headlines) is that speaker's claim."""
    m = _TURN.match(text)
    if m is None or m.group(1).split()[0].lower() in NOT_SPEAKERS:
        return []
    name_end = m.end(1)
    toks = [t for t in tokens(doc) if m.start(1) <= t.idx < name_end]
    known = resolver.reg.full_names.get(" ".join(t.text for t in toks).lower())  # "Hale:" after "Tom Hale"
    named = any(t.ent_type_ == "PERSON" for t in toks) or m.group(1).replace(" ", "").isupper() or known
    if not toks or not named:
        return []
    if known and not any(t.ent_type_ == "PERSON" for t in toks):
        resolver.reg.met(known, m.group(1))
        who = Resolution(known, "person", m.group(1), TURN_KNOWN, TURN_KNOWN)
    else:
        who = resolver.resolve(toks[-1], toks)
    caps = m.group(1).strip()
    if (who.kind != "person" or not who.canonical) and caps.replace(" ", "").isalpha() and caps.isupper() \
            and len(caps.split()) <= TURN_NAME_WORDS:
        # a transcript's "JAKE TAPPER:" is a person even when the tagger reads the line otherwise
        who = Resolution(caps, "person", caps, TURN_CAPS, TURN_CAPS)
    if who.kind != "person" or not who.canonical:
        return []
    a, b = trim(text, m.end(), len(text))
    if len(text[a:b].split()) < MIN_CONTENT_WORDS:
        return []
    colon = text.index(":", name_end)
    return [Candidate(src=phrase_range(toks), src_text=who.text, source=who.canonical, kind=who.kind, cue=":",
                      cue_span=(colon, colon + 1), content=[(a, b)], direct=True, cue_i=toks[-1].i + 1,
                      source_confidence=who.confidence * TURN, kind_confidence=who.kind_confidence)]


def signed_quote(doc: Doc, text: str) -> list[Candidate]:
    """"“…” ― Carla Sanchez": a line that is one quotation signed with a dash and a person's name (two
    to four capitalised words, or a name the tagger calls a person) is that person's claim. A paragraph
    may hold several such lines, one reader's comment each."""
    out = []
    at = 0
    for line in text.split("\n"):
        m = _SIGNED_QUOTE.match(line)
        if m is not None:
            out.extend(_signed(doc, text, at, m))
        at += len(line) + 1
    return out


def _signed(doc: Doc, text: str, at: int, m: re.Match[str]) -> list[Candidate]:
    """The candidate of one signed line starting at ``at`` in the paragraph."""
    name = m.group("name").strip()
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name = name[:-1]  # "― Carla Sanchez.": the line's full stop, not an initial's
    n0, n1 = at + m.start("name"), at + m.end("name")
    ents = [t for t in tokens(doc) if n0 <= t.idx < n1]
    if not ents or any(t.ent_type_ in ("ORG", "GPE", "DATE", "NORP") for t in ents):
        return []  # "― The Times", "― Paris, May 2": not a person signing
    a, b = trim(text, at + m.start("content"), at + m.end("content"))
    if len(text[a:b].split()) < MIN_CONTENT_WORDS:
        return []
    dash = text.rindex(next(ch for ch in "―—–" if ch in text[at + m.end("content"):n0]), 0, n0)
    sure = SIGNED if any(t.ent_type_ == "PERSON" for t in ents) else SIGNED * TURN_CAPS
    return [Candidate(src=(n0, n0 + len(name)), src_text=name, source=name, kind="person",
                      cue=text[dash], cue_span=(dash, dash + 1), content=[(a, b)], direct=True, cue_i=ents[0].i,
                      source_confidence=sure, kind_confidence=sure)]


def _impersonal_verb(tok: Token, text: str) -> tuple[str, Range, Range] | None:
    """(hedge words, hedge range, content range) for "is believed to ...", "officials accused of"."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if lemma in IMPERSONAL_NEEDS_TO and (nxt is None or nxt.lower_ != "to"):
        return None  # "is thought to" hedges; "well thought out" does not
    h0, h1 = tok.idx, tok.idx + len(tok.text)
    if is_passive(tok):
        aux = [c for c in tok.children if c.dep_ in ("auxpass", "aux")]
        h0 = min([a.idx for a in aux] + [tok.idx])
        rng = (h0, subtree_range(tok)[1]) if lemma in DESCRIBING_VERBS else subtree_range(tok)
    elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):  # a reduced relative clause
        rng = (np_start(tok.head), subtree_range(tok)[1])
    else:
        return None
    if nxt is not None and nxt.lower_ in ("to", "of", "as", "that"):
        h1 = nxt.idx + len(nxt.text)
    return text[h0:h1], (h0, h1), rng


def _impersonal_adverb(tok: Token) -> tuple[str, Range, Range]:
    """(hedge words, hedge range, content range) for "X reportedly did Y"."""
    rng = clause_range(tok.head)
    subj = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and len(list(subj.subtree)) > LONG_SUBJECT_TOKENS:
        aux = [c for c in tok.head.children if c.dep_ in ("aux", "auxpass") and c.i > subj.i]
        rng = (min([a.idx for a in aux] + [tok.idx]), rng[1])
    return tok.text, (tok.idx, tok.idx + len(tok.text)), rng


def nominal(doc: Doc, text: str, quotes: list[Quote], resolver: Resolver, taken: list[Candidate]) -> list[Candidate]:
    """"Trump's claim that ...", "Obama's endorsement of Clinton": a noun of saying or stance whose
    possessive owner speaks, with a "that"/"to" clause or a prepositional object as its content."""
    out: list[Candidate] = []
    inside = [r for c in taken for r in c.content]
    lowers, _ = token_words(doc)
    toks = tokens(doc)
    owned = heads_of(doc, "poss")  # (a noun no list names and no one owns is no claim: most nouns, skipped first)
    for k in [k for k, pos in enumerate(token_pos(doc)) if pos == "NOUN" and (
            k in owned or lowers[k] in LIGHT_NOUNS or lowers[k] in NOUN_CUES or lowers[k] in BROAD_NOUN_CUES)]:
        tok, low = toks[k], lowers[k]  # (no other token is read)
        if in_quote(quotes, tok.idx):
            continue
        if low in LIGHT_NOUNS:
            light = _light_noun(tok, text, resolver, taken, inside)
            if light is not None:
                out.append(light)
                continue
        clause_noun = low not in NOUN_CUES and low not in BROAD_NOUN_CUES and _owned_clause_noun(tok)
        if low not in NOUN_CUES and low not in BROAD_NOUN_CUES and not clause_noun:
            continue
        broad_noun = low not in NOUN_CUES and (low in BROAD_NOUN_CUES or clause_noun)
        if any(a <= tok.idx < b for a, b in inside):
            continue  # part of what someone else says
        owner = [c for c in tok.children if c.dep_ == "poss"]
        given = None  # "made a call for", "voiced support for": the verb that gives the noun out
        if not owner and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_SAYING_VERBS and \
                not any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", *_HYPOTHETICAL_MODALS)
                        for c in tok.head.children):
            owner = [c for c in tok.head.children if c.dep_ == "nsubj" and c.lower_ not in _NO_VIEW_PRONOUNS]
            if not owner and tok.head.dep_ == "xcomp":  # "tried to make the case that ...": the trier's case
                climbed = subject(tok.head)
                owner = [climbed] if climbed is not None and climbed.lower_ not in _NO_VIEW_PRONOUNS else []
            given = tok.head
        if not owner or owner[0].lower_ in ("its", "their", "our", "your", "my") and owner[0].pos_ == "PRON":
            continue
        owner = [_owner_named(tok, owner[0]) or owner[0]]
        content = None
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ in ("acl", "ccomp") and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                               or any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)):
                content = clause_range(c)
                break
            preps = BROAD_NOUN_CUES.get(tok.lower_, ()) if broad_noun else NOUN_CUE_PREPS
            if c.dep_ == "prep" and c.lower_ in preps and c.i == tok.i + 1:
                # ("his passion for flying small planes": a gerund's clause is the object too)
                pobj = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if pobj:
                    content = subtree_range(pobj[0])
                    break
        across = False
        if content is None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be":
            # "Hale's argument is that the levy will hurt the shops": the noun's clause across the copula
            for c in tok.head.children:
                if c.dep_ == "ccomp" and c.i > tok.head.i and \
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    content, across = clause_range(c), True
                    break
        if content is None:
            continue
        a, b = trim(text, *content)
        if b <= a:
            continue
        if given is not None and len(text[a:b].split()) < MIN_CONTENT_WORDS and \
                not any(t.pos_ == "PROPN" for t in doc if a <= t.idx < b):
            continue  # "made a call for volunteers": a request for help, no view
        phrase = [t for t in source_phrase(owner[0]) if t.dep_ != "case"] or [owner[0]]  # "Trump's" -> "Trump"
        who = resolver.resolve(owner[0], phrase)
        if not who.canonical and who.kind == "none":
            continue
        s0, s1 = phrase_range(phrase)
        c0 = given.idx if given is not None else tok.idx
        out.append(Candidate(src=(s0, s1), src_text=who.text, source=who.canonical, kind=who.kind,
                             cue=text[c0:tok.idx + len(tok.text)],
                             cue_span=(c0, tok.idx + len(tok.text)), content=[(a, b)], cue_i=tok.i,
                             source_confidence=who.confidence * NOMINAL, kind_confidence=who.kind_confidence,
                             claim_confidence=BROAD if broad_noun or across else 1.0))
    return out


# verbs whose subject owns the noun of saying after them: "Trump continued his attacks on Rubio", "stressing in his
# remarks that ...": the "his" is the subject, whose name is the better source to show
_OWN_NOUN_VERBS = frozenset({"continue", "keep", "step", "ramp", "ratchet", "tone", "renew", "double", "reiterate",
                             "repeat", "reaffirm", "defend", "explain", "outline", "lay", "soften", "intensify",
                             "escalate", "resume", "sharpen", "temper", "restate", "voice", "express", "stress",
                             "emphasize", "emphasise", "underscore", "broaden", "expand", "widen", "redouble"})


def _owner_named(noun: Token, owner: Token) -> Token | None:
    """For "his"/"her" owning a noun of saying that is the object of the subject's own verb ("Trump continued
    his attacks on Rubio", "McConnell, stressing in his remarks that ..."): the verb's subject, when it is a
    single name or noun (the pronoun stands for it). None otherwise."""
    if owner.lower_ not in ("his", "her") or owner.pos_ != "PRON":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "on") and verb.i == owner.i - 1:
        verb = verb.head  # "stressing in his remarks", "doubling down on his support" (not "in particular his")
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _OWN_NOUN_VERBS or verb.i > noun.i or \
            any(t.is_punct for t in noun.doc[verb.i:noun.i]):
        return None  # "voiced displeasure with X's plans, in particular his proposal": the parse's second object
    subj = subject(verb)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.tag_ in ("NNS", "NNPS") or subj.i > noun.i:
        return None
    return subj


# A light verb and a noun of saying or stance ("took a swipe at the tax", "made no mention of the fleet", "made the
# point that ...", "paid tribute to the crews", "came out in support of the plan"): each noun with the verbs that
# give it out and the prepositions that bring what it is on; its subject's view, listed unsure (pn41)
LIGHT_NOUNS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    **dict.fromkeys(("swipe", "swipes", "shot", "shots", "jab", "jabs", "aim"), (frozenset({"take"}), ("at",))),
    **dict.fromkeys(("stance", "stand"), (frozenset({"take"}), ("on", "against"))),
    "mention": (frozenset({"make"}), ("of",)),
    "point": (frozenset({"make"}), ()),
    **dict.fromkeys(("statements", "remark", "remarks"), (frozenset({"make"}), ("about", "on"))),
    **dict.fromkeys(("reference", "references"), (frozenset({"make"}), ("to",))),
    "tribute": (frozenset({"pay"}), ("to",)),
    **dict.fromkeys(("contrast", "contrasts"), (frozenset({"draw"}), ("with", "between"))),
    "support": (frozenset({"come", "speak"}), ("of",)),  # "came out in support of"
}


def _light_noun(tok: Token, text: str, resolver: Resolver, taken: list[Candidate],
                inside: list[tuple[int, int]]) -> Candidate | None:
    """The claim of a light verb and a noun of :data:`LIGHT_NOUNS`, or None."""
    verbs, preps = LIGHT_NOUNS[tok.lower_]
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # "came out in support of"
    elif tok.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.i > tok.i:
        return None
    if any(a <= tok.idx < b for a, b in inside) or any(c.cue_i == verb.i for c in taken):
        return None
    if _hypothetical(verb):
        return None
    subj = subject(verb)
    if subj is None or subj.lower_ in _NO_VIEW_PRONOUNS or not holds_views(subj) or not speaks(subj):
        return None
    content, end = None, tok.idx + len(tok.text)
    # the preposition hangs on the noun, or on the verb right after the noun ("took a swipe | at the tax")
    after = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.i == tok.i + 1]
    for c in [*tok.children, *after]:
        if c.i < tok.i:
            continue
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            content = clause_range(c)
            break
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i == tok.i + 1:
            pobj = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if pobj:
                content, end = subtree_range(pobj[0]), c.idx + len(c.text)
                break
    if content is None:
        return None
    a, b = trim(text, *content)
    if b <= a:
        return None
    phrase = source_phrase(subj)
    who = resolver.resolve(subj, phrase)
    if not who.canonical and who.kind == "none":
        return None
    s0, s1 = phrase_range(phrase)
    return Candidate(src=(s0, s1), src_text=who.text, source=who.canonical, kind=who.kind, cue=text[verb.idx:end],
                     cue_span=(verb.idx, end), content=[(a, b)], cue_i=verb.i, source_confidence=who.confidence,
                     kind_confidence=who.kind_confidence, claim_confidence=BROAD)


# nouns of will whose "to" clause is what their owner means to do ("her decision to run", "his refusal to
# release the returns"): a view of the owner's, as the verbs they come from ("decided to", "refused to") give one;
# not a plan, an attempt or a bid, which are news as often as views
INTENT_NOUNS = frozenset({"decision", "determination", "refusal", "promise", "promises", "vow", "pledge", "threat",
                          "intention", "intent", "desire", "eagerness", "reluctance", "willingness", "unwillingness",
                          "commitment", "resolve", "readiness", "push", "call", "wish", "hope", "hopes", "offer"})


def _owned_clause_noun(noun: Token) -> bool:
    """A possessed noun with a content clause ("Berg's repeated insistence that ...", "his admission that ...")
    or a noun of intent with a "to" clause ("her decision to run"): the owner's view, whatever the noun."""
    if noun.i not in heads_of(noun.doc, "poss"):  # (asked of every noun: most have no owner, whose children
        return False  # are not built to find that out)
    for c in children(noun):
        if c.dep_ != "acl" or c.i < noun.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children) and \
                any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            return True
        if noun.lower_ in INTENT_NOUNS and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            return True
    return False


def made_clear(doc: Doc, text: str, quotes: list[Quote], resolver: Resolver,
               taken: list[Candidate]) -> list[Candidate]:
    """"X made it clear that Y", "X made clear Monday that Y": X states Y (the parser hangs the "that" clause on
    "make" or on "clear", and "make" is no cue of its own: "made sure that" is no one's view)."""
    out: list[Candidate] = []
    inside = [r for c in taken for r in c.content]
    toks, lemmas = tokens(doc), token_words(doc)[1]
    for tok in [toks[k] for k, lemma in enumerate(lemmas) if lemma == "make"]:  # (no other token is read)
        if tok.pos_ != "VERB" or in_quote(quotes, tok.idx) or \
                any(a <= tok.idx < b for a, b in inside):
            continue
        clear = next((t for t in doc[tok.i + 1:tok.i + 3] if t.lower_ == "clear"), None)
        if clear is None or (clear.i == tok.i + 2 and doc[tok.i + 1].lower_ != "it"):
            continue  # "made clear", "made it clear"; not "made the rules clear"
        if is_passive(tok) or _hypothetical(tok) or _denied_or_readers_inference(tok):
            continue
        clause = next((c for h in (tok, clear) for c in h.children if c.dep_ in ("ccomp", "advcl") and c.i > clear.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        subj = subject(tok)
        if clause is None or subj is None or subj.lower_ in _NO_VIEW_PRONOUNS or not holds_views(subj):
            continue
        a, b = trim(text, *clause_range(clause))
        # (a claim found already on the same words is kept; one whose cue is inside the clause is part of it)
        if b <= a or any(x < b and a < y for c in taken for x, y in c.content
                         if not (c.cue_span and a <= c.cue_span[0] < b)):
            continue
        phrase = source_phrase(subj)
        who = resolver.resolve(subj, phrase)
        if not who.canonical and who.kind == "none":
            continue
        s0, s1 = phrase_range(phrase)
        aux = [c for c in tok.children if c.dep_ == "aux" and c.i == tok.i - 1 and c.lower_ in _BE_HAVE]
        c0 = aux[0].idx if aux else tok.idx
        c1 = clear.idx + len(clear.text)
        out.append(Candidate(src=(s0, s1), src_text=who.text, source=who.canonical, kind=who.kind, cue=text[c0:c1],
                             cue_span=(c0, c1), content=[(a, b)], cue_i=tok.i, content_head=clause,
                             source_confidence=who.confidence, kind_confidence=who.kind_confidence))
    return out


def stance_adjective(doc: Doc, text: str, quotes: list[Quote], resolver: Resolver,
                     taken: list[Candidate]) -> list[Candidate]:
    """"Hale is confident that the depot will open", "voters were skeptical of the plan": an adjective of stance
    after a copula, whose subject holds the view its "that" clause or prepositional object gives; an unsure
    claim (listed, never quizzed). Not "it is clear that" (no one holds it), nor inside another claim."""
    out: list[Candidate] = []
    inside = [r for c in taken for r in c.content] + [c.cue_span for c in taken if c.cue_span]
    lowers, lemmas = token_words(doc)
    toks = tokens(doc)
    # a word in neither list: :func:`_stance_word` gives None, so only the others are read
    for tok in [toks[k] for k, low in enumerate(lowers)
                if low in STANCE_ADJECTIVES or lemmas[k] in STANCE_ROLE_NOUNS]:
        preps = _stance_word(tok)
        if preps is None or in_quote(quotes, tok.idx) or any(a <= tok.idx < b for a, b in inside):
            continue
        feeling = _felt_passive(tok)  # "Hale was dismayed by the fares": the parse's passive of a feeling
        if feeling is None and tok.head.lemma_.lower() not in _COPULAS:
            continue
        cop = feeling or tok.head
        subj = [c for c in (tok if feeling else cop).children
                if c.dep_ == ("nsubjpass" if feeling else "nsubj") and c.i < cop.i]
        if not subj or subj[0].lower_ in _NO_VIEW_PRONOUNS or subj[0].lower_ == "you" or not holds_views(subj[0]):
            continue
        content: Range | None = None
        head: Token | None = None
        for c in [*tok.children, *(k for k in cop.children if k.i > tok.i)]:
            if c.i < tok.i:
                continue
            if c.dep_ == "ccomp" and "that" in preps and c.pos_ in ("VERB", "AUX") and \
                    any(k.dep_ in SUBJECT_DEPS for k in c.children) and not _asks(c):
                content, head = clause_range(c), c
                break
            if c.dep_ in ("prep", "agent") and c.head.i == tok.i and c.lower_ in preps:
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if objs and (len(list(objs[0].subtree)) >= 2 or objs[0].pos_ in ("PROPN", "PRON")):
                    content, head = subtree_range(objs[0]), objs[0]
                    break
        if content is None:
            continue
        a, b = trim(text, *content)
        if b <= a:
            continue
        phrase = source_phrase(subj[0])
        who = resolver.resolve(subj[0], phrase)
        if not who.canonical and who.kind == "none":
            continue
        s0, s1 = phrase_range(phrase)
        if a <= s0 < b:
            continue
        out.append(Candidate(src=(s0, s1), src_text=who.text, source=who.canonical, kind=who.kind,
                             cue=text[cop.idx:tok.idx + len(tok.text)], cue_span=(cop.idx, tok.idx + len(tok.text)),
                             content=[(a, b)], cue_i=tok.i, content_head=head, source_confidence=who.confidence,
                             kind_confidence=who.kind_confidence, claim_confidence=BROAD))
    return out


_COPULAS = frozenset({"be", "remain", "seem", "appear", "sound", "feel", "become", "grow", "stay"})


def _felt_passive(tok: Token) -> Token | None:
    """The auxiliary of a feeling the parse reads as a passive ("was dismayed by", "were angered by"), else None:
    the "by" phrase names what the feeling is about, not who spoke."""
    if tok.tag_ != "VBN" or tok.lower_ not in STANCE_ADJECTIVES:
        return None
    return next((c for c in tok.children if c.dep_ == "auxpass" and c.lemma_.lower() in _COPULAS and c.i < tok.i),
                None)


def _stance_word(tok: Token) -> tuple[str, ...] | None:
    """The prepositions of a word of stance after a copula: an adjective ("is critical of") or a noun for one who
    holds the stance ("is a vocal advocate of", "has been a pointed critic of"); None for any other word."""
    if tok.dep_ == "acomp" or (tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "ccomp", "conj")):
        return STANCE_ADJECTIVES.get(tok.lower_)
    if tok.dep_ == "attr" and tok.pos_ == "NOUN":
        return STANCE_ROLE_NOUNS.get(tok.lemma_.lower())
    return None


def unowned_view(doc: Doc, text: str, quotes: list[Quote], taken: list[Candidate]) -> list[Candidate]:
    """"The idea that the council can balance the budget ...", "A common refrain is that ...": a noun of a view
    that no one named holds, with a "that" clause of its own subject as its content; an unsure claim with no
    source. Not "the fact that" (no view), nor a noun inside another claim's content or with an owner."""
    out: list[Candidate] = []
    inside = [r for c in taken for r in c.content]
    lowers, _ = token_words(doc)
    toks = tokens(doc)
    for k in [k for k, low in enumerate(lowers) if low in UNOWNED_VIEW_NOUNS]:  # (no other token is read)
        tok = toks[k]
        if tok.pos_ != "NOUN" or in_quote(quotes, tok.idx):
            continue
        if any(c.dep_ in ("poss", "compound") for c in tok.children) or any(a <= tok.idx < b for a, b in inside):
            continue  # "Trump's claim that": nominal(); "he rejected the idea that": his claim
        if tok.dep_ in ("dobj", "pobj", "dative"):
            continue  # "rejected the idea that ...", "voiced his belief that": the verb's owner holds or judges it
        clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i]
        if tok.dep_ in ("nsubj", "attr") and tok.head.lemma_ == "be":  # "A common refrain is that ..."
            clauses += [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
        clause = next((c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       and any(k.dep_ in SUBJECT_DEPS for k in c.children)), None)
        if clause is None:
            continue
        found = _ownerless(text, clause, tok.text, (tok.idx, tok.idx + len(tok.text)), tok.i)
        if found is not None:
            out.append(found)
    return out


def _ownerless(text: str, clause: Token, cue: str, cue_span: tuple[int, int], cue_i: int) -> Candidate | None:
    """An unsure claim no one named holds: the clause's words as its content, or None when they are too few."""
    a, b = trim(text, *clause_range(clause))
    if len(text[a:b].split()) < MIN_CONTENT_WORDS:
        return None
    return Candidate(src=None, src_text="", source="", kind="none", cue=cue, cue_span=cue_span, content=[(a, b)],
                     cue_i=cue_i, claim_confidence=BROAD)


# "It is unclear whether ...", "it remains uncertain how ...", "it's not clear if ...": an open question no one
# named holds (the writer's, or everyone's)
_UNSURE_WORDS = Keyed(re.compile(r"\b(?:unclear|uncertain|unknown|clear|known)\b"))  # searched where the words stand
_OPEN_ADJECTIVES = frozenset({"unclear", "uncertain", "unknown"})
_NEGATABLE_ADJECTIVES = frozenset({"clear", "known"})
_OPEN_CLAUSE_DEPS = ("ccomp", "advcl", "csubj")


def open_question(doc: Doc, text: str, quotes: list[Quote], taken: list[Candidate]) -> list[Candidate]:
    """"It is unclear whether the council will vote", "It's not clear how ...": an owner-less question, listed
    with no source as an unsure claim (never quizzed); its cue runs from "it" to the adjective. Not one inside
    another claim's content or a quotation."""
    if not _UNSURE_WORDS.search(text):
        return []  # the cheap test first: most paragraphs have none of the words
    out: list[Candidate] = []
    inside = [r for c in taken for r in c.content]
    for m in _UNSURE_WORDS.finditer(text):
        found = doc.char_span(m.start(), m.end())
        adj = found[0] if found is not None and len(found) == 1 else None
        if adj is None or adj.dep_ != "acomp" or in_quote(quotes, adj.idx) or \
                any(a <= adj.idx < b for a, b in inside):
            continue
        verb = adj.head
        negated = any(c.dep_ == "neg" for c in (*verb.children, *adj.children))
        if not (adj.lower_ in _OPEN_ADJECTIVES or (adj.lower_ in _NEGATABLE_ADJECTIVES and negated)):
            continue
        if verb.lemma_.lower() not in ("be", "remain") or not any(
                c.dep_ == "nsubj" and c.lower_ == "it" and c.i < verb.i for c in verb.children):
            continue
        clause = next((c for c in (*adj.children, *verb.children) if c.dep_ in _OPEN_CLAUSE_DEPS and c.i > adj.i
                       and any(k.dep_ in SUBJECT_DEPS for k in c.children)), None)
        if clause is None:
            continue
        it = next(c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it")
        end = adj.idx + len(adj.text)
        claim = _ownerless(text, clause, text[it.idx:end], (it.idx, end), adj.i)
        if claim is not None:
            out.append(claim)
    return out


def impersonal(doc: Doc, text: str, taken: list[Candidate]) -> list[Candidate]:
    """Passive and impersonal claims with no source: "is believed to", "accused of", "reportedly"."""
    out = []
    claimed = {c.cue_i for c in taken}
    lowers, lemmas = token_words(doc)
    toks = tokens(doc)
    # only a word of the two lists may be found below: the other tokens are never read
    for k in [k for k, low in enumerate(lowers) if lemmas[k] in IMPERSONAL_VERBS or low in IMPERSONAL_ADVERBS]:
        if k in claimed:
            continue
        tok = toks[k]
        found = None
        if lemmas[k] in IMPERSONAL_VERBS and tok.tag_ == "VBN":
            found = _impersonal_verb(tok, text)
        elif lowers[k] in IMPERSONAL_ADVERBS and tok.dep_ == "advmod":
            found = _impersonal_adverb(tok)
        if found is None:
            continue
        hedge, (h0, h1), rng = found
        sent = sent_of(tok)
        a, b = trim(text, max(rng[0], sent.start_char), min(rng[1], sent.end_char))
        if len(text[a:b].split()) < MIN_CONTENT_WORDS:
            continue
        out.append(Candidate(
            src=None, src_text="", source="", kind="none", cue=hedge,
            cue_span=(h0, h1), content=[(a, b)], certainty="hedged",
            hedge=hedge, cue_i=tok.i,
        ))
    return out


def covered(cands: list[Candidate], q: Quote) -> bool:
    """True when a candidate's content already holds most of quotation ``q``."""
    for c in cands:
        for a, b in c.content:
            if min(b, q.end) - max(a, q.start) > 0.3 * (q.end - q.start):
                return True
    return False


def _first_inside(doc: Doc, q: Quote) -> Token | None:
    """The quotation's first word: its sentence is the quotation's (the sentence splitter may leave an
    opening '' at the end of the sentence before)."""
    return next((t for t in tokens(doc) if t.idx >= q.start), None)


def _speaker_at_cue(doc: Doc, quotes: list[Quote], q: Quote, resolver: Resolver) -> QuoteSpeaker | None:
    """A cue in the same sentence as the quotation's opening (outside quotation marks), nearest
    first; or one in the sentence before, when that sentence ends in a colon."""
    open_tok = _first_inside(doc, q)
    if open_tok is None:
        return None
    sent = sent_of(open_tok)
    cues = [t for t in sent_tokens(sent) if is_cue(t) and not in_quote(quotes, t.idx) and not is_passive(t)]
    if not cues and sent.start > 0:
        prev = sent_of(doc[sent.start - 1])
        if prev.text.rstrip().endswith(":"):
            cues = [t for t in prev if is_cue(t)]
    cues.sort(key=lambda t: abs(t.idx - q.open_start))
    cues = [c for c in cues if not (c.idx < q.open_start and _another_subject_before(c, q))]
    # '"A," Moss said, pointing to the chart, "B."': the participle aside is not the saying, its governor is;
    # but a participle that takes the quotation ('endorsed Hale, calling him "a careful man"') is its cue
    cues = [c for c in cues if not (c.tag_ == "VBG" and c.dep_ == "advcl" and c.head in cues
                                    and not any(ch.dep_ in SUBJECT_DEPS for ch in c.children)
                                    and not c.left_edge.i <= open_tok.i <= c.right_edge.i)]
    for cue in cues:
        subj = subject(cue)
        if subj is not None:
            phrase = source_phrase(subj)
            who = resolver.resolve(subj, phrase)
            if who.canonical:
                return who, phrase_range(phrase), cue
    return None


def _hypothetical_before(doc: Doc, quotes: list[Quote], q: Quote) -> bool:
    """The cue nearest before the quotation, in its sentence, is a saying that has not happened."""
    open_tok = _first_inside(doc, q)
    if open_tok is None:
        return False
    before = [t for t in sent_tokens(sent_of(open_tok))
              if t.idx < q.open_start and is_cue(t) and not in_quote(quotes, t.idx)]
    return bool(before) and _hypothetical(before[-1])


_ASKED_OF = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?asked\s*[,:]?\s*$", re.IGNORECASE)


def orphan_quotes(
    doc: Doc,
    text: str,
    quotes: list[Quote],
    cands: list[Candidate],
    resolver: Resolver,
    prev_source: Speaker | None,
    prev_unclosed: bool,
    prev_quoted: bool = True,
) -> list[Candidate]:
    """Quotations no cue claimed: the nearest cue's speaker, the paragraph's last quoted speaker,
    the subject of the sentence before, or (a continued quotation) the previous paragraph's.

    ``prev_quoted``: the previous paragraph held ``prev_source``'s own quotation (or announced it with a
    colon). When it did not, a paragraph-opening quotation credited to that speaker is a guess."""
    out: list[Candidate] = []
    for q in quotes:
        # a short quotation counts when it is a whole sentence, not a phrase quoted at a sentence's end
        opens_sentence = text[:q.open_start].rstrip()[-1:] in ("", ".", "!", "?", ":")
        whole_sentence = text[:q.end].rstrip()[-1:] in ".!?" and q.words(text) >= ORPHAN_SENTENCE_WORDS \
            and opens_sentence
        if (q.words(text) < ORPHAN_MIN_WORDS and not whole_sentence) or covered(cands, q) or covered(out, q):
            continue
        if _hypothetical_before(doc, quotes, q):
            continue  # 'Clinton would do better to say that "...": the writer's wording, nobody's claim
        if _ASKED_OF.search(text, max(0, q.open_start - 40), q.open_start):
            continue  # 'Trump was asked, "What ...?"': an interviewer's question, not the asked one's claim
        speaker = _speaker_at_cue(doc, quotes, q, resolver)
        tagged = _subject_after(doc, text, q)
        if speaker is not None and speaker[2] is not None and tagged is not None and tagged[1].i < speaker[2].i \
                and speaker[2].tag_ == "VBG" and tagged[1].is_ancestor(speaker[2]):
            # '"...," Berg sings to the crowd before asking them, "..."': the verb right after the quotation
            # is its tag, not a participle further on that hangs on it
            speaker = speaker_after(doc, text, q, resolver) or speaker
        qa, qb = trim(text, q.start, q.end)
        if qb <= qa:
            continue
        if speaker is None:
            # the paragraph's last quoted speaker goes on speaking: one claim, one more span
            # (its first quotation may itself have been an orphan: '"...," he said. "..."')
            known = cands + out
            earlier = [c for c in known if c.source and c.direct and c.cue_span and c.content
                       and c.content[-1][1] <= q.open_start]
            if earlier and not any(c.cue_span and earlier[-1].content[-1][1] <= c.cue_span[0] < q.open_start
                                   for c in known if c is not earlier[-1]):
                earlier[-1].content.append((qa, qb))
                continue
        if speaker is None:
            speaker = speaker_after(doc, text, q, resolver)
        if speaker is None and any(t.idx >= q.open_start for t in tokens(doc)):
            speaker = speaker_before(doc, q, cands + out, resolver)
        if speaker is not None:
            who, src, cue = speaker
            out.append(Candidate(src=src, src_text=who.text, source=who.canonical, kind=who.kind,
                                 cue=cue.text if cue is not None else "",
                                 cue_span=(cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
                                 content=[(qa, qb)], direct=True, cue_i=cue.i if cue is not None else -1,
                                 source_confidence=who.confidence, kind_confidence=who.kind_confidence,
                                 # '"Promise mama ...," Blige sings': a song's words, listed, never quizzed as
                                 # the singer's claim (judged blind, stop 44)
                                 claim_confidence=BROAD if cue is not None and cue.lemma_.lower() in _PERFORMING
                                 else 1.0))
        elif prev_source is not None and (q.open_start <= CONTINUES_AT or prev_unclosed):
            # a paragraph that continues (or sets off) the previous speaker's quotation
            sure = prev_source.confidence * CONTINUED
            if not (prev_quoted or prev_unclosed):
                sure = min(sure, CONTINUED_GUESS)
            # '"...," she said.' with a pronoun the resolver could not settle: the guess is still the previous
            # speaker's, but the mention and the verb are written here
            tag = tag_after(doc, text, q)
            if tag is not None and (prev_source.kind != "person" or resolver.genders_of().get(prev_source.canonical)
                                    not in (None, "f" if tag[0][-1].lower_ == "she" else "m")):
                continue  # "she said" after the drivers (or a man) spoke: someone the ledger cannot name
            src, src_text, cue_tok = (phrase_range(tag[0]), span_text_of(tag[0]), tag[1]) if tag else (None, "", None)
            out.append(Candidate(src=src, src_text=src_text, source=prev_source.canonical, kind=prev_source.kind,
                                 cue=cue_tok.text if cue_tok is not None else "",
                                 cue_span=(cue_tok.idx, cue_tok.idx + len(cue_tok.text)) if cue_tok is not None
                                 else None, cue_i=cue_tok.i if cue_tok is not None else -1,
                                 content=[(qa, qb)], direct=True, source_confidence=sure,
                                 kind_confidence=prev_source.kind_confidence, continues=tag is None))
    return out


# verbs of performing someone else's words: what is sung or recited is no claim of the performer's
_PERFORMING = frozenset({"sing", "hum", "rap", "croon", "recite", "serenade"})
_QUOTE_CLOSES_CLAUSE = (",", "?", "!", "—", "-")  # '"..., " X shot back': the quotation's own last mark


def _subject_after(doc: Doc, text: str, q: Quote) -> tuple[Token, Token] | None:
    """The subject and verb right after a quotation closed on a comma, "?" or "!" ('"...," X said')."""
    if q.unclosed or not text[q.start:q.end].rstrip(" \"'”’").endswith(_QUOTE_CLOSES_CLAUSE):
        return None
    after = [t for t in tokens(doc) if t.idx >= q.end]
    while after and after[0].is_punct:
        after.pop(0)
    if not after or after[0].idx - q.end > SPEAKER_AFTER_GAP:
        return None
    first = after[0]
    subj = next((t for t in after[:SPEAKER_AFTER_TOKENS] if t.dep_ in ("nsubj",) and t.left_edge.i == first.i), None)
    if subj is None:
        return None
    verb = subj.head
    # a "not" inside the quotation that the parser hung on the verb ('"Probably not," X said') is not its
    if verb.pos_ != "VERB" or verb.i < subj.i or verb.i - subj.right_edge.i > 2 or verb.tag_ == "VBG" or \
            any(c.dep_ == "neg" and c.idx >= q.end for c in verb.children) or _hypothetical(verb):
        return None
    return subj, verb


def tag_after(doc: Doc, text: str, q: Quote) -> tuple[list[Token], Token] | None:
    """'"...," she said.': the personal pronoun right after a quotation and its verb of saying, whether or
    not the resolver can tell who the pronoun is: (the pronoun's phrase, the cue verb), or None."""
    found = _subject_after(doc, text, q)
    if found is None:
        return None
    subj, verb = found
    if subj.lower_ not in ("he", "she") or not is_cue(verb) or verb.lemma_.lower() not in SPEECH_CUES:
        return None
    return source_phrase(subj), verb


def span_text_of(toks: list[Token]) -> str:
    return toks[0].doc.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)] if toks else ""


def speaker_after(doc: Doc, text: str, q: Quote, resolver: Resolver) -> QuoteSpeaker | None:
    """'"Jeb wants to be the tough guy," Trump shot back.': a quotation closed on a comma, "?" or "!" and
    followed at once by a named subject and its verb, whatever the verb ("shot back", "quipped",
    "joked"): the subject speaks it, the verb is its cue."""
    found = _subject_after(doc, text, q)
    if found is None:
        return None
    subj, verb = found
    if subj.pos_ == "PRON" and subj.lower_ not in ("he", "she"):
        return None
    if subj.pos_ != "PRON" and not any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in subj.subtree) \
            and not holds_views(subj):
        return None
    phrase = source_phrase(subj)
    who = resolver.resolve(subj, phrase)
    if not who.canonical:
        return None
    return replace(who, confidence=who.confidence * SPEAKER_AFTER), phrase_range(phrase), verb


def speaker_before(doc: Doc, q: Quote, known: list[Candidate], resolver: Resolver) -> QuoteSpeaker | None:
    """A second quotation in a paragraph goes to the paragraph's last quoted speaker; a quotation
    after "X issued a statement." goes to X, the subject of the sentence before it."""
    earlier = [c for c in known if c.source and c.direct and c.content and c.content[-1][1] <= q.open_start]
    if earlier:
        c = earlier[-1]
        return (Resolution(c.source, c.kind, c.src_text, c.source_confidence * SAME_PARAGRAPH, c.kind_confidence),
                None, None)
    open_tok = _first_inside(doc, q)
    if open_tok is None or sent_of(open_tok).start == 0:
        return None
    prev = sent_of(doc[sent_of(open_tok).start - 1])
    subj = next((c for c in prev.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or not any(e.label_ == "PERSON" for e in ents_of(doc) if e.start <= subj.i < e.end):
        return None
    phrase = source_phrase(subj)
    who = resolver.resolve(subj, phrase)
    if not who.canonical:
        return None
    return (replace(who, confidence=who.confidence * SENTENCE_BEFORE), phrase_range(phrase), None)


_HEAD_NAME = r"[A-Z][\w.'’&-]*(?:[ \u00a0]+(?:[A-Z][\w.'’&-]*|of|for|and|de|van|von)){0,5}"
# "Pat Caddell: Democrat Voters Are ...", "Wash Post Fact-Check: If Obama Says It, ..."
_HEAD_TURN = re.compile(rf"(?P<name>{_HEAD_NAME})[ \u00a0]*:[ \u00a0]+(?P<content>\S.*)$", re.DOTALL)
# "Sanders will back Clinton, eventually, former rival says." / "..., Lindsey Graham Says."
_HEAD_SAYS_AFTER = re.compile(
    r"(?P<content>.+),[ \u00a0]+(?P<name>[\w.'’&-]+(?:[ \u00a0]+[\w.'’&-]+){0,5})[ \u00a0]+"
    r"(?P<cue>says|said|claims|warns|argues|insists|tells \w+|writes)[ .;]*$", re.IGNORECASE | re.DOTALL)
# "Former Clinton Pollster Says Clinton Is In Trouble ..." (title case defeats the tagger)
_HEAD_SAYS_BEFORE = re.compile(
    rf"(?P<name>{_HEAD_NAME})[ \u00a0]+(?P<cue>Says|Said|Claims|Warns|Argues|Insists|Thinks|Believes|Admits|"
    r"Predicts|Vows|Pledges|Promises|Denies)(?:[ \u00a0]+That)?[ \u00a0]+(?P<content>\S.*)$", re.DOTALL)
_NOT_HEAD_SPEAKERS = {"latest", "breaking", "exclusive", "update", "watch", "analysis", "opinion", "q&a", "video",
                      "photos", "live", "poll", "polls", "report", "reports", "editorial", "review", "interview",
                      "transcript"}


_HEAD_SHAPES = (_HEAD_TURN, _HEAD_SAYS_AFTER, _HEAD_SAYS_BEFORE)


def headline_shaped(text: str) -> bool:
    """Has the headline one of the shapes :func:`headline_says` reads? Only then does it read the headline's
    own parse (see :class:`quizgen.analysis.parsed.LaterHeadline`)."""
    return any(pattern.match(text) is not None for pattern in _HEAD_SHAPES)


def headline_says(title: ParsedParagraph, resolver: Resolver) -> list[Candidate]:
    """A headline's attribution in the shapes of headlines: "X: Y", "Y, X says", "X Says Y". Read by
    pattern, since a title-cased line defeats the tagger; the caller marks them as unsure claims."""
    text = title.text
    out = []
    for pattern in _HEAD_SHAPES:
        m = pattern.match(text)
        if m is None:
            continue
        name = m.group("name")
        if {w.lower().strip(".’'") for w in name.split()} & (_NOT_HEAD_SPEAKERS | NOT_SPEAKERS) or \
                name.split()[0].lower() in ("the", "a", "an", "if", "why", "how", "when", "what"):
            continue
        a, b = trim(text, m.start("content"), m.end("content"))
        if len(text[a:b].split()) < MIN_CONTENT_WORDS:
            continue
        n0, n1 = m.span("name")
        toks = [t for t in tokens(title.doc) if n0 <= t.idx < n1]
        who = resolver.resolve(toks[-1], toks) if toks else Resolution("", "none", name, 0.0, 0.0)
        if not who.canonical:
            who = Resolution(name, "person" if name.istitle() else "organisation", name, UNSURE_NAME, UNSURE_NAME)
        c0, c1 = (m.span("cue") if "cue" in pattern.groupindex else (n1, text.index(":", n1) + 1))
        if text[c0:c1].strip() == "":
            continue
        out.append(Candidate(src=(n0, n1), src_text=name, source=who.canonical, kind=who.kind,
                             cue=text[c0:c1].strip(), cue_span=(text.index(text[c0:c1].strip(), c0), c1),
                             content=[(a, b)], direct=False, cue_i=-1, source_confidence=who.confidence,
                             kind_confidence=who.kind_confidence))
        break
    return out


COLON_SPEAKER_WORDS = 30  # the sentence that announces the next paragraph's quotation ("Ward stated:") is short


def colon_speaker(pp: ParsedParagraph, cands: list[Candidate],
                  resolver: Resolver) -> tuple[Speaker, Range, Range] | None:
    """'Dr. Berg stated:' as a paragraph of its own, or as the last sentence of one ('... She went on to
    say:'): the speaker (and where the source and cue are written) of the quotation that opens the next
    paragraph. Only a short sentence ending the paragraph on the colon, whose last cue verb has a named
    subject and no content of its own in the paragraph."""
    text, doc = pp.text, pp.doc
    if not text.rstrip().endswith(":"):
        return None
    quotes = find_quotes(text)
    toks = tokens(doc)
    if not toks:
        return None
    last = sent_of(toks[-1])
    if len(last.text.split()) > COLON_SPEAKER_WORDS or (quotes and quotes[-1].unclosed):
        return None  # a long sentence, or a quotation still open, is no announcement
    cues = [t for t in last if is_cue(t) and not in_quote(quotes, t.idx) and not is_passive(t)
            and not _hypothetical(t)]
    if not cues:
        return None
    cue = cues[-1]
    if any(t.dep_ == "neg" for t in cue.children):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" for t in last if t.i > cue.i):
        return None  # 'Ward stated that the law says:': the colon closes a content, not the cue
    if any(c.cue_span and c.cue_span[0] <= cue.idx < c.cue_span[1] for c in cands):
        return None
    subj = subject(cue)
    if subj is None:
        return None
    phrase = source_phrase(subj)
    who = resolver.resolve(subj, phrase)
    if not who.canonical:
        return None
    return who, phrase_range(phrase), (cue.idx, cue.idx + len(cue.text))


# "X recalled/remembered/described/recounted Y telling him, '…'": the words are Y's; X only recalls them
RECALLING_CUES = frozenset({"recall", "remember", "describe", "recount", "relate", "reminisce"})
RELAYED_SPEECH = frozenset({"say", "tell", "ask", "add", "insist", "warn", "promise", "declare", "announce",
                            "vow", "confide", "exclaim", "remark"})


def _relayed_speech(cue: Token) -> tuple[Token, Token | None] | None:
    """For a recalling cue, the speech verb it recalls ("recalled the president telling him", "recalled
    that Berg told him", "remembered Berg saying") and that speech's speaker (None when unwritten)."""
    objs = [c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i]
    for t in cue.subtree:
        if t.i <= cue.i or t.lemma_.lower() not in RELAYED_SPEECH or t.pos_ not in ("VERB", "AUX"):
            continue
        if t.head.i == cue.i and t.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in t.children):
            continue  # "described the showdown as ominous, and said ...": the same speaker's next saying
        if t.head.i == cue.i and t.dep_ in ("advcl", "ccomp", "xcomp", "conj", "dep", "oprd"):
            pass
        elif t.dep_ == "acl" and t.head.head.i == cue.i and t.head.dep_ in ("dobj", "dative"):
            pass
        else:
            continue
        who = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
        if who is None and t.dep_ == "acl":
            who = t.head  # "recalled the president telling him": the president tells
        if who is None:
            who = next((o for o in objs if o.i < t.i), None)
        return t, who
    return None


def recalled_speech(doc: Doc, text: str, cands: list[Candidate], resolver: Resolver) -> list[Candidate]:
    """A recalling cue whose content is words another said ("'…,' Mr. Reyes recalled the mayor telling him";
    "Reyes recalled that Berg told him, '…'") is no claim of the one who recalls: the words are the speaker's.
    When the speech verb has a claim of its own, that one stays; else the recalling claim goes to the
    speaker, named surely, or stays only as an unsure claim of no one quizzable."""
    by_cue = {c.cue_i: c for c in cands if c.cue_i >= 0}
    drop: set[int] = set()
    for c in cands:
        if c.cue_i < 0 or doc[c.cue_i].lemma_.lower() not in RECALLING_CUES:
            continue
        found = _relayed_speech(doc[c.cue_i])
        if found is None:
            continue
        speech, who = found
        own = by_cue.get(speech.i)
        recall_at = doc[c.cue_i].idx
        if own is not None and own.content and not any(a <= recall_at < b for a, b in own.content):
            drop.add(id(c))  # Y's own claim is there, whole
            continue
        if own is not None:
            drop.add(id(own))  # its content runs over the recalling cue: a parse slip
        res = resolver.resolve(who, source_phrase(who)) if who is not None else None
        if who is not None and res is not None and res.canonical and res.kind == "person":
            c.src, c.src_text, c.source, c.kind = phrase_range(source_phrase(who)), res.text, res.canonical, res.kind
            c.source_confidence, c.kind_confidence = res.confidence, res.kind_confidence
            c.cue, c.cue_span, c.cue_i = speech.text, (speech.idx, speech.idx + len(speech.text)), speech.i
            c.content_head = None
        else:
            c.src, c.src_text, c.source, c.kind = None, "", "", "none"
        if c.source_confidence < SURE_RELAYED or not c.source:
            # whose words they are is not known surely: listed, never quizzed
            c.source_confidence = min(c.source_confidence, BROAD)
            c.claim_confidence = min(c.claim_confidence, BROAD)
    return [c for c in cands if id(c) not in drop]


SURE_RELAYED = 0.8  # the recalled speaker must be resolved at least this surely to be given the words
