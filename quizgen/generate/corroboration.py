"""Corroboration: which sources agree or conflict (from the analysis' conflicts)."""
from __future__ import annotations

import re

from quizgen.fastre import Keyed
from quizgen.generate.attribution import (
    claim_like,
    claim_text,
    embedded_quote,
    matching_pairs,
    mixes_body_and_person,
    not_a_sourced_claim,
    reported_words,
    speaks_for_other,
    usable,
)
from quizgen.generate.base import (
    STOPWORDS,
    Context,
    attribution_support,
    cite,
    make_item,
    overlap,
    quote,
    sentence_at,
    sentence_case,
    shuffled_options,
    source_label,
    source_mid,
    unquote,
)
from quizgen.generate.certainty import claim_clause, denied_by, one_clause, same_statement
from quizgen.generate.distractors import same_entity, sources_for_claim
from quizgen.model import CONFIDENT, Attribution, Item, Support

SKILL = "corroboration"
CONTRADICT = "They contradict each other"
AGREE = "They agree with each other"
OTHER_MATTERS = "They speak about two different matters"
RELATIONS = (
    CONTRADICT,
    AGREE,
    "The second gives evidence for the first",
    "They are the same source saying the same thing twice",
)


_DENIAL_CUES = frozenset(
    "deny denied denies denying reject rejects rejected rejecting dispute disputed disputes disputing refute "
    "refuted refutes rebut rebuts rebutted dismiss dismissed dismisses contradict contradicted contradicts".split())
_AUX = frozenset(
    "is are was were has have had will would can could should may might must did does do won't can't isn't "
    "aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't don't doesn't didn't".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _stem(word: str) -> str:
    return word.lower().strip("'’-")[:5]


def _content_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2}


def _subject_head(content: str) -> str:
    """The head of the claim's subject, when it is plain: the last content word before the first
    auxiliary within its first eight words ("the new river bridge will open" -> "bridg"), else ""."""
    words = [w.strip(",;:\"“”'‘’()").lower() for w in unquote(content).split()[:8]]
    for i, w in enumerate(words):
        if w in _AUX:
            head = [x for x in words[:i] if x and x not in STOPWORDS and x.isalpha()]
            return _stem(head[-1]) if head else ""
    return ""


def _names_in(ctx: Context, a: Attribution) -> set[str]:
    """The names (people, bodies, places) written inside a claim, by their words."""
    out: set[str] = set()
    for e in ctx.analysis.entities:
        if e.label in _NAME_LABELS and any(s.start <= e.span.start and e.span.end <= s.end for s in a.content_spans):
            out |= {_stem(w) for w in _WORD.findall(e.text) if w.lower() not in STOPWORDS}
    return out


def _denial(a: Attribution) -> bool:
    return bool(a.cue.split()) and a.cue.lower().split()[-1] in _DENIAL_CUES


def about_the_same(ctx: Context, a: Attribution, b: Attribution) -> bool:
    """Are the two claims plainly about one thing, so that "do they agree?" has an answer: the
    later one denies the earlier (the ledger's conflict, with a denial cue), or both have the same
    subject (one subject head, or one name written in both) and share a word of what they say
    about it. A bridge's opening and parking meters, linked only as a speaker and her critics in
    one paragraph, are no contradiction a reader can check. Claims sharing most of their words
    ("there were no human rights abuses" / "a wide range of human rights abuses") are about one
    thing too."""
    if _denial(b) and abs(a.paragraph - b.paragraph) <= 1:
        return True
    wa, wb = _content_stems(a.content), _content_stems(b.content)
    shared = wa & wb
    if len(shared) >= 3 and len(shared) >= 0.4 * min(len(wa), len(wb)):
        return True  # "no human rights abuses taking place" / "human rights abuses … taking place"
    head_a, head_b = _subject_head(a.content), _subject_head(b.content)
    names = _names_in(ctx, a) & _names_in(ctx, b)
    subject = ({head_a} if head_a and head_a == head_b else set()) | names
    if not subject:
        return False
    return bool(shared - subject)


_AGREEING_CUE = re.compile(r"\b(?:agree[sd]?|agreeing|echo(?:es|ed|ing)?|concur\w*|endors\w*)\b", re.I)
_NEGATOR = Keyed(re.compile(r"\b(?:not|no|never|none|nothing|nobody|neither|nor|cannot)\b|n't\b|n’t\b", re.I))


def _negates(a: str, b: str) -> bool:
    """Does one claim plainly negate the other: the same statement, with a "not" or "no" in one only
    ("the bridge is safe" / "the bridge is not safe")?"""
    na, nb = len(_NEGATOR.findall(a)), len(_NEGATOR.findall(b))
    return (na == 0) != (nb == 0) and same_statement(a, b)


