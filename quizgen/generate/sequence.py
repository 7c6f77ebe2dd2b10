"""Sequence: which of several dated events in the article happened first."""
from __future__ import annotations

import random
import re

from quizgen.fastre import Keyed
from quizgen.generate.base import (
    Context,
    cite,
    clause_shorten,
    in_quotation,
    make_item,
    name_re,
    sentence_at,
    sentence_case,
    shuffled_options,
    support_span,
    truncate,
)
from quizgen.generate.cause_effect import dictionary_opening
from quizgen.generate.key_detail import cut_sentence
from quizgen.generate.main_idea import whole_cut
from quizgen.model import Item, Sentence, Support

SKILL = "sequence"
MONTHS = ("january february march april may june july august september october november december").split()
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_LEAD = re.compile(r"^(?:on|in|back on|by|since|from|between|until|,|\s)+", re.I)
_DEPENDENT = re.compile(r"^(?:and|but|or|so|that|which|who|when|where|while|as|because|after|before|until|"
                        r"since|of|to|for|with)\b", re.I)
_FUTURE = Keyed(re.compile(r"\b(will|would|plans?|scheduled|expected)\b", re.I))


def _date_key(text: str) -> tuple[int, int, int] | None:
    m = _YEAR.search(text)
    if not m:
        return None
    low = text.lower()
    month = next((i + 1 for i, name in enumerate(MONTHS) if name in low), 0)
    day_m = re.search(r"\b([0-3]?\d)\b(?!\d)", _YEAR.sub("", text))
    day = int(day_m.group(1)) if day_m and month else 0
    return (int(m.group(1)), month, day)


def _event(sentence: str, date_text: str) -> str | None:
    """The sentence with its date phrase removed, as a short option: only a whole clause (the date
    at the sentence's start or end, nothing cut), else None."""
    i = sentence.find(date_text)
    if i < 0:
        return None
    head = re.sub(r"\b(?:on|in|back on|back in|by|since|from|early|late|during|of)\s*$", "", sentence[:i],
                  flags=re.I).strip(" ,")
    tail = sentence[i + len(date_text):].strip(" ,.;:!")
    if head and tail:
        return None  # "… which in 2015 was …": cutting the date out leaves a fragment
    if len(sentence.split()) > 18 or re.search(r"[;:\"“”(]", sentence):
        return None  # a long sentence would be cut mid-phrase
    before, after = sentence[:i].rstrip(), sentence[i + len(date_text):]
    before = re.sub(r"\b(?:on|in|back on|back in|by|since|from)\s*$", "", before, flags=re.I).rstrip(" ,")
    after = _LEAD.sub("", after) if not before else after
    text = (before + " " + after.lstrip(" ,")).strip() if before else after.strip(" ,")
    text = re.sub(r"\s+,", ",", " ".join(text.split())).rstrip(".")
    return sentence_case(truncate(text, 14))


def generate(ctx: Context) -> list[Item]:
    """Dated events (one MC item over four, else a true/false on two), and true/false items on an
    event the article says came after another ("After the court ruled, the state appealed.")."""
    dated = dated_items(ctx) if ctx.allows("multiple_choice") else []
    return dated + after_items(ctx)


def dated_items(ctx: Context) -> list[Item]:
    """One MC item when three or more past events carry distinct dates."""
    events: dict[int, tuple[tuple[int, int, int], str, Support]] = {}
    for q in ctx.analysis.quantities:
        if q.kind != "date" or in_quotation(ctx.article, q.span.start):
            continue
        key = _date_key(q.span.text)
        s = sentence_at(ctx.analysis, q.span.start)
        if key is None or s is None or s.index in events or _FUTURE.search(s.span.text):
            continue
        if cut_sentence(ctx.analysis, s):
            continue  # "… Ben S." | "Bernanke of …": half a sentence is no event
        if len(_YEAR.findall(s.span.text)) > 1:
            continue
        sup = support_span(ctx.article, s.span)
        if sup is None:
            continue
        event = _event(s.span.text, q.span.text)
        if event is None or _DEPENDENT.match(event):
            continue
        events[s.index] = (key, event, sup)
    ordered = sorted(events.values(), key=lambda e: e[0])
    distinct: list[tuple[tuple[int, int, int], str, Support]] = []
    for e in ordered:
        if all(e[0] != d[0] for d in distinct) and len(e[1].split()) >= 4:
            distinct.append(e)
    if len(distinct) < 4:
        return year_items(ctx)  # four options, from four events: fewer leave the item short
    first = distinct[0]
    others = distinct[1:]
    ctx.rng.shuffle(others)
    others = others[:3]
    options, answer = shuffled_options(ctx.rng, first[1], [o[1] for o in others])
    sups = [first[2]] + [o[2] for o in others]
    explanation = "; ".join(cite(s, 16) for s in sups)
    stem = "According to the article, which of these happened first?"
    return [make_item(SKILL, "multiple_choice", stem, options, answer, explanation, sups)]


