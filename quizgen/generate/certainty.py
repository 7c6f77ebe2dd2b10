"""Certainty: is a claim stated as fact, attributed to a named source, hedged, or disputed?"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from quizgen.analysis.judgments import LOADED
from quizgen.analysis.lexicon import GROUP_NOUNS, ROLE_NOUNS
from quizgen.fastre import Keyed
from quizgen.generate.attribution import (
    _CLAUSE_CUES,
    _END_PRONOUN,
    _LEANS_BACK,
    _SELF_SUBJECT,
    _SUBORDINATE_ONLY,
    _last_name,
    characterisation,
    claim_like,
    claim_text,
    conjunction_start,
    cut_by_cue,
    dangling_pronoun,
    embedded_quote,
    mixed_content,
    name_between,
    not_a_sourced_claim,
    reported_words,
    subjectless,
    sure_body,
    usable,
    usable_self_claim,
)
from quizgen.generate.base import (
    PEOPLE_HEADS,
    Context,
    article_memo,
    attribution_support,
    cite,
    clause_hedges,
    cut_contrast,
    hedged_clause,
    in_quotation,
    make_item,
    name_tokens,
    named,
    overlap,
    quote,
    sentence_at,
    shuffled_options,
    source_mid,
    starts_with_pronoun,
    support_for,
    support_span,
    truncate,
    unquote,
)
from quizgen.generate.distractors import gender_of
from quizgen.generate.key_detail import run_in_heading
from quizgen.generate.perspective import opinion_piece
from quizgen.ingest.setaside import classify_line
from quizgen.model import CONFIDENT, Attribution, Item, Sentence, Span, Support

SKILL = "certainty"
# every option describes how the sentence presents the claim, which a reader can check: who makes it,
# a hedge word, no source. "Denied" is offered only as the key, when the article holds an explicit
# denial of that very claim; "no one disputes it" never (whether anyone does is a judgment to argue)
FACT = "Stated as fact by the article, with no source given"
NAMED = "Attributed to a named source"
HEDGED = "Presented as uncertain with a hedge word (such as \"reportedly\" or \"may\"), with no source given"
UNNAMED = "Attributed to people the article does not name (such as \"officials said\")"
DISPUTED = "Attributed to a named source and explicitly denied or rejected by another source"
CHOICES = (FACT, NAMED, HEDGED, UNNAMED)
_HEDGY = Keyed(re.compile(
    r"\b(suppos\w*|reported\w*|alleg\w*|believ\w*|accus\w*|claim\w*|estimat\w*|likely|may|might|could|"
    r"appear\w*|seem\w*|perhaps|possibl\w*|suspect\w*|seen as|considered|regarded as|viewed as|"
    r"expected|predicted|potential\w*|probabl\w*|apparent\w*|arguabl\w*|presumabl\w*|purported\w*|"
    r"unconfirmed|unclear|uncertain|would|should|can)\b", re.I))


# words that report someone's words or thoughts: a sentence with one is not the article's own statement ("states"
# only before "that": "the United States", "battleground states" are nouns, no one's words)
_SPEECH = Keyed(re.compile(
    r"\b(?:said|says|say|told|tells|tell|according|responded|respond\w*|calling|called|call(?:s|ed)?\s+it|"
    r"tweet\w*|wrote|writes|argu\w*|insist\w*|warn\w*|add(?:s|ed)|stated|states\s+that|claim\w*|accus\w*|"
    r"announc\w*|describ\w*|declar\w*|suggest\w*|believ\w*|think\w*|thought|feel\w*|felt|quoted|"
    r"criticis\w*|criticiz\w*|praised|blasted|slammed|urged|asked|noted|explain\w*|admit\w*|"
    r"cit(?:e|es|ed|ing)|quot(?:e|es|ing)|repeat(?:s|ed|ing)?|mention(?:s|ed|ing)?)\b", re.I))
# a verb that gives someone's point or promise ("an email stressing …", "a flyer touting …", "vowing to …", "he
# offered his thoughts on …") or an interview: who speaks is the sentence's subject, so the sentence is no
# statement of the writer's own
_STANCE_VERB = re.compile(r"\b(?:stress(?:es|ed|ing)|emphasi[sz](?:e|es|ed|ing)|highlight(?:s|ed|ing)|tout(?:s|ed|ing)|"
                          r"boast(?:s|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)|assert(?:s|ed|ing)|"
                          r"contend(?:s|ed|ing)|maintain(?:s|ed|ing)\s+that|interview(?:s|ed)?|"
                          r"offer(?:s|ed|ing)?\s+(?:his|her|their|its|a|an)\s+(?:\w+\s+)?(?:thoughts?|views?|opinions?|"
                          r"take|assessment|analysis|verdict|prediction|explanation))\b", re.I)
# a measure a study or report gives: a rate, a share, a multiple, an average
_MEASURE = re.compile(r"\b(?:rates?|times|percent|per cent|percentage|average|ratio|share|per\s+\d|"
                      r"(?:one|two|three|four|five|\d+)\s+(?:in|out of)\s+(?:every\s+)?"
                      r"(?:\d+|ten|five|four|three))\b|%",
                      re.I)


def _has_source(ctx: Context, sup: Support) -> bool:
    """Does a ledger source or cue lie in the passage?"""
    for a in ctx.analysis.attributions:
        for s in (a.source_span, a.cue_span):
            if s is not None and sup.start <= s.start < sup.end:
                return True
    return False


_NOT_A_CLAIM = re.compile(r"^(?:oh|ah|well|yes|no|thank|thanks|sorry|wow|hey|please|hello|congratulations|welcome|"
                          # "We want to thank all of the locations …" (read on a shared lesson): thanks, no claim
                          r"(?:i|we)\s+(?:(?:just\s+)?(?:want|wanted|wish|would\s+like|['’]d\s+like)\s+to\s+)?"
                          r"(?:thank|congratulate|welcome|apologi[sz]e))\b", re.I)


def _covered(ctx: Context, start: int, end: int, *, named_only: bool) -> bool:
    """Does an attribution (with a source) overlap the span?"""
    for a in ctx.analysis.attributions:
        if named_only and not a.source:
            continue
        for s in a.content_spans:
            if s.start < end and start < s.end:
                return True
    return False


_QUOTED_RUN = re.compile(r"[\"“][^\"”]*[\"”]")
WRITER_SHARE = 0.6  # of a claim's content words, in one sentence of the writer's own, is the same fact told
WRITER_MIN_WORDS = 5


def writer_states_too(ctx: Context, a: Attribution, sup: Support) -> bool:
    """Does another sentence, in the writer's own words (no claim the ledger holds overlaps it, quotations left
    out), state most of the claim's content words too? Then the fact is both attributed and stated as fact."""
    words = _content_words(a.content)
    if len(words) < WRITER_MIN_WORDS:
        return False
    for start, end, own_words, own_negated in article_memo(ctx, "certainty.writer_sentences",
                                                           lambda: _writer_sentences(ctx)):
        if start < sup.end and sup.start < end:
            continue
        shared = words & own_words
        if len(shared) >= WRITER_MIN_WORDS and len(shared) >= WRITER_SHARE * len(words) and \
                bool(_NEGATION.search(a.content)) == own_negated:
            return True  # ("there were no abuses" against the writer's "amid … abuses": not the same fact)
    return False


def _writer_sentences(ctx: Context) -> tuple[tuple[int, int, frozenset[str], bool], ...]:
    """The sentences in the writer's own words (no claim the ledger holds overlaps them) but denials, each with
    its start and end, the content words of its text out of quotation, and whether that text is negated: what
    :func:`writer_states_too` compares each claim with, read once per article."""
    out = []
    for s in ctx.analysis.sentences:
        if _covered(ctx, s.span.start, s.span.end, named_only=False):
            continue
        own = _QUOTED_RUN.sub(" ", s.span.text)
        if _DENYING_CUE.search(own):
            continue  # "Lee denied that the mill will close": a denial, not the writer's own telling
        out.append((s.span.start, s.span.end, _content_words(own), bool(_NEGATION.search(own))))
    return tuple(out)


# a voice inside a sentence the ledger gives to no one ("which a spokesman attributed to …")
_VOICE_INSIDE = re.compile(r"\bspokes(?:man|woman|person|people)\b|\battribut(?:ed|es|ing)\s+(?:\w+\s+){0,3}?to\b",
                           re.I)
_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|nobody|neither|nor|without)\b|n[’']t\b", re.I)


def _sure(ctx: Context, index: int) -> bool:
    a = ctx.analysis.attributions[index]
    return a.source_confidence >= CONFIDENT and a.kind_confidence >= CONFIDENT


_DENYING_CUE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|"
                          r"contest\w*|contradict\w*|disagree\w*|counter\w*)\b", re.I)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_STOPWORDS = frozenset("that this there their they were have been with from would will about which what when "
                       "said says also into more than these those them then very just some only".split())


@lru_cache(maxsize=16384)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _CONTENT_WORD.findall(text.lower()) if w not in _STOPWORDS)


_VERB_AFTER_SUBJECT = re.compile(
    r"^(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|does|do|did|"
    r"remains?|became|becomes|won't|cannot|isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|didn't|not)$", re.I)


def subject_head(content: str) -> str | None:
    """The head noun of a claim's subject: the word before its first auxiliary or modal ("the new
    bridge will open" -> "bridge"), plural s dropped; None when there is none in the first words."""
    ws = re.findall(r"[A-Za-z'’]+", re.sub(r"^that\s+", "", unquote(content)))[:7]
    for k, w in enumerate(ws):
        if _VERB_AFTER_SUBJECT.match(w):
            if k == 0:
                return None
            head = ws[k - 1].lower()
            if head in ("it", "this", "that", "there", "he", "she", "they", "we", "i", "you"):
                return None
            return head[:-1] if head.endswith("s") and len(head) > 3 else head
    return None


# a sentence that answers another party ("But the law does not …", "In fact …"): a rebuttal, so
# not the article's own plain statement of fact
_REBUTTAL = re.compile(r"^(?:but|however|yet|still|instead|in fact|actually|in reality)\b|"
                       r"\b(?:in fact|actually|contrary to|despite (?:claims|the claims|assertions)|not true|"
                       r"opponents?|critics?|detractors?|supporters?|proponents?|argu\w*|contend\w*|"
                       r"counter\w*|rebut\w*|refut\w*)\b", re.I)


def _quoted_hedge(ctx: Context, sup: Support, words: str) -> bool:
    """Is the hedge someone's own words ("It apparently works," Lee said)? A hedge inside a named
    speaker's quotation does not make the article's claim hedged."""
    sent = sentence_at(ctx.analysis, sup.start)
    text = sent.span.text if sent else sup.text
    start = sent.span.start if sent else sup.start
    i = text.lower().find(words.lower())
    if i >= 0 and in_quotation(ctx.article, start + i):
        return True
    if any(q in sup.text for q in "\"“”"):
        return True
    clause = re.sub(re.escape(words), " ", sup.text, flags=re.I)  # "is believed to" is the hedge itself
    rest = text.replace(sup.text, " ", 1).strip(" ,;:.")
    if not re.match(r"(?:but|and|while|although|though|whereas|as|yet)\b", rest, re.I):
        clause += " " + rest  # ", Ann Lee told the council": the clause is her words
    return bool(_SPEECH.search(clause))


# a hedge inside a relative or subordinate clause governs that clause, not the sentence's claim:
# "The company, which is believed to employ 500 people, closed its plant"; "Although the mill is
# believed to be safe, the town lost jobs"
_SUBORDINATE_BEFORE = re.compile(r"(?:^|,\s*|\s)(?:which|who|whom|whose|where|although|though|because|since|if|"
                                 r"when|whenever|while|after|before|unless|until|whether)\b[^,]*$", re.I)


_BE = frozenset("is are was were be been being am 's ’s".split())
_NOUN_LEAD = frozenset("a an the this that these those his her their its our my your of for with in on at by "
                       "from into to about over against".split())
_PARTICIPLE_HEDGE = re.compile(r"^(?:alleged|estimated|reported|suspected|supposed|purported|presumed|believed|"
                               r"believed to|thought|said|understood|feared)$", re.I)


def hedges_clause(text: str, words: str) -> bool:
    """Does the hedge cover the clause, not a noun inside it? "reportedly renewed", "is believed to",
    "Reportedly, he …" hedge the claim; "investigate alleged pay-to-play ties", "an estimated 500
    people", "the allegedly stolen car", "the man believed to be …" describe a noun of a statement the
    sentence makes as fact, so the claim has two readings (judged blind: keyed "hedged", "fact" defended)."""
    at = text.lower().find(words.lower())
    if at < 0:
        return False
    before = re.findall(r"[\w'’-]+", text[:at])
    prev = before[-1].lower() if before else ""
    prev2 = before[-2].lower() if len(before) > 1 else ""
    bare = " ".join(words.split())
    if _PARTICIPLE_HEDGE.match(bare):
        # a participle hedges as a passive verb ("is alleged to", "was widely believed to"), never before a noun
        return prev in _BE or (prev.endswith("ly") and prev2 in _BE)
    if re.fullmatch(r"[a-z]+ly", bare.lower()):
        return prev not in _NOUN_LEAD  # "the allegedly stolen car": inside a noun phrase
    return True


def governs(sup: Support, words: str) -> bool:
    """Is the hedge in the main clause of the passage asked about?"""
    at = sup.text.lower().find(words.lower())
    if at < 0:
        return False
    return not _SUBORDINATE_BEFORE.search(sup.text[:at])


# a clause that leans on a word before it ("who show …", "Has announced …", "and was …"); a
# sentence may open with "When …, the river floods", so the subordinators are judged apart
_FRAGMENT = re.compile(r"^(?:who|which|whom|whose|and|but|or|nor|has|have|had|is|are|was|were|being|to|of|than|"
                       r"by|with)\b", re.I)


def whole_clause(text: str) -> bool:
    """A claim a stem can quote: not a fragment ("who show …", "Has announced …") nor a
    subordinate clause alone ("Every time you say that")."""
    t = unquote(text).strip().lstrip("\"“‘'(")
    return not (_FRAGMENT.match(t) or _SUBORDINATE_ONLY.match(t.rstrip(".!?…\"”' ")) or subjectless(t))


_CLAIM_NOUNS = (r"(?:assertions?|claims?|arguments?|statements?|remarks?|comments?|contentions?|suggestions?|"
                r"charges?|accusations?|allegations?|insistence|views?|position|boasts?|promises?|pledges?)")


# a number given as a bound or an estimate ("at least 1,410", "nearly 400", "some 20 people"): whether the
# article states it as fact or marks it as uncertain is arguable
_APPROXIMATE = re.compile(r"\b(?:at (?:least|most)|more than|less than|fewer than|over|under|about|around|nearly|"
                          r"almost|roughly|approximately|some|up to|as (?:many|much|few) as|upwards of|close to)\s+"
                          r"(?:\$|£|€)?\d", re.I)