def _also(ctx: Context, b: Attribution) -> bool:
    """ "Kim also said …": the reporter marks the second source as saying the same."""
    if b.source_span is None or b.cue_span is None:
        return False
    lo, hi = sorted((b.source_span.end, b.cue_span.start))
    return bool(re.search(r"\balso\b", ctx.article.text[max(lo - 1, 0):hi + 1], re.I)) or \
        ctx.article.text[max(b.cue_span.start - 6, 0):b.cue_span.start].strip().lower() == "also"


def relation_of(ctx: Context, i: int, j: int, denier: int | None = -1) -> str | None:
    """How the later claim j stands to claim i, when the article makes it explicit: "denied" (j denies
    or rejects i), "negated" (j says i's statement with a "not"), "agreed" (j agrees with, echoes or
    "also says" the same statement); None when the relation is for a reader to argue."""
    atts = ctx.analysis.attributions
    a, b = atts[i], atts[j]
    if (denied_by(ctx, i) if denier == -1 else denier) == j:
        return "denied"
    if not claim_clause(b):
        return None
    if _negates(a.content, b.content):
        return "negated"
    same_sense = (_NEGATOR.search(a.content) is None) == (_NEGATOR.search(b.content) is None)
    if same_sense and same_statement(a.content, b.content) and (_AGREEING_CUE.search(b.cue) or _also(ctx, b)):
        return "agreed"
    return None


_LINKS = frozenset("of the for and on de van von der la le du al bin".split())
_NOT_NAME = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
                       r"thousands?|several|many|some|few|most|all|both|past|current|former|other|others)\b", re.I)
# a claim opening on a subordinator or a preposition is background ("during the period when …"), no claim
_BACKGROUND = re.compile(r"^\W*(?:that\s+)?(?:during|when|while|whenever|after|before|since|until|as|because|if|"
                         r"although|though|whereas|amid|in|on|at|for|with|without|despite|by|from|of|to)\b", re.I)


_NAMED_SOURCE_RE = re.compile(r"^the\s+", re.I)


def named_source(a: Attribution) -> bool:
    """Is the source a named person or body, whose label reads as a subject ("Ann Lee", "the Home
    Office")? Not "Five past and current", "critics" or "officials"."""
    if a.source_kind not in ("person", "organisation", "government", "news_outlet"):
        return False
    label = source_label(a)
    words = _NAMED_SOURCE_RE.sub("", label).split()
    if not words or _NOT_NAME.search(label):
        return False
    return all(w[:1].isupper() or w.lower() in _LINKS for w in words) and words[0][:1].isupper()


def whole_claim(a: Attribution) -> bool:
    """Is the claim a complete clause with its own subject, not a background clause or fragment?"""
    return one_clause(a.content) and not _BACKGROUND.match(unquote(a.content))


def _pairs(ctx: Context) -> list[tuple[Attribution, Attribution, Support, Support, str]]:
    """Two sources whose relation the article makes explicit: a denial, a plain negation or an
    agreement of the same statement. Two voices on one subject, however opposed they sound, are no
    item: whether they "contradict" is a judgment a close reader can argue."""
    out = []
    atts = ctx.analysis.attributions
    # judged blind: "Five past and current says …", "People says '…during the period when…'"
    # nor the reporter's characterisation of a stance, a poll's finding, or a claim that may hold the
    # day and occasion of its saying
    sure = [j for j, b in enumerate(atts) if usable(b) and b.source_confidence >= CONFIDENT and b.source
            and named_source(b) and whole_claim(b) and not not_a_sourced_claim(ctx, b)
            and not embedded_quote(ctx, b) and reported_words(b) is not None]
    for i in sure:
        a = atts[i]
        if not claim_clause(a):
            continue  # the first claim is a statement ("the platform language" is none)
        denier = denied_by(ctx, i)
        for j in sure:
            b = atts[j]
            if j == i:
                continue
            if not (a.content_spans and b.content_spans) or b.content_spans[0].start <= a.content_spans[-1].end:
                continue  # the second is the later one
            if same_entity(source_label(a), source_label(b)) or not b.source or a.source == b.source:
                continue
            if a.paragraph == b.paragraph and sentence_at(ctx.analysis, a.content_spans[0].start) == \
                    sentence_at(ctx.analysis, b.content_spans[0].start):
                continue  # judged blind: "Ted Cruz says" cut out of Christie's own sentence is no second claim
            rel = relation_of(ctx, i, j, denier)
            if rel is None:
                continue
            if rel != "agreed" and speaks_for_other(ctx, a.source, b.source):
                continue  # judged blind (J4): a candidate and his own campaign chairman keyed "contradict"
            sa, sb = attribution_support(ctx.article, a), attribution_support(ctx.article, b)
            if sa and sb:
                out.append((a, b, sa, sb, rel))
    return out


def _words(a: Attribution) -> str:
    """The claim as the stem quotes it: without the day and occasion of its saying."""
    return reported_words(a) or a.content


