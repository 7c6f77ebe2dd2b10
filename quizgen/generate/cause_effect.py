"""Cause and effect: "because", "led to", "prompted", "caused by" … in the article's sentences."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from quizgen import wordnet
from quizgen.fastre import Keyed
from quizgen.generate.base import (
    STOPWORDS,
    Context,
    cite,
    cloze,
    in_quotation,
    make_item,
    name_re,
    norm,
    overlap,
    plausible_source,
    sentence_at,
    shuffled_options,
    source_mid,
    support_span,
)
from quizgen.generate.distractors import balanced_quotes, length_matched, seeded
from quizgen.generate.key_detail import cut_sentence
from quizgen.generate.main_idea import VERBISH
from quizgen.model import CONFIDENT, Attribution, Item, Sentence

SKILL = "cause_effect"
# (pattern, which group is the cause) — the cause/effect groups are character ranges of the sentence
PATTERNS = (
    re.compile(r"^(?P<effect>.{15,}?) (?:caused by|due to|as a result of) (?P<cause>.{6,}?)[.;]?$"),
    re.compile(r"^(?P<effect>.{15,}?),? because (?:of )?(?P<cause>.{8,}?)[.;]?$"),
    re.compile(r"^(?P<cause>.{15,}?),? (?:which |that )?(?:can |could |would |will |may )?"
               r"(?:lead|leads|led|leading) to (?P<effect>.{6,}?)[.;]?$"),
    re.compile(r"^(?P<cause>.{15,}?) (?:has |have |had )?(?:prompted|caused(?! by)|triggered|resulted in|drove) "
               r"(?P<effect>.{6,}?)[.;]?$"),
)
# words each of PATTERNS must find in a sentence (the same order): a sentence with none of a pattern's is not
# searched with it (the patterns' lazy openings try every start of the sentence before failing)
_NEEDS = (
    (" caused by ", " due to ", " as a result of "),
    (" because ",),
    (" lead to ", " leads to ", " led to ", " leading to "),
    ("prompted ", "caused ", "triggered ", "resulted in ", "drove "),
)
_ANY_NEED = tuple(w for needs in _NEEDS for w in needs)  # a sentence with none of them matches no pattern
_CUT = re.compile(r"[,;:—]| - ")
# a negation or doubt over the link itself ("no evidence that … as a result of", "nothing …", "whether",
# "did not lead to"): not a "not" inside the effect ("declared not guilty due to …", "cannot discuss it because of …")
_DENIED_LINK = Keyed(re.compile(r"\bno (?:evidence|sign|proof|indication|suggestion)\b|\bnothing\b|\bwhether\b|"
                          r"\bunlikely\b|\bnot (?:clear|known|certain|proven) (?:that|whether|if)\b|"
                          r"\b(?:did|does|do|has|have|had)(?:\s+not|n['’]t) (?:\w+ )?(?:lead|led|result|cause|"
                          r"prompt|trigger|drive|drove)\w*\b|"
                          # a cause the sentence sets aside for another ("spiked not because of X, but because Y",
                          # "not due to X", "wasn't because X"): X is no reason it gives (judged blind, J9c)
                          r"(?:\bnot|n['’]t),?\s+(?:(?:simply|just|only|merely|solely|mainly|primarily|entirely|"
                          r"necessarily|so\s+much|really)\s+)?(?:because|due\s+to|as\s+a\s+result\s+of|"
                          r"caused\s+by|thanks\s+to|owing\s+to)\b|"
                          # "just because X did not mean Y": a concession that X proves nothing, no reason given
                          # (judged blind, D3: "said just because ______" asked for the reason)
                          r"\b(?:just|only|simply|merely)\s+because\b(?!\s+of\b)", re.I))
# a cause that opens on "not" ("… was due to not X but Y", "led to not X but Y"): "not X but Y" sets X aside
_DENIED_CAUSE = re.compile(r"^(?:not|never)\b", re.I)


@dataclass(frozen=True)
class Link:
    sentence: Sentence
    cause: tuple[int, int]  # offsets in Article.text
    effect: tuple[int, int]
    noun_cause: bool = False  # "due to injury", "because of the storm": the cause is a noun phrase


def _first_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Shorten a phrase to its first clause (up to a comma/semicolon) so options stay short."""
    m = _CUT.search(text, start, end)
    return (start, m.start()) if m and m.start() - start >= 8 else (start, end)


