"""Summary: an open response asking for the article's point, who is involved and why it matters.

CommonLit/Newsela style ("Write a summary of the article in two or three sentences …"), with a
model answer and a rubric whose key points come only from what the analysis is sure of: the
sentence that states the headline's point (the lede when it is a plain statement in the writer's
words, else another sentence of the opening that states it), the people and bodies the article
names most or hears most (by their full names as written), and one or two later main-idea
sentences. The point and the later sentences are the article's own whole sentences (shortened
only at a clause boundary), never a quotation, a question, a first-person voice or a sentence
leaning on a pronoun. An opinion piece is asked for the writer's argument, only when the piece
is surely one and its thesis is stated in the writer's own words. No sure point: no item.
"""
from __future__ import annotations

import re
from collections import Counter

from quizgen.generate import main_idea as mi
from quizgen.generate.base import (
    Context,
    cite,
    clause_shorten,
    in_quotation,
    make_item,
    named,
    overlap,
    rubric,
    support_span,
)
from quizgen.generate.key_detail import cut_sentence
from quizgen.model import CONFIDENT, Item, RubricLevel, Sentence, Support

SKILL = "main_idea"
MAX_POINT_WORDS = 45  # a whole lede this long is kept whole; a longer one is cut at a clause boundary
MAX_LATER_WORDS = 35
MAX_RANK = 10  # later points come from the analysis's ten best-ranked main-idea sentences
STEM = ("Write a summary of the article in two or three sentences: what happened or what is argued, who is "
        "involved, and why it matters. Use your own words.")
OPINION_STEM = ("This is an opinion piece. Write a summary of it in two or three sentences: what the writer "
                "argues, about whom or what, and the main reasons the writer gives. Use your own words.")
# an opening that tells a scene or a story before the point ("First, …", "It was …", "One night …")
_ANECDOTE = re.compile(r"^(?:first|once|it was|it is|there (?:was|were|is|are)|one (?:day|night|morning|evening|"
                       r"afternoon)|imagine|picture|when|if|here|this|last (?:week|month|year|night))\b", re.I)
_FIRST_PERSON = re.compile(r"(?<![\w.])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|us|our|Our|you|You|your|Your)"
                           r"(?![\w.’'-])")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|del|der|di|du|la|le|van|von|bin|ibn|el|al|of|the|for|and)$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPEAKER_KINDS = ("person", "organisation", "government")
_ARGUES = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\b", re.I)
_EXAMPLE = re.compile(r"\b(?:for (?:instance|example)|on two fronts|likewise|similarly|other (?:instances|cases|"
                      r"times|occasions|examples))\b", re.I)
# a sentence that says why something matters or what follows from it: a consequence, a stake, a
# prospect, a judgment of weight ("… is considered an asset for Clinton", "… have prompted Clinton's
# allies to begin spending", "… a preview of the debate likely to unfold"); a plain detail ("Trump described
# the country as beset by …") is no answer to "why it matters" (judged blind, J4)
_SIGNIFICANCE = re.compile(
    r"\b(?:means?|meant|will|would|could|might|must|needs? to|has to|have to|likely(?! (?:voters|caucus|primary|"
    r"general|democratic|republican))|unlikely|expected to|set to|"
    r"threat\w*|stakes?|pressure|risk\w*|consequences?|implications?|signal\w*|a sign\b|raises? (?:questions|"
    r"doubts|concerns|the prospect)|as a result|result(?:s|ed)? in|led to|leads? to|prompt\w*|forc\w* (?:\w+ )?to|"
    r"impact|effects?|important|significan\w*|crucial|critical|key to|first time|historic|preview|viewed as|"
    r"seen as|considered|blow to|boost\w*|undermin\w*|jeopardi\w*|damag\w*|hurt\w*|because|so that|in order to)\b",
    re.I)
_ASKED = re.compile(r"\b(?:asked|wondered|questioned)\b", re.I)
_PRONOUNS = frozenset("he she they it we i you his her their its".split())
_TEAM = re.compile(r"\s+(administration|campaign|government|team)\b")
_PLACE_WORDS = frozenset("in at on from to of for across into near with by the around through throughout".split())


