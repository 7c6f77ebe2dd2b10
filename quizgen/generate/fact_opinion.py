"""Fact, opinion or prediction: the student reads a statement from the article and says which it is.

A standard media-literacy item (News Literacy Project, CommonLit). Short pieces (one speaker, a
column, a brief) hold many sure claims but few key details; their claims are the material here.

Precision first: :func:`classify` is a small ordered rule set over words and regexes (no parse:
generation must stay cheap) that names a kind only when the statement's own words show it, and
returns None for anything mixed or unclear (an opinion with a figure in it, a belief about the
future, a hedge, a condition, a question, a quip). A wrong key teaches something false; a missing
item costs nothing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizgen.analysis.judgments import LOADED
from quizgen.generate.attribution import (
    _DANGLING,
    claim_like,
    cut_by_cue,
    dangling_pronoun,
    embedded_quote,
    mixed_content,
    not_a_sourced_claim,
    reported_words,
)
from quizgen.generate.base import (
    Context,
    cite,
    in_quotation,
    make_item,
    named,
    plausible_source,
    sentence_at,
    source_mid,
    starts_with_pronoun,
    unquote,
)
from quizgen.generate.certainty import (
    _EVALUATIVE as _WEIGHING,
)
from quizgen.generate.certainty import (
    _HEDGY_ADVERB,
    _SPEECH,
    _authors_voice,
    _nested,
    _partial_quote,
    _sure,
    _unnamed,
    caption_line,
    checkable,
    claim_clause,
    first_sentence_claim,
    not_meant_plainly,
    stitched_over_source,
    whole_clause,
)
from quizgen.model import Attribution, Item, Span, Support

SKILL = "certainty"
# what a statement is, as the claim a true/false item makes of it; three kinds that cannot overlap
# (a multiple-choice form needed a fourth, always-wrong option at the gate: a filler a teacher would strike)
FACT = "a fact (something that can be checked and shown true or false)"
OPINION = "an opinion (a judgment or belief that cannot be proved)"
PREDICTION = "a prediction (a claim about what will happen)"
# the kind claimed when the item is keyed False: one a close reader rules out
_FOIL = {"fact": "opinion", "opinion": "fact", "prediction": "fact"}
LABELS = {"fact": FACT, "opinion": OPINION, "prediction": PREDICTION}
MAX_ITEMS = 3
_PER_LABEL = 2  # keys varied: never three of one kind
_MAX_WORDS = 40  # a statement is shown whole (or cut at a sentence's end) within this many words


@dataclass(frozen=True)
class Verdict:
    """The kind of a statement and the words that show it (named in the explanation)."""

    label: str  # "fact", "opinion" or "prediction"
    signal: str  # "belief", "normative", "evaluative", "future", "checkable"
    words: tuple[str, ...]


# ---------------------------------------------------------------- the word lists

# first-person belief or liking: the speaker says it is what they think or how they feel about it
_BELIEF = re.compile(
    r"\b(?:I|we)\s+(?:really\s+|truly\s+|strongly\s+|firmly\s+|honestly\s+|personally\s+|still\s+|do\s+)?"
    r"(?:think|believe|feel|felt|thought|believed)\b|\bin\s+(?:my|our)\s+(?:view|opinion|judgment|judgement)\b|"
    r"\b(?:I'm|I’m|I\s+am|we're|we’re|we\s+are)\s+(?:absolutely\s+|totally\s+|fully\s+)?convinced\b|"
    r"\bto\s+me,|\b(?:I|we)\s+(?:really\s+|truly\s+|just\s+)?(?:love|hate|admire|respect|like)\b(?!\s+to\b)", re.I)
_LIKING = re.compile(r"(?:I|we)\s+(?:\w+\s+)?(?:love|hate|admire|respect|like)", re.I)
# a normative modal: what ought to be, not what is ("should" of expectation, "should arrive by May", aside)
_NORMATIVE = re.compile(
    r"\b(?:should(?!\s+(?:be\s+able|arrive|know|hear|come|expect|show|help|mean|make|give|allow|lead|result|"
    r"provide|prove|ensure|reach|happen|continue|remain|improve|increase|decline|rise|fall|"
    r"get\s+(?:there|back)|be\s+(?:completed|finished|"
    r"ready|available|done|open|over|back)))|ought\s+to|(?:(?<=\bwe\s)|(?<=\byou\s)|(?<=\bI\s))must"
    r"(?!\s+(?:have|'ve|’ve)\b)|deserves?|deserved|"
    r"(?:(?<=\bwe\s)|(?<=\byou\s))(?:have|need|got)\s+to(?!\s+(?:say|admit|tell|be\s+honest)\b))\b", re.I)
# "must" of a rule ("drivers must stop"), "should" of a schedule ("should be done by May"): no judgment
_RULE_OR_SCHEDULE = re.compile(r"(?<!\bwe\s)(?<!\byou\s)(?<!\bI\s)\bmust\b|"
                               r"\bshould\b.*\b(?:by|next|soon|later|tomorrow|tonight|week|month|"
                               r"year|days?|hours?)\b", re.I)
# adjectives and nouns that judge; used after "is"/"was" (or "the best …") they make the statement a judgment
_EVAL_WORDS = (
    "gifted|remarkable|wonderful|terrible|disgraceful|ridiculous|best|worst|greatest|great|amazing|awful|"
    "outrageous|shameful|pathetic|brilliant|horrible|horrific|fantastic|excellent|incredible|stupid|dumb|"
    "foolish|silly|absurd|disgusting|despicable|deplorable|appalling|unacceptable|inexcusable|disastrous|"
    "beautiful|magnificent|tremendous|fabulous|superb|outstanding|admirable|courageous|heroic|brave|cowardly|"
    "dishonest|crooked|incompetent|unfit|nasty|evil|sad|wrong|unfair|dangerous|irresponsible|reckless|"
    "offensive|insulting|embarrassing|hypocritical|shocking|sickening|crazy|insane|disgrace|disaster|travesty|"
    "mistake|shame|joke|mess|hero|genius|idiot|liar|phony|nonsense|weak|"
    "inspiring|extraordinary|sensational|spectacular|lousy|smart|wise|unwise|important|"
    "critical|essential|vital|fair|decent|good|bad|better|worse|right|nice|lovely|perfect|ideal|admirable|"
    "troubling|alarming|dismal|pitiful|vile|flawed|failure|extreme|shameless|clueless|heartbreaking|"
    "tragic|unbelievable|overblown|hateful|unconscionable|unforgivable|wrongheaded|misguided|naive|laughable|"
    "pointless|useless|worthless|disturbing|scary|frightening|cute|interesting|exciting|boring|dull|"
    "irrelevant|ugly|lovely|marvelous|marvellous|dreadful|miserable|intolerable|heartwarming|legendary|overdue|"
    "unfortunate|regrettable|despicable|untenable|unwise|inappropriate|unprofessional|un-American")
# after a linking verb: "it is powerful", "this was a disgrace", "he's the best", "she remains one of the greatest"
_LINK = (r"\b(?:is|are|was|were|'s|’s|be|been|being|am|'m|’m|'re|’re|remains?|remained|became|becomes)\s+"
         r"(?:not\s+)?(?:(?:just|so|very|really|truly|absolutely|simply|such|quite|pretty|utterly|totally|"
         r"completely|incredibly|extremely|deeply|downright|frankly|dangerously|a|an|the|no|one\s+of\s+the|most|more|"
         r"really\s+a|such\s+a)\s+){0,3}")
# "has done an incredible job", "made a terrible decision": a verdict on what someone did
_EVAL_OBJECT = re.compile(r"\b(?:done|did|does|doing|made|makes|make|making)\s+(?:a|an|such\s+a)\s+"
                          r"(?:(?:very|really|truly|absolutely|fine|good)\s+)?({words})\s+(?:job|work|decision|choice|"
                          r"mistake|deal|call|move)\b", re.I)
_EVALUATIVE = re.compile(_LINK + rf"({_EVAL_WORDS})\b(?![-‐])", re.I)
_EVAL_OBJECT = re.compile(_EVAL_OBJECT.pattern.replace("{words}", _EVAL_WORDS), re.I)
# a degree word on a quality after a linking verb ("is very daunting", "has been so successful", "are too
# concerned with self-interest"): a graded quality is the speaker's measure; not a feeling ("I'm very
# disappointed" reports one) nor an amount ("so much broader")
_DEGREE = re.compile(r"\b(?:is|are|was|were|'s|’s|be|been|'re|’re|remains?|remained)\s+(?:not\s+)?(?:a\s+|an\s+)?"
                     r"((?:so|very|really|too|extremely|incredibly|truly|absolutely|totally)\s+([a-z]{4,}))\b")
_FEELING = re.compile(r"(?:disappointed|pleased|happy|glad|sad|sorry|proud|excited|worried|concerned|upset|angry|"
                      r"frustrated|surprised|grateful|thankful|honored|honoured|humbled|confident|hopeful|much|many|"
                      r"few|more|less|often|long|far|well|close|likely|much)")
# "is alarming many Germans": a verb with its object, not a verdict
_VERB_ING = re.compile(r"\s+(?:[A-Z]|(?:many|the|a|an|his|her|their|our|my|your|its|us|me|them|him|people|some|"
                       r"voters|those|these|this|that|all|most|more)\b)")
# "a great deal", "the great majority": amounts, not verdicts
_NOT_EVAL = re.compile(r"\bgreat\s+(?:deal|many|majority|lengths|extent|depression|recession|lakes|britain|"
                       r"war|plains|wall|migration)\b|\bbest\s+(?:known|selling)\b|\bat\s+best\b", re.I)
# the main verb in the future: "will", "won't", "is going to"
_FUTURE = re.compile(r"\b(?:will|won't|won’t|shall|(?:is|are|am|'s|’s|'re|’re|'m|’m)\s+going\s+to|gonna)\b"
                     r"|(?<=\w)(?:'ll|’ll)\b", re.I)
_WILL_NOUN = re.compile(r"\b(?:the|a|his|her|their|our|my|political|free|good|ill|own|of)\s+will\b|\bwill\s+of\b",
                        re.I)
# "God will hold them accountable", "History will judge us": a belief no one will ever check
_BEYOND_CHECK = re.compile(r"\b(?:God|Lord|heaven|history|Allah|the Almighty)\b")
# words that leave the statement uncertain: no kind is sure
_HEDGE = re.compile(r"\b(?:may|might|could|would|can|cannot|can't|can’t|couldn't|couldn’t|wouldn't|wouldn’t|"
                    r"reportedly|allegedly|believed|likely|unlikely|probably|possibly|perhaps|maybe|seems?|seemed|"
                    r"appears?|appeared|apparently|supposedly|expected|hope|hopes|hoped|hopefully|guess|suppose|"
                    r"suspect|estimated)\b|\b(?:about|around|roughly|nearly|almost|some)(?=\s+\$?\d)", re.I)
# a condition, a wish, a question: not a statement of one kind
_CONDITION = re.compile(r"\b(?:if|unless|whether|wish|wishes|imagine|suppose|otherwise)\b", re.I)
# words that grade or stress: a fact states, it does not weigh
_GRADING = re.compile(r"\b(?:very|really|clearly|obviously|absolutely|certainly|surely|definitely|truly|totally|"
                      r"completely|utterly|extremely|incredibly|simply|just|only|even|more|most|less|least|too|so|"
                      r"such|quite|pretty|rather|enough|fully|deeply|highly|hugely|badly|sadly|fortunately|"
                      r"unfortunately|never|always|ever|everyone|everybody|everything|nobody|nothing|no\s+one|"
                      r"increasing\w*|growing|mounting|breakout|"
                      r"all|every|anyone|anything|[a-z]+er\s+than|best|worst)\b", re.I)
# a stance, a wish, a feeling, a cause: a view of the world rather than a report of it
_STANCE = re.compile(r"\b(?:want\w*|hop(?:e|es|ed|ing)|wish\w*|lov(?:e|es|ed|ing)|lik(?:e|es|ed)|hat(?:e|es|ed)|"
                     r"support\w*|oppos\w+|agree\w*|disagree\w*|fear\w*|worr\w+|doubt\w*|expect\w*|"
                     r"plan(?:s|ned|ning)?|intend\w*|need\w*|trust(?:s|ed)?|car(?:e|es|ed|ing)|know\w*|knew|"
                     r"understand\w*|understood|realiz\w+|realis\w+|remember\w*|think\w*|believ\w*|feel\w*|"
                     r"felt|mean(?:s|t)?|seem\w*|because|due\s+to|thanks\s+to|led\s+to|caus(?:e|es|ed|ing)|"
                     r"lied|lying|lies|cheat\w*|stole|betray\w*|slamm\w+|blast\w*|ruin\w*|abandon\w*|wast\w+|"
                     r"bungl\w+|botch\w+|mismanag\w+|squander\w*|smear\w*|insult\w*|"
                     r"blam\w+|fault|result\s+of|in\s+order\s+to|so\s+that|proud|happy|glad|sorry|sad|afraid|"
                     r"concerned|worried|excited|pleased|disappointed|surprised|frustrated|upset|angry|"
                     r"committed|dedicated|determined|ready|able|unable|clear|obvious|true|false|fact|truth)\b",
                     re.I)
# actions a record shows ("were made in Mexico", "was born in Ohio"): with a name, checkable without a figure
_CONCRETE = re.compile(r"\b(?:made|built|born|elected|married|signed|voted|visited|met|won|lost|closed|opened|moved|"
                       r"founded|hired|fired|arrested|charged|convicted|sentenced|sued|paid|sold|bought|raised|spent|"
                       r"donated|refunded|filed|released|launched|appointed|nominated|graduated|served|died|killed|"
                       r"attended|lived|worked|joined|left|resigned|retired|endorsed|vetoed|passed)\b")
# a plan or a schedule ("was set to receive"), the listener ("when someone asks you"), a figure of speech
_NOT_A_REPORT = re.compile(r"\b(?:set|scheduled|poised|about|due|slated|going)\s+to\b|\b(?:you|your|yours)\b|"
                           r"\b(?:mostly|largely|mainly|increasingly|strongly|merely|barely|hardly|somehow|"
                           r"literally|basically|essentially|virtually|practically)\b", re.I)
# the past: "-ed" verbs (not emotion adjectives, listed above) and common irregular pasts
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|won|lost|met|spent|took|gave|made|went|sent|paid|sold|bought|built|held|"
                   r"left|ran|began|came|got|grew|fell|rose|hit|cut|put|set|wrote|saw|found|brought|led|kept|beat|"
                   r"became|chose|drove|flew|stood|sat|fought|caught|taught|broke|spoke|struck|won|lent|shut|"
                   r"quit|dug|shot|sank|swore|threw|wore|bore|drew|froze|hid|rang|rode|sang|sold|stole)\b")
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:not\s+|never\s+|already\s+)?(?:been\s+)?[a-z]{2,}(?:ed|en|t)\b",
                              re.I)
# "have 300 workers", "costs $5 million": an amount in the present
_AMOUNT_VERB = re.compile(r"\b(?:has|have|employs?|costs?|owns?|holds?|totals?|includes?|contains?|is|are|was|"
                          r"were|numbers?)\b", re.I)
_NUMBER = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|"
                     r"percent|dozens?|half)\b", re.I)
# a figure as written, for the explanation: "$2 million", "5 percent", "2015", "300"
_FIGURE = re.compile(r"\$?\d[\d,.]*%?(?:\s+(?:million|billion|trillion|thousand|hundred|percent))?|"
                     r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     r"hundreds|thousands|millions|billions|dozens)(?:\s+(?:million|billion|thousand|hundred|percent))?\b",
                     re.I)
_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|last\s+(?:week|month|"
                   r"year|night|quarter|spring|summer|fall|autumn|winter))\b|\b1[89]\d\d\b|\b20\d\d\b")
# a capitalised word not opening the statement: a named person, place or organisation
_NAME = re.compile(r"(?<=[a-z,]\s)(?!I\b)[A-Z][a-z]+")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SUBJECT_FIRST_PERSON = re.compile(r"^(?:I|we|you)$", re.I)
# a word before "will" that makes it a subordinate clause ("The law, which will …")
_SUBORDINATE = re.compile(r"\b(?:if|when|which|who|whom|whose|that|because|although|though|while|after|before|"
                          r"until|unless|whether|what|how|where|once|since|as)\b", re.I)
_FINITE_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|said|says|[a-z]{3,}ed)\b", re.I)


# a statement that leans on what came before ("Nevertheless, …", "But …") or stops mid-clause ("… , and")
_LEANS = re.compile(r"^(?:nevertheless|nonetheless|but|and|or|so|yet|however|still|instead|then|also|thus|"
                    r"therefore|meanwhile|besides|plus)\b", re.I)
_OPEN_END = re.compile(r"(?:,|\b(?:and|or|but|the|a|an|of|to|with|that|which|who))\W*$", re.I)
_RELATIVE = re.compile(r"\b(?:who|which|whom|whose)\b[^,;]*", re.I)


_SENTENCE_END = re.compile(r"(?<![A-Z]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bSen\.)"
                           r"(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def _sentences(text: str) -> list[str]:
    """The statement's sentences (a quotation may hold two: "It is powerful. It is palpable.")."""
    parts = _SENTENCE_END.split(text.strip())
    return [p.strip() for p in parts if p.strip()]