def find_links(ctx: Context) -> list[Link]:
    links = []
    for s in ctx.analysis.sentences:
        text = s.span.text.rstrip()
        if not any(w in text for w in _ANY_NEED):
            continue  # no pattern below can match: the cheap test before the quotation and cut tests
        if in_quotation(ctx.article, s.span.start) or text[:1] in "\"“" or len(text.split()) > 45:
            continue
        if cut_sentence(ctx.analysis, s):
            continue  # a sentence cut at an initial ("… Ben S." | "Bernanke of …") reads garbled
        for pat, needs in zip(PATTERNS, _NEEDS, strict=True):
            if not any(w in text for w in needs):
                continue
            m = pat.search(text)
            if not m:
                continue
            if _DENIED_LINK.search(text[:max(m.start("cause"), m.start("effect"))]) or \
                    _DENIED_CAUSE.match(m.group("cause")):
                break  # "there's no evidence that anything bad happened as a result of X": a link the sentence
                # denies or doubts is no cause the article gives (judged blind, J6)
            c = _first_clause(text, *m.span("cause"))
            e = m.span("effect")
            if pat.pattern.startswith("^(?P<effect>"):
                e = (e[0], e[1])
            else:
                e = _first_clause(text, *e)
            base = s.span.start
            noun = pat is PATTERNS[0] or (pat is PATTERNS[1] and " because of " in f" {text} ")
            links.append(Link(s, (base + c[0], base + c[1]), (base + e[0], base + e[1]), noun))
            break
    return links


_TRAILING = re.compile(r"\s+(?:and|or|but|of|to|in|on|at|by|with|for|the|a|an|that|which)$", re.I)


_AND_CLAUSE = re.compile(r"\s+and\s+(?:was|were|is|are|has|had|have|will|would|then|later|\w+ed)\b.*$")
# a clause of time after the cause ("caused by severe eczema after they shunned …"): not the cause
_TIME_CLAUSE = re.compile(r"\s+(?:after|before|when|while|until|unless|although|though|whereas)\s+.*$")


def _phrase(ctx: Context, r: tuple[int, int]) -> str:
    text = " ".join(ctx.article.text[r[0]:r[1]].split()).strip(" ,.;\"“”")
    text = _AND_CLAUSE.sub("", text)  # "injury and was replaced by Kim": the cause is "injury"
    text = _TIME_CLAUSE.sub("", text)
    prev = None
    while prev != text:
        prev = text
        text = _TRAILING.sub("", text)
    return text


def _option(text: str) -> str:
    """A phrase as an option: a sentence-initial capital is lowered ("She died" stays if a name)."""
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON_STARTS:
        return first.lower() + text[len(first):]
    return text


_COMMON_STARTS = frozenset("the a an his her their its this these those she he they it iodine some many".split())


_DETERMINER = re.compile(r"^(?:the|a|an|his|her|their|its)\s+", re.I)


# what goes on a cause noun's own phrase: an infinitive or a clause on it, no comma between ("cuts | to block funding",
# "provisions | that would …"); a comma's "…, which has so far eluded them" is an aside on the whole cause
_CAUSE_GOES_ON = re.compile(r"\s*(?:to|that|which|who|whose)\b")


def cut_cause(cause: str, text: str, start: int) -> bool:
    """Is the cause phrase cut from its own words: its quotation marks unbalanced, or its noun's infinitive or clause
    left after the gap ("because of spending cuts | to, among other things, block funding …")?"""
    if not balanced_quotes(cause):
        return True
    at = text.find(cause, start)
    return at >= 0 and _CAUSE_GOES_ON.match(text, at + len(cause)) is not None


def _cause_forms(cause: str, local: str) -> list[str]:
    """Accepted answers for a written-in cause: only a plain noun phrase of one to three lower-case
    words ("severe eczema", "the storm"), as written and without its determiner (and without a
    mere intensity word: "eczema"); none (no item) for a longer or named cause, or one the rest of
    the sentence repeats."""
    words = cause.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words):
        return []
    bare = _DETERMINER.sub("", cause)
    if not bare or norm(bare) in norm(local.replace("______", " ")) or bare.split()[-1] in {"it", "this", "that"}:
        return []
    if len(bare.split()) > 2 or bare.split()[0] in _LINKED_HEADS:
        return []  # "lack of resources": "resources", "a lack of money" … are right too, and cannot all be listed
    if len(bare.split()) == 2 and bare.split()[0].lower() not in _INTENSITY:
        return []  # judged blind (D1): "familial obligations" keyed alone, where "family obligations", "family
        # reasons" are as right: a describing word before the noun has too many equal wordings to list
    forms = [cause, bare]
    if len(bare.split()) == 2 and bare.split()[0].lower() in _INTENSITY:
        forms.append(bare.split()[1])  # "eczema" for "severe eczema"; never "differences" for "cultural …"
    return list(dict.fromkeys(forms))


# heads of a cause that take a complement ("lack of", "fear of"): the wording varies too much to write in
_LINKED_HEADS = frozenset("lack fear lot number kind sort part result threat risk concern concerns fears".split())
_INTENSITY = frozenset("severe heavy serious bad strong major minor constant sudden extreme".split())