def _says(a: Attribution) -> str:
    """"critics say", "Hua Chunying says": the verb agrees with the source."""
    return "say" if a.source_kind == "unnamed_group" and source_mid(a).endswith("s") else "says"


def _second(b: Attribution, rel: str) -> str:
    """How the stem gives the second claim: with the article's own verb for a denial or an
    agreement ("Bo Kim denied …"), else "says"."""
    if rel in ("denied", "agreed") and b.cue:
        return f"{b.cue.lower()} {'that ' if one_clause(b.content) else ''}{quote(_words(b), 16)}"
    return f"{_says(b)} {quote(_words(b), 16)}"


_WHY = {"denied": "the second source denies or rejects the first claim",
        "negated": "the second source says the opposite of the same statement",
        "agreed": "the second source agrees with the same statement"}


def relation(ctx: Context, a: Attribution, b: Attribution, sa: Support, sb: Support, rel: str = "denied") -> Item:
    """MC: how do the two claims relate? (contradict, or agree when the article says so)"""
    stem = (f"{sentence_case(source_mid(a))} {_says(a)} {quote(_words(a), 16)} (¶{a.paragraph}), and "
            f"{source_mid(b)} {_second(b, rel)} (¶{b.paragraph}). How do these two statements relate?")
    keyed = AGREE if rel == "agreed" else CONTRADICT
    if keyed == CONTRADICT:
        distractors = [r for r in RELATIONS if r != keyed]
    else:  # a source that agrees may well restate the evidence: "gives evidence" is no sure distractor
        distractors = [CONTRADICT, OTHER_MATTERS, RELATIONS[3]]
    ctx.rng.shuffle(distractors)
    options, answer = shuffled_options(ctx.rng, keyed, distractors)
    explanation = f"{cite(sa, 14)}; {cite(sb, 14)} — {_WHY[rel]}."
    return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sa, sb])


def matching(ctx: Context, a: Attribution, b: Attribution, sa: Support, sb: Support) -> Item | None:
    """Matching: the two conflicting sources plus one or two others ↔ their claims."""
    picked = [a, b]
    sups = [sa, sb]
    if claim_text(a) is None or claim_text(b) is None or mixes_body_and_person([a], b):
        return None  # "Has described …": a fragment is no claim to match
    for o in sorted(ctx.analysis.attributions, key=lambda o: not claim_like(o)):
        if len(picked) == 4:
            break
        if claim_text(o) is None or mixes_body_and_person(picked, o) or not_a_sourced_claim(ctx, o):
            continue
        if (not usable(o) or any(same_entity(source_label(p), source_label(o)) for p in picked)
                or len(o.content.split()) > 30):
            continue
        if any(overlap(o.content, p.content) >= 0.25 for p in picked) or len(o.content.split()) < 4:
            continue
        if sources_for_claim(ctx, o.content) - {o.source, o.relay}:
            continue
        so = attribution_support(ctx.article, o)
        if so:
            picked.append(o)
            sups.append(so)
    if len(picked) < 3:
        return None
    prompts, options, answer = matching_pairs(ctx, picked)
    stem = (f"{sentence_case(source_mid(a))} and {source_mid(b)} disagree in the article. "
            "Match each source with what it says.")
    explanation = "; ".join(f"{cite(s, 12)} ({p})" for s, p in zip(sups, prompts, strict=True))
    return make_item(SKILL, "matching", stem, options, answer, explanation, sups, difficulty="hard",
                     prompts=prompts)


def agree_tf(ctx: Context, a: Attribution, b: Attribution, sa: Support, sb: Support, rel: str = "denied") -> Item:
    verb = "agree" if b.source_kind == "unnamed_group" else "agrees"
    stem = (f"In ¶{a.paragraph}, {source_mid(a)} {_says(a)} {quote(_words(a), 16)}. According to the article, "
            f"{source_mid(b)} (¶{b.paragraph}) {verb} with this.")
    explanation = f"{cite(sa, 14)}; {cite(sb, 14)} — {_WHY[rel]}."
    return make_item(SKILL, "true_false", stem, ["True", "False"], 0 if rel == "agreed" else 1, explanation,
                     [sa, sb], difficulty="easy")


def generate(ctx: Context) -> list[Item]:
    """Corroboration candidates (none when the article makes no agreement or disagreement explicit)."""
    items: list[Item] = []
    for a, b, sa, sb, rel in _pairs(ctx):
        if ctx.allows("multiple_choice"):
            items.append(relation(ctx, a, b, sa, sb, rel))
        if ctx.allows("matching") and rel != "agreed":
            it = matching(ctx, a, b, sa, sb)
            if it:
                items.append(it)
        if ctx.allows("true_false"):
            items.append(agree_tf(ctx, a, b, sa, sb, rel))
    return items