_HEDGY_ADVERB = Keyed(re.compile(r"\b(?:reportedly|allegedly|supposedly|purportedly|apparently|ostensibly|"
                           r"seemingly|perhaps|maybe|possibly|probably|likely)\b", re.I))
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did|"
    r"won't|can't|cannot|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|"
    r"don't|doesn't|didn't|(?:it|he|she|that|there|what|who|here)(?:'s|’s)|[a-z]+(?:'re|’re|'ve|’ve|'ll|’ll|'d|’d)|"
    r"said|came|went|took|made|gave|got|saw|became|began|left|lost|won|found|told|brought|thought|held|kept|"
    r"met|ran|sent|spent|stood|wrote|fell|grew|knew|led|paid|rose|sold|built|bought|caught|chose|drew|drove|"
    r"fought|flew|hid|meant|rode|sat|spoke|struck|taught|threw|understood|wore)\b", re.I)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:I|[Ww]e|[Tt]hey|[Yy]ou)\s+(?:\w+ly\s+|also\s+|still\s+|never\s+|not\s+)?[a-z]{2,}\b")
_NOT_FINITE_BEFORE = frozenset("a an the this that these those its his her their our my your of in on at to for "
                               "with by from as be been being having and or".split())
_THIRD_PERSON = frozenset("he she it this that who which".split())
_SENTENCE_BREAK = re.compile(r"(\w*)[.!?;…][\"”’']*\s+[\"“‘']*[A-Z]")
_ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr mt vs no gen sen rep gov inc col sgt rev lt capt prof corp co "
                           "u.s d.c a.m p.m jan feb aug sept oct nov dec".split())


def _breaks_sentence(text: str) -> bool:
    """Does a new sentence start inside the text (not after "Mr." or an initial)?"""
    for m in _SENTENCE_BREAK.finditer(text):
        word = m.group(1)
        if (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS:
            continue
        return True
    return False


@lru_cache(maxsize=16384)
def one_clause(text: str) -> bool:
    """Is the claim one sentence-like clause, with a subject and a finite verb? Not a noun phrase
    ("a betrayal of our values"), nor several sentences of a quotation bundled into one "claim"."""
    body = re.sub(r"^that\s+", "", unquote(text).strip())
    if "…" in body or "..." in body or _breaks_sentence(body):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", body)
    if len(words) < 3:
        return False
    if _FINITE.search(body) or _PRONOUN_SUBJECT.search(body):
        return True
    for k, w in enumerate(words[1:], 1):
        prev = words[k - 1].lower()
        if prev in _NOT_FINITE_BEFORE or not w.islower():
            continue
        if re.fullmatch(r"[a-z]{3,}ed", w):
            return True  # "the council opened …", "the mill closed"
        if re.fullmatch(r"[a-z]{3,}s", w) and not re.search(r"(?:ss|us|is|ics)$", w) and (
                prev in _THIRD_PERSON or words[k - 1][:1].isupper() or prev.endswith(("er", "or", "ion", "ment"))):
            return True  # "the platform champions …", "Lee wants …"
    return False


_CLAIM_CLAUSE_RE = re.compile(r"^that\s+")


def claim_clause(a: Attribution) -> bool:
    """Is the attributed claim one clause of one sentence? Reported speech after "said"/"told" is
    a clause the parse found (its verb may be a plain present, "generals agree"); a quotation or
    the object of another verb ("cautioned against 'a betrayal …'") must show its own finite verb."""
    # a quotation "he said" interrupts: its pieces, joined, are the clause ("The allure …, Lee argued, is …")
    text = " ".join(sp.text.strip(" ,") for sp in a.content_spans) if len(a.content_spans) > 1 else a.content
    if not a.direct and _CLAUSE_CUES.match(a.cue.strip()) and not a.cue.lower().startswith("den"):
        body = _CLAIM_CLAUSE_RE.sub("", unquote(text).strip())
        return "…" not in body and "..." not in body and not _breaks_sentence(body)
    return one_clause(text)


_EVALUATIVE = Keyed(re.compile(
    r"\b(?:only|hardly|desperately|merely|simply|clearly|obviously|surely|indeed|best|worst|better|worse|good|"
    r"bad|great|greatest|important|significant|key|major|huge|serious|strong|weak|failure|success\w*|crisis|"
    r"natural|true|real|mere|vital|critical|essential|must|need|needs|ought|too|very|so|sign|grim|bold\w*|"
    r"brave|wise|foolish|unwise|fair|unfair|right|wrong|just|unjust|sadly|fortunately|unfortunately|"
    r"ironically|famously|notably|remarkabl\w*|surprising\w*|astonishing\w*|will|going to)\b", re.I))
_DATED = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                    r"March|April|June|July|August|September|October|November|December)\b")
# a finding someone reports ("the survey shows"), a question put as a subject ("What is less certain …")
_NOT_PLAIN = Keyed(re.compile(r"^(?:what|whether|how|why|who|thus|so|therefore|also|and|or|meanwhile|moreover|indeed|"
                        r"still|again)\b|\b(?:shows?|showed|shown|found|finds|according|survey\w*|polls?\w*|study|"
                        r"studies|reports?|statement|letter|memo|certain|uncertain|unclear|opportunity|chance|big|"
                        r"small|large|little|low|high|partial|broad|heard|dubbed|hailed|branded|labell?ed|"
                        r"(?:seen|viewed|regarded|considered|described|billed|touted)\s+as|been\s+told|widely)\b",
                        re.I))
# (judged blind on J2: "Pence was dubbed the debate winner on social media", "Many Americans have heard that
# 20 veterans …" keyed "stated as fact, no source": others' verdict or hearsay the sentence itself points to)
_POLL = Keyed(re.compile(r"\b(?:poll\w*|survey\w*|study|studies)\b", re.I))
_PERCENT = Keyed(re.compile(r"%|\bper ?cent\b|\bpoints?\b", re.I))
_PLAIN_LY = frozenset("only early july family italy daily weekly monthly yearly quarterly reply supply apply "
                      "rally ally assembly anomaly".split())


def _adverb(text: str) -> bool:
    """An adverb in -ly ("broadly respected", "largely a chimera"): most judge what they modify."""
    return any(w.lower().endswith("ly") and w.lower() not in _PLAIN_LY and w[:1].islower()
               for w in re.findall(r"[A-Za-z]+", text))


_OWN_VOICE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|us|our|ours)\b")
_CHECKABLE_LABELS = frozenset({"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME", "ORDINAL"})
_OPINION_TITLE = re.compile(r"\b(?:opinion|column|commentary|op-ed|editorial|letters?|viewpoint|essay)\b", re.I)
_BIO = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:,\s+|\s+is\s+|\s+was\s+)(?:a|an|the)\s", re.M)


def _authors_voice(ctx: Context) -> bool:
    """Does the writer speak as an author, so that a plain sentence may be a verdict: a column or
    letter, a first person outside quotations, an opinion label, or a closing line about the
    author ("Jo Marsh, a retired teacher, taught …") who is no source in the article?"""
    if opinion_piece(ctx) or _OPINION_TITLE.search(ctx.article.title or ""):
        return True
    for p in ctx.article.paragraphs:
        if any(not in_quotation(ctx.article, p.start + m.start()) for m in _OWN_VOICE.finditer(p.text)):
            return True
    if ctx.article.paragraphs:
        last = ctx.article.paragraphs[-1].text.strip()
        m = _BIO.match(last)
        if m and not any(q in last for q in "\"“”"):
            name = m.group().split(",")[0]
            return not any(name_tokens(name) & name_tokens(a.source) for a in ctx.analysis.attributions if a.source)
    return False


# words that credit a source with a statement: a verb of saying or confirming, "according to", "X is correct"
_CREDITS = Keyed(re.compile(
    r"\b(?:confirm(?:s|ed|ing)?|say|says|said|saying|told|tells|according to|reported|reports|reporting|"
    r"announc(?:e|es|ed|ing)|stat(?:es|ed)|acknowledg(?:e|es|ed)|disclos(?:e|es|ed)|revealed|estimat(?:es|ed)|"
    r"(?:is|are|was|were) (?:correct|right)|in a statement|wrote|writes|tweeted|posted)\b", re.I))

# a source vouching for facts ("the department confirmed", "according to", "X is correct"): the next
# paragraph's plain sentences may be what it confirmed (one who only "said" something is not enough:
# "Trump took to Twitter …" after a paragraph quoting him is the reporter's own account)
_CONFIRMS = Keyed(re.compile(r"\b(?:confirm(?:s|ed|ing)?|according to|reported|reports|disclos(?:e|es|ed)|revealed|"
                       r"acknowledg(?:e|es|ed)|(?:is|are|was|were) (?:correct|right)|in a statement)\b", re.I))


# what only the person can tell: a feeling, a fear, a hope, a belief
_INNER_STATE = re.compile(r"\b(?:terrified|afraid|scared|frightened|worried|anxious|fears?|feared|fearful|hopes?|hoped|"
                          r"hopeful|believes?|believed|feels?|felt|wishes|wished|ashamed|proud|upset|angry|"
                          r"heartbroken|relieved|excited|nervous)\b", re.I)
# a line that opens on a gerund ("Finding the three $53 million delegates …"): a link's or a heading's words; words
# to the reader ("your Monday", "here's a video")
_GERUND_HEAD = re.compile(r"\W*[A-Z][a-z]+ing\b(?![^,]*,)")
_TO_READER = re.compile(r"\b(?:you|your|yours|yourself)\b|\bhere(?:['’]s| is| are)\b", re.I)
# a pronoun object closing a phrase ("the end of that.", "voted for it,"): it points outside the sentence
_POINTS_OUTSIDE = re.compile(r"\b(?:of|to|for|with|about|from|on|in|at|by|after|before|over|against)\s+"
                             r"(?:that|this|these|those|it|them)\s*(?:[.,;:!?]|$)", re.I)
_PREPOSITION_START = re.compile(r"(?:in|on|at|during|after|before|from|with|without|under|over|for|by|of|to|amid|"
                                r"despite|through|since|until)\b", re.I)


def _subject_names(ctx: Context) -> set[str]:
    """The names of people and organisations the analysis found (a sentence may open on one)."""
    return {e.text for e in ctx.analysis.entities if e.label in ("PERSON", "ORG")}


# a date run into a capitalised word that opens a sentence: a heading of a timeline ("Nov. 4, 2014 The one
# that got away."), a caption or a dateline joined to its text; a figure of speech more often than a fact
_RUN_IN_HEADING = re.compile(r"\d\s+(?:The|A|An|This|That|These|Those|It|He|She|They|We|His|Her|Their|Its|One)\b")


# a paragraph going on with the examples the one before gave ("For instance, …", "Among them, …")
_EXAMPLE_OPENING = re.compile(r"\W*(?:for\s+(?:instance|example)|among\s+(?:them|those|these|the\s+\w+)|in\s+one\s+"
                              r"(?:case|example|instance)|one\s+(?:example|instance)|take|consider)\b", re.I)


_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def _plain_facts(ctx: Context, *, checked: bool = False) -> list[Support]:
    """The article's own plain statements a reader could check: one clause with a date or number,
    no source, speech verb, quotation, hedge, loaded or evaluative word, in a paragraph with no
    attributed claim, in a news report (not a column, where a plain sentence may be a verdict)."""
    if not checked and _authors_voice(ctx):
        return []
    spoken = {a.paragraph for a in ctx.analysis.attributions if a.source or a.cue}
    # a paragraph that credits a source ("the department confirmed it", "the State Department is
    # correct"): its sentences, and the next paragraph's, may be that source's account, not the article's
    # (each paragraph searched only when one of its sentences, or the next paragraph's, is asked about)
    texts = {p.number: p.text for p in ctx.article.paragraphs}
    found: dict[tuple[re.Pattern[str] | Keyed, int], bool] = {}

    def says(pattern: re.Pattern[str] | Keyed, number: int) -> bool:
        key = (pattern, number)
        if key not in found:
            found[key] = number in texts and pattern.search(texts[number]) is not None
        return found[key]

    polled = bool(_POLL.search(ctx.article.text))
    judged = [(j.span.start, j.span.end) for j in ctx.analysis.judgments]
    checkable = [e.span.start for e in ctx.analysis.entities if e.label in _CHECKABLE_LABELS]
    checkable += [q.span.start for q in ctx.analysis.quantities]
    out: list[Support] = []
    sentences = ctx.analysis.sentences
    for n, sent in enumerate(sentences):
        t, sp = sent.span.text, sent.span
        if n and sentences[n - 1].paragraph == sent.paragraph and \
                not sentences[n - 1].span.text.rstrip().endswith((".", "!", "?", "\"", "”", "’", "'", ":", ")")):
            continue  # judged blind (J39): "Cruz trails" split off by the parser: "Trump 458 to 359, but he …"
        if sent.paragraph - 1 in spoken and _EXAMPLE_OPENING.match(texts.get(sent.paragraph, "")):
            continue  # judged blind (E41b): ¶15 "Trump cited several examples", ¶16 "For instance, … In 2008, the
            # foundation gave $50,000.": one of the examples he gave, so "attributed to a named source" is defensible
        if sent.paragraph in spoken or not 6 <= len(t.split()) <= 30 or not t.endswith(".") \
                or not _DATED.search(t) or says(_CREDITS, sent.paragraph) or says(_CONFIRMS, sent.paragraph - 1):
            continue  # (a date or a number to check it by: tested before the paragraphs, as most sentences lack one)
        plain = re.sub(r"\bMay\b(?=\s+\d)|(?<=\d\s)May\b|\bin May\b", " ", t)  # the month, not a hedge
        if (_PERCENT.search(t) and polled) or "''" in t:
            continue  # a poll's figures: the poll, named elsewhere, is their source
        if _VOICE_INSIDE.search(t):
            continue  # judged blind (W7): "The site was unavailable …, which a spokesman attributed to internal system
            # testing" keyed "stated as fact, with no source": part of it is a spokesman's
        if _MEASURE.search(t) and any(says(_DATA_NEAR, n) for n in range(1, sent.paragraph)):
            continue  # judged blind (J16): "the suicide rate was 10 times the national average" after ¶2's "a
            # 46-page suicide analysis released by the Department …": that study, named earlier, is its source
        # a quotation mark, but not a curly apostrophe inside a word ("the county’s", "don’t"): only a straight
        # one had let a possessive by (a single quotation still opens on "‘")
        if any(q in _IN_WORD_APOSTROPHE.sub("", t) for q in "\"“”‘’?!:;()") or _SPEECH.search(t) or \
                _HEDGY.search(plain) or _EVALUATIVE.search(t):
            continue
        if _APPROXIMATE.search(t):
            continue  # judged blind: "at least 1,410" keyed stated as fact, students fairly call "at least" a hedge
        if _STANCE_VERB.search(t):
            continue  # judged blind (T15): "his campaign sent out a fundraising email stressing the impact his bid has
            # had": the campaign's claim, told by a verb of saying no speech list holds, so "attributed" is defensible
        if any(w.strip(",.").lower() in LOADED for w in t.split()):
            continue
        if any(s < sp.end and sp.start < e for s, e in judged):
            continue
        if not any(sp.start <= c < sp.end for c in checkable) or not _DATED.search(t):
            continue  # a date or a number to check it by
        if starts_with_pronoun(t) or _REBUTTAL.match(t) or _NOT_PLAIN.search(t) or _adverb(t):
            continue
        if _INNER_STATE.search(t):
            continue  # judged blind (T25): "Now 46 …, she is terrified of losing her job": a feeling is known only from
            # the person (the paragraphs around quote her), so "attributed" is as defensible as "stated as fact"
        if _GERUND_HEAD.match(t) or _TO_READER.search(t):
            continue  # judged blind (T23): a newsletter's link line ("Finding the three $53 million delegates at the
            # RNC.", "… here's a video …"): a heading or a word to the reader, no claim
        if speech_act_by_someone(t):
            continue  # "Clinton supporters have also questioned …": who spoke is named (judged blind, J9)
        if named_subject(t, _subject_names(ctx)):
            continue  # "In late 2000, Keyworth rushed to meet …": its subject is named (judged blind, J9c)
        if _POINTS_OUTSIDE.search(t):
            continue  # "The debate marked the end of that.": what "that" is lies outside the sentence
        if _RUN_IN_HEADING.search(t):
            continue  # "Nov. 4, 2014 The one that got away.": a timeline's dated heading, no statement (J10)
        if _has_source(ctx, Support(sent.paragraph, sp.start, sp.end, t)) or not one_clause(t):
            continue
        sup = support_span(ctx.article, sp)
        if sup is not None:
            out.append(sup)
    return out[:3]