def _main_future(text: str) -> str | None:
    """The future marker of the main clause ("The bridge will open …", "Next year, prices are going to …"):
    the first finite word after a short subject, with no clause before it; None otherwise."""
    clean = _WILL_NOUN.sub(" ", text)
    m = _FUTURE.search(clean)
    if m is None:
        return None
    before = clean[:m.start()]
    lead = before.rsplit(",", 1)[-1] if before.count(",") == 1 and len(before.split(",")[0].split()) <= 4 else before
    if "," in lead or _SUBORDINATE.search(lead) or _FINITE_BEFORE.search(lead):
        return None
    subject = _WORD.findall(lead)
    if not subject or len(subject) > 6 or _SUBJECT_FIRST_PERSON.match(subject[-1]):
        return None  # "I will …", "we'll …": a promise or an intention, not a prediction
    return m.group().strip()


def _evaluative_words(text: str) -> list[str]:
    """The judging words used as a verdict: after a linking verb, or "the best …" (not a record)."""
    clean = _NOT_EVAL.sub(" ", text)
    found = [m.group(1) for m in _EVALUATIVE.finditer(clean) if not _VERB_ING.match(clean[m.end(1):])
             or not m.group(1).lower().endswith("ing")]
    found += [m.group(1) for m in _EVAL_OBJECT.finditer(clean)]
    found += [m.group(1) for m in _DEGREE.finditer(clean) if not _FEELING.fullmatch(m.group(2))]
    words = list(dict.fromkeys(w.lower() for w in found))
    return [w for w in words if not any(w != o and w in o.split() for o in words)]


