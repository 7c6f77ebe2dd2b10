"""Certainty: is a claim stated as fact, attributed to a named source, hedged, or disputed?"""
from __future__ import annotations

import re

from quizgen.generate.attribution import (
    _SUBORDINATE_ONLY,
    claim_like,
    claim_text,
    dangling_pronoun,
    mixed_content,
    name_between,
    usable,
)
from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    clause_hedges,
    in_quotation,
    make_item,
    name_tokens,
    named,
    norm,
    overlap,
    quote,
    sentence_at,
    shuffled_options,
    starts_with_pronoun,
    support_span,
    unquote,
)
from quizgen.generate.perspective import opinion_piece
from quizgen.model import CONFIDENT, Item, Support

SKILL = "certainty"
FACT = "Stated as fact by the article, with no source given"
NAMED = "Attributed to a named source, and no one in the article disputes it"
HEDGED = "Presented as uncertain (hedged), with no source named"
DISPUTED = "Attributed to one source and contradicted by another source"
CHOICES = (FACT, NAMED, HEDGED, DISPUTED)
# a claim with a named source that another voice in the article may answer: only "does the
# article name a source?" (true) is asked about it, never which of the four presentations
_NAMED_ONLY = "named, others speak on the subject"
_HEDGY = re.compile(
    r"\b(suppos\w*|reported\w*|alleg\w*|believ\w*|accus\w*|claim\w*|estimat\w*|likely|may|might|could|"
    r"appear\w*|seem\w*|perhaps|possibl\w*|suspect\w*|seen as|considered|regarded as|viewed as|"
    r"expected|predicted|potential\w*|probabl\w*|apparent\w*|arguabl\w*|presumabl\w*|purported\w*|"
    r"unconfirmed|unclear|uncertain|would|should|can)\b", re.I)


# words that report someone's words or thoughts: a sentence with one is not the article's own statement
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|tell|according|responded|respond\w*|calling|called|call(?:s|ed)?\s+it|"
    r"tweet\w*|wrote|writes|argu\w*|insist\w*|warn\w*|add(?:s|ed)|stat(?:ed|es)|claim\w*|accus\w*|"
    r"announc\w*|describ\w*|declar\w*|suggest\w*|believ\w*|think\w*|thought|feel\w*|felt|quoted|"
    r"criticis\w*|criticiz\w*|praised|blasted|slammed|urged|asked|noted|explain\w*|admit\w*)\b", re.I)


def _has_source(ctx: Context, sup: Support) -> bool:
    """Does a ledger source or cue lie in the passage?"""
    for a in ctx.analysis.attributions:
        for s in (a.source_span, a.cue_span):
            if s is not None and sup.start <= s.start < sup.end:
                return True
    return False


_NOT_A_CLAIM = re.compile(r"^(?:oh|ah|well|yes|no|thank|thanks|sorry|wow|hey|please|hello)\b", re.I)


def _covered(ctx: Context, start: int, end: int, *, named_only: bool) -> bool:
    """Does an attribution (with a source) overlap the span?"""
    for a in ctx.analysis.attributions:
        if named_only and not a.source:
            continue
        for s in a.content_spans:
            if s.start < end and start < s.end:
                return True
    return False


_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|"
                     r"contest\w*|contradict\w*|false|untrue|not true|baseless|lies?)\b", re.I)


def denials(ctx: Context) -> list[str]:
    """Texts of the article that deny or dispute something: the ledger's denials (a denying cue or
    a "disputed" certainty) and any sentence with a word of denial."""
    out = [a.content for a in ctx.analysis.attributions if a.certainty == "disputed" or _DENIAL.search(a.cue)]
    out += [s.span.text for s in ctx.analysis.sentences if _DENIAL.search(s.span.text)]
    return out


def _sure(ctx: Context, index: int) -> bool:
    a = ctx.analysis.attributions[index]
    return a.source_confidence >= CONFIDENT and a.kind_confidence >= CONFIDENT


def _in_conflict(ctx: Context, index: int) -> bool:
    """Does the ledger hold any conflict or denial for the claim, sure or not?"""
    return any(index in (c.a, c.b) for c in ctx.analysis.conflicts) or (
        ctx.analysis.attributions[index].certainty == "disputed"
    )


_DENYING_CUE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|"
                          r"contest\w*|contradict\w*|disagree\w*|counter\w*)\b", re.I)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_STOPWORDS = frozenset("that this there their they were have been with from would will about which what when "
                       "said says also into more than these those them then very just some only".split())


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.lower()) if w not in _STOPWORDS}