_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|according to|claimed|claims|argued|argues|insisted|"
                     r"explained|added|noted|wrote|believes?|thinks?)\b", re.I)


def _speaker(ctx: Context, start: int, end: int) -> str | None:
    """Whose reason the cause is: "" when the article gives it in its own voice, the source's
    name when an attributed claim holds it ("Sam Joyce"), None when the sentence reports someone's
    words but the ledger is not sure whose (no item then)."""
    for a in ctx.analysis.attributions:
        if any(c.start <= start and end <= c.end for c in a.content_spans):
            if a.source and plausible_source(a) and a.source_confidence >= CONFIDENT and balanced_quotes(a.source):
                return _noun_phrase(a)  # never 'According to Marine John “Tig': a name cut at its nickname
            return None
    s = sentence_at(ctx.analysis, start)
    if s is not None and _SPEECH.search(s.span.text[: start - s.span.start]):
        # "The lawyer said they … due to ______": the speaker must be in the words the stem quotes
        shown = " ".join(s.span.text[: start - s.span.start].split()[-16:])
        return "" if _SPEECH.search(shown) and re.search(r"[A-Za-z]{3,}.*\b" + _SPEECH.pattern, shown) else None
    return ""


_DETERMINED = re.compile(r"^(?:the|a|an|his|her|their|its|our|some|many|most|several|two|three|four|five|"
                         r"both|all|these|those|this|that)\s", re.I)


def _noun_phrase(a: Attribution) -> str:
    """The source as a noun phrase after "According to": a name ("Tom Molomby"), a label with its
    determiner ("the government"), or a bare plural ("departments") with the article's own words
    when they have one ("The departments" -> "the departments"); "" (the source left out) when
    the article's words have none either."""
    label = source_mid(a)
    if not label or label[:1].isupper() or _DETERMINED.match(label):
        return label
    written = " ".join(a.source_text.split())
    if _DETERMINED.match(written) and len(written.split()) <= 5 and norm(label) in norm(written):
        return written[0].lower() + written[1:]
    return ""


# "is due to", "were due to": what is planned (a verb follows), never a cause
_SCHEDULED = re.compile(r"\b(?:is|are|was|were|be|been|being|am|['’]s|['’]re)\s+(?:(?:also|not|now|still)\s+)?"
                        r"due to\s*$", re.I)
_DETERMINERS = frozenset("the a an his her their its this that these those our my some".split())
# a subject that names nothing ("This happened due to …", "It was stopped because of …"): no clear effect
_VAGUE_SUBJECT = re.compile(r"^[\"“‘']?(?:it|this|that|these|those|there)\b", re.I)
_FINAL = re.compile(r"[.!?][\"”’')]*$")


def phrase_cause(cause: str) -> bool:
    """Is the cause a phrase, not one word ("terrorism", "the storm"): two content words or more?"""
    return len([w for w in cause.split() if w.lower() not in _DETERMINERS]) >= 2


def clean_effect(ctx: Context, link: Link) -> bool:
    """Can the effect be shown whole: the sentence is a full sentence (a capital first, a final
    stop) whose words before the cause's cue have a finite verb and a subject that names
    something? The stem then quotes the whole sentence, the cause blanked; no clipping."""
    text = link.sentence.span.text.strip()
    before = ctx.article.text[link.sentence.span.start:link.cause[0]]
    if not _FINAL.search(text) or not text.lstrip("\"“‘'")[:1].isupper() or _VAGUE_SUBJECT.match(text):
        return False
    return VERBISH.search(before) is not None and len(before.split()) >= 4 and balanced_quotes(text)


def _stem(link: Link, speaker: str, shown: str) -> str:
    """'In ¶7, the article says: "<the sentence, its cause blanked>" What reason does the article
    give?' (or 'What reason is given, according to <the source>?' for someone's reason)."""
    ask = f"What reason is given, according to {speaker}?" if speaker else "What reason does the article give?"
    return f"In ¶{link.sentence.paragraph}, the article says: \"{shown}\" {ask}"