def _one(sentence: str) -> Verdict | None:
    """The kind of one sentence, by the ordered rules; None when mixed or unclear."""
    s = unquote(sentence).strip()
    words = _WORD.findall(s)
    if len(words) < 5 or "?" in s or "!" in s or _CONDITION.search(s) or _LEANS.search(s) or _OPEN_END.search(s):
        return None
    if _RELATIVE.search(s) and len(_WORD.findall(_RELATIVE.sub(" ", s))) < 4:
        return None  # "The ones who have been here 20 years": a noun phrase, no statement
    has_number = bool(_NUMBER.search(s))
    future = _FUTURE.search(_WILL_NOUN.sub(" ", s))
    belief = [m.group().strip(" ,") for m in _BELIEF.finditer(s)]
    normative = [m.group() for m in _NORMATIVE.finditer(s)]
    evaluative = _evaluative_words(s)
    if belief or normative or evaluative:
        # an opinion, surely: unless a figure makes part of it checkable, or it is also about the future
        if has_number or future or _HEDGE.search(re.sub(r"\bwould\b", " ", s)):
            return None
        if not belief and _RULE_OR_SCHEDULE.search(s):
            return None
        if belief and _LIKING.fullmatch(belief[0]) and "," in s and not (normative or evaluative):
            return None  # "I love women, and I've always tried to treat them well": a liking and a claim
        if belief:
            return Verdict("opinion", "belief", tuple(belief[:1]))
        if normative:
            return Verdict("opinion", "normative", tuple(normative[:1]))
        return Verdict("opinion", "evaluative", tuple(evaluative[:3]))
    if future:
        marker = _main_future(s)
        if marker is None or _HEDGE.search(s) or _STANCE.search(s) or _BEYOND_CHECK.search(s):
            return None
        marker = "going to" if marker[:1] in "'’" else marker
        return Verdict("prediction", "future", (marker,))
    # a fact: a plain report of an event or an amount, with something specific to check
    if _HEDGE.search(re.sub(r"\bMay\b(?=\s+\d)|(?<=\d\s)May\b|\bin\s+May\b", " ", s)) or _GRADING.search(s):
        return None
    if _STANCE.search(s) or _SPEECH.search(s) or _WEIGHING.search(s) or _NOT_A_REPORT.search(s):
        return None
    if s.count(",") > 2 or any(q in s for q in "\"“”‘—–") or re.search(r" - |--|''", s) or _RELATIVE.search(s):
        return None  # a quotation inside, a dash, a string of clauses: a comment may ride along
    if any(w.lower() in LOADED for w in words):
        return None  # "a brutal crackdown", "a historic vote": the report carries a judgment
    past = [m.group() for m in _PAST.finditer(s)] + [m.group() for m in _PRESENT_PERFECT.finditer(s)]
    if not past and not (has_number and _AMOUNT_VERB.search(s)):
        return None
    checks = [m.group().strip(" ,.") for m in _FIGURE.finditer(s)] + [m.group() for m in _DATE.finditer(s)]
    names = [m.group() for m in _NAME.finditer(s)]
    if not checks and not (names and _CONCRETE.search(s)):
        return None  # a name alone ("… amounted to attacks on Obama"): what is there to check?
    checks += names
    if re.search(r"\b(?:is|are|was|were|'s|’s)\s+(?:not\s+)?(?:a|an|the)?\s*[a-z]+(?<!ed)(?<!en)\b", s) and not past:
        # "Unemployment is 5 percent" (an amount) stays; "He is a fine man" never came this far
        if not re.search(r"\b(?:is|are|was|were)\s+(?:\$|\d|about|over|under|up|down)", s):
            return None
    return Verdict("fact", "checkable", tuple(dict.fromkeys(checks))[:3])