# ---------------------------------------------------------------- events dated "in YEAR" in the writer's words
# "In 2010, <clause>." or "<clause> in (Month) YEAR[, when …|.]": the year dates the clause's event
_IN_YEAR_FIRST = re.compile(r"^In (?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December) )?(?P<year>1[7-9]\d\d|20\d\d), "
                            r"(?P<event>.+)$")
_IN_YEAR_LAST = re.compile(r"^(?P<event>.+?) in (?:(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December) )?(?P<year>1[7-9]\d\d|20\d\d)"
                           r"(?:, (?:when|where|and|but|which) .+)?[.]?$")
# a past event: a past form of a verb (not "has/have …", not a future or a wish)
_PAST = re.compile(r"\b(?:was|were|had|did|[a-z]{2,}ed|won|lost|ran|left|began|came|went|took|gave|made|held|"
                   r"became|got|sent|paid|spent|met|led|sold|bought|brought|wrote|founded|chose|fell|rose|grew|"
                   r"beat|fought|quit|told|built|broke|drove|spoke|stood|sat|shut|struck|swore|threw|wore|"
                   r"began|knew|drew|flew|hung|laid|lent|meant|rode|rang|sang|sank|shot|slid|split|spread|"
                   r"stole|stuck|swept|taught|tore|understood|withdrew|overturned|saw|fled|froze|hid|lit|"
                   r"rebuilt|overtook|undertook|forgave|awoke|arose|bore|bred|clung|dealt|dug|fed|felt|"
                   r"forbade|forgot|kept|knelt|put|read|set|sought|thought|wept|won|wound|wrung)\b")
_NOT_PAST = re.compile(r"\b(?:has|have|will|would|could|should|may|might|must|can|is|are|says|said|told|"
                       r"according|reportedly|believed)\b", re.I)
# the end of a sentence's main clause: a comma before a relative clause or an appositive, or "because"
_FIRST_CUT = re.compile(r"^[^,;:—–]*?(?=,\s+(?:which|who|whose|where|when|a|an|the|and|but)\s|\s+because\s)")
_POINTS_BACK = re.compile(r"\b(?:also|too|again|similar|same|another|other|later|earlier|then|former|latter)\b(?!-)",
                          re.I)
_OPENS_WITH_PRONOUN = re.compile(r"^(?:he|she|they|it|its|his|her|their|this|that|these|those|there|we|i|you)\b",
                                 re.I)


def _past_event(ctx: Context, text: str, *, numbers: bool = False) -> str | None:
    """A dated clause as an option: a whole clause of 4 to 14 words (cut only at a clause
    boundary), in the past tense, no pronoun to resolve first, no one's words, no quotation."""
    text = " ".join(text.split()).strip(" .")
    m = _FIRST_CUT.search(text)
    if m:
        text = m.group(0)  # "X started the index | , which is updated daily"
    if re.search(r"[,;:—–]| - ", text):
        short = whole_cut(text, clause_shorten(text, 14))
        if not short or re.search(r"[,;:—–]| - ", short):
            return None
        text = short
    if not 4 <= len(text.split()) <= 14 or re.search(r"[\"“”‘’()]", text):
        return None
    if re.search(r"\d", text) and (not numbers or _YEAR.search(text) or _DATE_WORD.search(text)):
        return None  # a number in an event the year does not open: which of the two does "in YEAR" date?
    if _OPENS_WITH_PRONOUN.match(text) or _DEPENDENT.match(text) or _NOT_PAST.search(text) or not _PAST.search(text):
        return None
    if _POINTS_BACK.search(text):
        return None  # "Gore also distanced himself …", "tried a similar approach": leans on another sentence
    return text