# a reported act of speech the ledger may not list: a verb of saying, questioning, criticising, accusing,
# praising, calling for, warning, arguing, doubting … ("Clinton supporters have also questioned the health
# of …", "The Republican is also encouraging his supporters … to ask …", "Both women framed their remarks
# … by portraying …"): its subject is the one who spoke, so "names who made this claim" reads True to many
# (judged blind, J9)
_SPEECH_ACT = re.compile(
    r"\b(?:question(?:s|ed|ing)?|doubt(?:s|ed|ing)?|critici[sz](?:e|es|ed|ing)|accus(?:e|es|ed|ing)|"
    r"prais(?:e|es|ed|ing)|warn(?:s|ed|ing)?|argu(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|"
    r"call(?:s|ed|ing)?\s+(?:for|on|out)|complain(?:s|ed|ing)?|demand(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
    r"condemn(?:s|ed|ing)?|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|"
    r"challeng(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|rais(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:questions|concerns|"
    r"doubts)|voic(?:e|es|ed|ing)|lament(?:s|ed|ing)?|applaud(?:s|ed|ing)?|hail(?:s|ed|ing)?|"
    r"reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)|alleg(?:e|es|ed|ing)|assert(?:s|ed|ing)?|"
    r"insist(?:s|ed|ing)?|contend(?:s|ed|ing)?|speculat(?:e|es|ed|ing)|wonder(?:s|ed|ing)?|"
    r"predict(?:s|ed|ing)?|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|"
    r"tout(?:s|ed|ing)?|boast(?:s|ed|ing)?|jok(?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|"
    r"conced(?:e|es|ed|ing)|defend(?:s|ed|ing)?|blam(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|"
    r"protest(?:s|ed|ing)?|objected|rebuk(?:e|es|ed|ing)|scold(?:s|ed|ing)?|chid(?:e|es|ed|ing)|"
    r"caution(?:s|ed|ing)?|portray(?:s|ed|ing)?|describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|"
    r"labell?(?:ed|ing)|branded|dubbed|reiterat(?:e|es|ed|ing)|echoed|respond(?:s|ed|ing)?|repl(?:y|ies|ied)|"
    r"countered|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)|ask(?:s|ed|ing)?|sa(?:y|ys|id|ying)|tell(?:s|ing)?|"
    # "declined to rule out any of the candidates", "refused to say": what they told (or would not tell) the
    # reporter (judged blind, K36: keyed "stated as fact", "attributed to a named source" as defensible)
    r"(?:declin|refus)(?:e|es|ed|ing)\s+to\s+(?:rule|say|comment|discuss|answer|confirm|deny|endorse|name|"
    r"specify|elaborate|speculate|predict|back|commit)|"
    r"told|not(?:es|ed|ing)|suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|"
    r"announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|stated|explain(?:s|ed|ing)?|tweet(?:s|ed|ing)?|wrote|"
    r"comment(?:s|ed|ing)?|remark(?:s|ed|ing)?|testif(?:y|ies|ied|ying)|lobb(?:y|ies|ied|ying)|"
    r"plead(?:s|ed|ing)?|pled|thank(?:s|ed|ing)?|apologi[sz](?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|"
    r"framed\s+(?:\w+\s+)?(?:remarks|comments|speech(?:es)?|argument|case|message)|"
    r"(?:level|air|trade|hurl|renew|repeat)(?:s|ed|ing)?\s+(?:the\s+|their\s+|his\s+|her\s+|new\s+)?"
    r"(?:attacks?|charges?|criticism|accusations?|claims?|insults?|complaints?))\b", re.I)
# words between a subject and its verb ("have also", "is now", "were quick to") and the links that carry
# the subject on to a second verb ("… stood face-to-face and repeated the attacks", "… by portraying …")
_BEFORE_VERB = re.compile(
    r"(?:(?:has|have|had|is|are|was|were|be|been|being|will|would|could|can|may|might|also|again|long|"
    r"already|even|often|now|then|too|quick\s+to|went\s+on\s+to|[a-z]+ly)\s+)*$", re.I)
_LINK_BEFORE = re.compile(r"(?:\band|\bby|\bthen|\bto)\s+(?:[a-z]+ly\s+)?$", re.I)
_PEOPLE_LABELS = frozenset(
    "women men woman man people group groups candidate candidates nominee nominees rival rivals camp side "
    "campaign party administration team critic official leader supporter opponent voter member spokesman "
    "spokeswoman spokesperson president senator governor mayor minister secretary lawmaker activist "
    "advocate advocates commentators pundits both".split())


_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december jan feb mar apr jun jul aug sept oct "
                      "nov dec".split())
_FUNCTION_START = frozenset("the a an in on at after before during last this that as when while since for "
                            "with over under by from of".split())


def _person_or_group(word: str, first: bool = False) -> bool:
    """Is the word a label for someone: a capitalised name or title ("Clinton", "Republican"; not a
    month, nor the capital of a sentence's first word), or a noun for people ("supporters", "women")?"""
    w = word.strip(".,;:'’\"“”").lower()
    if not w or w in _CALENDAR:
        return False
    if word[:1].isupper() and not first:
        return True
    return (w in PEOPLE_HEADS or w in GROUP_NOUNS or w in ROLE_NOUNS or w in _PEOPLE_LABELS
            or w.rstrip("s") in _PEOPLE_LABELS or (first and word[:1].isupper() and w not in _FUNCTION_START))


def _verb_form_after(link: str, verb: str) -> bool:
    """Is the speech word the form of a verb the link takes: a bare verb after "to" ("to defend", not
    "to protests"), a form in -ing after "by", a past form after "and"/"then" ("and repeated the
    attacks"; not "and protests")?"""
    first = verb.split()[0].lower()
    if link == "to":
        return not re.search(r"(?:s|ed|ing)$", first) or first in ("address", "discuss", "press", "dismiss")
    if link == "by":
        return first.endswith("ing")
    return first.endswith("ed") or first in ("said", "told", "wrote", "pled") or " " in verb.strip()


def speech_act_by_someone(text: str) -> bool:
    """Does the writer's sentence report an act of speech by a person or group: a verb of saying,
    questioning, criticising, accusing, praising, calling for, warning, arguing, doubting … right after
    its subject ("Clinton supporters have also questioned …", "The Republican is also encouraging …"), or
    carried on from it ("… stood face-to-face and repeated the attacks …", "… framed their remarks by
    portraying …"), someone named before it? Then "the article names who made this claim" is True to
    many readers, and "stated as fact, with no source" is no sure key either."""
    for m in _SPEECH_ACT.finditer(text):
        before = text[:m.start()]
        chain = _BEFORE_VERB.search(before)
        prior = re.findall(r"[\w'’.-]+", before[:chain.start()] if chain else before)
        if prior and _person_or_group(prior[-1], first=len(prior) == 1):
            return True  # "Clinton supporters have also questioned", "The Republican is encouraging"
        link = _LINK_BEFORE.search(before)
        if link is None or not _verb_form_after(link.group().split()[0].lower(), m.group()):
            continue  # "led to protests": a noun after the link, no second verb
        if any(_person_or_group(w, first=k == 0) for k, w in enumerate(re.findall(r"[\w'’.-]+", before))):
            return True  # "Both women framed … by portraying", "Lee and Ruiz met and repeated the attacks"
    return False


# a writer's sentence whose grammatical subject is a named person or organisation ("In late 2000, Keyworth
# rushed to meet Fiorina …", "The Senate voted …"): whatever the verb, "the article names who made this
# claim" reads True to many students (the sentence names its subject), and a narrated act is hardly a claim
# "stated as fact, with no source" either (judged blind, J9c; widens speech_act_by_someone to any verb)
_OPENING_PHRASE = re.compile(
    r"^(?:(?:(?:In|On|At|After|Before|During|Last|This|Since|Until|Over|For|Earlier|Later|By|Within|Years|"
    r"Months|Weeks|Days|[A-Z][a-z]+ly)\b[^,;:]{0,60},\s+)|(?:(?:But|And|Yet|So|Then|Now|Still|Meanwhile|"
    r"However|Instead),?\s+))+")
_TITLE_WORDS = frozenset("former then late chief executive officer founder co-founder director chairman "
                         "chairwoman president senator sen. rep. gov. gen. dr. mr. mrs. ms. general manager "
                         "head leader".split())
_AUX_OR_ADVERB = re.compile(r"^(?:has|have|had|was|were|is|are|will|would|did|does|do|could|can|also|again|"
                            r"then|soon|later|once|still|never|even|quickly|[a-z]+ly)$")
_IRREGULAR_PAST = frozenset(
    "met made took went came gave won lost led left sent spent paid bought sold built held kept ran began became "
    "brought found got put set hit cut quit sought fought thought rose fell grew knew saw told said wrote chose "
    "drew drove flew stood struck swore shook wore bore bit hid rode sang sat slid spoke stole swam threw "
    "understood withdrew overtook oversaw undertook".split())


def named_subject(text: str, names: frozenset[str] | set[str] = frozenset()) -> bool:
    """Is the sentence's grammatical subject a named person or organisation: a run of capitalised words
    (with a title, "HP chief executive Carly Fiorina"), after an opening phrase ("In late 2000, Keyworth
    rushed …") or "The" ("The Senate voted …"), right before its verb? A name opening the sentence counts
    only if it is one of the given entity names (the capital of a first word is no sign of a name)."""
    rest = _OPENING_PHRASE.sub("", text.strip(), count=1)
    opened = rest != text.strip()
    # a title of lower-case words before the name ("Former port chief Ann Holt …"): the name is the subject
    rest = re.sub(r"^(?:(?:[Ff]ormer|[Tt]hen|[Ll]ate)\s+)?(?:[\w.&'’-]+\s+){0,3}?(?:" + "|".join(
        sorted(w for w in _TITLE_WORDS if w.isalpha())) + r")\s+(?=[A-Z])", "", rest, count=1)
    words = rest.split()
    the = bool(words) and words[0] in ("The", "the")
    if the:
        words = words[1:]
    run: list[str] = []
    for w in words:
        if w[:1].isupper() or (run and w.lower() in _TITLE_WORDS) or (not run and w.lower() in _TITLE_WORDS):
            run.append(w)
            continue
        break
    while run and not run[-1][:1].isupper():
        run.pop()  # "Former chief": the run ends on a name
    if not run or re.search(r"(?:'s|’s|[;:])$", run[-1]):
        return False  # "Keyworth's plan failed": the subject is the plan
    after = words[len(run):]
    if run[-1].endswith(","):
        # "Paulson Partners, a hedge fund founded by …, increased its stake": the verb after the apposition
        tail = " ".join(after)
        close = re.match(r"[^,;:]{1,80},\s+", tail)
        if close is None:
            return False
        after = tail[close.end():].split()
    k = 0
    while k < len(after) and _AUX_OR_ADVERB.match(after[k].lower()):
        k += 1
    if k >= len(after):
        return False
    verb = after[k].strip(",.;:")
    if not verb.islower() or not (verb.endswith("ed") or verb in _IRREGULAR_PAST or k > 0
                                  or (verb.endswith("s") and not verb.endswith(("ss", "us", "is")))):
        return False  # "The Clinton campaign …": a noun after the name, not a verb
    caps = [w.strip(".,'’\"“”").lower() for w in run if w[:1].isupper()]
    if any(c in _CALENDAR for c in caps):
        return False  # "In 2019, March brought …": a month, not a name
    if opened or the:
        return True
    # a name opening the sentence: only if the analysis found one there ("Many Americans lost …" is no name)
    known = {t.lower() for n in names for t in n.split()}
    return any(c in known for c in caps)


_CLAIM_BACK = re.compile(r"^(?:the|these|those|such|any|all|this|that)?\s*(?:\w+\s+)?"
                         r"(?:claims?|allegations?|accusations?|charges?|reports?|assertions?|suggestions?|"
                         r"wrongdoing|it|that|this)\b", re.I)


# verbs of proposing or urging: what follows is what someone wanted done, not a statement of fact
_PROPOSING_CUE = re.compile(r"^(?:(?:has|have|had|also|first)\s+)*(?:suggest|propos|recommend|urg|advis|demand|"
                            r"request|ask|insist)\w*\b", re.I)


# a cue that passes on an instruction: "told residents not to drink …", "ordered the staff to leave", "warned voters
# to stay home"
_DIRECTING_CUE = re.compile(r"^(?:(?:has|have|had|also|first|repeatedly)\s+)*(?:tell|told|order|instruct|warn|direct|"
                            r"command|remind|urg|advis|ask|beg|encourag)\w*\b", re.I)
# the content of an instruction: whom it is given to, then "(not) to" and a verb ("Flint residents not to drink …")
_TO_WHOM_TO_DO = re.compile(r"^(?:[\w'’.-]+,?\s+){1,7}?(?:not\s+|never\s+)?to\s+[a-z]+\b")


def directive(a: Attribution, text: str) -> bool:
    """Is the reported content an instruction given to someone ("told Flint residents not to drink the water")
    rather than a claim, which is true or false of something? The cue's object opens the content, right after the
    cue ("warned, die-hard supporters plan to leave …" is a claim: its subject comes after a comma)."""
    if a.direct or a.cue_span is None or not a.content_spans or not _DIRECTING_CUE.match(a.cue.strip()):
        return False
    between = text[a.cue_span.end:a.content_spans[0].start]
    return a.cue_span.end <= a.content_spans[0].start and not between.strip() and \
        _TO_WHOM_TO_DO.match(unquote(a.content).strip()) is not None


# "suggested" reports a statement as often as a proposal: "suggested that Trump hadn't meant it" (never "suggested that
# Northport spin off …", "… should …"); "insisted" stays out ("insisted the council vote", and the reporter's doubt)
_STATING_CUE = re.compile(r"^(?:(?:has|have|had|also|first)\s+)*suggest\w*(?:\s+that)?$", re.I)
# the claim's subject (a few words, no punctuation) then a verb only a statement has: a tense of "be" or "have" other
# than the subjunctive "be"/"have", "did", or "would"/"could"/"will" ("suggested a loss would end the campaign")
_STATEMENT_VERB = re.compile(
    r"^(?:that\s+)?(?:(?!(?:should|must|shall|ought|be|have|do|not|to)\b)[\w'’-]+\s+){1,6}?"
    r"(?:is|isn['’]t|are|aren['’]t|was|wasn['’]t|were|weren['’]t|has|hasn['’]t|had|hadn['’]t|did|didn['’]t|"
    r"would|wouldn['’]t|could|couldn['’]t|will|won['’]t)\b", re.I)