@lru_cache(maxsize=4096)
def classify_verdict(text: str) -> Verdict | None:
    """The kind of a statement of one or more sentences: every sentence the same kind, else None."""
    if len(_WORD.findall(text)) < 6 and not _FIGURE.search(text):
        return None  # a quip ("Well, I like like him"): too little to weigh
    verdicts = [_one(s) for s in _sentences(unquote(text))]
    if not verdicts or any(v is None for v in verdicts):
        return None
    labels = {v.label for v in verdicts if v is not None}
    if len(labels) != 1:
        return None
    first = verdicts[0]
    assert first is not None
    words = tuple(dict.fromkeys(w for v in verdicts if v is not None for w in v.words))[:3]
    return Verdict(first.label, first.signal, words)


def classify(text: str) -> str | None:
    """"fact", "opinion" or "prediction" when the statement's own words show it; None when mixed or unclear."""
    v = classify_verdict(text)
    return v.label if v else None


# ---------------------------------------------------------------- statements from the article


@dataclass(frozen=True)
class Statement:
    support: Support  # the sentence(s) holding the statement
    shown: str  # the statement as the stem quotes it
    speaker: str | None  # who says it (None: the article / the writer)
    direct: bool


def _shown(text: str) -> str | None:
    """The statement whole, or its first sentences up to _MAX_WORDS (cut only at a sentence's end)."""
    text = " ".join(unquote(text).split())
    if len(text.split()) <= _MAX_WORDS:
        return text
    out: list[str] = []
    for s in _sentences(text):
        if len(" ".join([*out, s]).split()) > _MAX_WORDS:
            break
        out.append(s)
    return " ".join(out) if out else None