def _plain(ctx: Context, s: Sentence, text: str) -> bool:
    """Is the sentence a plain statement a summary may rest on: prose, no quotation (a quoted term
    of a few words aside, its marks paired), no question, no first or second person, no start
    that leans on what came before or tells a scene, not cut by the splitter?"""
    if in_quotation(ctx.article, s.span.start) or cut_sentence(ctx.analysis, s):
        return False
    t = " ".join(text.split())
    if not t or t.endswith("?") or mi.headed_or_question(t) or mi._quotes(t.replace("''", "\"")):
        return False
    if mi._DEPENDENT.match(t) or mi._unfit_option(t) or mi._NOT_PROSE.search(t) or _ANECDOTE.match(t):
        return False
    if t.lower().startswith("according to") or mi._INTERVIEW.match(t):
        return False
    return not _FIRST_PERSON.search(t.replace("U.S.", ""))


def _speaker_kept(ctx: Context, s: Sentence, text: str, form: str) -> bool:
    """May the form carry the sentence's reports of someone's words? Only the whole sentence (a cut
    may leave a claim without who made it), and only when no one who speaks in it is a pronoun for
    someone it does not name ("…, he said" in a lede); a finding of a body ("…, researchers say")
    may be cut as the main-idea item cuts it."""
    if not mi._reported(ctx, s) or mi._finding_lede(text):
        return True
    if len(form.split()) < len(" ".join(text.split()).split()) - 1:
        return False
    flat = " ".join(text.split())
    for a in ctx.analysis.attributions:
        if a.cue_span is None or not s.span.start <= a.cue_span.start < s.span.end:
            continue
        if (a.source_text or "").lower() in _PRONOUNS and not (a.source and a.source.split()[-1] in flat):
            return False
    return True


# an appositive closing the sentence that opens with someone's possessive ("… of Sen. Lindsey Graham,
# Congress’ most zealous advocate for …"): the outlet's description of the person, not the news
_OWNED_APPOSITIVE = re.compile(r"\b[A-Z][a-z]+ [A-Z][\w'’-]*[a-z](?=,\s+(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*(?:’s|'s|’|')\s"
                               r"[^;:\"“”()]+$)")


def _unappositive(text: str) -> str:
    """The sentence without an appositive of that kind after its last name, when what is left keeps
    its verb."""
    body = " ".join(text.split()).rstrip(". ")
    m = _OWNED_APPOSITIVE.search(body)
    if m and mi.VERBISH.search(body[:m.end()]) or m and _finite(body[:m.end()]):
        return body[:m.end()] + "."
    return text


def _form(text: str, limit: int) -> str | None:
    """The sentence as the model answer gives it: whole when at most ``limit`` words, else without
    its appositives after names, else cut at a clause boundary into a whole sentence; None when no
    such form (never a phrase cut mid-way). A cut never drops a report of whose words these are."""
    full = " ".join(text.split())
    if len(full.split()) <= limit:
        return full
    lean = mi._lean(full)
    if len(lean.split()) <= limit:
        return lean
    cut = mi._whole(full, clause_shorten(full, limit))
    if cut is None:
        return None
    tail = full[len(cut):].strip(" ,;—–-")
    if mi._REPORT.search(tail) or mi._REPORTING_TAIL.match(tail):
        return None
    return cut


def _finite(text: str) -> bool:
    """Does the sentence have a finite verb by its parse ("Sen. Ted Cruz refuses to …"), not only
    nouns ("Roasts and toasts for the passing of 2015")?"""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in mi._parsed(" ".join(text.split())))


def _loaded(ctx: Context, s: Sentence, form: str) -> bool:
    """Does the form state one of the writer's own unsourced judgments the analysis found in the
    sentence ("Sen. Lindsey Graham, Congress' most zealous advocate for wage-cutting mass
    migration")? A model answer would hand the outlet's verdict to students as the article's point."""
    return any(j.span.start < s.span.end and s.span.start < j.span.end
               and any(w and w.lower() in form.lower() for w in j.loaded_words) for j in ctx.analysis.judgments)