def stated_through_cue(a: Attribution) -> bool:
    """Is a claim reported with "suggested" a statement, not a proposal: its subject followed by a
    tense only a statement has ("Hewitt suggested Trump hadn't meant his statement to be taken literally")?"""
    content = unquote(a.content).strip()
    if not (_STATING_CUE.match(a.cue.strip()) and _STATEMENT_VERB.match(content)):
        return False
    # "He suggested that a loss in either state would knock her out of the race": whom "her" means lies outside the
    # claim; a pronoun after a name in it ("Trump hadn't meant his statement …") may mean that name
    pronoun = _OUTSIDE_PRONOUN.search(content)
    return pronoun is None or re.search(r"\b[A-Z][a-z]", content[:pronoun.start()]) is not None


_DENIAL_TAIL = re.compile(r",\s+(?:explaining|saying|adding|arguing|noting|insisting|calling|claiming|citing|"
                          r"telling|according)\b", re.I)


def _denying_cues(ctx: Context) -> tuple[bool, ...]:
    """For each attribution, is its cue a contrary verb (:data:`_DENYING_CUE`, not "disagree" nor "counter")? Read
    once per analysis: :func:`denied_by` asks it of every other attribution for each claim."""
    return article_memo(ctx, "certainty.denying_cues", lambda: tuple(
        bool(_DENYING_CUE.search(d.cue)) and not re.search(r"\b(?:disagree\w*|counter\w*)\b", d.cue, re.I)
        for d in ctx.analysis.attributions))


def denied_by(ctx: Context, index: int) -> int | None:
    """The attribution that explicitly denies or rejects this claim, if any: another sure source
    whose cue is a contrary verb (deny, reject, dismiss, dispute, refute, rebut, contradict) and
    whose content is the claim itself (most of its words), its speaker's statement ("rejected
    Lee's claim"), or the claim pointed back to just after it ("denied the allegation")."""
    atts = ctx.analysis.attributions
    a = atts[index]
    surnames = [w for w in name_tokens(a.source) if len(w) > 2]
    denying = _denying_cues(ctx)
    for j, d in enumerate(atts):
        if j == index or not d.source or d.source == a.source or d.source_confidence < CONFIDENT:
            continue
        if not denying[j]:
            continue
        # what is denied ends where the denier goes on to explain ("denied the notion that a shakeup is
        # coming, explaining that he was unaware of Carson's interview": judged blind, J6, the tail's
        # "Carson" made a June report that the campaign was "coming apart" the denied claim)
        content = _DENIAL_TAIL.split(unquote(d.content), maxsplit=1)[0]
        if same_statement(a.content, content):
            return j
        if surnames and re.search(rf"\b(?:{'|'.join(map(re.escape, surnames))})(?:'s|’s)\s+(?:\w+\s+)?"
                                  rf"{_CLAIM_NOUNS}\b", content, re.I):
            return j
        after = d.content_spans and a.content_spans and d.content_spans[0].start > a.content_spans[-1].end
        between = [o for o in atts if o.source and o.source not in (a.source, d.source) and o.content_spans
                   and a.content_spans[-1].end <= o.content_spans[0].start < d.content_spans[0].start]
        if after and not between and d.paragraph - a.paragraph in (0, 1) and _CLAIM_BACK.match(content):
            return j
    return None


_POINTS_BACK = Keyed(re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|"
                          r"contest\w*|contradict\w*)\s+(?:\w+\s+){0,2}?(?:(?:it|this|that|these|those|them)(?=\s*[.,;!]|$)|"
                          r"the (?:claims?|allegations?|charges?|figures?|reports?|accusations?|suggestions?)\b)",
                          re.I))


def _points_back(ctx: Context, a: Attribution, sup: Support) -> bool:
    """Does a sentence in the claim's paragraph or the next deny something it only points to
    ("The company flatly denied it.")? It may deny this claim, though it shares no word with it."""
    return any(sent.paragraph in (a.paragraph, a.paragraph + 1) and not sup.start <= sent.span.start < sup.end
               and _POINTS_BACK.search(sent.span.text) for sent in ctx.analysis.sentences)


# a verb of denial with the denied statement after it ("has denied that …", "rejected claims that …");
# not the noun ("territorial disputes and …")
_DENIES_THAT = Keyed(re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disputed|refut(?:es|ed)|"
                          r"rebut(?:s|ted)?|contradict(?:s|ed)?)\s+(?:(?:the\s+)?(?:claims?|suggestions?|"
                          r"allegations?|assertions?|reports?)\s+)?that\s+", re.I))


def _denial_sentence(ctx: Context, a: Attribution) -> Sentence | None:
    """A sentence of the article, not the claim's own, with a contrary verb followed by the same
    statement ("The company has denied that the mill will bring any new jobs")."""
    own = sentence_at(ctx.analysis, a.content_spans[0].start) if a.content_spans else None
    for sent, after in _denials(ctx):
        if own is not None and sent.index == own.index:
            continue
        if same_statement(a.content, sent.span.text[after:]):
            return sent
    return None


def _denials(ctx: Context) -> list[tuple[Sentence, int]]:
    """The article's sentences with a contrary verb, each with where its statement starts (found once per
    article: every claim is compared with them)."""
    def find() -> list[tuple[Sentence, int]]:
        out = []
        for sent in ctx.analysis.sentences:
            m = _DENIES_THAT.search(sent.span.text)
            if m:
                out.append((sent, m.end()))
        return out
    return article_memo(ctx, "certainty.denials", find)


@lru_cache(maxsize=16384)
def same_statement(a: str, b: str) -> bool:
    """Do two texts make the same statement: most of the shorter one's content words in the other?"""
    wa, wb = _content_words(a), _content_words(b)
    shared = wa & wb
    return len(shared) >= 3 and len(shared) >= 0.6 * min(len(wa), len(wb))


_DOUBT_CUE = re.compile(r"\b(?:claim\w*|alleg\w*|purport\w*|insist\w*|contend\w*|suppos\w*|assert\w*)\b", re.I)
_DOUBT_ADVERB = re.compile(r"\b(?:reportedly|allegedly|supposedly|purportedly|apparently|ostensibly|seemingly|"
                           r"falsely|wrongly|dubious\w*|questionabl\w*|without evidence|unfounded)\b", re.I)


def _doubted_by_reporter(ctx: Context, a: Attribution, sup: Support) -> bool:
    """Does the reporter's own wording cast doubt on the claim ("who claimed that …", "reportedly
    said", "falsely said")? No option describes "attributed, and the reporter doubts it"."""
    if _DOUBT_CUE.search(a.cue):
        return True
    sent = sentence_at(ctx.analysis, sup.start)
    text = sent.span.text if sent else sup.text
    for sp in a.content_spans:
        text = text.replace(sp.text, " ")
    return bool(_DOUBT_ADVERB.search(text))


# plural nouns for people the article does not name ("federal officials said", "critics say")
_UNNAMED_SOURCE = re.compile(
    r"^(?:(?:some|many|several|other|two|three|four|five|senior|top|former|current|federal|local|state|"
    r"administration|government|law enforcement|intelligence|police|health|security|military|campaign|"
    r"party|city|county|company|industry)\s+)*"
    r"(?:officials|sources|experts|analysts|critics|aides|advisers|advisors|observers|diplomats|"
    r"economists|investigators|people familiar with [a-z ]+)$", re.I)


def _unnamed(a: Attribution) -> bool:
    """A source the article does not name, surely: an unnamed group such as "federal officials"."""
    text = (a.source_text or "").strip()
    return (a.source_kind == "unnamed_group" and a.source_confidence >= CONFIDENT
            and bool(_UNNAMED_SOURCE.match(text)) and not re.search(r"\b[A-Z]", text[1:]))


def _nested(ctx: Context, index: int) -> bool:
    """Does another attribution's source or cue lie inside this claim?"""
    a = ctx.analysis.attributions[index]
    for j, o in enumerate(ctx.analysis.attributions):
        if j == index:
            continue
        for s in (o.source_span, o.cue_span):
            if s is not None and any(sp.start <= s.start < sp.end for sp in a.content_spans):
                return True
    return False


def _one_sentence(ctx: Context, a: Attribution) -> bool:
    """Does the claim lie within one sentence of the article?"""
    first = sentence_at(ctx.analysis, a.content_spans[0].start)
    if first is None:
        return True  # no sentence split to judge by: the text test (one_clause) alone
    return all(first.span.start <= sp.start and sp.end <= first.span.end + 2 for sp in a.content_spans)


_EXAMPLE_OF = re.compile(r"^\W*(?:for (?:instance|example)|in one (?:case|example)|among them|one example)\b", re.I)
_OUTLET_NAMED = re.compile(r"\bThe (?:Post|Times|Journal|Guardian|Globe|Tribune|Herald|Associated Press)\b|"
                           r"\b(?:this|the) (?:newspaper|paper)\b")
_CITING_BEFORE = re.compile(r"\b(?:cited|citing|examples?|pointed to|listed|such as)\b[^.]*[.:]?\s*$", re.I)


# a poll, survey, study or its numbers: a plain sentence beside one may be the writer's reading of it
_DATA_NEAR = Keyed(re.compile(
    r"\b(?:polls?|polling|surveys?|stud(?:y|ies)|reports?|census|analys[ie]s|data|records|filings|"
                        r"those (?:numbers|figures|results)|"
                        r"these (?:numbers|figures|results))\b", re.I))


def _sourced_nearby(ctx: Context, sup: Support) -> bool:
    """Does a source stand right beside the sentence: an attribution with a source in its paragraph, a
    poll, survey, study or report in its paragraph or the one before (judged blind: "she has been on a
    downward slide" right after "Those numbers …" of a named poll was keyed "no source"), or a
    paragraph before it that cites examples ("Trump cited several examples.")?"""
    if any(a.paragraph == sup.paragraph and (a.source or a.source_text) for a in ctx.analysis.attributions):
        return True
    if any(p.number in (sup.paragraph, sup.paragraph - 1) and _DATA_NEAR.search(p.text)
           for p in ctx.article.paragraphs):
        return True
    before = next((p for p in ctx.article.paragraphs if p.number == sup.paragraph - 1), None)
    first = next((p for p in ctx.article.paragraphs if p.number == sup.paragraph), None)
    at_start = first is not None and sup.start - first.start < 3
    if before is not None and at_start and _SAYING_AT_END.search(before.text):
        return True  # judged blind (K34): "…, they say." then "The alternative is about $1.1 trillion …": the
        # writer may be going on with the researchers' argument, so "no source given" is no sure key
    return bool(before is not None and at_start and _CITING_BEFORE.search(before.text))


def attributed_next(ctx: Context, sup: Support, *, loose: bool = False) -> bool:
    """Does the next paragraph credit a source with the same statement? Then the writer's sentence may be
    that source's account told ahead of it, so "no source given" is no sure key. With ``loose`` (the
    writer's "may" or "is expected to", whose source a next paragraph often gives: "The deal may be
    risky …" then "Ann Lee said … it is a risky strategy"), two content words shared with a claim there
    are enough."""
    words = _content_words(sup.text)
    for a in ctx.analysis.attributions:
        if a.paragraph != sup.paragraph + 1 or not (a.source or a.source_text):
            continue
        if same_statement(sup.text, a.content) or (loose and len(words & _content_words(a.content)) >= 2):
            return True
    return False


# a paragraph ending on its source's verb of saying: "…, researchers say.", "…, he said.", "…, they argue."
_SAYING_AT_END = re.compile(r",[\"\u201d\u2019']?\s+(?:\w+\s+){0,5}(?:say|says|said|argue|argues|argued|contend|"
                            r"contends|contended|warn|warns|warned|note|notes|noted|add|adds|added|estimate|"
                            r"estimates|estimated)\.?[\"\u201d\u2019']?\s*$")


# a second reported clause joined to the first ("… undecided" and that, "We're confident …")
_TWO_CLAIMS = re.compile(r"\band,?\s+that\b,?\s+(?:[\"“‘']|\w+\s+(?:\w+\s+)?(?:is|are|was|were|will|would|has|have|had|"
                         r"can|could|should|did|does|do)\b)", re.I)


# a common noun, then a new noun phrase with its own article: "people  The Washington Post"
_NOUN_THEN_NAME = re.compile(r"\b(?!(?:of|at|for|from|with|in|on|to|by|and|or)\b)[a-z]+\s+(?:The|A|An)\s+[A-Z]")
_DETERMINERS = frozenset("the a an this that these those its his her their our".split())
_GAP_OK = frozenset("but and yet so also meanwhile then now however later earlier that as because while when since "
                    "though although if after before once where today yesterday tonight".split())


_OBJECT_GAPPED_RE = re.compile(r"\w+day")
_OBJECT_GAPPED_RE2 = re.compile(r"[,;:\"“”'‘’—–(]")


def object_gapped(ctx: Context, a: Attribution) -> bool:
    """Is the claim a clause hanging off a noun phrase before its source ("The number of people The Post
    reported Clinton is actively vetting to be her running mate")? Quoted alone it has lost a word (judged
    blind: "Clinton is actively vetting to be her running mate" read as if she vetted herself)."""
    if a.source_span is None:
        return False
    if _NOUN_THEN_NAME.search(a.source_span.text):
        return True  # the ledger took "The number of people  The Washington Post" for the source
    sent = sentence_at(ctx.analysis, a.source_span.start)
    if sent is None:
        return False
    before = ctx.article.text[sent.span.start:a.source_span.start].strip()
    if not before or not before[-1:].isalnum():
        return False
    words = before.split()
    last = words[-1].lower()
    if len(words) < 2 or last in _GAP_OK or last in _DETERMINERS or _OBJECT_GAPPED_RE.fullmatch(last):
        return False
    if _OBJECT_GAPPED_RE2.search(before) or _FINITE.search(before):
        return False  # the claim, then its source ("The ACLU won't …, dos Santos says"): nothing lost
    return words[0].lower() in ("the", "a", "an", "those", "these") and not _SPEECH.search(before)


def first_sentence_claim(ctx: Context, a: Attribution) -> Attribution:
    """A quotation running on past "Lee said." into more sentences, as its first sentence alone
    ('"The dam is safe," Lee said. "We checked it twice."' -> "The dam is safe"), when that sentence
    names the source; else the claim as the ledger has it."""
    spans = a.content_spans
    if len(spans) < 2 or not a.direct or a.source_span is None:
        return a
    first = sentence_at(ctx.analysis, spans[0].start)
    if first is None or not first.span.start <= a.source_span.start < first.span.end:
        return a
    inside = tuple(sp for sp in spans if first.span.start <= sp.start and sp.end <= first.span.end + 2)
    if not inside or len(inside) == len(spans):
        return a
    content = " ".join(sp.text.strip(" ,") for sp in inside)
    return replace(a, content=content, content_spans=inside)


# a quotation's first sentence ends on a full stop or an exclamation mark, and the next opens on a capital
_QUOTED_SENTENCE_END = re.compile(r"[.!][\"”’']?\s+[\"“‘']?(?=[A-Z])")