def _sentence_support(ctx: Context, start: int, end: int) -> Support | None:
    """The article's sentence(s) from the one holding ``start`` to the one holding ``end``."""
    first = sentence_at(ctx.analysis, start)
    last = sentence_at(ctx.analysis, max(start, end - 1))
    if first is None or last is None or first.paragraph != last.paragraph:
        return None
    text = ctx.article.text[first.span.start:last.span.end]
    return Support(first.paragraph, first.span.start, last.span.end, text)


_OPEN_QUOTE = "\"“‘'"
_CLOSE = re.compile(r"^\s*[\"”’']?\s*[.,!?;:]|^\s*[.,!?;:]?\s*[\"”’']")


def _quoted_sentence(ctx: Context, start: int, end: int) -> bool:
    """Is the quotation a sentence of the speaker's own: it opens a quotation with a capital and runs
    to a stop, or to the comma before "Lee said"? ('saying it was "a total disgrace"' is a piece of the
    reporter's sentence.)"""
    text = ctx.article.text
    head = text[max(0, start - 2):start]
    body = text[start:end].lstrip(_OPEN_QUOTE + " ")
    if not (any(q in head for q in _OPEN_QUOTE) or text[start:start + 1] in _OPEN_QUOTE):
        return False
    return body[:1].isupper() and bool(_CLOSE.match(text[end:end + 3]) or re.search(r"[.!,]\W*$", text[start:end]))