def _denies(ctx: Context, index: int, other: int) -> bool:
    """Does one of the two claims deny or reject the other, on the same matter? A denying cue
    ("denied", "rejected") or a word of denial in either claim, and content words they share
    ("the new mill will bring … jobs"). Two sources who merely speak in one paragraph, or a
    critic who speaks of something else, contradict nothing."""
    a, o = ctx.analysis.attributions[index], ctx.analysis.attributions[other]
    if not _shared_matter(a.content, o.content):
        return False
    return any(_DENYING_CUE.search(x.cue) or _DENIAL.search(x.content) or x.certainty == "disputed"
               for x in (a, o))


_PLAIN_STARTS = frozenset("the a an this that these those there it its we they he she his her their our in on at "
                          "if when while after before as for some many most all no not every each one more "
                          "new old".split())


def _matter_words(text: str) -> set[str]:
    """Content words of a claim but its names and pronoun subject: what it says, not whom about
    ("Fiorina's firm advertised her availability" -> advertised, availability, firm)."""
    body = unquote(re.sub(r"^that\s+", "", text))
    first = body.split(" ", 1)[0]
    if first.lower() in _PLAIN_STARTS:
        body = body[len(first):]  # "The mill …": a capital that only starts the claim is no name
    names = {w.lower().rstrip("s'’") for w in re.findall(r"\b[A-Z][a-z'’]+", body)}
    return {w.rstrip("s") for w in _content_words(text)
            if w.rstrip("s'’") not in names and w.replace("’", "'").split("'")[0] not in names}


def _shared_matter(a: str, b: str) -> bool:
    """Do two claims share what they say (a predicate or object word), not only their subject?
    "her team denied that she would be accepting new speeches" shares nothing with "her speaking
    firm advertised her availability"."""
    wa, wb = _matter_words(a), _matter_words(b)
    shared = wa & wb
    # one topic word of the whole article ("caucus") is not the same matter: two shared words, or
    # one that is half of what the shorter claim says
    return len(shared) >= 2 or (len(shared) == 1 and 2 * len(shared) >= min(len(wa), len(wb)))


def _disputed(ctx: Context, index: int) -> bool:
    """The ledger says so, surely: a conflict with another source, both sides at or above the
    confident bar, in which one denies or rejects the other's claim; or a "disputed" certainty on
    a claim whose source is sure."""
    if not _sure(ctx, index):
        return False
    a = ctx.analysis.attributions[index]
    return any(index in (c.a, c.b) and _sure(ctx, other) and _denies(ctx, index, other)
               for c in ctx.analysis.conflicts for other in [c.b if c.a == index else c.a]) or (
        # the ledger's "disputed" only with a denial in the article that shares what the claim
        # says, not only whom it is about
        a.certainty == "disputed" and any(_shared_matter(a.content, d) for d in denials(ctx)
                                          if norm(a.content) not in norm(d))
    )


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


def _same_subject_elsewhere(ctx: Context, index: int) -> bool:
    """Does another source in the article speak on the claim's subject: a claim with the same
    subject head noun, or one naming a person the claim names? Then "no one disputes it" may be
    wrong, however few words the two claims share."""
    a = ctx.analysis.attributions[index]
    head = subject_head(a.content)
    people = [e for e in ctx.analysis.entities if e.label == "PERSON"
              and any(sp.start <= e.span.start < sp.end for sp in a.content_spans)]
    for j, o in enumerate(ctx.analysis.attributions):
        if j == index or not o.source or o.source == a.source:
            continue
        if head is not None and subject_head(o.content) == head:
            return True
        if any(name_tokens(e.text) & name_tokens(o.content) for e in people):
            return True
    return False


def _touched_by_denial(ctx: Context, claim: str, source: str = "") -> bool:
    """Does a denial in the article concern this claim (shares its words) or its source?"""
    for d in denials(ctx):
        if norm(claim) and norm(claim) in norm(d):
            continue  # the claim's own sentence, which may itself be the denial: judged by the ledger
        if overlap(d, claim) >= 0.15 or (source and name_tokens(source) & name_tokens(d)):
            return True
    return False


# a sentence that answers another party ("But the law does not …", "In fact …"): a rebuttal, so
# some source in the article holds the opposite view and "no one disputes it" would be wrong
_REBUTTAL = re.compile(r"^(?:but|however|yet|still|instead|in fact|actually|in reality)\b|"
                       r"\b(?:in fact|actually|contrary to|despite (?:claims|the claims|assertions)|not true|"
                       r"opponents?|critics?|detractors?|supporters?|proponents?|argu\w*|contend\w*|"
                       r"counter\w*|rebut\w*|refut\w*)\b", re.I)