def generate(ctx: Context) -> list[Item]:
    """MC gaps on a noun-phrase cause ("due to ______") in a sentence quoted whole; distractors are
    the article's other noun-phrase causes, so every option fits the gap's grammar; too few: a short
    cause written in; a one-word cause or an effect that cannot be shown whole: no item."""
    if not ctx.allows("multiple_choice") and not ctx.allows("short_answer"):
        return []
    links = [link for link in find_links(ctx) if link.noun_cause]
    items = []
    written: set[str] = set()
    for link in links:
        sup = support_span(ctx.article, link.sentence.span)
        if sup is None or not clean_effect(ctx, link):
            continue
        cause = _phrase(ctx, link.cause)
        if _SCHEDULED.search(ctx.article.text[link.sentence.span.start:link.cause[0]]):
            continue  # "Trump is due to address the convention": a schedule, no cause
        if not 1 <= len(cause.split()) <= 12 or not phrase_cause(cause):
            continue  # "because of terrorism": a one-word cloze is no cause-and-effect question
        if cut_cause(cause, ctx.article.text, link.cause[0]):
            continue  # judged blind (D2): 'because of ______ to, among other things, block …'; '… is poison pill"
            # measures …': a cause cut from its own words
        s = link.sentence
        at = ctx.article.text.find(cause, link.cause[0], link.cause[1])
        if at < 0:
            continue
        c_end = at + len(cause)
        local = s.span.text[: link.cause[0] - s.span.start] + "______" + s.span.text[c_end - s.span.start:]
        shown = cloze(s.span.text.strip(), link.cause[0] - s.span.start, c_end - s.span.start, window=60)
        speaker = _speaker(ctx, link.cause[0], c_end)
        if speaker is None:
            continue  # someone's reason, but the ledger cannot say whose
        if not speaker and _own_voice_first_person(s.span.text):
            continue  # "we had to … due to ___" unquoted: a speaker's words (a transcript), whose is unsaid
        pool = []
        for other in links:
            if other.sentence.index == s.index or _SCHEDULED.search(
                    ctx.article.text[other.sentence.span.start:other.cause[0]]):
                continue
            p = _phrase(ctx, other.cause)
            if (1 <= len(p.split()) <= 12 and phrase_cause(p) and overlap(p, s.span.text) < 0.3
                    and not p[:1].isupper()):
                pool.append(_option(p))
        distractors = length_matched(cause, [p for p in seeded(ctx, pool) if norm(p) != norm(cause)], 3, ratio=2.2)
        stem = _stem(link, speaker, shown)
        explanation = cite(sup, 60)
        if len(distractors) < 3:
            accepted = _cause_forms(cause, local)
            if accepted and ctx.allows("short_answer") and norm(cause) not in written:
                written.add(norm(cause))  # one cause asked once
                # too few other causes to choose from: a short cause written in ("caused by ______")
                items.append(make_item(SKILL, "short_answer", stem + " Write the missing cause.", [], accepted,
                                       explanation, [sup]))
            # (no true/false on the cause with the sentence's cause blanked: judged blind twice, T8 and T9, as a stem
            # that answers itself, "False" no real option)
            continue
        if not ctx.allows("multiple_choice"):
            continue
        options, answer = shuffled_options(ctx.rng, _option(cause), distractors)
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
    items += clause_items(ctx)
    asked = {i.support[0].start for i in items if i.support}
    return items + reason_true_false(ctx, {s.index for s in ctx.analysis.sentences
                                           if any(s.span.start <= a < s.span.end for a in asked)})


# ---------------------------------------------------------------- a reason given as a clause
# "<a whole sentence> because <a clause to the sentence's end>.": the clause is the reason
_CLAUSE_CHARS = r"(?:[^,;:—–()\"“”‘’]|(?<=\w)’(?=\w))"  # no clause boundary, no quotation mark (an apostrophe may be)
_BECAUSE_END = re.compile(r"^(?P<effect>.{15,}?),? because (?!of\b)(?P<cause>" + _CLAUSE_CHARS + r"{8,}?)[.!]?$")
# "… because <clause>, …" / "Because <clause>, …" anywhere: only a source of other reasons (distractors)
_BECAUSE_ANY = re.compile(r"\b[Bb]ecause (?!of\b)(?P<cause>" + _CLAUSE_CHARS + r"{8,}?)(?=[.;!]?$|[;—–]| -- )")
_PRONOUN_FIRST = re.compile(r"^(?:he|she|they|it|its|his|her|their|them|this|that|these|those|we|i|you|there)\b",
                            re.I)
_CLAUSE_BAD = re.compile(r"[\"“”‘()]|(?<!\w)’|’(?!\w)|\b(?:and|or|but|of|to|the|a|an|that|which|who|than|as)$", re.I)