def quoted_first_sentence(ctx: Context, a: Attribution) -> Attribution:
    """A quotation of several sentences in one run ('"The dam is safe. We checked it twice," Lee said.') as
    its first sentence alone, when the article's sentence split ends that sentence inside the quotation on a
    full stop and the next sentence of the quotation opens on a capital; else the claim as it is. The whole
    quotation is one speaker's, so its first sentence is too, presented as the quotation is (judged on train
    lessons: three-sentence quotations of a named speaker were never asked about, "no one claim"); every test
    of a claim then applies to that sentence alone. Not a sentence that leans on the rest ("Nobody did this to
    them."): asked alone it says nothing."""
    if not a.direct or len(a.content_spans) != 1:
        return a
    sp = a.content_spans[0]
    first = sentence_at(ctx.analysis, sp.start)
    if first is None or first.span.end >= sp.end:
        return a
    piece = ctx.article.text[sp.start:first.span.end]
    m = _QUOTED_SENTENCE_END.match(ctx.article.text, sp.start + len(piece.rstrip()) - 1)
    if m is None or m.end() > sp.end:
        return a
    text = piece.rstrip()
    if "…" in text or "..." in text:
        return a  # a quotation cut by the writer: where its sentence ends is not sure
    if _LEANS_BACK.search(text):
        return a  # "Nobody did this to them.", "Trump did the same last week.": alone, it says nothing
    return replace(a, content=text, content_spans=(Span(sp.start, sp.start + len(text), text),))


# an expletive "it" before an adjective and the "that" clause it stands for ("It's really important that we …", "It is
# clear that the mill …"): it points to nothing outside the claim (base.expletive_it takes such nouns, "a shame that")
_EXPLETIVE_ADJECTIVE = re.compile(r"^\W*it(?:['’]s|\s+is|\s+was)\s+(?:(?:really|very|so|also|just|simply|truly|"
                                  r"absolutely|extremely|critically)\s+)?(?:important|clear|vital|essential|crucial|"
                                  r"necessary|critical|obvious|true)\s+that\b", re.I)


# "has said", "had also told": a perfect tense (and an adverb) before the verb of saying
_PERFECT_BEFORE_CUE = re.compile(r"^(?:has|have|had)\s+"
                                 r"(?:(?:also|long|repeatedly|previously|already|often|publicly)\s+)?(?=[a-z])", re.I)


def cue_tense_dropped(a: Attribution) -> Attribution:
    """The claim with its cue's perfect tense dropped ("has said" -> "said"), for the tests of whether its content is a
    clause after a verb of saying (attribution.claim_like, claim_text), which know the verb only bare: "Sanders has
    said he will work to prevent a Republican from becoming president" is as much a saying as "Sanders said …"."""
    bare = _PERFECT_BEFORE_CUE.sub("", a.cue.strip())
    return a if bare == a.cue.strip() else replace(a, cue=bare)


# a claim opening on a negative or limiting phrase, the verb put before its subject, that subject a pronoun ("Not
# only are they …", "Never has he …"): as "They are …", whom it means lies outside the claim shown
_INVERTED_PRONOUN = re.compile(r"^\W*(?:not\s+only|never|rarely|seldom|nor|neither|no\s+sooner|only\s+then)\s+"
                               r"(?:are|is|was|were|do|does|did|have|has|had|will|would|can|could)\s+"
                               r"(?:they|he|she|it)\b", re.I)


# a hedge word that may cover the claim shown, wherever it stands by the claim, its speaker or its cue ("would",
# "should", "can" left out: a plain claim's tense and mood, "Lee said the bridge would open in May")
_HEDGE_BY_CLAIM = re.compile(_HEDGY.pattern.replace("|would|should|can)", ")"), re.I)


def hedge_left_out(ctx: Context, index: int, whole: Attribution, a: Attribution) -> bool:
    """Is the hedge the ledger found on a quotation only in the sentences of it the item leaves out ('"Ruth is
    running in all 72 counties," said Tom Reed. "You're much more likely to find her in Akron than in Dayton."',
    asked of its first sentence alone)? Then it does not cover the claim asked about. Only when every hedge word
    tied to the claim stands in that left-out part and none of them, nor any other hedge word, stands in the claim
    shown or in the sentence that presents it up to its speaker and cue ("Lee reportedly said", "Reportedly, …")."""
    if not a.direct or not a.hedge or len(a.content) >= len(whole.content) or a.content_spans == whole.content_spans:
        return False
    kept = sorted((sp.start, sp.end) for sp in a.content_spans)
    left = []  # the whole quotation's spans less the kept ones
    for sp in whole.content_spans:
        at = sp.start
        for s, e in kept:
            if s > at:
                left.append((at, min(s, sp.end)))
            at = max(at, e)
        if at < sp.end:
            left.append((at, sp.end))
    left = [(s, e) for s, e in left if ctx.article.text[s:e].strip(" ,.\"“”‘’'")]
    if not left:
        return False
    words = [a.hedge] + [h.words for h in ctx.analysis.hedges if h.claim == index]
    patterns = [re.compile(rf"(?<!\w){re.escape(w.strip())}(?!\w)", re.I) for w in words if w.strip()]
    if not patterns or not all(any(p.search(ctx.article.text, s, e) for s, e in left) for p in patterns):
        return False
    first = sentence_at(ctx.analysis, kept[0][0])
    if first is None:
        return False
    frame = [kept[0][0], *(e for _, e in kept)]
    frame += [sp.end for sp in (a.source_span, a.cue_span) if sp is not None]
    stretch = ctx.article.text[min(first.span.start, kept[0][0]):max(frame)]
    offset = min(first.span.start, kept[0][0])
    for s, e in left:  # the left-out sentences within the stretch are blanked out
        if s < offset + len(stretch) and offset < e:
            lo, hi = max(s, offset) - offset, min(e, offset + len(stretch)) - offset
            stretch = stretch[:lo] + " " * (hi - lo) + stretch[hi:]
    return not _HEDGE_BY_CLAIM.search(stretch) and not any(p.search(stretch) for p in patterns)


_PARTIAL_QUOTE_RE = re.compile(r"[A-Za-z0-9].*", re.S)
_PARTIAL_QUOTE_RE2 = re.compile(r"[.,;:!?…—–-]")
_PARTIAL_QUOTE_RE3 = re.compile(r"[A-Za-z'’]+")


def _partial_quote(ctx: Context, a: Attribution) -> bool:
    """Is the quotation a piece of the reporter's clause: the sentence goes on past its closing mark
    ('"we should have seen" it coming'), or it opens on a small letter and no "that" stands before
    it ('saying they were old and have "nothing to do with who I am"')? Quoted alone it is no claim."""
    if not a.direct or not a.content_spans:
        return False
    last = a.content_spans[-1]
    gap = _PARTIAL_QUOTE_RE.sub("", ctx.article.text[last.end:last.end + 12])
    if not _PARTIAL_QUOTE_RE2.search(gap + last.text[-1:]) and last.end + len(gap) < len(ctx.article.text):
        return True  # '"… we should have seen" it coming': the reporter finishes the sentence
    body = unquote(a.content).lstrip("\"“‘' ")
    if not body[:1].islower():
        return False
    before = ctx.article.text[max(0, a.content_spans[0].start - 40):a.content_spans[0].start]
    words = _PARTIAL_QUOTE_RE3.findall(before)
    return not (words and words[-1].lower() == "that")


def _relayed_by_other(ctx: Context, i: int) -> bool:
    """Does another sure entry of the ledger, of a source the article does not name, give most of the same
    words ("…," he told Flake, according to officials …)? Then the claim reaches the reader through unnamed
    people, and "attributed to a named source" is no sure key. (A named relay, "according to the Philippine
    Star", leaves the claim a named source's.)"""
    a = ctx.analysis.attributions[i]
    if a.source_kind == "unnamed_group":
        return False  # unnamed either way
    spans = [(s.start, s.end) for s in a.content_spans]
    size = sum(e - s for s, e in spans) or 1
    for j, b in enumerate(ctx.analysis.attributions):
        if j == i or b.claim_confidence < CONFIDENT or b.source_kind != "unnamed_group":
            continue
        shared = sum(max(0, min(e, t.end) - max(s, t.start)) for s, e in spans for t in b.content_spans)
        if shared >= 0.5 * size:
            return True
    return False


# hedge words the shared list leaves out (it also feeds the inference items) that make the writer's own
# clause uncertain when they sit right on its main verb: "Other groups are also expected to spend …",
# "The merger may face a long review", "Turnout appears to have fallen". The subject before them is a
# plain common noun phrase opening on a determiner (no name, comma, quotation mark or clause of its own),
# so the hedge covers the claim the stem quotes and no name in it reads as the claim's source.
_MODAL_HEDGE = re.compile(
    r"^(?P<subject>(?:The|An?|Other|Both|All|Its|Their|This|These|Those|Such)\s+[^,;:\"“”()]{2,50}?)\s+"
    r"(?P<words>(?:(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+|widely\s+)?(?:expected|likely|unlikely)\s+to|"
    r"(?:appears?|appeared|seems?|seemed)\s+to|may|might|(?:will|would)\s+(?:most\s+)?likely))\s+"
    r"(?:not\s+)?(?P<verb>[a-z]{2,})\b")
# a subject holding a verb or a subordinator is a clause: the hedge may cover it only
_CLAUSE_IN_SUBJECT = re.compile(r"\b(?:that|which|who|whom|whose|if|when|whether|because|as|said|says|say|told|"
                                r"is|are|was|were|has|have|had|will|would|can|could|should|did|does|do)\b", re.I)
# "might as well", "may want to", "may recall": a modal of advice or of a reader's thought, no hedge on a claim
_NOT_HEDGED_VERB = frozenset("as want wish like recall remember wonder think say argue well need".split())


def modal_hedges(ctx: Context) -> list[tuple[Support, str]]:
    """The writer's own sentences hedged on their main verb by a word :func:`clause_hedges` leaves out
    ("expected to", "likely to", "appears to", "may", "might"), each as (clause, hedge words). Only when
    the sentence opens on its plain common-noun subject (a name there may read as the claim's source:
    judged blind on "Lee will reportedly resign"), outside any quotation, is no question, and no sentence
    of the article denies it."""
    out: list[tuple[Support, str]] = []
    for sent in ctx.analysis.sentences:
        text = sent.span.text.strip()
        m = _MODAL_HEDGE.match(text)
        if m is None or "?" in text or m.group("verb") in _NOT_HEDGED_VERB:
            continue
        subject = m.group("subject")
        if _CLAUSE_IN_SUBJECT.search(subject) or any(w[:1].isupper() for w in subject.split()[1:]):
            continue
        if in_quotation(ctx.article, sent.span.start + sent.span.text.find(m.group("words"))):
            continue
        sup = hedged_clause(ctx.article, sent.span, m.group("words"))
        if sup is None or len(sup.text.split()) < 6 or not sup.text.startswith(text[:20]):
            continue
        if any(d.index != sent.index and same_statement(sup.text, d.span.text[after:]) for d, after in _denials(ctx)):
            continue  # someone denies it ("The company denied that the mill will close"): disputed, not only hedged
        out.append((sup, " ".join(m.group("words").split())))
    return out


def _candidates(ctx: Context) -> list[tuple[str, Support, str, str]]:
    """(keyed choice, support, claim as quoted, why), hedges and facts first (:func:`_presented`)."""
    return _presented(ctx)[0]