def _speaker(ctx: Context, index: int) -> str | None:
    """Who the stem names: a source the ledger is sure of; None (the stem says "the article quotes")."""
    a = ctx.analysis.attributions[index]
    if _sure(ctx, index) and (named(a) or _unnamed(a)) and plausible_source(a):
        return source_mid(a)
    return None


_DASH_CUT = re.compile(r"\s[-–—]{1,2}\s*$|^\s*[-–—]")


def _interrupted(ctx: Context, a: Attribution) -> str | None:
    """A quotation the tag interrupts mid-sentence ('"The plan," Lee said, "is a disaster."'), as one
    sentence ("The plan is a disaster."); None for any other shape."""
    spans = a.content_spans
    if not a.direct or len(spans) != 2:
        return None
    first, second = (ctx.article.text[sp.start:sp.end] for sp in spans)
    between = ctx.article.text[spans[0].end:spans[1].start]
    if "." in between.replace("Mr.", "").replace("Ms.", "").replace("Dr.", "") or len(between.split()) > 6 \
            or not _SPEECH.search(between) or re.search(r"\b(?:that|adding|and)\b", between):
        return None  # '"We lost," he said. "It was hard."': two sentences, the ledger's first one stands
    head = unquote(first).rstrip(",")
    tail = unquote(second)
    if not head[:1].isupper() or not tail[:1].islower() or not first.rstrip(" \"”’'").endswith(","):
        return None
    return f"{head} {tail}"