def _clause_option(ctx: Context, text: str, *, pronoun: bool = False) -> str | None:
    """A reason clause as an option: 4 to 16 words, a verb, no quotation marks, not ending in a
    function word, not opening with a pronoun (whose referent another option's stem would not
    share); its first word lowered when the article writes it lower case (not a name)."""
    text = " ".join(text.split()).strip(" ,.;")
    n = len(text.split())
    if not 4 <= n <= 16 or _CLAUSE_BAD.search(text) or not VERBISH.search(text):
        return None
    if _PRONOUN_FIRST.match(text) and not pronoun:
        return None
    if _ARTIFACT.search(text):
        return None  # "QAfghanistan is …": a transcript's speaker letter glued to a word
    if _FIRST_PERSON.search(text):
        return None  # "our world is so small": a speaker's words printed unquoted (a transcript)
    first = text.split(" ", 1)[0]
    if first in ("A", "An"):
        first_low = first.lower()
        return first_low + text[len(first):]  # "A lot of them left": "because a lot of them left"
    if first[:1].isupper() and first[1:].islower():
        written_mid = name_re(r"(?<=[a-z,;] )" + re.escape(first) + r"\b").search(ctx.article.text)
        if first.lower() in _COMMON_STARTS or (not written_mid and name_re(r"\b" + re.escape(first.lower()) + r"\b")
                                                                            .search(ctx.article.text)):
            text = first.lower() + text[len(first):]
        elif not name_re(r"(?<=[a-z,;:] )" + re.escape(first) + r"\b").search(ctx.article.text):
            return None  # capitalised only at a sentence start: neither a name nor surely lower case
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and not name_re(r"(?<=[a-z,;:] )" + re.escape(first) + r"\b").search(ctx.article.text):
        return None  # a capital the article never writes mid-sentence: no name, and "because ___" reads wrong
    return text


# a word with a stray capital glued in front ("QAfghanistan", "AThe"): a transcript's "Q"/"A" marker
_ARTIFACT = re.compile(r"\b[A-Z](?=[A-Z][a-z])|[a-z][A-Z]{2,}")
# the speaker's own voice in a sentence the article prints without quotation marks (an interview
# transcript): "we have to pay attention now because …" is someone's reason, not the article's
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|we’re|our|Our|us|my|My)\b")


_STATEMENT_SKIP = re.compile(r"^(?:but|and|or|so|yet|also|however|meanwhile|still|instead|thus|then|if|when|while|"
                             r"after|before|as|because|since|although|though|in|on|at|for|by|with|according)\b",
                             re.I)


def _reason_pool(ctx: Context, s: Sentence, keyed: str) -> list[str]:
    """Other reasons the article gives (because-clauses of other sentences): reasons it never gives
    for the effect asked about."""
    reasons = []
    for other in ctx.analysis.sentences:
        if other.index == s.index or in_quotation(ctx.article, other.span.start) or cut_sentence(ctx.analysis, other):
            continue
        text = " ".join(other.span.text.split())
        if overlap(text, s.span.text) >= 0.25:
            continue
        for m in _BECAUSE_ANY.finditer(text):
            opt = _clause_option(ctx, m.group("cause"))
            if opt and overlap(opt, keyed) < 0.3:
                reasons.append(opt)
    # judged blind (twice): plain facts of the article after "because" ("because the couples went
    # deep-sea fishing", "because the blow landed with the weight of goose down") were absurd reasons
    # any student could strike out without reading: only reasons the article gives are offered
    return seeded(ctx, reasons)


_TIME_OPENING = re.compile(r"^(?:On|In|Last|Earlier|This) (?:(?:the )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday|week|month|year|weekend|morning|evening|night|spring|summer|fall|"
                           r"autumn|winter)|(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)(?: \d{1,2})?|\d{4}), (?=[A-Z])")
# an opening phrase before the main clause, its subject a name or a noun with its article
_OPENING = re.compile(r"^(?:During|At|After|Before|Since|With|Unlike|Despite|Fortunately for [A-Z]\w+|Earlier)"
                      r"\b[^,;:—–\"“”]{3,60}, "
                      r"(?=(?:[A-Z][a-z]+ [A-Z]|[A-Z][a-z]+ (?:[a-z]+ed|has|was|is)\b|the [a-z]))")
# two main clauses joined by ", and" / ", but" (the second with a subject of its own)
_JOINED = re.compile(r", (?:and|but) (?=(?:the |[A-Z])[^,;:]*\b(?:was|were|is|are|has|had|[a-z]{2,}ed|won|lost)\b)")


def _clauses(text: str) -> list[str]:
    """The sentence, or its two main clauses when ", and"/", but" joins two ("X was 53%, and Bush won")."""
    parts = _JOINED.split(text.strip().rstrip("."), maxsplit=1)
    return parts if len(parts) == 2 else [text]


_FUTURE_OR_WISH = re.compile(r"\b(?:will|would|could|might|may|should|must|if)\b", re.I)


