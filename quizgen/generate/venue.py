"""Sourcing: where a source's quoted words were said or written: on a television or radio programme, in a written
statement, in a post on social media, in a speech or at a rally or meeting, to reporters, in an interview with a
named news outlet, or in something the source wrote (keyed "in writing").

"According to ¶2, where were these words said or written: "The message is …"?" asks how the words reached the
reporter, a first step in weighing them (a prepared statement, a remark to a crowd, an answer on air). The key
is sure only where the article writes the venue right at the quotation's verb of saying ("…," Christie said on
ABC's "This Week."; "In a statement, Gregoire said …"; "Trump told a crowd in Green Bay"; "…," Holt wrote) and
no other venue word stands in the sentence outside the quotation: a tweet the claim is about ("said Trump's
tweet meant …"), a speech the sentence names for another claim, or two venues at once ("told reporters at a
rally") give no item. A quotation following on in the next sentence of the paragraph, with no other cue
between, was said at the same venue ('"A," Holt said on CNN. "B."'). The stem shows the quotation only: never
the venue words, nor the speaker (a "who said" item on the same quotation may stand beside it). Venues a reader
could take for one another are never offered together (an interview beside "on air" or "to reporters"), and
"in writing" is a key only (a statement and a post are written too). A lesson takes these items last,
only while it is short of its 10 (:func:`quizgen.generate.lesson.select`).
"""
from __future__ import annotations

import re
from collections import Counter

from quizgen.generate.attribution import at_quote_boundary, curl_doubled, name_between, unbalanced_quotes
from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    in_quotation,
    make_item,
    named,
    quote,
    sentence_at,
    shuffled_options,
    source_label,
    support_for,
    support_span,
    unquote,
)
from quizgen.generate.distractors import seeded
from quizgen.model import Attribution, Item, Span, Support

SKILL = "sourcing"
MAX_ITEMS = 6  # candidates, at most two keyed to one venue (a lesson takes one of each venue at most)
_PER_VENUE = 2
VENUES = {
    "broadcast": "On a television or radio programme",
    # (judged blind, D4: "Khan said in a statement" keyed "in a written statement": a statement may be read out)
    "statement": "In a statement",
    "social": "In a post on social media",
    "speech": "In a speech or at a rally",
    "reporters": "Speaking to reporters",
    "interview": "In an interview with a news outlet",
    "writing": "In writing (a column, letter, e-mail, article or post)",
}
# venues a reader could take for one another ("told Fox News host Sean Hannity": an interview, and on air;
# "told The New York Times": an interview, and to a reporter): never a wrong option beside each other
_NEAR = {"interview": {"broadcast", "reporters"}, "broadcast": {"interview"}, "reporters": {"interview"},
         # a statement and a post are written too
         "writing": {"statement", "social"}, "statement": {"writing"}, "social": {"writing"}}
_CORRESPONDENCE = re.compile(r"\b(?:e-?mails?|letters?|memos?|messages?|notes?)\b", re.I)
_WRITTEN_CUE = re.compile(r"(?:wrote|writes|has written|had written|penned)", re.I)
_NETWORK = (r"(?:CNN|MSNBC|Fox News|Fox Business|Fox|NBC|ABC|CBS|NPR|PBS|BBC|CNBC|C-SPAN|Sky News|ITV|CBC)")
_SHOW = (r"[\"“‘']?(?:Meet the Press|Face the Nation|This Week|Fox News Sunday|State of the Union|Good Morning "
         r"America|Morning Joe|Hardball|The View|Today|Newsnight|60 Minutes|The Tonight Show|The Late Show)\b")
_OUTLET = (rf"(?:{_NETWORK}|(?:the\s+|The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,3}}?(?:Post|Times|Journal|News|Herald|Tribune|"
           r"Globe|Magazine|Politico|POLITICO|Blaze|Breitbart|Huffington Post|HuffPost|Associated Press|AP|Reuters|"
           r"Axios|Bloomberg|Guardian|Telegraph|Chronicle|Gazette|Daily Beast|Daily Caller|Atlantic|New Yorker|Time|"
           r"Newsweek|Vox|BuzzFeed))\b")