def _attributed(ctx: Context) -> list[Statement]:
    """Sure claims whose content is a whole sentence: a quotation, or reported speech after "said"."""
    out: list[Statement] = []
    for i, whole in enumerate(ctx.analysis.attributions):
        a = first_sentence_claim(ctx, whole)
        joined = _interrupted(ctx, a)
        if (len(a.content_spans) != 1 and joined is None) or not claim_like(a) or a.certainty == "hedged" or a.hedge:
            continue
        content = joined or unquote(a.content).strip()
        if not 5 <= len(content.split()) <= 80 or "?" in content or _DANGLING.match(content):
            continue
        if a.direct and classify_verdict(_shown(content) or content) is None:
            continue  # the quotation is shown as it stands: no kind, no need to weigh its shape (most claims)
        if mixed_content(ctx, a) or _partial_quote(ctx, a) or not_meant_plainly(ctx, a) or _DASH_CUT.search(content):
            continue
        if not_a_sourced_claim(ctx, a) or embedded_quote(ctx, a) or cut_by_cue(ctx, a) or dangling_pronoun(a):
            continue  # first-person words the ledger gave a group, a quotation inside, "We fixed it …"
        if (joined is None and stitched_over_source(ctx, a)) or _nested(ctx, i) \
                or _SPEECH.search(_BELIEF.sub(" ", content)):
            continue  # another voice inside the claim: whose words are they?
        if _HEDGY_ADVERB.search(content) or not (claim_clause(a) if joined is None else whole_clause(joined)):
            continue
        sp = Span(a.content_spans[0].start, a.content_spans[-1].end, "")
        speaker = _speaker(ctx, i)
        if a.direct:
            if not _quoted_sentence(ctx, sp.start, sp.end):
                continue  # 'saying it was "a total disgrace"': a piece of the reporter's sentence
            text = content
        else:
            shown = reported_words(a)
            if shown is None or speaker is None or starts_with_pronoun(shown):
                continue  # reported speech is the article's wording of a named source's claim
            text = re.sub(r"^that\s+", "", unquote(shown))
        shown_text = _shown(text)
        if shown_text is None or "''" in shown_text or not whole_clause(shown_text) or not checkable(shown_text):
            continue
        sup = _sentence_support(ctx, sp.start, sp.end)
        if sup is None or caption_line(ctx, sup):
            continue
        out.append(Statement(sup, shown_text, speaker, a.direct))
    return out


def _judged(ctx: Context, writer: bool) -> list[Statement]:
    """The writer's own evaluative sentences (the ledger's unsourced judgments), in a column or an
    op-ed, where the verdicts are the piece's point. In a news report a loaded word mostly rides on a
    sentence that reports something ("Adil Oksuz is the subject of a massive manhunt"): mixed, no item."""
    out: list[Statement] = []
    if not writer:
        return out
    for j in ctx.analysis.judgments:
        sent = sentence_at(ctx.analysis, j.span.start)
        if sent is None:
            continue
        text = sent.span.text
        if any(q in text for q in "\"“”") or in_quotation(ctx.article, sent.span.start) or _SPEECH.search(text):
            continue  # someone else's words inside: not the article's own statement
        if any(a.paragraph == sent.paragraph and a.cue_span is not None
               and sent.span.start <= a.cue_span.start < sent.span.end for a in ctx.analysis.attributions):
            continue
        if len(text.split()) > _MAX_WORDS or not whole_clause(text) or not checkable(text):
            continue
        sup = _sentence_support(ctx, sent.span.start, sent.span.end)
        if sup is None or caption_line(ctx, sup):
            continue
        out.append(Statement(sup, text, None, False))
    return out