def clause_items(ctx: Context) -> list[Item]:
    """MC gaps on a reason written as a clause ("… because ______."): the sentence quoted whole, the
    clause after "because" to its end blanked; options complete clauses: the key, other reasons the
    article gives, plain facts of the article. Only when the words before "because" are a whole
    sentence with a subject and a finite verb."""
    if not ctx.allows("multiple_choice") and not ctx.allows("true_false"):
        return []
    items = []
    for s in ctx.analysis.sentences:
        text = s.span.text.rstrip()
        if " because " not in text:
            continue  # what _BECAUSE_END needs, tested before the quotation and cut tests
        if in_quotation(ctx.article, s.span.start) or text[:1] in "\"“‘'" or len(text.split()) > 40:
            continue
        if cut_sentence(ctx.analysis, s):
            continue
        m = _BECAUSE_END.match(text)
        if not m or _DENIED_LINK.search(text[:m.start("cause")]):
            continue  # "… rose, not because ______.": a reason the sentence sets aside (see find_links)
        # the key may open with a pronoun ("he had …"): the sentence shown with it names whom it means
        second = _SECOND_PREDICATE.search(m.group("cause"))
        cause_end = m.start("cause") + second.start() if second else m.end("cause")
        keyed = _clause_option(ctx, text[m.start("cause"):cause_end], pronoun=True)
        if keyed is None:
            continue
        effect = m.group("effect")
        if _BECAUSE_ANY.search(effect) or re.search(r"\b(?:because|why|reason)\b", effect, re.I):
            continue  # two reasons in one sentence, or a sentence about a reason: which is asked is unclear
        if _OTHER_REASON.search(effect):
            continue  # judged blind (t4): "… online so that agents can monitor … or because ______": a second reason
            # the sentence gives, so "the reason this sentence gives" is one of two
        c0 = s.span.start + m.start("cause")
        c1 = s.span.start + cause_end
        link = Link(s, (c0, c1), (s.span.start, s.span.start + m.end("effect")))
        if not clean_effect(ctx, link):
            continue
        sup = support_span(ctx.article, s.span)
        speaker = _speaker(ctx, c0, c1)
        if sup is None or speaker is None:
            continue
        if not speaker and _own_voice_first_person(text):
            continue  # "we have to … because ___" unquoted: a speaker's words, and the stem cannot name whose
        pool = [p for p in _reason_pool(ctx, s, keyed) if norm(p) != norm(keyed)]
        distractors = length_matched(keyed, pool, 3, ratio=2.2)
        shown = cloze(text, m.start("cause"), cause_end, window=40)
        said = not speaker and _SPEECH.search(effect)
        if len(distractors) < 3 or not ctx.allows("multiple_choice"):
            # too few other reasons for four options: no item here (the reason turned round, reason_true_false, may
            # ask it; a true/false on the sentence with its reason blanked was judged blind twice, T8 and T9, a stem
            # that answers itself)
            continue
        stem = _stem(link, speaker, shown)
        if said:
            # "X has said he voted against it because ______.": the reason is X's, as the sentence shows
            stem = f"In ¶{s.paragraph}, the article says: \"{shown}\" What reason is given?"
        options, answer = shuffled_options(ctx.rng, keyed, distractors)
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, cite(sup, 60), [sup]))
    return items


# another reason or purpose before "because" in the sentence ("so that …", "in order to …", "… or because")
_OTHER_REASON = re.compile(r"\b(?:so\s+that|in\s+order\s+(?:to|that)|for\s+fear\s+that)\b|\b(?:or|and)\s*$", re.I)


# a second predicate with no subject of its own after the reason ("… presented a danger | and failed at
# fishing in Florida"): judged blind as a separate event run into the keyed reason; the key stops there
_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:[a-z]{2,}ed|was|were|had|has|went|got|left|"
                               r"took|made|lost|won|ran|became|began|moved|quit)\b")


def _own_voice_first_person(text: str) -> bool:
    """Does the sentence speak as "I" or "we" outside any quotation marks?"""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]|''.*?''", " ", text)
    return bool(_FIRST_PERSON.search(bare))


# ---------------------------------------------------------------- true or false: which way the reason runs
# "<effect>[, largely|in part …] because <cause>." in one sentence (or one claim): both parts whole
# clauses, one "because"; the reason may stop before a clause that only says more of it (", including …")
_ONE_BECAUSE = re.compile(r"^(?P<effect>[^,;:—–()\"“”]{15,}?)(?:,? (?P<mod>largely|mainly|mostly|partly|in part|"
                          r"in large part))? because (?!of\b)(?P<cause>" + _CLAUSE_CHARS + r"{8,}?)"
                          r"(?:, (?:including|which|where|whose) [^\"“”]+| - [^\"“”]+)?[.]?$")