def _presented(ctx: Context) -> tuple[list[tuple[str, Support, str, str]], dict[tuple[int, int], Support]]:
    """(keyed choice, support, claim as quoted, why), hedges and facts first; and, by a claim's support's offsets,
    the sentence of the paragraph before that names the speaker of a '"…," he said' whose own paragraph names no
    one (the item cites both).

    Every key is checkable from how the sentence presents the claim: a hedge word, no source,
    a named or an unnamed source, or (only when the article holds one) an explicit denial of it
    by another source. For an attributed claim only its content is quoted, so the stem does not
    name the source.
    """
    out: list[tuple[str, Support, str, str]] = []
    leads: dict[tuple[int, int], Support] = {}
    # a column, a signed op-ed, a writer speaking as "we": its own hedge may be irony and its plain
    # sentence a verdict the writers back with their own data (judged blind: "Apparently …" keyed
    # hedged in a signed op-ed); only claims it credits to others are asked about
    own_voice = _authors_voice(ctx)
    modal = [] if own_voice else modal_hedges(ctx)
    for hsup, words in () if own_voice else clause_hedges(ctx.article, ctx.analysis) + modal:
        if _quoted_hedge(ctx, hsup, words) or not governs(hsup, words) or not one_clause(hsup.text):
            continue
        if not hedges_clause(hsup.text, words):
            continue  # "investigate alleged pay-to-play ties": the hedge describes a noun, not the claim
        if _covered(ctx, hsup.start, hsup.end, named_only=True):
            continue  # someone's claim, hedged: not "no source given"
        if named_subject(hsup.text, _subject_names(ctx)):
            continue  # "Lee will reportedly resign": its subject is named, so "no source" is no sure key (J9c)
        if starts_with_pronoun(re.sub(r"^\W*\w+ly,\s*", "", hsup.text)):
            continue  # "Reportedly, he made …": who "he" is lies outside the claim shown
        if _sourced_nearby(ctx, hsup) or attributed_next(ctx, hsup, loose=(hsup, words) in modal):
            continue  # "… will reportedly …" then "According to the Trump campaign, …": a named source
            # beside it may be the hedge's source, so "no source given" is not sure (judged blind)
        out.append((HEDGED, hsup, hsup.text, f"the hedge \"{words}\" marks it as uncertain and no source is named"))
    for fsup in () if own_voice else _plain_facts(ctx, checked=True):
        if _sourced_nearby(ctx, fsup) or _EXAMPLE_OF.match(fsup.text) or _OUTLET_NAMED.search(fsup.text) \
                or attributed_next(ctx, fsup):
            continue  # "For instance, in 2008 …" after "Trump cited several examples"; "… The Post found"
        out.append((FACT, fsup, fsup.text, "the article states it itself, with no source and no hedge word"))
    for i, whole in enumerate(ctx.analysis.attributions):
        by_pronoun = named_by_pronoun(ctx, whole)
        by_title = not by_pronoun and titled_name_written(ctx, whole)
        if by_pronoun or by_title:
            whole = replace(whole, source_confidence=CONFIDENT)
        else:
            whole = sure_body(ctx, whole)  # "The Ruritanian government said …": the body its sentence names
        claimed = first_sentence_claim(ctx, whole)
        a = quoted_first_sentence(ctx, claimed)
        asup = attribution_support(ctx.article, a)
        # "Lee said he would veto the bill": its "he" is surely the speaker (attribution.self_claim), so the claim
        # is shown with the speaker's surname in brackets for the pronoun ("[Lee] would veto the bill")
        self_said = speaker_subject(ctx, a)
        if asup is None or not (usable(a) or self_said) or len(a.content.split()) < 5 or (
                (a.certainty == "hedged" or a.hedge) and not hedge_left_out(ctx, i, whole, a)):
            continue
        if name_tokens(a.source) & name_tokens(a.content) or (starts_with_pronoun(a.content)
                                                              and not own_voice_quotation(a) and not self_said
                                                              and not _EXPLETIVE_ADJECTIVE.match(unquote(a.content))):
            continue
        if _INVERTED_PRONOUN.match(unquote(a.content)):
            continue  # "Not only are they backing Lee, but …": its subject is a pronoun, whom it means lies outside
        if mixed_content(ctx, a) or (dangling_pronoun(a) and not (self_said and not
                                                                 _END_PRONOUN.search(unquote(a.content)))):
            continue  # the reporter's words glued to a quotation, or "I think he will …": not one claim
        if not a.direct and (_CONCESSIVE_TAIL.search(a.content) or _CONCESSIVE_OPENING.match(unquote(a.content))):
            continue  # "… without superdelegates, though ultimately they were not the difference-maker":
            # whose is the second clause, the speaker's or the reporter's? two readings, no item (judged blind, T19:
            # "Even if some of Fox News's programming drives the brothers bananas, it is still a major cash generator
            # …, with $1.6 billion in operating profit, according to Brian Wieser": the figure is Wieser's, the
            # opening clause the columnist's)
        if _TWO_CLAIMS.search(a.content):
            continue  # 'noted that "many … are undecided" and that, "We're confident …"': two claims in one
        if object_gapped(ctx, a):
            continue  # "The number of people The Post reported Clinton is vetting …": a word lost
        if _partial_quote(ctx, a):
            continue  # saying they were old and have "nothing to do with who I am …": a cut clause
        if not_meant_plainly(ctx, a):
            continue  # '"God forbid we ask them," Lee said sarcastically': no claim to weigh
        if not a.direct and _PROPOSING_CUE.match(a.cue.strip()) and not stated_through_cue(a):
            continue  # judged blind (J7): "Hartman suggested that Ventas spin off a division": a proposal the
            # article reports as a fact of the story, no claim of Hartman's to weigh
        if directive(a, ctx.article.text):
            continue  # judged blind (D4): "officials have told Flint residents not to drink the brown stuff …" asked
            # "how is this claim presented?": an instruction, true or false of nothing, and the story states it
        if _NOT_A_CLAIM.match(unquote(a.content)) or "?" in a.content:
            continue  # "Oh, I know … We're so sorry you're leaving": banter, not a claim to weigh
        if stitched_over_source(ctx, a):
            continue  # "… Kasich's 145, according to a CNN tally, but his pathway … is narrowing": joined, the
            # stem would silently cut the attribution from inside the claim and glue on the writer's clause
        bare = cue_tense_dropped(a)
        if not claim_like(bare) or name_between(ctx, a) or characterisation(a) or (
                claim_text(bare, _SHOWN_WHOLE) is None and not opening_then_clause(a)):
            continue  # "praised the efforts of a donor": an object, not a claim to weigh
        if not_a_sourced_claim(ctx, a) or embedded_quote(ctx, a) or cut_by_cue(ctx, a):
            continue  # "a poll found … the public overall says …": a count of answers, not a source's claim
        shown = reported_words(a)
        if shown is None:
            continue  # "… on Monday": the day of the claim or of its saying, unsure
        if len(a.content_spans) > 1:
            # "the two nations, Xi said, now have …": the pieces joined over the cut-out tag are marked, never
            # printed as one quotation the article does not hold (judged blind, J8)
            shown = " … ".join(sp.text.strip(" ,;") for sp in a.content_spans)
        if not claim_clause(a) or not _one_sentence(ctx, a) or _HEDGY_ADVERB.search(a.content):
            continue  # "a betrayal of our values", or three sentences of a quotation: no one claim
        if _nested(ctx, i) or _SPEECH.search(a.content) or re.search(r"\breport\w*", a.content, re.I):
            continue  # another voice inside the claim ("what her business calls '…'", "with the i reporting")
        if _doubted_by_reporter(ctx, a, asup):
            continue  # "who claimed that …": the reporter's doubt, which no option names
        if _relayed_by_other(ctx, i):
            continue  # judged blind (J9): '"You've been very critical of me," he told Flake, according to officials
            # with knowledge of the meeting': Trump's words as unnamed officials tell them, keyed "a named source"
        if writer_states_too(ctx, a, asup):
            continue  # judged blind (K37): a quoted fact the article also states in its own words elsewhere ("the
            # daughter of Sandy Hook principal Dawn Lee" in ¶1): "stated as fact" is defensible too
        denier = denied_by(ctx, i)
        denial = _denial_sentence(ctx, a) if denier is None else None
        if denier is None and (_points_back(ctx, a, asup) or (denial is not None and a.certainty != "disputed")):
            continue  # "The company denied it.", or a denial the ledger does not tie to the claim: unsure
        if a is not claimed and (denier is not None or denial is not None):
            continue  # a denial of the quotation may be of another of its sentences than the one asked about
        if not a.direct and _FACTIVE_CUE.match(a.cue.strip()):
            continue  # judged blind (t4): '…," he added, noting that Sen. Sanders requested an extension': "noting",
            # "pointed out", "acknowledged" present the fact as true, so "stated as fact" is defensible too
        # "But the port has seen …": the claim is what follows "But"; "… on Wednesday at a Florida rally":
        # what precedes when and where it was said
        claim = conjunction_start(shown)
        if claim is None:
            continue
        if self_said:
            claim = _name_for_subject(claim, a)
            if claim is None:
                continue
        if _PREPOSITION_START.match(unquote(claim)) and "," not in " ".join(claim.split()[:8]):
            continue  # "In the text accompanying the video post": a phrase the ledger took for the claim
        if denier is not None and named(a) and _sure(ctx, i):
            d = ctx.analysis.attributions[denier]
            out.append((DISPUTED, asup, claim,
                        f"the article attributes it to {source_mid(a)}, and {d.source} {d.cue} it (¶{d.paragraph})"))
        elif denial is not None and named(a) and _sure(ctx, i):
            out.append((DISPUTED, asup, claim,
                        f"the article attributes it to {source_mid(a)}, and ¶{denial.paragraph} denies it: "
                        f"\"{truncate(denial.span.text, 16)}\""))
        elif denial is not None:
            continue  # denied, but not a sure named source to key "denied" on
        elif named(a) and (by_pronoun or _pronoun_only(a, asup)) and not _named_in_paragraph(ctx, a):
            # judged blind (J3): '"…," he said' in ¶8, its speaker named only in ¶7: the paragraph the item points
            # to names no one, so "attributed to a named source" rested on text it left out. The item now cites
            # the sentence of ¶7 that names the speaker too, and points to ¶7–8; without one, no item
            lead = _named_just_before(ctx, a)
            if lead is None or _someone_else_named_here(ctx, a):
                continue  # judged blind (D1): "she said" in a paragraph naming "Carly Fiorina" (untagged), keyed to a
                # man of the paragraph before, and the item cited that paragraph
            leads[(asup.start, asup.end)] = lead
            # judged blind: the person the ledger only guessed "he" to be, named here, was the wrong one; named
            # only when the ledger is sure of them
            who = (f"a person ¶{lead.paragraph} names just before" if by_pronoun else
                   f"{source_mid(a)}, whom ¶{lead.paragraph} names just before")
            out.append((NAMED, asup, claim, f"the article attributes it to \"{a.source_text.strip()}\" in "
                        f"¶{a.paragraph}, {who}"))
        elif named(a) and by_title:
            # which of two "Mr. Reyes" the ledger cannot tell, but the sentence names the speaker: quoted as written
            out.append((NAMED, _with_naming(ctx, a, asup), claim,
                        f"the article attributes it to \"{a.source_text.strip()}\" in ¶{a.paragraph}"))
        elif named(a) and by_pronoun:
            # who "he" is the ledger is less sure of, but the person is one the paragraph names just before
            out.append((NAMED, _with_naming(ctx, a, asup), claim, f"the article attributes it to "
                        f"\"{a.source_text.strip()}\" in ¶{a.paragraph}, a person it names just before"))
        elif named(a):
            out.append((NAMED, _with_naming(ctx, a, asup), claim, f"the article attributes it to {source_mid(a)}"))
        elif _unnamed(a):
            out.append((UNNAMED, asup, claim,
                        f"the article attributes it to \"{a.source_text}\", who are not named"))
    # a piece of a claim ("the current delegates count, if …"): no claim to quote (judged blind); a heading run
    # into its sentence ("Jeb Bush: Student loans Some big ideas …"): garbled when quoted
    return [c for c in out if whole_clause(c[2]) and checkable(c[2]) and full_claim(c[2]) and
            not run_in_heading(c[1].text) and not rejection_framed(ctx, c[1])], leads


# a cue that presents what follows as true (a factive verb): the writer vouches for the fact as well as the source
_FACTIVE_CUE = re.compile(r"(?:not(?:ed|es|ing|e)|point(?:ed|s|ing)?\s+out|acknowledg(?:ed|es|ing|e)|"
                          r"admit(?:ted|s|ting)?|reveal(?:ed|s|ing)?|confirm(?:ed|s|ing)?)\b", re.I)


# a quoted sentence's opening phrase or clause set off by a comma before its main clause ("With this vote, we will
# …", "If you take their money, you have to …", "When I came down, I greeted him …")
_OPENING_THEN_CLAUSE = re.compile(
    r"(?:If|When|With|To|After|Before|While|Once|Since|Because|Although|Though|Unless|Until|As|For|In|On|At|By|"
    r"From|Under|Without|Despite|Given|Like)\b[^,;:.!?\"“”‘’()…—–-]{2,90},\s+(?=[A-Za-z])")


def opening_then_clause(a: Attribution) -> bool:
    """Is the claim a quotation of a whole sentence that opens on a phrase or a clause set off by a comma, its main
    clause after the comma a statement (:func:`claim_text`)? Whole, though claim_text, made for options cut from a
    speaker's words, takes its opening "If"/"With"/"To" for a fragment's ("to the United States …")."""
    if not a.direct:
        return False
    content = unquote(a.content).strip()
    m = _OPENING_THEN_CLAUSE.match(content)
    if m is None or not content[:1].isupper() or _OUTSIDE_PRONOUN.search(content):
        return False  # "If he's president, he wants …", "As far as weapons, they'll …": whom it means lies outside
    return claim_text(replace(a, content=content[m.end():]), _SHOWN_WHOLE) is not None


_OUTSIDE_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs)\b", re.I)


def speaker_subject(ctx: Context, a: Attribution) -> bool:
    """Is the claim reported speech whose subject "he"/"she" is surely its named speaker ("Lee said he would veto
    the bill", :func:`attribution.usable_self_claim`)? Not a possessive ("said his plan …"): only the subject."""
    content = unquote(a.content).strip()
    if _TRAILING_PARTICIPLE.search(content):
        return False  # "he would implement a database, drawing a fresh round of comparisons": the writer's gloss
    return (not a.direct and bool(_SELF_SUBJECT.match(content)) and named(a)
            and a.source_kind == "person" and bool(_last_name(a.source)) and usable_self_claim(ctx, a))


# a participle after a comma ending reported words ("…, drawing comparisons", "…, conceding the race"): the writer's
# gloss on the saying or the speaker's own words, unsure which (not "including", a list's preposition)
_TRAILING_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?!including\b)[a-z]{2,}ing\b")


_SUBJECT_PRONOUN = re.compile(r"^(\W*)(?:that\s+)?(?:he|she)\b(?!['’]\w)", re.I)


def _name_for_subject(claim: str, a: Attribution) -> str | None:
    """The claim with its opening "he"/"she" (the speaker) written as the speaker's surname in brackets, the
    usual mark of a word put in a quotation by the one quoting it ("he would veto …" -> "[Lee] would veto …");
    None when the claim does not open on that pronoun."""
    m = _SUBJECT_PRONOUN.match(claim)
    if m is None:
        return None
    return f"{m.group(1)}[{_last_name(a.source)}]{claim[m.end():]}"


def _named_just_before(ctx: Context, a: Attribution) -> Support | None:
    """The last sentence of the paragraph before the claim's that names its speaker (by a word of the name, outside
    quotation marks), as a support; None when that paragraph does not name them."""
    tokens = name_tokens(a.source or "")
    if not tokens or a.paragraph < 2:
        return None
    named_at = [s for s in ctx.analysis.sentences if s.paragraph == a.paragraph - 1
                and any(tokens & name_tokens(piece) for piece in _QUOTED_RUN.split(s.span.text))]
    return support_span(ctx.article, named_at[-1].span) if named_at else None


_QUOTED_RUN = re.compile(r"\"[^\"]*\"|“[^”]*”|''.*?''")


# a courtesy title and a capitalised surname, all the source phrase is ("Mrs. Clinton", "Mr. Reyes")
_TITLED_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’-]+)")


def titled_name_written(ctx: Context, a: Attribution) -> bool:
    """Is the claim's speaker written in its own sentence as a courtesy title and a surname ("Mr. Reyes said …")
    that the ledger left unsure only for which bearer of the title it is (two "Mr. Reyes" in the article)?
    Whichever is meant, the article names the source: "attributed to a named source" is sure, though who it
    is is not (the explanation quotes the name as written)."""
    if a.source_kind != "person" or a.kind_confidence < CONFIDENT or not 0.6 <= a.source_confidence < CONFIDENT:
        return False
    if a.source_span is None or a.cue_span is None or not a.cue.strip():
        return False
    m = _TITLED_NAME.fullmatch((a.source_text or "").strip())
    if m is None or (a.source or "").split()[-1:] != [m.group(1)]:
        return False
    sent = sentence_at(ctx.analysis, a.cue_span.start)
    return sent is not None and sent.span.start <= a.source_span.start < a.source_span.end <= sent.span.end


# the speaker's own first person opening a quotation ("We are losing …", "I would be …", "Our goal is …")
_FIRST_PERSON_START = re.compile(r"^\W*(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)\b(?![.’'-]?[A-Z])")


def own_voice_quotation(a: Attribution) -> bool:
    """Does a quotation open in its speaker's own first person ("We are losing too many nurses …")? Its pronoun
    points at the speaker the quotation marks credit, not at someone the stem leaves out, so how the claim is
    presented is plain. Not "He is running out of time" (whom "he" means lies outside the claim shown), nor a
    reported claim ("said they had tried …")."""
    return a.direct and bool(_FIRST_PERSON_START.match(unquote(a.content)))


def _with_naming(ctx: Context, a: Attribution, sup: Support) -> Support:
    """The claim's passage from the sentence of its paragraph that names its source, when the claim's own
    sentence shows only "he said" (judged blind, J5: "The article names who made this claim" cited
    '"…they're both qualified," he said' without the "Vice President Joe Biden weighed in" before it)."""
    surname = a.source.split()[-1] if a.source.split() else ""
    if not surname[:1].isupper():
        return sup
    word = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])")
    if word.search(sup.text):
        return sup
    para = ctx.article.paragraph(sup.paragraph)
    hits = list(word.finditer(ctx.article.text, para.start, sup.start))
    if not hits:
        # judged blind (T16): "…, according to a report in the Des Moines Register" cited only up to "a report", the
        # source the key names left out: the passage runs on to the end of its sentence when the name follows there
        sent = sentence_at(ctx.analysis, max(sup.start, sup.end - 1))
        if sent is not None and sup.end < sent.span.end and word.search(ctx.article.text, sup.end, sent.span.end):
            return support_for(ctx.article, sup.start, sent.span.end) or sup
        return sup
    at = hits[-1].start()
    sent = sentence_at(ctx.analysis, at)
    start = sent.span.start if sent is not None and para.start <= sent.span.start <= at else at
    return support_for(ctx.article, start, sup.end) or sup