# a day, a date or "Sunday night" between the verb and the venue; never an answer ("said answering a question at a town
# hall": a question from a voter or a reporter, judged blind on T19 as fitting no venue offered)
_GAP = r"\s*(?:(?!answering\b|responding\b|replying\b|asked\b)[\w.]+\s+){0,3}?"
_DET = r"(?:a|an|his|her|their|its|the)"
# the words right after the claim's verb of saying ("at a town hall" is no venue offered: a meeting of questions and
# answers, often televised, judged blind on T19 and T20 as no speech nor rally; as a venue word it still makes a
# sentence's venue unsure)
_AFTER = {
    "broadcast": re.compile(rf"^{_GAP}on\s+(?:{_NETWORK}(?:['’]s\b|\b)|{_SHOW})"),
    "statement": re.compile(rf"^{_GAP}in\s+{_DET}\s+(?:written\s+|prepared\s+|joint\s+|brief\s+)?statement\b"),
    "social": re.compile(rf"^{_GAP}(?:on\s+(?:Twitter|Facebook|Instagram)\b|in\s+a\s+(?:tweet|Facebook post|"
                         r"post on (?:Twitter|Facebook|Instagram))\b)"),
    "speech": re.compile(rf"^{_GAP}(?:(?:in|during)\s+{_DET}\s+(?:[\w-]+\s+){{0,2}}?speech\b|(?:at|during)\s+"
                         rf"{_DET}\s+(?:[\w-]+\s+){{0,2}}?(?:rally|campaign event|campaign stop|"
                         r"fundraiser)\b)"),
    "reporters": re.compile(rf"^{_GAP}(?:at\s+a\s+(?:news|press)\s+conference\b|(?:at|during)\s+a\s+(?:news|press)\s+"
                            r"briefing\b|to\s+reporters\b)"),
    # "in an interview" (with the article's own outlet when it names none)
    "interview": re.compile(rf"^{_GAP}in\s+an\s+interview(?:\s+with\s+{_OUTLET})?"),
    # "…," Dunmore said, speaking to reporters outside …; "said to the gathered crowd"
    "reporters2": re.compile(r"^,?\s*(?:speaking|talking)\s+(?:to|with)\s+reporters\b"),
    "speech2": re.compile(rf"^{_GAP}to\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:crowd|audience)\b"),
    "writing": re.compile(rf"^{_GAP}in\s+{_DET}\s+(?:[\w-]+\s+){{0,2}}?(?:letter|memo|column|op-ed|essay|e-?mail|"
                          r"blog post|article|book)\b"),
}
# the object of "told": a crowd, supporters, reporters
_TOLD = {
    "speech": re.compile(r"^\s*(?:(?:a|the)\s+(?:[\w-]+\s+)?(?:crowd|audience|rally)\b|(?:his|her|their)\s+"
                         r"supporters\b|supporters\b)"),
    "reporters": re.compile(r"^\s*(?:reporters|the press)\b"),
    # a meeting, a conference, a convention the speaker addressed ("told the AIPAC meeting in Washington")
    "speech_to": re.compile(r"^\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|conference|convention|gathering|"
                            r"summit|forum|assembly)\b"),
    "interview": re.compile(rf"^\s*{_OUTLET}(?:\s+(?:host|anchor|reporter|correspondent)\s+"
                            r"(?:[A-Z][\w'’-]*\s*){1,3})?(?=[\s,.;:]|$)"),
}
# a phrase opening the sentence that governs its main clause ("In a statement, Gregoire said …")
_BEFORE = {
    "statement": re.compile(rf"^In\s+{_DET}\s+(?:written\s+|prepared\s+|joint\s+)?statement\b[^,]{{0,60}},"),
    "social": re.compile(r"^In\s+a\s+(?:tweet|Facebook post|post on (?:Twitter|Facebook|Instagram))\b[^,]{0,60},"),
    "speech": re.compile(rf"^(?:At|During)\s+{_DET}\s+(?:[\w-]+\s+){{0,3}}?(?:rally|speech|campaign event|"
                         r"campaign stop|fundraiser)\b[^,]{0,60},"),
    "reporters": re.compile(r"^At\s+a\s+(?:news|press)\s+conference\b[^,]{0,60},"),
}
_RELEASED = re.compile(r"\b(?:released|issued|put out)\s+a\s+(?:written\s+)?statement\b[^,.;:\"“”]{0,40},?\s*$")
# any word of a venue, anywhere in the sentence: one outside the keyed phrase makes the venue unsure
_ANY_VENUE = re.compile(
    rf"\b(?:tweet\w*|Twitter|Facebook|Instagram|post(?:ed)?|statements?|speech\w*|rally|rallies|reporters?|"
    rf"conference|briefing|interview\w*|town hall|campaign (?:event|stop)|fundraiser|crowd|audience|supporters|"
    rf"meeting|convention|gathering|summit|forum|host|anchor|"
    rf"column|op-ed|letter|e-?mail|memo|{_NETWORK}|television|TV|radio|broadcast|program(?:me)?|show)\b")