def _opposed(ctx: Context, claim: str, own: str = "") -> bool:
    """Does the article give another view on the same matter: a rebuttal in the claim's own words,
    or another source's claim on the same topic ("the states suing argue that …" in another paragraph)?"""
    if _REBUTTAL.search(claim):
        return True
    for a in ctx.analysis.attributions:
        if not a.source or (own and a.source == own) or norm(a.content) in norm(claim):
            continue
        if norm(claim) in norm(a.content):
            continue  # the claim itself, as the ledger holds it
        if overlap(a.content, claim) >= 0.2:
            return True
    return False


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
    return not (_FRAGMENT.match(t) or _SUBORDINATE_ONLY.match(t.rstrip(".!?…\"”' ")))


_POINTS_BACK = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|"
                          r"contest\w*|contradict\w*)\s+(?:\w+\s+){0,2}?(?:it|this|that|these|those|them|the "
                          r"(?:claims?|allegations?|charges?|figures?|reports?|accusations?|suggestions?))\b", re.I)


def _denied_nearby(ctx: Context, a, sup: Support) -> bool:
    """Does a sentence in the claim's paragraph or the next deny something it only points to
    ("The company flatly denied it.")? It may deny this claim, though it shares no word with it."""
    for sent in ctx.analysis.sentences:
        if sent.paragraph not in (a.paragraph, a.paragraph + 1) or sup.start <= sent.span.start < sup.end:
            continue
        if _POINTS_BACK.search(sent.span.text):
            return True
    return False


_CLAIM_NOUNS = (r"(?:assertions?|claims?|arguments?|statements?|remarks?|comments?|contentions?|suggestions?|"
                r"charges?|accusations?|allegations?|insistence|views?|position|boasts?|promises?|pledges?)")


def _answered_later(ctx: Context, a) -> bool:
    """Does a later sentence refer back to the speaker's claim with a noun and give another
    source's answer ("On Trump's assertion there are generals who agree with him, Benjamin said …")?"""
    surnames = [w for w in name_tokens(a.source) if len(w) > 2]
    if not surnames or a.source_span is None:
        return False
    text = ctx.article.text[a.source_span.start:]
    if not re.search(_CLAIM_NOUNS, text, re.I) or not any(w in text.lower() for w in surnames):
        return False  # nothing later can refer back
    names = "|".join(re.escape(w) for w in surnames)
    back = re.compile(rf"\b(?:{names})(?:'s|’s|')\s+(?:\w+\s+)?{_CLAIM_NOUNS}\b|"
                      rf"\b{_CLAIM_NOUNS}\s+(?:by|of|from)\s+(?:\w+\s+)?(?:{names})\b", re.I)
    for sent in ctx.analysis.sentences:
        if sent.span.start <= a.source_span.start:
            continue
        if back.search(sent.span.text) and _SPEECH.search(sent.span.text):
            return True
    return False


_REBUKE = re.compile(r"\b(?:rebut\w*|rebuk\w*|disput\w*|reject\w*|criticis\w*|criticiz\w*|slam\w*|blast\w*|"
                     r"refut\w*|den(?:y|ies|ied)|contradict\w*|push(?:es)? back|counter\w*|fact-check\w*|"
                     r"challeng\w*|attack\w*|condemn\w*|chastis\w*|scold\w*|question\w*|mock\w*|debunk\w*)\b", re.I)


def _headline_rebuts(ctx: Context, a) -> bool:
    """Does the headline say someone rebuts, disputes or criticises the speaker ("Terrorism
    experts rebuke Trump")? Then no claim of his is one "no one disputes"."""
    title = ctx.article.title or ""
    return bool(_REBUKE.search(title)) and bool(name_tokens(a.source) & name_tokens(title))