def _point(ctx: Context, opinion: bool) -> tuple[str, Sentence] | None:
    """The sentence that surely states the headline's point, as the model answer gives it: the lede,
    or another sentence of the first two prose paragraphs, that shares the headline's point words
    (:func:`main_idea.covers_point`) and enough of the headline, when no opening sentence shares
    more of it. None under a headline that asks a question or turns against a view, or an opening
    whose next sentence turns it into a set-up ("But …", "The problem? …")."""
    title = ctx.article.title.strip()
    if title.rstrip(" .;").endswith("?"):
        return None  # the article weighs a question: its answer is no one sentence
    if mi._HEADLINE_TURN.search(mi._QUOTED.sub(" ", title)) and not mi._HEADLINE_SAYS.search(title):
        return None  # "Israel Not All Doom and Gloom": the opening may be the premise argued against; a
        # "no" someone says ("Hillary Clinton Says No To Fox News") is what the article reports
    first = mi._first_prose(ctx)
    if first is None:
        return None
    lede = mi._lede(ctx)
    setup = mi._setup_turn(ctx)
    heads = mi._headline_words(ctx)
    need = max(2, -(-3 * len(heads) // 10))
    lead = max(2, -(-len(ctx.article.paragraphs) // 3))
    opening = [s for s in ctx.analysis.sentences if s.paragraph <= lead]
    for s in [x for x in ctx.analysis.sentences if first <= x.paragraph <= first + 1]:
        if setup is not None and s.index < setup:
            continue  # the lede a "But …" turns is its set-up, not the point
        text = mi._BAR_DATELINE.sub("", mi.undated(s.span.text), count=1)
        if not _plain(ctx, s, text):
            continue
        form = _form(_unappositive(text), MAX_POINT_WORDS)
        if form is None or len(form.split()) < 8 or not _finite(form) or mi.leans_on_pronoun(ctx, form):
            continue
        if not mi.covers_point(ctx, form, s is lede) or len(mi._shared_loosely(heads, form)) < need:
            continue
        if mi.background_key(ctx, form):
            continue  # what happened in a past year, short of the headline's point: background (judged blind, J4)
        margin = 0 if s is lede else 1
        whole = mi.headline_overlap(ctx, text)
        if any(mi.headline_overlap(ctx, o.span.text) + margin > whole for o in opening if o is not s):
            continue  # another opening sentence states the headline as well or better: the point is not sure
        if not opinion and _ARGUES.search(form) and not mi._reported(ctx, s):
            continue  # "Riverton should repair its library …" in the writer's voice: an argument in a piece
            # not surely an opinion piece; a news summary would report it as what happened
        if not _speaker_kept(ctx, s, _unappositive(text), form) or (opinion and mi._reported(ctx, s)):
            continue  # an opinion piece's point is the writer's own claim, never a report of someone's
        return mi.sentence_case(form), s
    if not opinion:
        # the news lede the main-idea item keys (compressed, its speaker kept), when no sentence above is sure
        for form, s in mi.news_lede_keys(ctx)[:1]:
            if not _loaded(ctx, s, form) and not mi.background_key(ctx, form) and _finite(form):
                return form, s
    return None


def _later(ctx: Context, point: str, s0: Sentence, significant: bool = True) -> list[tuple[str, Sentence]]:
    """One or two main-idea sentences after the point's paragraph (the analysis's ranking, best
    first, given in reading order): plain statements that do not restate the point or each other and
    (``significant``) say why it matters or what follows (:data:`_SIGNIFICANCE`; not a question
    reported: "X asked Y how high the wall would be")."""
    out: list[tuple[str, Sentence]] = []
    for s in ctx.analysis.main_ideas[:MAX_RANK]:
        if s.paragraph <= s0.paragraph:
            continue
        text = mi.undated(s.span.text)
        if not _plain(ctx, s, text):
            continue
        form = _form(text, MAX_LATER_WORDS)
        if form is None or _loaded(ctx, s, form) or _EXAMPLE.search(form):
            continue  # the writer's verdict, or "…, for instance, …", "In two other instances, …": it leans on
            # something said before
        if form is None or len(form.split()) < 8 or not _finite(form) or mi.leans_on_pronoun(ctx, form):
            continue
        if mi._title_cased(form) or mi._BARE_STAT.match(form) or mi._tag_only(form) or \
                mi._ABBREV_CUT.search(form.rstrip(".")):
            continue  # "… followed by Ben Carson at 14 percent and Sens.": the splitter cut the sentence
        if not _speaker_kept(ctx, s, text, form):
            continue
        if significant and (not _SIGNIFICANCE.search(form) or _ASKED.search(form)):
            continue  # a detail, not why the point matters or what follows from it
        if overlap(form, point) >= 0.35 or any(overlap(form, f) >= 0.35 for f, _ in out):
            continue
        out.append((mi.sentence_case(form), s))
        if len(out) == 2:
            break
    return sorted(out, key=lambda fs: fs[1].index)


_TITLE = re.compile(r"^(?:(?:Former|former|Then-|then-|Vice|Deputy|Acting)\s+)*(?:Mr|Mrs|Ms|Miss|Dr|Sen|Sens|"
                    r"Senator|Rep|Representative|Gov|Governor|President|Secretary|Minister|Mayor|Judge|Gen|General|Prof|"
                    r"Professor|Sir|Dame|Lord|Lady|Rev|Father|Assemblyman|Assemblywoman|Chancellor|Speaker|"
                    r"Justice|Ambassador|Councillor|Councilor|Councilman|Councilwoman|Chairman|Chairwoman|"
                    r"Attorney General|Prime Minister|Billionaire|Businessman|"
                    r"Businesswoman|Candidate|Nominee|Republican|Democrat|Democratic|GOP|Conservative|Liberal|Activist|"
                    r"Host|Comedian|Actor|Actress|Singer|Author|Pastor|Rapper|Reality Star)\.?\s+(?=[A-Z])")


def _clean_name(text: str) -> str | None:
    """A name as written, without a possessive, a title before it ("Assemblywoman", "Sen.") or a
    leading "the"; None when it is no clean name (lowercase words, digits, garbled characters, a
    dateline run into it)."""
    t = _POSSESSIVE.sub("", " ".join(text.split()).strip(" ,.;:\"“”‘’'()"))
    if t.lower().startswith("the "):
        t = t[4:]
    t = _TITLE.sub("", t)
    words = t.split()
    if not 1 <= len(words) <= 5 or any(not _NAME_WORD.match(w) for w in words) or not words[0][:1].isupper():
        return None
    if words[-1].lower() in ("of", "the", "for", "and") or re.search(r"\d|[-–—]\s|\s[-–—]", t) or \
            mi.garbled_text(t):
        return None
    return t


def _bare_name(name: str, names: set[str]) -> str:
    """The name without a word before it that is no part of it, when the rest is another name of
    the article ("Billionaire Donald Trump" beside "Donald Trump")."""
    words = name.split()
    while len(words) > 2 and " ".join(words[1:]) in names:
        words = words[1:]
    return " ".join(words)


def _standalone(body: str, name: str) -> bool:
    """Is the name written somewhere as a whole name, not as the end of a longer one ("Hillary PAC"
    only in "Ready for Hillary PAC")?"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
        prev = body[max(0, m.start() - 40):m.start()].split()[-2:]
        if prev and prev[-1][:1].isupper() and not prev[-1].endswith((".", ",", ":", ";")):
            continue
        if len(prev) == 2 and prev[-1] in ("of", "for", "and", "de") and prev[0][:1].isupper():
            continue
        return True
    return False


def _people(ctx: Context) -> tuple[Counter[str], Counter[str], Counter[str], dict[str, set[str]]]:
    """How central each full name of the article is (mentions, a surname counting for the one full
    name it belongs to, plus two for each sure claim heard from it), its mentions and claims, and
    the full names by surname. A surname two full names share ("Clinton" of Bill and Hillary
    Clinton) counts for neither: their full names do."""
    body = "\n".join(p.text for p in ctx.article.paragraphs)
    claims: Counter[str] = Counter()
    bodies: set[str] = set()  # organisations and governments: named in full, never by a last word
    for a in ctx.analysis.attributions:
        if a.source_kind in _SPEAKER_KINDS and named(a) and a.source_confidence >= CONFIDENT:
            name = _clean_name(a.source)
            if not name or name not in body or a.source_kind != "person" and not _standalone(body, name):
                continue
            if a.source_kind == "person" and name.split()[-1].isupper():
                continue  # "Hillary PAC" of "Ready for Hillary PAC": a person's name never ends in an acronym
            if len(name.split()) >= 2 or a.source_kind != "person":
                claims[name] += 1
                if a.source_kind != "person":
                    bodies.add(name)
    full: set[str] = set(claims)
    for e in ctx.analysis.entities:
        name = _clean_name(e.text) if e.label == "PERSON" else None
        if name is not None and len(name.split()) >= 2 and not name.split()[-1].isupper():
            full.add(name)  # (not "Hillary PAC": a person's name never ends in an acronym)
    bare = {n: _bare_name(n, full) for n in full}  # "Billionaire Donald Trump" is "Donald Trump"
    for n, b in bare.items():
        if b != n:
            claims[b] += claims.pop(n, 0)
    full = set(bare.values())
    by_last: dict[str, set[str]] = {}
    for n in sorted(full, key=len, reverse=True):
        owners = by_last.setdefault(n.split()[-1], set())
        if not any(o.split()[0] == n.split()[0] for o in owners):
            owners.add(n)  # "Donald J. Trump" and "Donald Trump": one person (the longer form stands)
    for n in full:  # a shorter form of one person ("Donald Trump") counts for the longer one
        owner = next(iter(o for o in by_last.get(n.split()[-1], ()) if o.split()[0] == n.split()[0]), n)
        if owner != n:
            claims[owner] += claims.pop(n, 0)
    # mentions by the words as written (the parse misses some: "Okafor said …"): the surname when one
    # full name of the article owns it, else the full name
    mentions: Counter[str] = Counter()
    for last, owners in by_last.items():
        for n in owners:
            words = last if len(owners) == 1 and n not in bodies else n  # ("Ready PAC" is no "Hillary PAC")
            mentions[n] = len(re.findall(rf"(?<![\w-]){re.escape(words)}(?![\w-])", body))
    names = {n for ns in by_last.values() for n in ns}
    score = Counter({n: mentions[n] + 2 * claims[n] for n in names if n in body})
    return score, mentions, claims, by_last


# who speaks for or about others: "a spokeswoman, Anna Richardson White", "defense experts like … Karl-Heinz Kamp"
_ROLE = re.compile(r"\b(?:spokes(?:man|woman|person)|experts?|analysts?|professors?|researchers?|strategists?|"
                   r"consultants?|pollsters?|economists?|scholars?|historians?|fellow|observers?|commentators?)\b",
                   re.I)


def _in_role(ctx: Context, name: str) -> bool:
    """Is the person introduced as a spokesperson or an expert (a role word just before the full
    name's first mention, or just after it)?"""
    text = ctx.article.text
    at = text.find(name, ctx.article.paragraphs[0].start if ctx.article.paragraphs else 0)
    if at < 0:
        return False
    return _ROLE.search(text[max(0, at - 120):at + len(name) + 40]) is not None


_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,6}$", re.I)
# a reporting tail: "…, the Civil Defense Authority said." / "…, said Dana Ortiz, …"
_SAID_TAIL = re.compile(r"^[^;:]{0,90}?\s(?:said|says|reported|reports|announced|told|wrote|writes)\b"
                        r"[^,;]{0,60}[.]?\s*$")
_SAID_BEFORE = re.compile(r",\s+(?:said|says|reported|reports|announced)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$")


def _reporting_only(ctx: Context, at: int, start: int) -> bool:
    """Is the name at ``at`` (in the sentence starting at ``start``) the source of a report the sentence
    closes on ("…, according to the Harbor Safety Authority", "…, the authority said", "…, said Dana
    Ortiz")?"""
    text = ctx.article.text
    before = text[max(start, at - 80):at]
    if _ACCORDING.search(before) or _SAID_BEFORE.search(before):
        return True
    par_end = text.find("\n", at)
    rest = text[at:par_end if par_end >= 0 else len(text)]
    end = re.search(r"[.!?](?:\s|$)", rest)
    clause = rest[:end.end()] if end else rest
    return before.rstrip().endswith(",") and _SAID_TAIL.match(clause) is not None


def _source_only(ctx: Context, name: str) -> bool:
    """Does the article name the body only as the source of what it reports (every mention in an
    "according to", a reporting tail or the speaker's description: "Civil Defense Authority director …
    said"), or the person only in an "according to" or a reporting tail: heard, never acting? (A
    person heard throughout is often who the story is about.)"""
    person = any(e.label == "PERSON" and _clean_name(e.text) == name for e in ctx.analysis.entities)
    spans = [] if person else [(a.source_span.start - 80, a.source_span.end) for a in ctx.analysis.attributions
                               if a.source_span is not None]
    body_start = ctx.article.paragraphs[0].start if ctx.article.paragraphs else 0
    text = ctx.article.text
    found = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[body_start:]):
        at = body_start + m.start()
        found = True
        if _ACCORDING.search(text[max(0, at - 80):at]) or _SAID_BEFORE.search(text[max(0, at - 80):at]):
            continue
        if any(a <= at < b for a, b in spans):
            continue
        return False
    return found


def _actors(ctx: Context, s0: Sentence) -> list[str]:
    """Who the summary names, by their full names as written: the people and bodies the point
    sentence names (a surname standing for the one full name the article gives it), then the
    people the article is most about (named most, heard most: at least five mentions and claims
    together, and half the most central one's), at most four in all."""
    score, mentions, claims, by_last = _people(ctx)
    title = ctx.article.title
    out: list[str] = []
    text = mi._BAR_DATELINE.sub("", mi.undated(s0.span.text), count=1)
    start = s0.span.start + max(0, s0.span.text.find(text[:30]))  # after a dateline ("WASHINGTON -- ")
    orgs = Counter(_clean_name(e.text) for e in ctx.analysis.entities if e.label == "ORG")
    for e in sorted(ctx.analysis.entities, key=lambda e: e.span.start):
        if not (start <= e.span.start and e.span.end <= s0.span.end) or in_quotation(ctx.article, e.span.start):
            continue
        name = _clean_name(e.text)
        if name is None or e.label not in ("PERSON", "ORG", "GPE"):
            continue
        if _reporting_only(ctx, e.span.start, start):
            continue  # judged blind (J6): "…, according to Saudi Arabia's Civil Defense Authority": the body
            # that reported the figures is no one the story is about
        after = ctx.article.text[e.span.end:e.span.end + 30].split()[:1]
        acts = bool(after) and mi.VERBISH.fullmatch(after[0].strip(",;")) is not None
        before = ctx.article.text[max(start, e.span.start - 12):e.span.start].split()[-1:]
        placed = bool(before) and before[0].lower() in _PLACE_WORDS
        owns = bool(after) and after[0] == "’s" or ctx.article.text[e.span.end:e.span.end + 2] in ("'s", "’s")
        subject = e.span.start <= start + 4 and (acts or owns)
        if e.label == "GPE" and (placed or not (acts or subject)):
            continue  # a place where something happened ("in Delaware's primary", "An Istanbul-based
            # professor") is no one involved; a country that acts ("Germany has pledged …") or opens the
            # point ("California's plan …") is
        passing = orgs[name] < 2 and score[name] < 2
        if e.label == "ORG" and (passing or len(name.split()) == 1 and not (acts or subject)):
            continue  # a body named once in passing ("Navy SEAL Ty Woods"), or a word of a longer name or
            # title ("a super PAC", "House Speaker Paul Ryan")
        if e.label == "ORG" and re.search(rf"\bthe {re.escape(name)}\b", ctx.article.text):
            name = f"the {name}"  # "the State Department", as the article writes it
        team = _TEAM.match(ctx.article.text, e.span.end)
        if e.label == "PERSON" and team:
            name = f"the {e.text} {team.group(1)}"  # "the Obama administration", not Obama himself
        elif e.label == "PERSON" and len(name.split()) == 1:
            owners = by_last.get(name, set())
            if len(owners) == 1:
                name = next(iter(owners))
            else:
                lead = re.search(r"((?:[A-Z][\w.'’-]+\s+)?)" + re.escape(e.text) + r"\b", s0.span.text)
                titled = lead.group(1).strip() if lead else ""
                name = f"{titled} {name}" if titled and _TITLE.match(titled + " X") else name
        out.append(_bare_name(name, set(by_last.get(name.split()[-1], ()))))
    top = max(score.values(), default=0)
    for n, c in score.most_common():
        if n.split()[-1] not in title and _source_only(ctx, n):
            continue  # a body or official heard only giving figures or accounts is no one involved (judged, J6)
        if (c >= max(5, top / 2) and mentions[n] >= 3 and not _in_role(ctx, n)) or (c >= 3 and n.split()[-1] in title):
            out.append(n)  # (a spokeswoman or an expert the article hears is no one involved)
    kept: list[str] = []
    for n in out:
        last = n.split()[-1]
        if any(n in k or k in n or (last == k.split()[-1] and n.split()[0] == k.split()[0]) for k in kept):
            continue  # one name per person: "Donald Trump" and "Donald J. Trump" are one
        kept.append(n)
    return kept[:4]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _cited(text: str, paragraph: int) -> str:
    """The sentence quoted after its paragraph (¶1: "… the nominee."); a sentence ending in "!" or "?" or
    a closing quotation mark keeps its own ending."""
    t = text.rstrip()
    if not t.endswith((".", "!", "?", "\"", "”", "’", "'")):
        t += "."
    return f"¶{paragraph}: \"{t}\""


SAMPLE_POINT_WORDS = 30  # the model summary's sentences are shorter than the article's where a clause may go
SAMPLE_LATER_WORDS = 25
_DAYS_RE = (r"(?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
# a day word right after a lower-case word or a name and before a lower-case word ("spoke out Tuesday about",
# "A storm yesterday caused"): a summary leaves it out
_DAY_WORD = re.compile(rf"(?<=[a-z]) (?:on )?{_DAYS_RE}(?= (?!night|morning|afternoon|evening)[a-z])")


def _brief(text: str) -> str:
    """The sentence as a student's summary gives it: without a day word inside it."""
    out = _DAY_WORD.sub("", " ".join(text.split()))
    return mi.sentence_case(out.strip())


def _sample_sentence(ctx: Context, s: Sentence, text: str, form: str, limit: int, significant: bool = False,
                     compress: bool = False) -> str:
    """The sentence for the model summary: cut at a clause boundary to ``limit`` words (a sentence that is
    its whole paragraph, to fewer words than it has) when the cut keeps whose words they are and leans on
    no pronoun, else the form the rubric cites; without day words."""
    if _whole_paragraph(ctx, s):
        limit = min(limit, len(" ".join(text.split()).split()) - 1)
    short = _form(text, limit)
    if short is not None and short != form and len(short.split()) >= 8 and _finite(short) and \
            _speaker_kept(ctx, s, text, short) and not mi.leans_on_pronoun(ctx, short) and \
            not (significant and not _SIGNIFICANCE.search(short)):
        form = short  # (a cut never drops what says why the point matters)
    elif compress and _whole_paragraph(ctx, s):
        # a paragraph of one sentence no clause cut shortens: its asides between commas dropped ("Howard
        # Dean, the former governor of Vermont, proclaimed" -> "Howard Dean proclaimed"), never who said it
        flat = " ".join(text.split())
        lean = mi.drop_asides(flat)
        heads = mi._headline_words(ctx)
        need = len(mi._shared_loosely(heads, flat))

        def keeps(f: str) -> bool:
            return len(mi._shared_loosely(heads, f)) >= need  # what of the headline the sentence says

        bare = [flat[a:b].rstrip(" ,") for a, b in mi._bare_cuts(flat) if mi._whole(flat[a:], flat[a:b].rstrip(" ,"))]
        for cut in [lean, *mi._main_clauses(lean or flat, keeps), *mi._main_clauses(flat, keeps), *bare]:
            if cut and cut[-1:] in "\"”’'" and cut[-2:-1] not in ".!?":
                cut += "."
            cut = mi.sentence_case(cut) if cut else cut
            if cut and _flat(cut) != _flat(flat) and len(cut.split()) >= 8 and _finite(cut) and keeps(cut) and \
                    not mi._unfit_option(cut) and not mi.leans_on_pronoun(ctx, cut) and \
                    (not mi._reported(ctx, s) or mi._speakers_kept(ctx, s, cut)) and \
                    not (significant and not _SIGNIFICANCE.search(cut)):
                form = cut
                break
    form = form.rstrip()
    if not form.endswith((".", "!", "?", "\"", "”", "’", "'")):
        form += "."
    return _brief(form)


def _whole_paragraph(ctx: Context, s: Sentence) -> bool:
    """Is the sentence its whole paragraph?"""
    if not 1 <= s.paragraph <= len(ctx.article.paragraphs):
        return False
    return _flat(mi.undated(ctx.article.paragraph(s.paragraph).text)) == _flat(mi.undated(s.span.text))


def _flat(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def _sample(ctx: Context, point: str, s0: Sentence, later: list[tuple[str, Sentence]],
            significant: bool = False) -> tuple[str, list[Sentence]] | None:
    """The model summary: the point and the later points, each shortened at a clause boundary where it
    may be, in reading order; None when the point is its whole paragraph and cannot be shortened, or
    when one sentence is left (judged blind, J6: a model
    answer that pasted ¶1 word for word was marked down by its own rubric's rule against copying)."""
    if not later:
        return None
    text0 = _unappositive(mi._BAR_DATELINE.sub("", mi.undated(s0.span.text), count=1))
    parts = [(s0, _sample_sentence(ctx, s0, text0, point, SAMPLE_POINT_WORDS, compress=True))]
    parts += [(s, _sample_sentence(ctx, s, mi.undated(s.span.text), f, SAMPLE_LATER_WORDS, significant))
              for f, s in later]
    # never a whole paragraph pasted (a day word dropped is no shortening)
    kept = [(s, sent) for s, sent in parts
            if s is not s0 or not (_whole_paragraph(ctx, s) and _flat(sent) == _flat(_brief(mi.undated(s.span.text))))]
    if len(kept) < 2 or kept[0][0] is not s0:
        return None
    return " ".join(sent for _, sent in kept), [s for s, _ in kept[1:]]


def _headline(ctx: Context) -> str:
    """The headline as the rubric quotes it, or "" when too long to quote."""
    t = " ".join(ctx.article.title.split()).rstrip(" .")
    return t if 3 <= len(t.split()) <= 16 and '"' not in t else ""


def summary_item(ctx: Context) -> Item | None:
    """The summary item, or None when the article gives no sure point, no one it is about or no
    model summary that is not the article pasted."""
    if not ctx.allows("open_response"):
        return None
    from quizgen.generate.perspective import opinion_piece, sure_opinion  # (perspective reads every paragraph)

    opinion = opinion_piece(ctx)
    if opinion and not sure_opinion(ctx):
        return None  # maybe a column, maybe a report: whether to ask for an argument is a guess
    found = _point(ctx, opinion)
    if found is None:
        return None
    point, s0 = found
    sup0 = support_span(ctx.article, s0.span)
    if sup0 is None:
        return None
    actors = _actors(ctx, s0)
    if not actors:
        return None
    significant = True
    chosen = _later(ctx, point, s0)
    if not chosen:
        if opinion:
            return None  # the model answer could say nothing of the writer's reasons: no benchmark
        significant = False
        chosen = _later(ctx, point, s0, significant=False)[:1]  # the article's next main point, a key fact
    later = [(f, s, sup) for f, s in chosen if (sup := support_span(ctx.article, s.span)) is not None]
    if not later:
        return None  # the article goes on with no plain main point of its own: no benchmark
    made = _sample(ctx, point, s0, [(f, s) for f, s, _ in later], significant)
    if made is None:
        return None
    sample, used = made
    later = [x for x in later if any(x[1] is u for u in used)]
    sups: list[Support] = [sup0, *(sup for _, _, sup in later)]
    who = _join(actors)
    where = _where([s.paragraph for _, s, _ in later])
    head = _headline(ctx)
    framed = f"; the headline: \"{head}\"" if head else ""
    if opinion:
        stem = OPINION_STEM
        model = (f"Answers vary. A model summary: {sample} A full answer, in the student's own words, gives the "
                 f"writer's argument (¶{s0.paragraph}), whom it is about ({who}) and the writer's main reasons "
                 f"({where}).")
        full = (f"States the writer's argument in the student's own words (¶{s0.paragraph}{framed}), names whom "
                f"it is about (such as {who}), and gives the main reasons the writer offers ({where}), in two or "
                f"three sentences.")
        partial = ("States the writer's argument but leaves out whom it is about or the writer's reasons, or "
                   "strings together whole sentences copied from the article.")
        minimal = ("Retells one detail or one example instead of the argument, or gives the writer's opinion "
                   "as a plain fact about the world.")
    elif significant:
        stem = STEM
        model = (f"Answers vary. A model summary: {sample} A full answer, in the student's own words, gives the "
                 f"main point (¶{s0.paragraph}), who is involved ({who}) and why it matters or what follows "
                 f"({where}).")
        full = (f"States the article's main point in the student's own words (¶{s0.paragraph}{framed}), names who "
                f"is involved (such as {who}), and says why it matters or what follows ({where}), in two or three "
                f"sentences.")
        partial = ("States the main point but leaves out who is involved or why it matters, or strings together "
                   "whole sentences copied from the article.")
        minimal = "Retells one detail, quotation or event instead of the main point."
    else:
        stem = POINT_STEM
        model = (f"Answers vary. A model summary: {sample} A full answer, in the student's own words, gives the "
                 f"main point (¶{s0.paragraph}), who is involved ({who}) and another key point the article "
                 f"reports ({where}).")
        full = (f"States the article's main point in the student's own words (¶{s0.paragraph}{framed}), names who "
                f"is involved (such as {who}), and adds another key point the article reports (such as {where}), "
                f"in two or three sentences.")
        partial = ("States the main point but leaves out who is involved or any other key point, or strings "
                   "together whole sentences copied from the article.")
        minimal = "Retells one detail, quotation or event instead of the main point."
    explanation = (f"{cite(sup0, 30)} — this states the article's main point; "
                   + "; ".join(cite(sup, 20) for _, _, sup in later) + " — later main points.")
    return make_item(
        SKILL, "open_response", stem, [], [model], explanation, sups, difficulty="medium", points=3,
        rubric=rubric(full, partial, minimal)
        + (RubricLevel(0, "None", "No answer, or a summary of something the article does not say."),),
    )


def _where(paragraphs: list[int]) -> str:
    ps = sorted(set(paragraphs))
    return " and ".join(f"¶{p}" for p in ps)


POINT_STEM = ("Write a summary of the article in two or three sentences: what happened or what is argued, who is "
              "involved, and one other key point it reports. Use your own words.")


def generate(ctx: Context) -> list[Item]:
    """The summary candidate (open response), when the article gives a sure point."""
    item = summary_item(ctx)
    return [item] if item is not None else []


def is_summary(item: Item) -> bool:
    """Is the item the summary (the main-idea open response), which a lesson takes only as filler?"""
    return item.skill == SKILL and item.kind == "open_response"