# a quotation reporting what someone else said ("Hillary Clinton last night said that …")
_REPORTS_SAYING = re.compile(r"\b(?:said|says|told|wrote|claimed|announced)\b", re.I)
_STEM = re.compile(r"^According to ¶\d+, where were these words said or written: ")
_TELLS = re.compile(r"the article writes \"([^\"]+)\" where it reports these words\b")


def is_venue_item(it: Item) -> bool:
    """Is ``it`` one of this module's items (a lesson keeps it apart from any other item on its sentence)?"""
    return it.skill == SKILL and it.kind == "multiple_choice" and bool(_STEM.match(it.stem))


def venue_words(it: Item) -> str | None:
    """The article's words that tell the venue of one of this module's items ("on ABC's"), from its
    explanation; None for any other item."""
    m = _TELLS.search(it.explanation) if is_venue_item(it) else None
    return m.group(1) if m else None


_VENUE_OF_RE = re.compile(r"\bstatement\b", re.I)
_VENUE_OF_RE2 = re.compile(r"told|tells|tell", re.I)
_VENUE_OF_RE3 = re.compile(r"tweet(?:ed|s)?", re.I)


def venue_of(ctx: Context, a: Attribution) -> tuple[str, str] | None:
    """(venue, the words that tell it) when the article writes exactly one venue right at the claim's cue and
    no other venue word in the sentence; else None."""
    if a.cue_span is None:
        return None
    sent = sentence_at(ctx.analysis, a.cue_span.start)
    if sent is None:
        return None
    text = ctx.article.text
    after = text[a.cue_span.end:min(sent.span.end, a.cue_span.end + 80)]
    before = text[sent.span.start:a.cue_span.start]
    found: list[tuple[str, int, int]] = []  # (venue, start, end) in the article's text
    for venue, pat in _AFTER.items():
        m = pat.search(after)
        if m:
            found.append((venue.rstrip("2"), a.cue_span.end + m.start(), a.cue_span.end + m.end()))
    if _VENUE_OF_RE.search(a.cue):  # the ledger's cue "put out a statement saying"
        found.append(("statement", a.cue_span.start, a.cue_span.end))
    if _VENUE_OF_RE2.fullmatch(a.cue.strip()):
        for venue, pat in _TOLD.items():
            m = pat.search(after)
            if m:
                found.append((venue.replace("speech_to", "speech"), a.cue_span.end + m.start(),
                              a.cue_span.end + m.end()))
    if _VENUE_OF_RE3.fullmatch(a.cue.strip()):
        found.append(("social", a.cue_span.start, a.cue_span.end))
    elif _WRITTEN_CUE.fullmatch(a.cue.strip()) and all(v == "writing" for v, _, _ in found):
        # "…," Holt wrote: writing, whatever its kind (a statement or a post are never wrong options beside it)
        found.append(("writing", a.cue_span.start, a.cue_span.end))
    src = a.source_span
    for venue, pat in _BEFORE.items():
        m = pat.search(before)
        if m is None:
            continue
        # an opening phrase governs the clause whose subject follows it
        if src is not None and src.start >= sent.span.start + m.end():
            found.append((venue, sent.span.start + m.start(), sent.span.start + m.end()))
    m = _RELEASED.search(before)
    if m is not None:  # "X released a statement saying …": the cue right after the statement
        found.append(("statement", sent.span.start + m.start(), sent.span.start + m.end()))
    if len({v for v, _, _ in found}) != 1:
        return None
    venue, start, end = min(found, key=lambda f: f[1])
    end = max(e for _, _, e in found)
    outside = text[sent.span.start:start] + " " + text[end:sent.span.end]
    # the claim's own words may hold a venue word ("… a statement of intent"): only the sentence outside them
    for sp in a.content_spans:
        outside = outside.replace(sp.text, " ")
    if _ANY_VENUE.search(outside):
        return None
    return venue, " ".join(text[start:end].split())


def _shown(span: Span) -> str | None:
    """A quotation as the stem shows it: its first words in quotation marks (a reported claim is the writer's
    words, not the ones said or written: no item)."""
    words = unquote(span.text).strip().rstrip(".,;:")
    if len(words.split()) < 5 or not words[:1].isupper():
        return None  # a phrase picked out of a sentence ("important preliminary steps …"): no words said whole
    shown = quote(words, 16)
    if shown.count("[") > shown.count("]"):  # "… deeper insight into [some…": cut before the bracket
        head = words[:words.index("[")].rstrip(" ,;:")
        shown = quote(head, 16) if len(head.split()) >= 5 else ""
        if shown and not shown.endswith("…\""):
            shown = shown[:-1] + "…\""
    return shown or None