def _stem(st: Statement, writer: bool) -> str:
    q = "\"" + st.shown.replace("\"", "'").replace("“", "‘").replace("”", "’").rstrip(",;: ") + "\""
    if st.speaker is None and st.direct:
        return f"In ¶{st.support.paragraph}, the article quotes someone: {q}"
    if st.speaker is None:
        who = "the writer says" if writer else "the article says"
        return f"In ¶{st.support.paragraph}, {who}: {q}"
    if st.direct:
        return f"In ¶{st.support.paragraph}, {st.speaker} says: {q}"
    return f"In ¶{st.support.paragraph}, the article reports this claim by {st.speaker}: {q}"


def _words(ws: Sequence[str]) -> str:
    quoted = [f"\"{w}\"" for w in ws]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _reason(v: Verdict, st: Statement, writer: bool) -> str:
    whose = (f"{st.speaker}'s" if st.speaker else "the speaker's" if st.direct
             else "the writer's" if writer else "the article's")
    if v.signal == "belief":
        what = "feeling" if re.search(r"(?:love|hate|admire|respect|like)$", v.words[0], re.I) else "belief"
        return f"{_words(v.words)} marks it as {whose} own {what}: it cannot be checked, so this is an opinion"
    if v.signal == "normative":
        return (f"{_words(v.words)} says what ought to be, {whose} judgment: it cannot be proved true or false, "
                "so this is an opinion")
    if v.signal == "evaluative":
        verb = "is" if len(v.words) == 1 else "are"
        return (f"{_words(v.words)} {verb} {whose} judgment{'s' if len(v.words) > 1 else ''}: "
                f"{'it' if len(v.words) == 1 else 'they'} cannot be checked, so this is an opinion")
    if v.signal == "future":
        who = st.speaker or ("the speaker" if st.direct else "the article")
        return (f"{_words(v.words)} tells what {who} expects to happen: it cannot be checked yet, so this is "
                "a prediction")
    return (f"it reports what happened, with details one can check ({_words(v.words)}), and no judgment or "
            "hedge words, so this is a fact")


def generate(ctx: Context, taken: Sequence[Support] = ()) -> list[Item]:
    """Up to three items, one per statement, keys varied, on sentences no other certainty item uses."""
    if not ctx.allows("true_false"):
        return []
    writer = _authors_voice(ctx)
    cands: list[tuple[Statement, Verdict]] = []
    for st in _attributed(ctx) + _judged(ctx, writer):
        v = classify_verdict(st.shown)
        if v is not None:
            cands.append((st, v))
    # one of each kind first, so a lesson shows the contrast; then a second of a kind
    firsts = {v.label: k for k, (_, v) in reversed(list(enumerate(cands)))}
    ordered = [cands[k] for k in sorted(firsts.values())] + [c for k, c in enumerate(cands)
                                                              if k not in firsts.values()]
    items: list[Item] = []
    used: list[Support] = list(taken)
    per_label: dict[str, int] = {}
    for st, v in ordered:
        if len(items) >= MAX_ITEMS or per_label.get(v.label, 0) >= _PER_LABEL:
            continue
        sup = st.support
        if any(sup.start < o.end and o.start < sup.end for o in used):
            continue  # one item per claim, and never the sentence another certainty item asks about
        per_label[v.label] = per_label.get(v.label, 0) + 1
        used.append(sup)
        # keyed True or False by the seeded draw: a lesson's statements are not all "True"
        claimed = v.label if ctx.rng.random() < 0.5 else _FOIL[v.label]
        stem = f"{_stem(st, writer)}. True or false? This statement is {LABELS[claimed]}."
        truth = claimed == v.label
        items.append(make_item(SKILL, "true_false", stem, ["True", "False"], 0 if truth else 1,
                               f"{cite(sup, 40)} — {_reason(v, st, writer)}: "
                               f"\"{'True' if truth else 'False'}\".", [sup]))
    return items


def label_of(item: Item) -> str | None:
    """The kind of statement an item of this family is about (from its explanation), for tests and review."""
    m = re.search(r"so this is an? (fact|opinion|prediction)", item.explanation)
    return m.group(1) if m else None