# a reason that is hedged, conditional, negated, asked, a wish or a forecast, or a second causal word: no
# statement is sure of it
_UNSURE_REASON = re.compile(r"\b(?:may|might|could|would|should|perhaps|possibly|likely|unlikely|probably|"
                            r"apparently|reportedly|allegedly|seem|seems|seemed|appear|appears|appeared|if|unless|"
                            r"whether|just|only|simply|merely|even|either|neither|nor|why|reason|"
                            r"reasons|since|due to|thanks to|as a result|led to|lead to|leads to|prompted|caused|"
                            r"so that|therefore|thus|hence|after|before|when|while|until)\b|\?", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|nobody|nothing|none|neither|nor|cannot)\b|n[’']t\b", re.I)
# a word pointing to another sentence: a clause moved to the other side of "because" may change what it means
_POINTING = re.compile(r"\b(?:this|these|those|such|also|too|again|same|former|latter|similar|then)\b(?!-)", re.I)
# a pronoun anywhere (not the empty "it" of "makes it difficult"): whom it means may lie in another sentence
# ("refused requests to stop their implementation"), or after it once the clauses change places
_PRONOUN_ANYWHERE = re.compile(r"\b(?:he|she|they|him|her|them|his|hers|their|theirs|its|(?<!make )(?<!makes )"
                               r"(?<!made )(?<!making )(?<!find )(?<!found )it)\b", re.I)
_PRONOUN_OPENING = re.compile(r"^(?:he|she|they|it|its|his|her|their|them|this|that|these|those|we|i|you|one)\b",
                              re.I)


@dataclass(frozen=True)
class Reason:
    """One reason a sentence gives: the effect and the cause as whole clauses, a "largely"/"in part"
    before "because", and whose reason it is ("" for the article's own)."""
    effect: str
    cause: str
    modifier: str
    speaker: str


def _reason_parts(ctx: Context, text: str) -> tuple[str, str, str] | None:
    """(effect, cause, modifier) of "<effect> because <cause>." when both are whole clauses of 4 to
    16 words that open with no pronoun, nothing in either is hedged, conditional, negated or timed,
    no word points elsewhere, and the reason holds one event."""
    m = _ONE_BECAUSE.match(text)
    if not m:
        return None
    effect, cause = m.group("effect"), m.group("cause")
    if any(_UNSURE_REASON.search(x) or _POINTING.search(x) or _PRONOUN_ANYWHERE.search(x) or _PRONOUN_OPENING.match(x)
           for x in (effect, cause)):
        return None
    if _NEGATED.search(effect) or re.search(r"\bnot\b[^,]*$", effect):
        return None  # "X did not happen because Y": is Y why X did not happen, or not why X happened?
    if _SECOND_PREDICATE.search(cause) or re.search(r"\b(?:and|or|but)\b", cause):
        return None  # "because A and B": two reasons, or two events run into one
    e, c = _clause_option(ctx, dictionary_opening(ctx, effect)), _clause_option(ctx, dictionary_opening(ctx, cause))
    if e is None or c is None or overlap(e, c) >= 0.5:
        return None
    return e, c, m.group("mod") or ""


_QUANTIFIERS = frozenset("the a an some many most several few all both each every no two three four five six seven "
                         "eight nine ten".split())


def dictionary_opening(ctx: Context, text: str) -> str:
    """A clause's first word in lower case when it is a dictionary word ("Turnout") the article never
    writes with a capital mid-sentence and no name the tagger found opens with; else as written."""
    first, _, rest = text.partition(" ")
    if first.lower() in _QUANTIFIERS:
        return first.lower() + text[len(first):]  # "Some Republican candidates …": never a name
    if rest[:1].isupper():
        return text  # "Mayor Ann Lee", "Florida Sen. Marco Rubio": a title or a place before a name
    if not re.fullmatch(r"[A-Z][a-z]+", first) or name_re(r"(?<=[a-z,;:] )" + re.escape(first) + r"\b").search(
            ctx.article.text) or any(e.text.split(" ", 1)[0] == first for e in ctx.analysis.entities):
        return text
    wn = wordnet.load()
    if wn is None or not any(wn.base_form(first, pos) for pos in wordnet.POS_FILES):
        return text
    return first.lower() + text[len(first):]


_REASON_STATEMENT_RE = re.compile(r"\bbecause\b", re.I)
_REASON_STATEMENT_RE2 = re.compile(r"[\"“”]")


def reason_statement(ctx: Context, s: Sentence) -> Reason | None:
    """The one reason a sentence gives with "because": in the writer's own words (the sentence
    whole, from its subject), or in a claim the ledger surely gives to a named source ("The budget
    office says <effect> because <cause>"); None for any other sentence."""
    lead = len(s.span.text) - len(s.span.text.lstrip())
    text = s.span.text.strip()
    if "because" not in text:
        return None  # the one reason must be a lower-case "because" (below): the cheap test first
    if in_quotation(ctx.article, s.span.start) or text[:1] in "\"“‘'" or cut_sentence(ctx.analysis, s):
        return None
    found = list(_REASON_STATEMENT_RE.finditer(text))
    if "\n" in text or len(text.split()) > 45 or len(found) != 1 or found[0].group(0) != "because":
        return None  # no reason, two reasons, or a reason put first ("Because …, …")
    if _own_voice_first_person(text):
        return None
    at = s.span.start + lead + found[0].start()
    speaker = _speaker(ctx, at, at + 7)
    if speaker:  # a claim the ledger surely gives to its source: the reason in the claim's own words
        claim = next((c for a in ctx.analysis.attributions for c in a.content_spans if c.start <= at < c.end), None)
        if claim is None or in_quotation(ctx.article, claim.start) or _REASON_STATEMENT_RE2.search(claim.text):
            return None
        parts = _reason_parts(ctx, " ".join(claim.text.split()).rstrip(" ,"))
        return Reason(*parts, speaker) if parts else None
    if speaker is None or _SPEECH.search(text) or any(a.cue_span is not None and s.span.start <= a.cue_span.start
                                                       < s.span.end for a in ctx.analysis.attributions):
        return None  # someone's words, whose the ledger cannot say
    skip = _OPENER.match(text)
    k = skip.end() if skip else 0  # "In 2008, <effect> because <cause>.": the statement starts at its subject
    parts = _reason_parts(ctx, text[k:])
    m = _ONE_BECAUSE.match(text[k:])
    if parts is None or m is None:
        return None
    base = s.span.start + lead + k
    link = Link(s, (base + m.start("cause"), base + m.end("cause")), (base, base + m.end("effect")))
    return Reason(*parts, "") if clean_effect(ctx, link) else None


# an opening phrase that only sets the time or links to the sentence before ("In 2008, ", "Indeed, ", "But "): left out
# of the statement, whose subject follows
_OPENER = re.compile(r"^(?:(?:But|And|Indeed|More importantly|In fact),? |(?:In|By) (?:(?:early |late |mid-)?\d{4}|"
                     r"(?:January|February|March|April|May|June|July|August|September|October|November|December) "
                     r"\d{4}), )(?=[A-Za-z])")


def _coupled(cause: str, effect: str) -> bool:
    """Do a reason's two clauses share a content word (its first five letters: "delegates" in both)?"""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOPWORDS}
    return bool(stems(cause) & stems(effect))