# a frame by which a speaker names a claim only to reject it ("This is the lie that …: that Cruz is …",
# "the myth that …", "it is not true that …"): the claim after it is not the speaker's (judged blind:
# keyed "attributed to a named source" for the very claim the speaker called a lie)
_REJECTION_FRAME = re.compile(
    r"\b(?:the|a|this|that|their|his|her|its)\s+(?:(?:big|great|same|old|biggest|latest|usual|whole|"
    r"outrageous|ridiculous|absurd|false|fake|bogus|phony|tired|dangerous)\s+){0,2}"
    r"(?:lies?|myths?|fictions?|fantas(?:y|ies)|falsehoods?|canards?|nonsense|fallac(?:y|ies)|hoax|smear|"
    r"conspiracy theor(?:y|ies)|(?:false|bogus|fake|phony)\s+(?:claims?|narratives?|stor(?:y|ies)))\b|"
    r"\b(?:the|a|this|that|their|his|her|its)\s+(?:(?:whole|old|same|latest|usual|very)\s+)?(?:notions?|ideas?|"
    r"rumou?rs?|suggestions?|premise|pretence|pretense|narratives?|insinuations?)\s*(?:that|:)|"
    r"\b(?:false|bogus|fake|phony|baseless|absurd|ridiculous)\s+(?:claims?|charges?|allegations?|ideas?|notions?)|"
    r"\bnonsense\b|\bit(?:'s|’s|\s+is|\s+was|\s+isn't|\s+isn’t)\s+(?:simply\s+|just\s+)?(?:not\s+)?(?:true|false|"
    r"a lie|untrue|wrong)\s+that\b|\bnot\s+true\s+that\b|\buntrue\s+that\b|"
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"debunk(?:s|ed|ing)?|scoff(?:s|ed|ing)?\s+at)\b", re.I)


def rejection_framed(ctx: Context, sup: Support) -> bool:
    """Does the claim's sentence, up to the claim's end, name it through a frame of rejection ("the lie
    that", "the myth that", "the idea that", "it is not true that", "denied that")? Then whoever says the
    sentence does not make the claim, and a support cut after the frame would hide that."""
    sent = sentence_at(ctx.analysis, sup.start)
    start = min(sup.start, sent.span.start) if sent is not None else sup.start
    window = ctx.article.text[start:sup.end]
    return bool(_REJECTION_FRAME.search(window))


# a person the article does not name, brought in between a name and a "he"/"she" that may point to them
_UNNAMED_PERSON = re.compile(
    r"\b(?:a|an|one|another|the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:man|men|woman|women|boy|girl|"
    r"voters?|residents?|spokes(?:man|woman|person)|officials?|aides?|advis[eo]rs?|supporters?|protesters?|"
    r"students?|workers?|friends?|sources?|person|people|members?|veterans?|owners?|father|mother|sons?|"
    r"daughters?|husband|wife|brother|sister|officers?|lawyers?|attorneys?|doctors?|teachers?|reporters?|"
    r"callers?|neighbou?rs?|employees?|staffers?|activists?|critics?|leaders?|delegates?|fans?|guests?|"
    r"audience|crowd|someone|anyone)\b|\b(?:someone|somebody|anyone|no one|nobody)\b", re.I)
_HE_SHE = frozenset(("he", "she"))


def _pronoun_only(a: Attribution, sup: Support) -> bool:
    """Is the claim's speaker given in the cited passage only by a pronoun ("…, he said"), the name elsewhere?"""
    return (a.source_text or "").strip().lower() in _HE_SHE and not (name_tokens(a.source) & name_tokens(sup.text))


# a full name as written: two or three capitalised words, a middle initial allowed ("Carly Fiorina", "John F. Kerry")
_FULL_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2}\b")


def _someone_else_named_here(ctx: Context, a: Attribution) -> bool:
    """Does the claim's own paragraph, before its source words and outside quotation marks, write a full name that is
    not its speaker's (whom a "he"/"she" there may mean, though the tagger missed it)? A sentence's first word is
    no name's."""
    if a.source_span is None or not 1 <= a.paragraph <= len(ctx.article.paragraphs):
        return False
    p = ctx.article.paragraph(a.paragraph)
    before = _QUOTED_RUN.sub(" ", ctx.article.text[p.start:a.source_span.start])
    own = name_tokens(a.source or "")
    for m in _FULL_NAME.finditer(before):
        lead = before[:m.start()].rstrip()
        words = m.group().split()
        if not lead or lead[-1] in ".!?:":
            words = words[1:]  # "Meanwhile John": the sentence's first word may be any word
        if len(words) >= 2 and not name_tokens(" ".join(words)) & own:
            return True
    return False


def _named_in_paragraph(ctx: Context, a: Attribution) -> bool:
    """Does the claim's own paragraph name its speaker before the claim's source words?"""
    if a.source_span is None or not 1 <= a.paragraph <= len(ctx.article.paragraphs):
        return False
    p = ctx.article.paragraph(a.paragraph)
    return bool(name_tokens(a.source) & name_tokens(ctx.article.text[p.start:a.source_span.start]))


def named_by_pronoun(ctx: Context, a: Attribution) -> bool:
    """Is a "he said"/"she wrote" claim surely a named person's, though the ledger is less sure which
    person "he" is (its source confidence just under CONFIDENT)? Only when the person the ledger
    names is named in this paragraph or the one before, before the pronoun, with no other person the
    article does not name ("a voter", "his aide") in between, and the article gives that person the
    pronoun's gender: then "Attributed to a named source" is the key whoever "he" is of the people
    named there (the explanation names no one)."""
    pron = (a.source_text or "").strip().lower()
    if pron not in _HE_SHE or a.source_kind != "person" or not a.source[:1].isupper() or a.source_span is None:
        return False
    if not 0.7 <= a.source_confidence < CONFIDENT or a.kind_confidence < CONFIDENT or a.relay:
        return False
    surname = a.source.split()[-1]
    if len(surname) < 3 or not surname[:1].isupper():
        return False
    paragraphs = [p for p in ctx.article.paragraphs if p.number in (a.paragraph - 1, a.paragraph)]
    if not paragraphs:
        return False
    start = paragraphs[0].start
    window = ctx.article.text[start:a.source_span.start]
    mentions = list(re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w-])", window))
    if not mentions:
        return False
    between = window[mentions[-1].end():]
    if _UNNAMED_PERSON.search(between):
        return False
    return gender_of(ctx, a.source) == ("male" if pron == "he" else "female")


def stitched_over_source(ctx: Context, a: Attribution) -> bool:
    """Is the reported claim pieces the ledger joined across words of the sentence ("Lund has won 412
    delegates, according to an NBC tally, but his path … is narrowing")? Shown joined, the stem cuts the
    attribution from inside the claim, and what follows it may be the writer's own statement. A quotation
    interrupted by "Lee said", or a subject cut from its verb by the tag ("The plan itself, Lee argued, is
    a mirage"), is the speaker's words on both sides and stays."""
    if a.direct or len(a.content_spans) < 2:
        return False
    spans = sorted(a.content_spans, key=lambda sp: sp.start)
    for x, y in zip(spans, spans[1:], strict=False):
        if not re.search(r"\w", ctx.article.text[x.end:y.start]):
            continue
        if one_clause(x.text.strip(" ,")) or re.match(r"\W*(?:and|but|yet|while|though|although|so|or)\b",
                                                      y.text, re.I):
            return True  # a whole clause before the tag, or a new one after it: the writer's, maybe
    return False


# a claim to weigh states something of the world; "Ask the captain", "You'll have to ask a bear" tell
# the listener what to do (judged blind: a quip asked "how certain" is confusing and teaches nothing)
_IMPERATIVE = re.compile(
    r"^(?:let's|let’s|let us|don't|don’t|do not|never mind|ask|go|look|listen|imagine|remember|consider|think|"
    r"take|come|get|make|stop|tell|give|see|wait|watch|try|keep|forget|trust|believe|vote|call|read|check|"
    r"pay|help|just|please|relax|calm|enjoy|stay|leave|bring|put|buy|join|follow|show|hold|note|mark|"
    r"google|meet|be)\b", re.I)
_TO_THE_LISTENER = re.compile(
    r"^you(?:'ll|’ll|'d|’d|\s+will|\s+would|\s+just|\s+really)?\s+(?:have|need|got|ought|gotta|better|must|"
    r"should)\b", re.I)
# "Is the ferry running again" shown without its question mark
_QUESTION_START = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|isn't|aren't|"
                             r"don't|doesn't|didn't|won't|wouldn't)\s+(?:the|a|an|this|that|it|he|she|they|we|you|i|"
                             r"there|anyone|anybody)\b", re.I)
_FIRST_SECOND_PERSON = frozenset("i i'm i’m i'll i’ll i've i’ve i'd i’d we we're we’re we'll we’ll we've we’ve "
                                 "you you're you’re you'll you’ll you've you’ve you'd you’d".split())


# words a speaker opens on before the point ("You know, …", "Look, …", "Listen, …")
_DISCOURSE_START = re.compile(r"^(?:(?:you know|look|listen|well|now|see|okay|ok|so|hey|man),\s+)+", re.I)
# an exclamation or a sarcastic turn, not a statement ("God forbid …", "Heaven help us", "How dare they …")
_EXCLAMATION = re.compile(r"^(?:god|heaven|heavens|lord)\s+(?:forbid|help|knows)\b|^(?:thank god|how dare|what an?|"
                          r"so much for|good luck|yeah,?\s+right|oh,?\s+(?:sure|right|please))\b", re.I)
# the reporter says the words were not meant plainly ("Lee said sarcastically", "Lee joked")
_NOT_PLAIN_CUE = re.compile(r"\b(?:sarcastic\w*|jok\w+|jest\w*|quip\w*|mock\w*|iron\w*|facetious\w*|"
                            r"teas(?:e|ed|es|ing)|tongue[- ]in[- ]cheek|deadpan\w*|wr(?:y|ily))\b", re.I)


def not_meant_plainly(ctx: Context, a: Attribution) -> bool:
    """Does the reporter mark the quotation as a joke or sarcasm, in the cue or the words right after
    it ('"…," Lee said sarcastically', "Lee joked")? Then no one's claim to weigh."""
    if _NOT_PLAIN_CUE.search(a.cue):
        return True
    if a.cue_span is None:
        return False
    end = a.cue_span.end
    if a.source_span is not None and a.source_span.start >= end:
        end = a.source_span.end
    return bool(_NOT_PLAIN_CUE.match(ctx.article.text[end:end + 30].lstrip(" ,")))


# a subordinate clause alone, its main clause cut off ("Now that I am retired", "Because the vote was close")
_ONLY_SUBORDINATE = re.compile(r"^(?:now\s+that|because|if|when|whenever|while|although|though|since|unless|once|"
                               r"as\s+soon\s+as|even\s+though|even\s+if)\b", re.I)
# words addressed to someone: "Governor, …", "Mr. Trump, …", "Senator Kaine, …"
_VOCATIVE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+[A-Z][\w'’-]+|Governor|Senator|Congressman|"
                       r"Congresswoman|Madam\s+\w+|Sir|Ma['’]am|Folks)"
                       r"(?:\s+[A-Z][\w'’-]+)?,\s")


_CHECKABLE_RE2 = re.compile(r"(?:[—–]|--|-)\s*[\"”’']*\s*\.?$")
_CHECKABLE_RE3 = re.compile(r"[A-Za-z][\w'’-]*")


def checkable(claim: str) -> bool:
    """Is the claim a statement one can weigh, not a question, an order or a request to the listener
    ("Ask the captain", "You'll have to ask a bear"), nor a quip of a few words with no third-person
    finite verb ("Not my call", "I'm done here")?"""
    body = _CLAIM_CLAUSE_RE.sub("", unquote(claim).strip()).lstrip("\"“‘'( ")
    # "You know, you got to look at her": the words after "You know," are an order to the listener too
    for start in dict.fromkeys((body, _DISCOURSE_START.sub("", body))):
        if _IMPERATIVE.match(start) or _TO_THE_LISTENER.match(start) or _QUESTION_START.match(start):
            return False
        if _EXCLAMATION.match(start):
            return False  # "God forbid we ask them anything": an exclamation, sarcasm, no claim to weigh
    if "?" in body or "!" in body:
        return False
    if _CHECKABLE_RE2.search(body) or _VOCATIVE.match(body):
        return False  # judged blind (J2): "Governor, I don't want to interrupt, but I want to try to get —"
    if _ONLY_SUBORDINATE.match(body) and "," not in body:
        return False  # judged blind (J3): "Now that I don't have to be politically correct anymore": an aside
    words = _CHECKABLE_RE3.findall(body)
    if len(words) < 6:
        return bool(words) and words[0].lower() not in _FIRST_SECOND_PERSON and one_clause(body)
    return True



# a time phrase then "that": the ledger's content began at the day, not at the claim ("last week that the
# council …": the span of "said last week that …" cut one word late)
_TIME_THAT = re.compile(
    r"^(?:(?:last|this|next|earlier|later|late|early)\s+(?:this\s+|last\s+)?(?:\w+\s+)?|(?:on|in|at|during|over|"
    r"by|since|until)\s+(?:[^,]{1,30}?\s+)?|yesterday\s+|today\s+|recently\s+|earlier\s+|later\s+)?"
    r"(?:week|month|year|weekend|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{1,4}|yesterday|today|recently|earlier|later)\w*,?\s+that\b", re.I)
# a noun phrase, then a subordinate clause set off by a comma ("the current delegates count, if Rubio wins
# …"): a claim only when a main verb follows the subordinate clause ("the plan, if passed, would cost …")
_NP_THEN_SUBORDINATE = re.compile(
    r"^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|each|every|some|any|no)\s[^,;:]{0,80},\s*"
    r"(?:if|when|whenever|unless|because|although|though|while|once|since|after|before|as\s+long\s+as|"
    r"even\s+if|even\s+though)\b", re.I)


def full_claim(text: str) -> bool:
    """Is the quoted claim a full clause, not a piece the ledger cut from one: a noun phrase and an
    "if"-clause with no main verb of its own ("the current delegates count, if Sen. Marco Rubio wins …
    Ohio", judged blind), a time phrase and "that" ("last week that the council …")?"""
    t = re.sub(r"^that\s+", "", unquote(text).strip().lstrip("\"“‘'( "))
    if _TIME_THAT.match(t):
        return False
    m = _NP_THEN_SUBORDINATE.match(t)
    if m is None:
        return True
    head = t[:t.rfind(",", 0, m.end()) + 1]
    rest = t[m.end():]
    after = rest.split(",", 1)[1] if "," in rest else ""
    main = f"{head} {after}".strip()
    return bool(_FINITE.search(after) or _PRONOUN_SUBJECT.search(after)) or (bool(after.strip()) and one_clause(main))


# words of faith and morals: a belief, not a fact a reader could check (judged blind: a commenter's religious
# opinion asked as a claim "attributed to the named source" did not fit the certainty skill)
_BELIEF_WORDS = re.compile(
    r"\b(?:God|God['’]s|Lord|Jesus|Christ|Allah|sin|sins|sinful|sinners?|repent\w*|heaven|hell|evil|immoral\w*|"
    r"morally|amoral|souls?|divine|divinely|holy|sacred|salvation|wicked\w*|righteous\w*|blasphem\w*|"
    r"damnation|satan\w*|devil\w*|punishment\s+from|will\s+of\s+God|godless|ungodly|pray|prayers?)\b")