def year_events(ctx: Context) -> list[tuple[int, str, Support]]:
    """(year, event, support) for each sentence of the writer's (not in a quotation, no one's words
    reported) that dates one past event with "in YEAR" and no other year."""
    out = []
    for s in ctx.analysis.sentences:
        text = " ".join(s.span.text.split())
        if len(_YEAR.findall(text)) != 1:  # the cheap test first: most sentences name no year
            continue
        if in_quotation(ctx.article, s.span.start) or text[:1] in "\"“‘'" or cut_sentence(ctx.analysis, s):
            continue
        if _SAID.search(text) or _FUTURE.search(text):
            continue
        if any(a.cue_span is not None and s.span.start <= a.cue_span.start < s.span.end
               for a in ctx.analysis.attributions):
            continue
        m = _IN_YEAR_FIRST.match(text) or _IN_YEAR_LAST.match(text)
        if not m:
            continue
        # "In 2008, Clinton won … by a 35-point margin": a number inside a clause the year opens is no date
        event = _past_event(ctx, m.group("event"), numbers=m.re is _IN_YEAR_FIRST)
        sup = support_span(ctx.article, s.span)
        if event and sup:
            out.append((int(m.group("year")), event, sup))
    return out


_DATE_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
_SAID = Keyed(re.compile(r"\b(?:said|says|say|told|according to|claimed|argued|wrote|recalled|noted)\b", re.I))


def year_items(ctx: Context) -> list[Item]:
    """"According to the article, which of these happened first?" over four past events the article
    dates in four different years; the key is the one in the earliest year."""
    if not ctx.allows("multiple_choice"):
        return []
    by_year: dict[int, tuple[int, str, Support]] = {}
    seen: set[str] = set()
    for e in year_events(ctx):
        if e[1].lower() in seen:
            continue
        seen.add(e[1].lower())
        if e[0] in by_year:
            by_year[e[0]] = (e[0], "", e[2])  # two events in one year: neither may be an option
        else:
            by_year[e[0]] = e
    events = sorted((e for e in by_year.values() if e[1]), key=lambda e: e[0])
    if len(events) < 4:
        return order_items(ctx, events)
    first, others = events[0], events[1:]
    ctx.rng.shuffle(others)
    others = others[:3]
    options, answer = shuffled_options(ctx.rng, sentence_case(first[1]), [sentence_case(o[1]) for o in others])
    sups = [first[2]] + [o[2] for o in others]
    explanation = "; ".join(cite(s, 16) for s in sorted(sups, key=lambda x: x.start))
    stem = "According to the article, which of these happened first?"
    return [make_item(SKILL, "multiple_choice", stem, options, answer, explanation, sups)]


def _mid(ctx: Context, event: str) -> str:
    """An event option inside a sentence: its first word lower case when the article writes that
    word in lower case ("two Forbes staff members …"), as it is when a name ("Forbes magazine …")."""
    first = event.split(" ", 1)[0]
    low = first[:1].lower() + first[1:]
    if low != first and name_re(r"\b" + re.escape(low) + r"\b").search(ctx.article.text) and \
            not name_re(r"(?<=[a-z,;] )" + re.escape(first) + r"\b").search(ctx.article.text):  # not "trump card"
        return low + event[len(first):]
    return event