def _quotations(ctx: Context, a: Attribution) -> list[tuple[Span, Support, Support | None]]:
    """Each quotation of the claim with the support an item on it rests on: the quotation in the cue's own
    sentence with its speaker and cue; one following on in the next sentences of the paragraph ('"A," Holt
    said on CNN. "B."'), with no other claim's cue before it, on its own sentence (items on the cue's sentence
    leave it free)."""
    if not a.direct or a.cue_span is None:
        return []
    cue_sent = sentence_at(ctx.analysis, a.cue_span.start)
    out: list[tuple[Span, Support, Support | None]] = []
    for sp in a.content_spans:
        sent = sentence_at(ctx.analysis, sp.start)
        if sent is None or cue_sent is None or sent.paragraph != a.paragraph:
            continue
        if sent.index == cue_sent.index:
            whole = attribution_support(ctx.article, a)  # who said what, up to the end of the cue's sentence
            # (to the sentence's end: judged blind, K41, a passage stopping at "Graham said" left out the words
            # that tell the venue, "on MSNBC's 'Morning Joe'")
            sup = None if whole is None else support_for(ctx.article, whole.start, sent.span.end)
        elif sent.index > cue_sent.index and not any(
                b.cue_span is not None and a.cue_span.end <= b.cue_span.start < sp.start
                for b in ctx.analysis.attributions) and all(
                in_quotation(ctx.article, s.span.start) for s in ctx.analysis.sentences
                if cue_sent.index < s.index < sent.index):
            # (every sentence between is quoted words too: a sentence of the writer's may change the scene)
            sup = support_span(ctx.article, sent.span)
        else:
            continue
        if sup is not None:
            # a quotation following on cites the cue's sentence too, whose words tell the venue (judged blind,
            # K42: '"We found zero relationship."' cited alone for "in an interview with a news outlet")
            told = support_span(ctx.article, cue_sent.span) if sent.index != cue_sent.index else None
            out.append((sp, sup, told))
    return out


def generate(ctx: Context) -> list[Item]:
    """Up to :data:`MAX_ITEMS` candidates, two at most keyed to one venue (a lesson takes one: the same answer
    twice teaches guessing), in the article's order."""
    if not ctx.allows("multiple_choice"):
        return []
    items: list[Item] = []
    keyed: Counter[str] = Counter()
    for a in ctx.analysis.attributions:
        # the stem names no one: what must be sure is only that these words are the ones the cue reports (a
        # named source, no other name between it and the cue, no quotation boundary where the words may be
        # another speaker's)
        if not a.direct or not named(a) or a.relay or a.source_kind not in ("person", "organisation", "government"):
            continue
        if not source_label(a)[:1].isupper() or name_between(ctx, a) or at_quote_boundary(ctx, a):
            continue
        got = venue_of(ctx, a)
        if got is None:
            continue
        venue, words = got
        for span, sup, told in _quotations(ctx, a):
            if keyed[venue] >= _PER_VENUE or any(it.support[0].start < sup.end and sup.start < it.support[0].end
                                                 for it in items):
                continue  # (a second quotation of one sentence: one item)
            shown = _shown(span)
            if shown is None or _ANY_VENUE.search(shown) or _REPORTS_SAYING.search(shown):
                continue  # the stem would print a venue word, or ask where words reporting someone's were said
            # the stem never names the speaker: a "who said" item on the same quotation may stand beside it
            stem = curl_doubled(f"According to ¶{a.paragraph}, where were these words said or written: {shown}?")
            if unbalanced_quotes(stem):
                continue
            # "in writing" holds a statement and a post: a key only, never a wrong option beside them
            # an e-mail or a letter may be written to a reporter: "an interview with a news outlet" is defensible
            # beside it (judged blind, T13: "wrote … in an email to POLITICO")
            near = _NEAR.get(venue, set()) | ({"interview"} if venue == "writing" and _CORRESPONDENCE.search(words)
                                              else set())
            distractors = seeded(ctx, [v for k, v in VENUES.items()
                                       if k not in (venue, "writing") and k not in near])[:3]
            options, answer = shuffled_options(ctx.rng, VENUES[venue], distractors)
            explanation = (f"{cite(sup)} — the article writes \"{words}\" where it reports these words"
                           f" of {source_label(a)}'s.")
            items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation,
                                   [sup] if told is None else [sup, told]))
            keyed[venue] += 1
        if len(items) >= MAX_ITEMS:
            break
    return items[:MAX_ITEMS]