# an ought, or a verdict of right and wrong, in the claim's own predicate ("the town should repent", "the
# law is unjust", "local forces must lead the way")
_OUGHT = re.compile(r"\b(?:should|shouldn['’]t|ought\s+to|ought\s+not|must(?!\s+have\b)|mustn['’]t)\b", re.I)
_VERDICT = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:(?:so|very|simply|just|utterly|deeply|morally|plainly|truly|"
    r"completely|totally|absolutely)\s+)?(?:an?\s+)?(?:wrong|right|evil|immoral|unjust|unfair|fair|just|shameful|"
    r"disgraceful|disgrace|outrageous|disgusting|despicable|sinful|sin|abomination|beautiful|wonderful|"
    r"terrible|awful|horrible|good|bad|stupid|crazy|insane|ridiculous|absurd|pathetic|sad|great)\b", re.I)


def value_judgement(text: str) -> bool:
    """Is the claim a belief or a verdict, not a fact one could check: words of faith and morals ("the
    flood was a punishment from God"), an ought ("the town should repent"), a verdict of right, wrong,
    good or bad ("the law is unjust"), a remark to a generic "you"? How sure the article is of it is no
    question to ask."""
    t = unquote(text)
    return bool(_BELIEF_WORDS.search(t) or _OUGHT.search(t) or _VERDICT.search(t) or _GENERIC_YOU.search(t))


# "You can do that every single day …", "if you tell a lie often enough …": a remark to anyone, no checkable fact
# (judged blind on K34: a certainty item on it did not fit its tag)
_GENERIC_YOU = re.compile(r"\b(?:you|your|you['’](?:re|ve|ll|d))\b", re.I)


def _quoted_claim(claim: str, max_words: int) -> str:
    """The claim in quotation marks, without its own closing stop (the stem adds its punctuation)."""
    return quote(re.sub(r"[.;:,]+(?=[\"”’']*$)", "", claim.strip()), max_words)


# a claim is shown whole: cut at a comma, "Aside from the banners outside the hotel, the site of the
# debate, there are few posters" would show only its opening clause, not the claim (judged blind)
_SHOWN_WHOLE = 40


def _claim_stem(sup: Support, claim: str, lead: Support | None = None, variant: int = 0) -> str | None:
    """The stem, quoting the whole claim; None when it is too long to quote whole. With ``lead`` (the sentence of
    the paragraph before that names the speaker), the stem points to both paragraphs ("¶7–8"). ``variant`` picks
    one of three wordings of the one question (judged blind: a lesson's certainty items all asked "How does the
    article present this claim …?"), the first item of an article the first wording."""
    if len(claim.split()) > _SHOWN_WHOLE:
        return None
    where = f"¶{sup.paragraph}" if lead is None else f"¶{lead.paragraph}–{sup.paragraph}"
    shown = _quoted_claim(claim, _SHOWN_WHOLE)
    return (f"How does the article present this claim from {where}: {shown}?",
            f"Which best describes how the article presents this claim from {where}: {shown}?",
            f"The article includes this claim in {where}: {shown}. How is the claim presented?")[variant % 3]


def _options(keyed: str) -> list[str]:
    """The four presentations; a denied claim is also a named one, so "named" gives way to "denied"."""
    if keyed == DISPUTED:
        return [DISPUTED, FACT, HEDGED, UNNAMED]
    return list(CHOICES)


# a source that is a report, a poll or records ("according to an NBC report", "citing court records"): "who made it?"
_REPORT_SOURCE = re.compile(r"\b(?:according\s+to|reported\s+by|citing|cited\s+by|in)\s+(?:an?\s+|the\s+)?"
                            r"(?:[\w.&'’-]+\s+){0,4}?(?:report|reports|poll|polls|survey|study|analysis|records|"
                            r"documents|filings?|data|figures)\b", re.I)
# a claim about where something came from: "does the article name a source for it" is ambiguous
_ORIGIN = re.compile(r"\b(?:from|according|sources?|sourced|cit(?:e|es|ed|ing)|report(?:s|ed|ing)?)\b", re.I)


# a second clause after a comma that may be the reporter's comment on the claim
_CONCESSIVE_TAIL = re.compile(r",\s*(?:though|although|even though|but|while|whereas|yet)\s", re.I)
_CONCESSIVE_OPENING = re.compile(r"(?:even if|even though|although|though|whereas|while)\b[^,]{3,}, ", re.I)


# the order the presentations are asked in: the ones a reader can tell from the sentence's own words first
_PREFERENCE = {HEDGED: 0, DISPUTED: 0, FACT: 0, UNNAMED: 1, NAMED: 2}

# multiple-choice items per presentation keyed, each on a different claim
_PER_PRESENTATION = 2


def _clearly_other(sup: Support, claim: str, other_sup: Support, other: str) -> bool:
    """Is the claim clearly another than the one already asked about: in another paragraph, sharing few
    content words, neither making the other's statement?"""
    return (sup.paragraph != other_sup.paragraph and overlap(claim, other) < 0.2
            and not same_statement(claim, other))


# the writer's own verdict that a claim is wrong, outside quotation marks ("clearly erred in saying", "falsely
# claimed", "a claim with no evidence", a fact-checker's Pinocchios)
_WRITER_REJECTS = re.compile(r"\b(?:erred|erroneously|falsely|wrongly|incorrectly|mistakenly|inaccurately|"
                             r"misleadingly|baselessly|debunked|without (?:any )?evidence|no evidence|untrue|"
                             r"not true|false claim|Pinocchios?)\b", re.I)


def writer_rejects(ctx: Context, sup: Support) -> bool:
    """Does the claim's sentence, outside quotation marks, say in the writer's words that the claim is wrong?"""
    sent = sentence_at(ctx.analysis, sup.start)
    text = sent.span.text if sent is not None and sent.span.end >= sup.end else sup.text
    return _WRITER_REJECTS.search(re.sub(r"[\"“][^\"“”]*[\"”]", " ", text)) is not None


def _stem_set(words: frozenset[str]) -> frozenset[str]:
    """Content words cut to their first five letters ("founder", "founded" and "found" are one)."""
    return frozenset(w[:5] for w in words)


def writer_contradicts(ctx: Context, sup: Support, claim: str) -> bool:
    """Does another sentence in the writer's own words (:func:`_writer_sentences`) tell most of the claim's content
    words with the opposite polarity ("Trump said Obama was the founder of ISIS" … "Obama did not, however, personally
    found ISIS")? The writer disputes the claim: "attributed to a named source" is no sure key, nor is "disputed"
    (no source denies it)."""
    words = _stem_set(_content_words(claim))
    if len(words) < WRITER_CONTRA_WORDS:
        return False
    negated = bool(_NEGATION.search(claim))
    for start, end, own_words, own_negated in article_memo(ctx, "certainty.writer_sentences",
                                                           lambda: _writer_sentences(ctx)):
        if start < sup.end and sup.start < end or own_negated == negated:
            continue
        own = _stem_set(own_words)
        shared = words & own
        # most of each: a negated sentence that only names the claim's people ("Lund did not attend the ferry
        # company's meeting") tells another fact
        if len(shared) >= WRITER_CONTRA_WORDS and len(shared) >= WRITER_SHARE * max(len(words), len(own)):
            return True
    return False


WRITER_CONTRA_WORDS = 3  # content words a claim and the writer's negated telling of it share at the least


def generate(ctx: Context) -> list[Item]:
    """Certainty candidates: MC over the presentations, then true/false on naming a source."""
    items: list[Item] = []
    by_key: dict[str, list[tuple[Support, str]]] = {}
    # a photo caption, a credit or a picture line is no claim anyone makes (judged blind: "does the
    # article name a source for this claim?" asked of a caption)
    presented, leads = _presented(ctx)
    cands = [c for c in presented if not caption_line(ctx, c[1])]
    # judged blind: "Phyllis Schlafly … died on Monday." keyed "no one named" while the next paragraph says "Her
    # death was confirmed by the Eagle Forum": a fact the writer says someone confirmed is not unsourced
    cands = [c for c in cands if c[0] != FACT or not confirmed_near(ctx, c[1])]
    # one of each presentation first, so a lesson shows the contrast: a hedged, a disputed or an unsourced claim
    # before one put to an unnamed source, and that before "yet another attributed one" (judged blind: a lesson's
    # certainty items were mostly keyed "attributed to a named source")
    ordered = sorted(cands, key=lambda c: (_PREFERENCE[c[0]], cands.index(c)))
    # then a second of a presentation, on a claim clearly different from the first (another paragraph,
    # few words shared): the lesson picks among them
    firsts: set[int] = set()
    for i, c in enumerate(ordered):
        if c[0] not in {ordered[j][0] for j in firsts}:
            firsts.add(i)
    ordered = [ordered[i] for i in sorted(firsts)] + [c for i, c in enumerate(ordered) if i not in firsts]
    # judged blind (T6): "The article names who made this claim: 'I ask you … not to engage in any kind of
    # protest'": a request or a plea asks something of its listeners, nothing in it is true or false
    ordered = [c for c in ordered if not request_not_claim(c[2])]
    # judged blind (T28): "the goal was not to 'make America great again'" cut before "but to 'make America whole
    # again'": half of a "not X but Y" misquotes the speaker
    ordered = [c for c in ordered if not cut_contrast(ctx.article.text, c[2], c[1].end)]
    # judged blind (T35): "Clinton clearly erred in saying that the figure was from the State Department" keyed
    # "attributed to a named source": the writer's own verdict says the claim is wrong, which no option offers
    ordered = [c for c in ordered if not writer_rejects(ctx, c[1])]
    # judged blind (T35): "Obama was the founder of ISIS" keyed "attributed to a named source" while ¶7 says, in the
    # writer's words, "Obama did not, however, personally found ISIS"
    ordered = [c for c in ordered if not writer_contradicts(ctx, c[1], c[2])]
    if ctx.allows("multiple_choice"):
        for keyed, sup, claim, why in ordered:
            lead = leads.get((sup.start, sup.end))
            stem = _claim_stem(sup, claim, lead, variant=len(items))
            if stem is None:
                continue
            if keyed in (NAMED, UNNAMED, DISPUTED) and value_judgement(claim):
                continue  # judged blind: a commenter's religious opinion asked "how is it presented?" is no
                # claim one could check (whether a source is named, the true/false item below, still fits it)
            before = by_key.get(keyed, [])
            if len(before) >= _PER_PRESENTATION or any(not _clearly_other(sup, claim, s, c) for s, c in before):
                continue
            by_key.setdefault(keyed, []).append((sup, claim))
            distractors = [c for c in _options(keyed) if c != keyed]
            ctx.rng.shuffle(distractors)
            options, answer = shuffled_options(ctx.rng, keyed, distractors)
            sups = [sup] if lead is None else [lead, sup]
            items.append(make_item(SKILL, "multiple_choice", stem, options, answer,
                                   f"{'; '.join(cite(x) for x in sups)} — {why}.", sups))
    if ctx.allows("true_false"):
        told: set[bool] = set()
        asked = [it.support[0] for it in items]
        # never a claim a multiple-choice item asks about: "how is it presented?" and "does the article
        # name a source?" on one claim give each other away (judged blind on three pairs)
        for keyed, sup, claim, why in ordered:
            if any(sup.start < o.end and o.start < sup.end for o in asked):
                continue
            if keyed in (DISPUTED, UNNAMED) or (keyed == NAMED) in told:
                continue  # one "True" and one "False" statement at most; "officials" is a source, unnamed
            if (sup.start, sup.end) in leads:
                continue  # its speaker named only in the paragraph before: "names who made this claim (¶8)" (J3)
            if len(claim.split()) > 45:
                continue  # a statement to judge is whole, never cut mid-sentence
            if _BRACKETED_NAME.match(claim):
                continue  # "[Lee] would veto …": the name put in for "he" hints who made the claim
            if _ORIGIN.search(claim):
                continue  # "the figure was from the State Department": "names a source" reads as where it came from
            if _REPORT_SOURCE.search(sup.text):
                continue  # judged blind (T24): "…, according to an NBC report at the time": a report, no one named in
                # it, so "the article names who made this claim" is True by the outlet's name and False by the person
            told.add(keyed == NAMED)
            # judged blind (J1, J3): "names a source for this claim in ¶5" read as "in ¶5" while the name was
            # in ¶4 and ¶5 said only "he said": the paragraph now locates the claim, and the stem is a question
            stem = (f"True or false? The article names who made this claim (¶{sup.paragraph}): "
                    f"{_quoted_claim(claim, 46)}.")
            answer = 0 if keyed == NAMED else 1
            # whether the article names who made a claim: named or unnamed sources, the design card's "sourcing"
            # (judged blind: the certainty tag, then the sourcing tag, then under "attribution" three of four on
            # D4 and D5, whose judges, briefed with the design card's tags, named sourcing the fit)
            items.append(make_item("sourcing", "true_false", stem, ["True", "False"], answer,
                                   f"{cite(sup)} — {why}.", [sup], difficulty="easy"))
    return items


# "I ask you …", "I urge everyone to …", "Please …", "Let's …", "Don't …": words that ask, not state
_REQUEST = re.compile(r"^\W*(?:I\s+(?:would\s+|'d\s+|’d\s+)?(?:ask|urge|beg|implore|appeal\s+to|call\s+on|"
                      r"encourage|invite)\b|(?:please|let['’]s|let\s+us|don['’]t|do\s+not)\b)", re.I)


def request_not_claim(text: str) -> bool:
    """Is the text a request, a plea or a command rather than a claim ("I ask you not to protest", "Please vote")?"""
    return _REQUEST.match(text) is not None


_CONFIRMED_BY = re.compile(r"\b(?:confirmed|announced|reported|disclosed|revealed|verified|released|made public)\s+"
                           r"(?:[a-z]+\s+)?by\b|\baccording to\b", re.I)


def confirmed_near(ctx: Context, sup: Support) -> bool:
    """Does the claim's paragraph or the next one say who confirmed or announced something ("Her death was
    confirmed by the Eagle Forum", "according to the family")? Then a fact stated there may rest on that source."""
    paras = [p for p in (sup.paragraph, sup.paragraph + 1) if 1 <= p <= len(ctx.article.paragraphs)]
    return any(_CONFIRMED_BY.search(ctx.article.paragraph(p).text) for p in paras)


# a claim opening on the speaker's name put in brackets for its "he"/"she" (:func:`_name_for_subject`)
_BRACKETED_NAME = re.compile(r"^\W*\[[A-Z]")
_WEEKDAY_DATE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:Jan|Feb|Mar|Apr|May|"
                           r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\W*$")
_PICTURE_WORDS = re.compile(r"\b(?:photo(?:graph)?s?|pictured|picture|image|getty|file photo|AP Photo|"
                            r"(?:REUTERS|AFP|EPA)\s*/)\b|\(\s*(?:AP|AFP|Reuters)\b", re.I)


def caption_line(ctx: Context, sup: Support) -> bool:
    """Is the passage a photo caption, a credit or a picture line: a paragraph of one sentence that
    the set-aside rules call a caption or credit, that speaks of a photo, or that ends on a caption's
    full date ("… arrived at the airport on Thursday, June 16, 2016.")? Never a claim to ask about."""
    if not 1 <= sup.paragraph <= len(ctx.article.paragraphs):
        return False
    para = " ".join(ctx.article.paragraph(sup.paragraph).text.split())
    if len([s for s in ctx.analysis.sentences if s.paragraph == sup.paragraph]) > 1:
        return False
    return bool(classify_line(para) in ("caption", "credit") or _PICTURE_WORDS.search(para)
                or _WEEKDAY_DATE.search(para))