def order_items(ctx: Context, events: list[tuple[int, str, Support]]) -> list[Item]:
    """True/false on the order of the earliest and the latest of two or three past events the
    article dates in different years: "According to the article, <A> before <B>." (true when A's
    year is earlier; the rng picks which way round the statement is put)."""
    if len(events) < 2 or not ctx.allows("true_false"):
        return []
    first, last = events[0], events[-1]
    truthful = _true_or_false(ctx, first[1] + " " + last[1])
    a, b = (first, last) if truthful else (last, first)
    stem = f"True or false? According to the article, {_mid(ctx, a[1])} before {_mid(ctx, b[1])}."
    sups = sorted([a[2], b[2]], key=lambda x: x.start)
    explanation = "; ".join(cite(x, 16) for x in sups) + f" — {first[0]} comes before {last[0]}."
    return [make_item(SKILL, "true_false", stem, ["True", "False"], 0 if truthful else 1, explanation, sups)]


# ---------------------------------------------------------------- "After <event>, <event>." in the writer's words
# the earlier event in a phrase after "After" (first, up to a comma) or after "after" (last, to the end)
# a span of time before an opening "after" ("Two weeks after …", "Shortly after …"): the order
# stays, the span is left out
_INTERVAL = (r"(?:(?:[Jj]ust |[Oo]nly |[Ss]hortly |[Ss]oon |[Nn]ot long |(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
             r"[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2}|[Aa] few|[Ss]everal) "
             r"(?:minutes?|hours?|days?|weeks?|"
             r"months?|years?) |(?:Minutes|Hours|Days|Weeks|Months|Moments) )(?=after ))?")
_AFTER_FIRST = re.compile(r"^(?:(?:But|And) )?" + _INTERVAL + r"[Aa]fter (?P<earlier>[^,;:—–\"“”‘’()]{6,120}), "
                          r"(?P<later>[^,;:—–\"“”‘()]{15,})\.$")
_AFTER_LAST = re.compile(r"^(?P<later>[^,;:—–\"“”‘()]{15,}?) after (?P<earlier>[^,;:—–\"“”‘’()]{6,120})\.$")
# "after all", "after a decade", "after years of …" (a span of time, no one event), "after that" (points back)
_NOT_EVENT = re.compile(r"^(?:all|that|this|these|those|which|what|another|one another|each other|midnight|"
                        r"(?:years|decades|months|weeks|days|hours|minutes|a while|some time|time)\b|"
                        r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|few|\d+) "
                        r"(?:\w+ )?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
                        r"terms?|rounds?|tries)\b)", re.I)
# "named after", "went after", "look after", "time after time": "after" that is no order in time
_NOT_TIME = re.compile(r"\b(?:named|called|look|looked|looks|looking|go|goes|went|going|gone|come|comes|coming|"
                       r"chase|chased|run|ran|runs|sought|asked|lust|lusted|day|time|one|year|shortly|soon|long|"
                       r"right|just|only|even|immediately|and|or|ever)$", re.I)  # "during and after": no order;
# "highest ratings ever | after": "… ever before …" reads as a phrase of its own
# a second time word, a reason, a condition, a hedge, a wish: the order is no longer the sentence's one fact
_OTHER_LINK = re.compile(r"\b(?:before|after|when|whenever|while|until|since|and as|just as|as soon as|"
                         r"as long as|meanwhile|then|later|earlier|because|if|"
                         r"unless|whether|although|though|may|might|could|would|should|will|reportedly|"
                         r"allegedly|apparently|likely|probably|perhaps)\b|\?", re.I)
_PRONOUN_ANY = re.compile(r"\b(?:he|she|they|it|him|her|them|his|hers|their|theirs|its|we|us|our|i|me|my|you|"
                          r"your)\b", re.I)
# a plan, a schedule, an expectation: what was meant to happen, not what happened ("the plan" is no forecast)
_FORECAST = re.compile(r"\b(?:will|would|plans? to|planned to|planning to|scheduled|expected|expects?|intends?|"
                       r"intended|hopes?|hoped|wants?|wanted)\b", re.I)
_PARTY_TAG = re.compile(r" \((?:[RDI]|[RDI]-[A-Z][A-Za-z.]*)\)")