def _candidates(ctx: Context) -> list[tuple[str, Support, str, str]]:
    """(keyed choice, support, claim as quoted, why), hedges and judgments first.

    For an attributed claim only its content is quoted, so the stem does not name the source.
    """
    out: list[tuple[str, Support, str, str]] = []
    opinion = opinion_piece(ctx)
    for hsup, words in clause_hedges(ctx.article, ctx.analysis):
        if _quoted_hedge(ctx, hsup, words) or _opposed(ctx, hsup.text) or not governs(hsup, words):
            continue
        if not _covered(ctx, hsup.start, hsup.end, named_only=True) and not _touched_by_denial(ctx, hsup.text):
            out.append((HEDGED, hsup, hsup.text,
                        f"the hedge \"{words}\" marks it as uncertain and no source is named"))
    for j in ctx.analysis.judgments:
        jsup = support_span(ctx.article, j.span)
        if jsup is None or _HEDGY.search(jsup.text) or _touched_by_denial(ctx, jsup.text):
            continue  # "supposed", "may"…: a reader could fairly call it hedged; a denial: disputed
        if _opposed(ctx, jsup.text):
            continue  # a rebuttal, or a claim another source argues against: not "no one disputes it"
        if _SPEECH.search(jsup.text) or any(q in jsup.text for q in "\"“”") or _has_source(ctx, jsup):
            continue  # "Fallon responded on Twitter, calling the charge dangerous": someone's words, not the article's
        if not _covered(ctx, j.span.start, j.span.end, named_only=False) and len(jsup.text.split()) >= 5:
            loaded = ", ".join(f"\"{w}\"" for w in j.loaded_words[:2])
            why = "the article states this judgment itself and names no source"
            out.append((FACT, jsup, jsup.text, why + (f" (note the loaded words {loaded})" if loaded else "")))
    for i, a in enumerate(ctx.analysis.attributions):
        asup = attribution_support(ctx.article, a)
        if asup is None or not usable(a) or len(a.content.split()) < 5 or a.certainty == "hedged":
            continue
        if name_tokens(a.source) & name_tokens(a.content) or starts_with_pronoun(a.content):
            continue
        if mixed_content(ctx, a) or dangling_pronoun(a):
            continue  # the reporter's words glued to a quotation, or "I think he will …": not one claim
        if _NOT_A_CLAIM.match(unquote(a.content)) or "?" in a.content:
            continue  # "Oh, I know … We're so sorry you're leaving": banter, not a claim to weigh
        if not claim_like(a) or name_between(ctx, a) or claim_text(a) is None:
            continue  # "praised the efforts of a donor": an object, not a claim to weigh
        if _disputed(ctx, i):
            out.append((DISPUTED, asup, a.content, "another source in the article contradicts it"))
        elif (_in_conflict(ctx, i) or _same_subject_elsewhere(ctx, i) or _denied_nearby(ctx, a, asup)
              or _answered_later(ctx, a) or _headline_rebuts(ctx, a)):
            # a conflict the ledger is unsure of, or another voice on the same subject: "no one
            # disputes it" is no sure key, but that the article names a source still is
            if named(a):
                out.append((_NAMED_ONLY, asup, a.content, f"the article attributes it to {a.source}"))
        elif opinion:
            # a column or letter argues with its sources: "no one disputes it" is never sure there
            if named(a):
                out.append((_NAMED_ONLY, asup, a.content, f"the article attributes it to {a.source}"))
        elif named(a) and not _touched_by_denial(ctx, a.content, a.source) and not _opposed(ctx, a.content, a.source):
            # "no one disputes it" only when no denial in the article concerns the claim or its source
            out.append((NAMED, asup, a.content, f"the article attributes it to {a.source}"))
    return [c for c in out if whole_clause(c[2])]


def _claim_stem(sup: Support, claim: str) -> str:
    return f"How does the article present this claim from ¶{sup.paragraph}: {quote(claim, 26)}?"


def generate(ctx: Context) -> list[Item]:
    """Certainty candidates: MC over the four presentations, then true/false on naming a source."""
    items: list[Item] = []
    seen: set[str] = set()
    cands = _candidates(ctx)
    # one of each presentation first, so a lesson shows the contrast
    ordered = sorted(cands, key=lambda c: (c[0] not in (FACT, HEDGED), cands.index(c)))
    if ctx.allows("multiple_choice"):
        for keyed, sup, claim, why in ordered:
            if keyed in seen or keyed == _NAMED_ONLY:
                continue
            seen.add(keyed)
            distractors = [c for c in CHOICES if c != keyed]
            ctx.rng.shuffle(distractors)
            options, answer = shuffled_options(ctx.rng, keyed, distractors)
            items.append(make_item(SKILL, "multiple_choice", _claim_stem(sup, claim), options, answer,
                                   f"{cite(sup)} — {why}.", [sup]))
    if ctx.allows("true_false"):
        told: set[bool] = set()
        for keyed, sup, claim, why in ordered:
            if keyed == DISPUTED or (keyed in (NAMED, _NAMED_ONLY)) in told:
                continue  # one "True" and one "False" statement at most
            if len(claim.split()) > 45:
                continue  # a statement to judge is whole, never cut mid-sentence
            told.add(keyed in (NAMED, _NAMED_ONLY))
            stem = f"The article names a source for this claim in ¶{sup.paragraph}: {quote(claim, 46)}"
            answer = 0 if keyed in (NAMED, _NAMED_ONLY) else 1
            items.append(make_item(SKILL, "true_false", stem, ["True", "False"], answer,
                                   f"{cite(sup)} — {why}.", [sup], difficulty="easy"))
    return items