def reason_true_false(ctx: Context, asked: set[int]) -> list[Item]:
    """True/false on a reason the article gives: "According to ¶4, <effect> because <cause>." (true)
    or the two clauses the other way round, "<cause> because <effect>." (false: the article gives
    the reason the other way). The rng picks which; sentences an item already asks are left out."""
    if not ctx.allows("true_false"):
        return []
    items = []
    for s in ctx.analysis.sentences:
        if s.index in asked:
            continue
        r = reason_statement(ctx, s)
        sup = support_span(ctx.article, s.span) if r else None
        if r is None or sup is None:
            continue
        mod = f" {r.modifier}" if r.modifier else ""
        # a draw mixed with the statement: the skill's rng starts alike in every lesson of one seed, and its
        # draw alone keyed one article's "because" item as every other article's
        truthful = random.Random(f"{ctx.rng.random()}:{r.effect}:{r.cause}").random() < 0.5
        if not truthful and _coupled(r.cause, r.effect):
            truthful = True  # judged blind (E41c): "delegates are awarded proportionally because Democratic rules make
            # it difficult … in pledged delegates", the article's reason turned round, was half true: two clauses
            # about the same thing ("delegates") may each be read as a cause of the other
        said = f"{r.effect}{mod} because {r.cause}" if truthful else f"{r.cause}{mod} because {r.effect}"
        where = f"{r.speaker} (¶{s.paragraph})" if r.speaker else f"¶{s.paragraph}"
        stem = f"True or false? According to {where}, {_lower_start(ctx, said)}."
        explanation = (f"{cite(sup, 60)} — according to {r.speaker or 'the article'}, \"{r.cause}\" is the reason "
                       f"why {_lower_start(ctx, r.effect)}" + ("." if truthful else ", not the other way round."))
        items.append(make_item(SKILL, "true_false", stem, ["True", "False"], 0 if truthful else 1, explanation,
                               [sup]))
    return items


def _lower_start(ctx: Context, text: str) -> str:
    """``text`` with its first word lower case unless the article writes that word with a capital
    mid-sentence (a name: "Democratic rules", "Congress")."""
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and not name_re(r"(?<=[a-z,;:] )" + re.escape(first) + r"\b").search(ctx.article.text):
        return first.lower() + text[len(first):]
    return text