def after_statement(ctx: Context, s: Sentence) -> tuple[str, str] | None:
    """(later event, earlier event) of a sentence in the writer's words that orders two events with
    one "after": the later one a whole past clause (4 to 20 words, nothing pointing to another
    sentence, no pronoun to open it, none at all when it moves first), the earlier one a phrase of
    3 to 18 words naming an event (not a span of time, nor a bare "the incident" that only points back);
    None for any other sentence."""
    text = " ".join(s.span.text.split())
    if "fter" not in text and " (" not in text:
        return None  # no "after" (nor a party tag whose dropping could join one): no pattern below matches
    if in_quotation(ctx.article, s.span.start) or text[:1] in "\"“‘'" or cut_sentence(ctx.analysis, s):
        return None
    if _SAID.search(text) or any(a.cue_span is not None and s.span.start <= a.cue_span.start < s.span.end
                                 for a in ctx.analysis.attributions):
        return None  # someone's account of the order, not the article's
    text = _PARTY_TAG.sub("", text)  # "Bill Schuette (R)": the party tag left out of the statement
    m = _AFTER_FIRST.match(text) or _AFTER_LAST.match(text) or _AFTER_LAST.match(_tail_cut(_plain_after(text)))
    if not m:
        return None
    later, earlier = m.group("later").strip(), m.group("earlier").strip()
    if m.re is _AFTER_FIRST and not m.group(0).startswith(("After", "after")) and re.search(r"\bhad\b", later):
        return None  # "Two days after the attacks, X had changed": a state by then, no order of two events
    if m.re is _AFTER_LAST and _NOT_TIME.search(later):
        return None
    if _NOT_EVENT.match(earlier) or not (3 <= len(earlier.split()) <= 18 or _TWO_WORD_EVENT.fullmatch(earlier)) or \
            not 4 <= len(later.split()) <= 20:
        return None
    if _MEASURE_END.search(later):
        return None  # judged blind (T37): "X's comments came moments after the senator spoke" turned "before the
        # senator spoke …, X's comments came moments": how long after goes with "after", not the later clause
    if _SECOND_PREDICATE.search(earlier):
        return None  # judged blind (T23): "left her car after a family argument and was eaten by a tiger": the
        # "and was …" goes with the later clause, so "after a family argument and was eaten …, X left" garbles it
    for part in (later, earlier):
        if _OTHER_LINK.search(part) or _POINTS_BACK.search(part) or _SAID.search(part) or _FORECAST.search(part):
            return None
    if _OPENS_WITH_PRONOUN.match(later) or (m.re is _AFTER_FIRST and _PRONOUN_ANY.search(later)):
        return None  # "His nomination …", or "After X lost, he quit" turned "he quit after X lost"
    if _DEPENDENT.match(later) or _NOT_PAST.search(later) or not _PAST.search(later):
        return None
    if _FIRST_PERSON.search(text) or (m.re is _AFTER_FIRST and not later[:1].isupper()):
        return None
    return later, earlier


_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
# how long after, closing the later clause ("came moments", "resigned two days", "arrived shortly")
_MEASURE_END = re.compile(r"\b(?:moments|shortly|soon|right|just|immediately|(?:not\s+)?long|(?:\d+|an?|one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|(?:a\s+)?few|several|many|some)\s+(?:seconds?|minutes?|"
                          r"hours?|days?|weeks?|months?|years?))$", re.I)
# a second predicate joined to the earlier event's phrase ("… after an argument and was eaten by …", "… and then
# drove …", "… and returned to …"): it belongs to the sentence's subject, not to the event after "after"
_SECOND_PREDICATE = re.compile(r"\b(?:and|but|or)\s+(?:(?:then|later|also|soon|eventually)\s+)?"
                               r"(?:was|were|is|are|had|has|have|did|does|will|would|could|can|may|might|then|[a-z]{3,}ed\s+(?:the|a|an|his|"
                               r"her|their|its|to|by|in|on|at|from|into|out|up|down|back|off|him|them|it)\b)")
# an earlier event in two words: a named event ("the debate", "the caucuses") or a name and its past verb
# ("Clinton testified"); not "the incident", "the move" … that only point back
_TWO_WORD_EVENT = re.compile(r"the (?:debate|debates|conference|election|vote|convention|caucuses|caucus|primary|"
                             r"primaries|speech|hearing|attacks|attack|shooting|shootings|ruling|verdict|storm|"
                             r"flood|war|coup|bombing|bombings|massacre|riots|referendum)|"
                             r"[A-Z][a-z]{2,} (?:[a-z]{3,}ed|won|lost|spoke|quit|left|ran|fell|resigned|died)")
# "<later> after <earlier>, <a phrase that only says more>." ("…, thrusting him into the spotlight", "…, which …",
# "…, the party leaders who …"): the earlier event ends at the comma
_AFTER_TAIL = re.compile(r"(?<=\w), (?:[a-z]{3,}ing|which|who|whose|where|a|an|the)\b[^\"“”‘’()]*\.$")


# a name's appositive between it and its verb ("Rubio, a Florida senator, ended …"): left out of the statement
_APPOSITIVE = re.compile(r"^(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), (?:a|an|the) [^,;:—–\"“”‘’()]{2,60}, "
                         r"(?=[a-z]{3,} )")


def _plain_after(text: str) -> str:
    """``text`` with a name's appositive left out ("Rubio, a Florida senator, ended" -> "Rubio ended") and
    the comma before its one "after" dropped ("… the resort, after buying it …")."""
    text = _APPOSITIVE.sub(lambda m: m.group("name") + " ", text, count=1)
    if text.count(", after ") == 1 and text.count(",") == 1 + len(_AFTER_TAIL.findall(text)):
        text = text.replace(", after ", " after ")
    return text


def _tail_cut(text: str) -> str:
    """``text`` without a phrase after the last event's comma that only says more of it, when the
    sentence's one "after" comes before that comma and no other comma does; else ``text``."""
    m = _AFTER_TAIL.search(text)
    if not m or text.count(",") != 1 or " after " not in text[:m.start()]:
        return text
    return text[:m.start()] + "."


def _true_or_false(ctx: Context, statement: str) -> bool:
    """Whether the statement is put the true way round: a draw of the skill's rng mixed with the statement,
    so the key differs from article to article (the skill's rng starts alike in every lesson of one seed,
    and its first draw alone keyed every article's one "after" item True)."""
    return random.Random(f"{ctx.rng.random()}:{statement}").random() < 0.5


def _opens_with_after(text: str) -> bool:
    """Does the sentence put its "after" phrase first ("After X, Y.", "Two weeks after X, Y.")?"""
    return bool(_AFTER_FIRST.match(_PARTY_TAG.sub("", " ".join(text.split()))))


def after_items(ctx: Context) -> list[Item]:
    """True/false on the order of two events a sentence orders with "after", put the other way round
    than the sentence (no copy of it): "Y after X." is asked "After X, Y." (true) or "Before X, Y." (false),
    "After X, Y." is asked "Y after X." or "Y before X."; a draw picks which."""
    if not ctx.allows("true_false"):
        return []
    items = []
    for s in ctx.analysis.sentences:
        got = after_statement(ctx, s)
        sup = support_span(ctx.article, s.span) if got else None
        if got is None or sup is None:
            continue
        later, earlier = got
        fronted = not _opens_with_after(s.span.text)
        if fronted and _PRONOUN_ANY.search(earlier):
            continue  # "After his suspension, Mendoza replaced Schilling": whose suspension, moved first?
        truthful = _true_or_false(ctx, later + " " + earlier)
        link = "after" if truthful else "before"
        if fronted:
            stem = (f"True or false? According to ¶{s.paragraph}, {link} {earlier}, "
                    f"{_mid(ctx, dictionary_opening(ctx, later))}.")
        else:
            stem = (f"True or false? According to ¶{s.paragraph}, {_mid(ctx, dictionary_opening(ctx, later))} "
                    f"{link} {earlier}.")
        explanation = (f"{cite(sup, 40)} — the article says {_mid(ctx, dictionary_opening(ctx, later))} after "
                       f"{earlier}" + ("." if truthful else ", not before."))
        items.append(make_item(SKILL, "true_false", stem, ["True", "False"], 0 if truthful else 1, explanation,
                               [sup]))
    return items
