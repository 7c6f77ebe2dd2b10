"""Perspective: whose voice is missing, and how far to trust a source (open responses with rubrics)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from quizgen.analysis.quotes import find_quotes
from quizgen.generate.attribution import (
    claim_like,
    claim_text,
    dangling_pronoun,
    mixed_content,
    name_between,
    subjectless,
    titled_work,
    usable,
)
from quizgen.generate.base import (
    _COMMON_HEADS,
    PEOPLE_HEADS,
    Context,
    attribution_support,
    cite,
    in_quotation,
    inner_quotes,
    make_item,
    named,
    paragraph_at,
    plausible_source,
    rubric,
    sentence_at,
    source_label,
    source_mid,
    unquote,
)
from quizgen.generate.distractors import same_entity
from quizgen.model import CONFIDENT, Attribution, Item

SKILL = "perspective"


def voice_label(ctx: Context, a: Attribution) -> str:
    """How a voice heard is named in a perspective item, or "" when the source is not a clear voice.

    People by their full name as the article writes it ("Obama" becomes "Barack Obama" when the
    article names him so); organisations by a capitalised name ("the government" passes too);
    unnamed groups only when their head word is a kind of people ("critics", not "rising rates").
    Documents (studies, letters) are sources but not voices.
    """
    if not plausible_source(a) or a.source_kind in ("document", "none") or a.source_confidence < CONFIDENT:
        return ""  # none invented: a voice heard is a source the ledger is sure of
    if name_between(ctx, a):
        return ""  # "the PAC backing Jeb Bush, Mike Murphy, praised …": maybe not Jeb Bush's words
    label = source_mid(a)
    if a.source_kind == "person":
        if not label[:1].isupper() or not all(any(c.isupper() for c in w) or w in _NAME_PARTICLES
                                              for w in label.split()):
            return ""
        if len(label.split()) == 1:
            full = [e.text for e in ctx.analysis.entities
                    if e.label == "PERSON" and len(e.text.split()) >= 2 and e.text.split()[-1] == label]
            if not full:  # a misspelt surname ("Labbot" beside "Elise Labott") takes the full name
                full = [e.text for e in ctx.analysis.entities
                        if e.label == "PERSON" and len(e.text.split()) >= 2 and _near_same(e.text, label)]
            if full:
                label = max(full, key=len)
        return label
    if a.source_kind == "unnamed_group":
        head = re.split(r"\s+(?:of|from|in|at|who|that|with|for|close|familiar)\s+", label.lower())[0].split()[-1:]
        return label if head and head[0] in PEOPLE_HEADS else ""
    words = label.split()
    if len(words) >= 2 and label[:1].isupper() and (f"the {label.lower()}" in ctx.article.text.lower()
                                                     or words[-1].lower() in _INSTITUTIONS):
        label = "the " + label  # "the Sydney Morning Herald", as the article writes it
        words = label.split()
    if label[:1].isupper() or (words and words[0] == "the" and (words[1:2] and words[1][:1].isupper()
                                                              or words[-1] in _COMMON_HEADS)):
        return label
    return ""


_INSTITUTIONS = frozenset("authority church organisation organization ministry department office council committee "
                          "commission agency association institute university party court service board foundation "
                          "society union federation bureau administration army police government".split())
_NAME_PARTICLES = frozenset("al de da del der di du la le van von bin ibn el".split())


def _voices(ctx: Context) -> list[str]:
    """The article's voices heard: every source with an attributed claim, once each (a surname,
    a misspelt surname or a title is the same person as the full name)."""
    seen: list[str] = []
    for a in sorted(ctx.analysis.attributions, key=lambda a: (a.source_kind != "person", a.paragraph)):
        label = voice_label(ctx, a)
        if label and not any(_one_person(label, s) for s in seen):
            seen.append(label)
    return seen


_TITLE_WORDS = frozenset("mr mrs ms miss dr sen senator rep representative gov governor president secretary "
                         "minister mayor judge gen general prof professor sir dame lord lady rev father".split())


def _one_person(a: str, b: str) -> bool:
    """One voice under two labels; never two full names with different first names ("Omar Farid",
    "Lina Farid": two people of one family)."""
    wa, wb = a.split(), b.split()
    if (len(wa) >= 2 and len(wb) >= 2 and wa[0].lower() != wb[0].lower()
            and all(w[0].isalpha() and w[0][:1].isupper() and w[0].lower() not in _TITLE_WORDS for w in (wa, wb))):
        return False
    return same_entity(a, b) or _near_same(a, b)


def _near_same(a: str, b: str) -> bool:
    """Two spellings of one surname ("Buchtmann" / "Bauchtman")."""
    la, lb = a.split()[-1].lower(), b.split()[-1].lower()
    return len(la) >= 5 and len(lb) >= 5 and SequenceMatcher(None, la, lb).ratio() >= 0.8


# People an article is often about, or who are affected by it, without being quoted.
_AFFECTED = ("residents", "detainees", "inmates", "prisoners", "families", "parents", "children", "students",
             "teachers", "pupils", "workers", "employees", "staff", "patients", "doctors", "nurses", "refugees",
             "migrants", "immigrants", "asylum seekers", "claimants", "victims", "survivors", "villagers",
             "farmers", "voters", "taxpayers", "citizens", "consumers", "customers", "passengers", "users",
             "pilgrims", "worshippers", "fans", "players",
             "athletes", "visitors", "tourists", "locals", "tenants", "manufacturers", "businesses",
             "protesters", "volunteers", "supporters", "opponents", "delegates", "donors")


_AFFECTED_RE = re.compile(r"\b(" + "|".join(re.escape(g) for g in _AFFECTED) + r")\b")


def _singular(group: str) -> str:
    return group[:-3] + "y" if group.endswith("ies") else group[:-1] if group.endswith("s") else group


_SINGULAR_TO_GROUP = {_singular(g): g for g in _AFFECTED}
_SINGULARS = "|".join(re.escape(s) for s in sorted(_SINGULAR_TO_GROUP, key=len, reverse=True))
# "Jane Roe, a Trump supporter from Ohio, said": a name, then an apposition naming one of the group
_DESCRIBED = re.compile(rf"[A-Z][\w.'’-]+,\s+(?:a|an|the|one|another)\s+(?:[\w'’-]+\s+){{0,4}}?({_SINGULARS})s?\b",
                        re.I)
# "supporters like Carl Penn said", "voters such as Ann Vole"
_LIKE = re.compile(rf"\b({_SINGULARS})s?\s+(?:like|such\s+as|including)\s+[A-Z]", re.I)


def _described_groups(ctx: Context) -> frozenset[str]:
    """Groups a speaker is described as a member of, in a sentence with a speech verb or a
    quotation ("Jane Roe, a Trump supporter from Ohio, said …", "supporters like Carl Penn said"),
    whatever the ledger holds."""
    return _described_in(tuple(s.span.text for s in ctx.analysis.sentences))


@lru_cache(maxsize=64)
def _described_in(sentences: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    speech = re.compile(rf"\b{_VOICE_VERB}\b|[\"“”]|''|\baccording\s+to\b", re.I)
    for text in sentences:
        hits = [m.group(1).lower() for pat in (_DESCRIBED, _LIKE) for m in pat.finditer(text)]
        if hits and speech.search(text):
            out.update(_SINGULAR_TO_GROUP[h] for h in hits if h in _SINGULAR_TO_GROUP)
    return frozenset(out)


_OFFICER = (r"(?:dean|spokes(?:man|woman|person)|official|member|president|vice\s+president|chair\w*|director|head|"
            r"representative|provost|chancellor|executive|ceo|secretary|lawyer|attorney|leader|founder|manager|"
            r"professor|trustee|officer|staffer|employee)")
# "the dean of Columbia's journalism school", "a spokeswoman for the Acme Company", "Acme's chief executive"
_OFFICER_OF = re.compile(rf"\b{_OFFICER}s?\s+(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
                         rf"|([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_OFFICER}s?\b")


@lru_cache(maxsize=64)
def _officer_orgs(sentences: tuple[str, ...]) -> frozenset[str]:
    """Name words of organisations whose member or official speaks, in a sentence with a speech
    verb or a quotation ("Lena Park, the dean of Elmford's law school, said"), lower case."""
    speech = re.compile(rf"\b{_VOICE_VERB}\b|[\"“”]|''|\baccording\s+to\b", re.I)
    out: set[str] = set()
    for text in sentences:
        if not speech.search(text):
            continue
        for m in _OFFICER_OF.finditer(text):
            name = re.sub(r"['’]s?$", "", m.group(1) or m.group(2) or "")
            out.update(w.lower() for w in re.findall(r"[\w&-]+", name))
    return frozenset(out)


_QUOTE_AFTER = re.compile(r"^\W*(?:[\w'’-]+\W+){0,3}?(?:[\"“]|'')")


def _unheard(ctx: Context, voices: list[str], roles: str | None = None) -> list[tuple[str, int]]:
    """Groups the article mentions but never quotes ("Xinjiang residents", ¶5): the most often
    mentioned first, at most two."""
    heard = " ".join(v.lower() for v in voices) + " " + " ".join(
        f"{a.source} {a.source_text}".lower() for a in ctx.analysis.attributions)
    first: dict[str, tuple[str, int]] = {}  # group -> (label, paragraph) of its first mention
    count: dict[str, int] = {}
    argued = _arguing_groups(ctx)
    roles = _speaker_roles(ctx) if roles is None else roles
    dead = _dead_groups(ctx)
    public = _PUBLIC if _public_speaks(ctx) else frozenset()
    # a group a few words before a quotation is the one quoted ('protesters chanted "she wins, we
    # lose!"'), whatever the ledger holds
    chanting = {m.group(1) for sent in ctx.analysis.sentences for m in _AFFECTED_RE.finditer(sent.span.text.lower())
                if _QUOTE_AFTER.match(sent.span.text[m.end():m.end() + 50])}
    described = _described_groups(ctx)
    for sent in ctx.analysis.sentences:
        text = sent.span.text
        for m in _AFFECTED_RE.finditer(text.lower()):
            group = m.group(1)
            before = text[:m.start()].rstrip()
            if before and before[-1] not in ".!?:\"\u201c\u201d" and text[m.start()].isupper():
                continue  # "Citizens for Responsibility and Ethics in Washington": part of a name
            if group in argued:
                continue  # "the farmers suing argue that …": their case is reported, quoted or not
            if in_quotation(ctx.article, sent.span.start + m.start()):
                continue  # "disobedient to parents" in a quoted Bible verse is no party to the story
            if group in heard or group.rstrip("s") in heard.split():
                continue
            if group in dead or group in public or _member_speaks(group, roles):
                continue  # the dead cannot speak; "players" when a player is quoted are heard
            if group in chanting:
                continue  # protesters chanting "she wins, we lose!": their words are in the article
            if group in described:
                continue  # '"…," said Jane Roe, a Stone supporter': a supporter speaks, so supporters are heard
            count[group] = count.get(group, 0) + 1
            if group in first:
                continue
            prefix_words: list[str] = []  # the capitalised words right before the group ("Xinjiang residents")
            words_before = text[:m.start()].split()
            for k in range(len(words_before) - 1, max(len(words_before) - 3, -1), -1):
                w = words_before[k]
                if k == 0 or not (w[:1].isupper() and w.isalpha() and w.lower() not in _NOT_NAMES):
                    break  # a sentence's first word is capitalised anyway ("As voters went to the polls")
                prefix_words.insert(0, w)
            prefix = " ".join(prefix_words)
            first[group] = ((prefix + " " if prefix else "") + group, sent.paragraph)
    ranked = sorted(first, key=lambda g: (-count[g], first[g][1], g))
    # Only a group the article names twice or more: judged blind, groups named once were picked
    # from an aside ("advocate for children" in a résumé, Soviet "workers" in a quoted history)
    # and had no stake in the story.
    return [first[g] for g in ranked[:2] if count[g] >= 2]


# "A spokesman for the Carson campaign declined to comment", "Mills's lawyer did not respond to a
# request for comment": the article itself says this party's side is missing.
_DECLINED = re.compile(
    r"(?:declined|refused)\s+to\s+(?:comment|be\s+interviewed|discuss|respond|answer|say)"
    r"|did\s+not\s+(?:immediately\s+)?(?:respond|reply|return)|didn(?:'|\u2019)t\s+(?:immediately\s+)?(?:respond|reply|return)"
    r"|could\s+not\s+be\s+reached|couldn(?:'|\u2019)t\s+be\s+reached|(?:was|were)\s+not\s+available\s+for\s+comment",
    re.I)
_SPOKESPERSON = re.compile(
    r"^(?:a|an|the)?\s*(?:\w+\s+)?(?:spokesman|spokeswoman|spokesperson|representative|lawyer|attorney|"
    r"aide|press\s+secretary|office|campaign\s+spokesman)\s+(?:for|of|at|to)\s+(.+)$", re.I)


def _declined(ctx: Context) -> list[tuple[str, int]]:
    """Named parties the article says declined to comment or did not respond, outside quotations,
    that have no claim of their own: the subject right before the cue, a spokesperson's or
    lawyer's employer in their place ("the Carson campaign", "Cheryl Mills's lawyer" -> as written)."""
    spoken = [f"{a.source} {a.source_text}" for a in ctx.analysis.attributions if a.source]
    out: list[tuple[str, int]] = []
    for sent in ctx.analysis.sentences:
        text = sent.span.text
        m = _DECLINED.search(text)
        if m is None or in_quotation(ctx.article, sent.span.start + m.start()):
            continue
        subject = re.split(r"[,;:\u2014\u2013]|\b(?:and|but|while|who|which)\b", text[:m.start()])[-1].strip()
        subject = re.sub(r"\s+(?:has|have|had|also|again|then|so\s+far|repeatedly)$", "", subject).strip()
        hit = _SPOKESPERSON.match(subject)
        if hit:
            subject = hit.group(1).strip()
        subject = re.sub(r"^(?:a|an)\s+", "", subject)
        words = subject.split()
        if not (1 <= len(words) <= 6) or not any(w[:1].isupper() for w in words):
            continue  # "officials declined to comment": nobody named
        if words[0].lower() in _NOT_NAMES and words[0] != "the":
            continue
        if any(same_entity(subject, sp) for sp in spoken):
            continue  # they speak elsewhere in the article
        if all(subject.lower() != g.lower() for g, _ in out):
            out.append((subject, sent.paragraph))
    return out[:2]


# a group followed within a few words by a verb of saying or arguing is a voice the article reports
_ARGUES_AFTER = re.compile(
    r"^(?:(?!(?:and|but|while|whereas|as)\b)[\w'’-]+[\s,]+){0,4}?(?:argu\w*|say|says|said|claim\w*|contend\w*|insist\w*|warn\w*|complain\w*|"
    r"told|tell|tells|allege\w*|maintain\w*|assert\w*|object\w*|protest\w*|sued|sue|suing|petition\w*|"
    r"demand\w*|accus\w*|counter\w*|fear|fears|feared|believe|believes|believed|wrote|write|testif\w*)\b", re.I)
_ARGUES_BEFORE = re.compile(r"\b(?:according to|argument of|case of|view of|views of|lawyers for|"
                            r"on behalf of)\s+(?:the\s+|some\s+|many\s+)?(?:[\w'’-]+\s+)?$", re.I)


def _arguing_groups(ctx: Context) -> set[str]:
    """Groups whose argument or words the article reports, with a quotation or without ("the
    states suing argue that …", "according to residents")."""
    out = set()
    for sent in ctx.analysis.sentences:
        low = sent.span.text.lower()
        for m in _AFFECTED_RE.finditer(low):
            if _ARGUES_AFTER.match(low[m.end():].lstrip(" ,")) or _ARGUES_BEFORE.search(low[:m.start()]):
                out.add(m.group(1))
    return out


_DEATH = re.compile(r"\b(?:died|dies|die|dead|death|deaths|killed|kills|kill|murdered|perished|drowned|"
                    r"bodies|body|fatal\w*|funeral\w*|mourn\w*|buried|slain|lost their lives|lost his life|"
                    r"lost her life)\b", re.I)


def _dead_groups(ctx: Context) -> set[str]:
    """Groups the article says died or were killed in a sentence that names them ("Two workers
    died", "the victims were buried"): they cannot speak, so they are never the missing voice."""
    out: set[str] = set()
    for sent in ctx.analysis.sentences:
        low = sent.span.text.lower()
        if not _DEATH.search(low):
            continue
        out.update(m.group(1) for m in _AFFECTED_RE.finditer(low))
    if out:
        out.add("victims")  # in an article about deaths, "the victims" are the dead
    return out


def _speaker_roles(ctx: Context) -> str:
    """The words around every speaker's mentions (title, apposition, name), lower case: "Jane Roe,
    a Democratic senator," makes Democrats heard; "Ben Ray, a player" makes players heard."""
    from quizgen.generate.sourcing import mentions  # sourcing imports nothing from here

    words = []
    for a in ctx.analysis.attributions:
        if a.source_kind in ("document", "none"):
            continue
        words += mentions(ctx, a)
        words.append(f"{a.source} {a.source_text}")
    # a member of the public introduced in a sentence that says what they are ("At a refugee camp, Omar
    # Sadi, 25, said …"): the sentence's words are their role too
    names = tuple(sorted({a.source for a in ctx.analysis.attributions if a.source_kind == "person" and a.source
                          and len(a.source.split()) >= 2 and a.source_confidence >= CONFIDENT}))
    words += _public_intro_sentences(ctx.article.text, names)
    return " ".join(words).lower()


@lru_cache(maxsize=64)
def _public_intro_sentences(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            if _PUBLIC_INTRO.match(text[m.end():m.end() + 60]):
                start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                ends = [e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
                out.append(text[start:min(ends) if ends else len(text)])
                break
    return tuple(out)


# role nouns that name one group: "Kline, a protest organiser," makes protesters heard
_SAME_GROUP = (
    frozenset("protesters protestors protester protestor protest organisers organizers organiser organizer "
              "demonstrators demonstrator activists activist campaigners campaigner marchers".split()),
    frozenset("residents resident locals local villagers villager neighbours neighbors neighbour neighbor "
              "homeowners tenants".split()),
    frozenset("voters voter electors constituents".split()),
    frozenset("students student pupils pupil undergraduates".split()),
    frozenset("workers worker employees employee staff staffer labourers laborers".split()),
    frozenset("supporters supporter backers fans fan".split()),
    frozenset("refugees refugee migrants migrant immigrants immigrant asylum asylum-seekers asylum-seeker".split())
    | {"asylum seekers"},
    frozenset("voters voter residents resident citizens citizen locals taxpayers".split()),
)


def _member_speaks(group: str, roles: str) -> bool:
    """Does a speaker's role name a member of the group ("a player" for "players", "Democratic"
    for "Democrats", "a protest organiser" for "protesters")?"""
    role_words = set(re.findall(r"[a-z]+", roles))
    for family in _SAME_GROUP:
        if group in family and role_words & family:
            return True
    stem = group[:-3] + "y" if group.endswith("ies") else group[:-1] if group.endswith("s") else group
    for word in group.split():
        if word in roles.split():
            return True
    if len(stem) <= 6:  # "fan" must not match "fantastic"
        return bool(re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", roles))
    return bool(re.search(rf"\b{re.escape(stem[:-1])}", roles))  # "democrat" in "democratic"


_ACCUSED_CUE = re.compile(r"\b(?:accus\w*|criticis\w*|criticiz\w*|blam\w*|sued|suing|sues|fined|charged|"
                          r"investigat\w*|alleg\w*|condemn\w*|faults?|faulted|responsible for|under fire|"
                          r"lawsuit against|complaints? against|probe into)\b", re.I)


def _accused(ctx: Context, roles: str | None = None) -> list[tuple[str, int]]:
    """An organisation the article accuses or criticises and never hears ("the Acme Company was
    fined …" with no claim from Acme): named by spaCy as an organisation twice or more, in a
    sentence of accusation outside any quotation, and sharing no name word with any source."""
    spoken = [f"{a.source} {a.source_text}" for a in ctx.analysis.attributions]
    roles = _speaker_roles(ctx) if roles is None else roles
    role_words = set(re.findall(r"[a-z&-]+", roles))  # "elmford" from "elmford's"
    officers = _officer_orgs(tuple(s.span.text for s in ctx.analysis.sentences))
    mentions: dict[str, list[int]] = {}
    for e in ctx.analysis.entities:
        if e.label == "ORG" and len(e.text) > 3 and e.text[:1].isupper():
            mentions.setdefault(e.text, []).append(e.span.start)
    out = []
    for name, starts in sorted(mentions.items(), key=lambda kv: kv[1][0]):
        if len(starts) < 2 or any(same_entity(name, s) for s in spoken):
            continue
        distinct = [w for w in re.findall(r"[\w&-]+", name) if len(w) > 3 and w[:1].isupper()
                    and w.lower() not in _INSTITUTIONS | _FIRM_HEADS | _GENERIC_ORG]
        if any(w.lower() in role_words or w.lower() in officers for w in distinct):
            continue  # "the Democratic Party" when "a Democratic senator" speaks; Elmford when its dean does
        for start in starts:
            sent = sentence_at(ctx.analysis, start)
            if sent and _ACCUSED_CUE.search(sent.span.text) and not in_quotation(ctx.article, start):
                words = name.split()
                label = "the " + name if words[-1].lower() in _INSTITUTIONS | _FIRM_HEADS else name
                out.append((label, sent.paragraph))
                break
    return out[:1]


_GENERIC_ORG = frozenset("national international american united states state city county new school college "
                         "inc corp ltd llc".split())
_FIRM_HEADS = frozenset("company corporation firm group bank club school hospital airline network".split())


_NOT_NAMES = frozenset("the a an and but of in on for some many most all few several two three four five six seven "
                       "eight nine ten dozens hundreds thousands millions these those other such".split())


_VOICE_VERB = (r"(?:said|says|say|told|tells|asked|asks|wrote|writes|called|calls|tweeted|tweets|added|argued|"
               r"argues|insisted|insists|stated|replied|responded|recalled|recalls|explained|noted|declared|declares|"
               r"announced|warned|warns|claimed|claims|denied|denies|acknowledged|admitted|"
               r"predicted|urged|urges|contended|maintained|countered|complained|"
               r"conceded|suggested|agreed|disagreed)")


# Never the missing voice: a perpetrator or suspect ("who carried out the shooting", "the suspect Lou
# Brack"), in a sentence of violence or prosecution (judged blind: an attacker was offered as the one
# "who could tell the other side of the story").
_PERPETRATOR = re.compile(
    r"\b(?:attackers?|gunm[ae]n|shooters?|killers?|murderers?|bombers?|assailants?|perpetrators?|suspects?|"
    r"suspected|hijackers?|terrorists?|terrorism|jihad\w*|massacre\w*|carried out|pulled off|charged with|"
    r"convicted|guilty|manslaughter|murder\w*|arrested|indicted|sentenced|accused of|rampage|stabb\w*)\b", re.I)
_LATE = re.compile(r"\b(?:the late|the slain|the murdered)\s+(?:\w+\s+){0,2}$", re.I)
# the famous dead an article may mention in passing, who can give no account of anything now
_HISTORICAL = frozenset(
    "reagan nixon eisenhower truman lincoln jefferson churchill stalin hitler lenin goldwater thatcher "
    "mandela gandhi kissinger".split())
_HISTORICAL_FULL = frozenset(
    "john f. kennedy|john kennedy|robert kennedy|lyndon johnson|lyndon b. johnson|franklin roosevelt|"
    "franklin d. roosevelt|theodore roosevelt|gerald ford|george washington|john adams|zachary taylor|"
    "andrew jackson|woodrow wilson|martin luther king|mao zedong|john mccain|ted kennedy|"
    "george h. w. bush|george h.w. bush|ruth bader ginsburg|antonin scalia|queen elizabeth".split("|"))


def _off_limits(ctx: Context) -> set[str]:
    """Surnames of people never to offer as a missing voice: perpetrators and suspects (named in a
    sentence of violence or prosecution), the dead (within six words of a word of death, or "the
    late …") and the famous dead."""
    out: set[str] = set()
    people = [e for e in ctx.analysis.entities if e.label == "PERSON" and e.text[:1].isupper()]
    for e in people:
        surname = e.text.split()[-1].lower()
        if e.text.lower() in _HISTORICAL_FULL or surname in _HISTORICAL:
            out.add(surname)
            continue
        text = ctx.article.text
        if _LATE.search(text[max(0, e.span.start - 40):e.span.start]):
            out.add(surname)
            continue
        sent = sentence_at(ctx.analysis, e.span.start)
        if sent is None:
            continue
        if _PERPETRATOR.search(sent.span.text):
            out.add(surname)
            continue
        before = text[sent.span.start:e.span.start].split()[-6:]
        after = text[e.span.end:sent.span.end].split()[:6]
        if _DEATH.search(" ".join(before + after)):
            out.add(surname)
    # the partner of a perpetrator ("Ms. Mall and her husband, Omar Fenn"): one of the pair
    for e in people:
        sent = sentence_at(ctx.analysis, e.span.start)
        if sent is None or not out:
            continue
        before = re.findall(r"[\w'’-]+", ctx.article.text[sent.span.start:e.span.start])[-8:]
        if (_PARTNER & {w.lower() for w in before}) and any(w.lower() in out for w in before):
            out.add(e.text.split()[-1].lower())
    return out


_PARTNER = frozenset("and husband wife brother sister accomplice partner son daughter".split())


# the word before the verb is an adverb ("now said"), never another name ("…, are in trouble, Tarn said")
_APPOSITION_SAYS = re.compile(rf"^,[^.;!?\"“”]{{0,120}}?,\s+(?:[a-z]\w*\s+)?{_VOICE_VERB}\b")
_QUOTE_MARK = re.compile(r"[\"“”]|''")


def _voiced(ctx: Context, surname: str) -> bool:
    """Is the person heard in the text, whatever the ledger holds: a speech verb right after a
    mention or after its apposition ("Mr. Dane, now 80 and retired in Vermont, said"), "said Dane",
    a quotation by the mention, or any mention outside quotation marks in a paragraph with a
    quotation (a quotation the ledger gave to someone else may be this person's)."""
    text = ctx.article.text
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        if in_quotation(ctx.article, m.start()):
            continue
        if _speaks_here(text, m.start(), m.end()) or _APPOSITION_SAYS.match(text[m.end():m.end() + 160]):
            return True
        number = paragraph_at(ctx.article, m.start())
        if number is not None:
            para = ctx.article.paragraph(number).text
            if _QUOTE_MARK.search(para):
                return True  # "Mrs. Clinton sees similar benefits. But while denouncing the ''perversion'' …'
    return False


def _named_unheard(ctx: Context, *, news: bool) -> list[tuple[str, int]]:
    """People the article names twice or more (outside quotations in a news report) and never
    hears: no claim in the ledger under any name, no speech in the text, not a perpetrator, a
    suspect or one of the dead. The most often named first."""
    spoken = [f"{a.source} {a.source_text}" for a in ctx.analysis.attributions if a.source]
    off = _off_limits(ctx)
    org_words = {w for e in ctx.analysis.entities if e.label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")
                 for w in e.text.split()}
    seen: dict[str, list[int]] = {}
    for e in ctx.analysis.entities:
        if e.label != "PERSON" or not e.text[:1].isupper():
            continue
        if news and in_quotation(ctx.article, e.span.start):
            continue
        seen.setdefault(e.text.split()[-1], []).append(e.span.start)
    out = []
    for surname, starts in sorted(seen.items(), key=lambda kv: (-len(kv[1]) if news else 0, kv[1][0])):
        if len(starts) < 2 or any(surname in name_tokens_text(s) for s in spoken):
            continue
        if surname.lower() in off or (news and _voiced(ctx, surname)):
            continue
        fulls = [e for e in ctx.analysis.entities if e.label == "PERSON" and e.text.split()[-1] == surname]
        if len({e.text for e in fulls if len(e.text.split()) > 1}) > 1:
            continue  # "Barack Obama" and "Michelle Obama": a surname is no one person
        full = max((e.text for e in fulls), key=len)
        if news and len(full.split()) < 2:
            continue  # a bare surname or first name the article never completes: no one a class can find
        if re.search(rf"\b(?:the|a|an)\s+{re.escape(full)}", ctx.article.text, re.I) or surname in org_words:
            continue  # "the Space Shuttle", "the Johnson Space Center": a thing the tagger took for a person
        first = min(e.span.start for e in fulls if e.text == full)
        par = next((p.number for p in ctx.article.paragraphs if p.start <= first < p.end), 1)
        out.append((full, par))
    return out  # the caller keeps two it may suggest


# members of the public: a speaker introduced by age or home town ("Dana Pike, 27,", "Lee Marsh, of
# Dover") makes the public groups heard (judged blind: "voters are never quoted" while six were)
_PUBLIC_INTRO = re.compile(r"^,\s*(?:\d{1,3},|(?:\d{1,3},\s*)?(?:of|from)\s+[A-Z]|an?\s+(?:[\w-]+\s+){1,5}"
                           r"(?:from|of)\s+[A-Z][a-z])")
_PUBLIC = frozenset("voters citizens residents locals taxpayers consumers villagers tenants".split())


def _public_speaks(ctx: Context) -> bool:
    names = {name for a in ctx.analysis.attributions if a.source_kind == "person" and a.source
             for name in (a.source, a.source.split()[-1], a.source_text) if len(name) >= 3 and name[:1].isupper()}
    return _introduced_as_public(ctx.article.text, tuple(sorted(names)))


@lru_cache(maxsize=64)
def _introduced_as_public(text: str, names: tuple[str, ...]) -> bool:
    """One of these speakers is introduced as a member of the public ("Jane Doe, 22, of Leeds")."""
    if not names:
        return False
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    return any(_PUBLIC_INTRO.match(text[m.end():m.end() + 60]) for m in pattern.finditer(text))


_TITLES = {
    "officials and politicians": re.compile(
        r"\b(?:senator|sen|rep|representative|congress\w*|governor|gov|president|secretary|minister|mayor|"
        r"spokes\w+|official|officials|candidate|lawmaker|chairman|chairwoman|leader|aide|aides|adviser|"
        r"ambassador|administration|government|department|ministry|office|committee|democrat\w*|"
        r"republican\w*|party|campaign|police|agency|white house)\b", re.I),
    "experts": re.compile(r"\b(?:professor|prof|economist|analyst|expert|researcher|scientist|scholar|doctor|"
                          r"dr|historian|strategist|pollster|fellow|director of research|institute|university)\b",
                          re.I),
}


def _heard_kinds(ctx: Context, roles: str) -> tuple[list[str], list[str]]:
    """Which kinds of voices the article reports (officials and politicians, experts, members of
    the public), and which of these three it reports none of."""
    kinds = [k for k, pat in _TITLES.items() if pat.search(roles)]
    if _public_speaks(ctx):
        kinds.append("members of the public")
    missing = [k for k in ("officials and politicians", "experts", "members of the public") if k not in kinds]
    return kinds, missing


_MISSING_KIND = {
    "members of the public": "someone directly affected by the events or decisions in the article",
    "experts": "an independent expert who could check the claims made",
    "officials and politicians": "an official or organisation responsible for what the article reports",
}


def _long_quote(text: str) -> bool:
    """A closed quotation of four words or more in the paragraph (the quotation scanner, not a regex:
    nested lazy repeats backtracked without end on a long paragraph with an unclosed mark)."""
    return any(not q.unclosed and q.words(text) >= 4 for q in find_quotes(text))


def _unlisted_speaker(ctx: Context, shown: list[str]) -> bool:
    """Does someone speak beyond the voices listed: a named person with a claim in the ledger at
    any confidence, or a quotation of four words or more in a paragraph where no listed voice has a
    claim (judged blind: a supporter quoted over several paragraphs and an interviewee were left out
    of a list that did not say "among others")?"""
    def listed(source: str) -> bool:
        return any(_one_person(source, v) or same_entity(source, v) for v in shown)

    own: set[int] = set()
    for a in ctx.analysis.attributions:
        if not a.source or a.source_kind in ("document", "none"):
            continue
        if listed(a.source):
            own.add(a.paragraph)
        elif a.source_kind == "person" and a.source[:1].isupper():
            return True
    surnames = [v.split()[-1] for v in shown]
    people = [e for e in ctx.analysis.entities if e.label == "PERSON"]
    prev = False
    for p in ctx.article.paragraphs:
        mine = (p.number in own or any(re.search(rf"\b{re.escape(n)}\b", p.text) for n in surnames)
                or (prev and re.match(r"\s*[\"“]|\s*''", p.text) is not None  # a quotation running on
                    and not any(p.start <= e.span.start < p.end and not listed(e.text) for e in people)))
        if not mine and _long_quote(p.text):
            return True
        prev = mine
    return False


def _join(names: list[str], word: str = "and") -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1]


MAX_LISTED = 6


# "I" never inside initials ("the C.I.A.", "the F.B.I."): judged blind, two news reports were read
# as columns for their initials and offered a dead president and an attacker as missing voices
_OPINION = re.compile(r"(?<![\w.])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)\b(?!\.\w)")
_SIGNED = re.compile(r"^[-—–]?\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\.?$")


def opinion_piece(ctx: Context) -> bool:
    """A column or letters page: the writer speaks in the first person outside quotations in two or
    more paragraphs, or in one and a paragraph is signed with a name and a town ("Jane Roe, Burlington")."""
    first_person = 0
    for p in ctx.article.paragraphs:
        if any(not in_quotation(ctx.article, p.start + m.start()) for m in _OPINION.finditer(p.text)):
            first_person += 1
    # a signed letter ("Ed Barnes, Rutland") with a first-person writer; not a byline ("By Jo Lee, AP")
    signed = sum(1 for p in ctx.article.paragraphs
                 if _SIGNED.match(p.text.strip()) and not p.text.strip().lower().startswith("by "))
    return first_person >= 2 or (signed >= 1 and first_person >= 1)


def name_tokens_text(text: str) -> set[str]:
    return set(re.findall(r"[A-Z][\w'’-]+", text))


def heard(ctx: Context, a: Attribution) -> bool:
    """A voice heard: a confident source with an attributed claim (not a reporter's inference, not
    a relative clause such as "which describes large swaths of the population")."""
    if not voice_label(ctx, a) or not claim_like(a):
        return False  # "which describes large swaths of the population" is no one's claim
    return not re.match(r"(?:which|who|whom|that)\b", a.source_text or "", re.I)


_OUTLET_WORDS = re.compile(r"\b(?:Post|Times|News|Journal|Tribune|Herald|Guardian|Telegraph|Gazette|Chronicle|"
                           r"Press|Magazine|Radio|TV|BBC|CNN|Reuters|AP|AFP|NPR|Fox|MSNBC|Bloomberg|Politico|"
                           r"Axios)\b")
_JOURNALIST = re.compile(r"\b(?:reporters?|journalists?|columnists?|editors?|correspondents?|writers?|"
                         r"co-?authors?|authors?)\W+(?:\w+\W+){0,2}$", re.I)


def _suggestible(ctx: Context, label: str, *, speech_ok: bool = False) -> bool:
    """May a model answer suggest this missing voice? Never a truncated name ("Post" of "The
    Washington Post"), never an outlet or its journalists, never one the article puts within three
    words of a speech verb or next to a quotation anywhere (the ledger may have missed that quote)."""
    name = re.sub(r"^the\s+", "", label.strip(), flags=re.I)
    if not name:
        return False
    text = ctx.article.text
    longer = [e.text for e in ctx.analysis.entities if e.label in ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART")]
    if any(len(o) > len(name) and o.endswith(name) and o[:1].isupper() for o in longer):
        return False  # "Post" of "The Washington Post"
    if _OUTLET_WORDS.search(name) or any(a.source_kind == "news_outlet" and same_entity(name, a.source)
                                         for a in ctx.analysis.attributions):
        return False
    last = name.split()[-1]
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        if _JOURNALIST.search(text[max(0, m.start() - 40):m.start()]):
            return False  # "Post reporters Michael Kranish and Marc Fisher": the outlet's own people
        if not speech_ok and _speaks_here(text, m.start(), m.end()):
            return False  # "Clinton said", '"…," Clinton': a voice heard, whatever the ledger holds
    return True




def _speaks_here(text: str, start: int, end: int) -> bool:
    """Is the mention a speaker: a speech verb within three words after it ("Clinton said", "Clinton,
    who had told"), "said Clinton." or "according to Clinton", or a quotation right by it?"""
    after = " ".join(re.split(r"[.!?]\s", text[end:end + 80])[0].split()[:3])  # in its own sentence
    before = re.split(r"[.!?]\s", text[max(0, start - 40):start])[-1]
    return bool(re.search(rf"\b{_VOICE_VERB}\b", after, re.I)
                or re.search(rf"\b(?:{_VOICE_VERB}|according to)\s+(?:\w+\s+)?$", before, re.I)
                and re.match(r"\s*(?:[.,;]|$)", text[end:end + 3])
                or re.search(r"[\"“”]\W*$", before) or re.match(r"\W*[\"“”:]", text[end:end + 4]))


_NOT_SAID = re.compile(r"\b(?:to|would|could|should|might|may|must|can|will|did\s+not|didn['’]t|never|"
                       r"better)\s+(?:\w+\s+)?$", re.I)


def _real_voice(ctx: Context, a: Attribution) -> bool:
    """A voice the explanation may list: a speech verb or a quotation mark by the words (not a
    heading's colon before a paragraph of the article's own analysis), at most 60 words unless
    quoted, and not
    what the source "would do better to say" (the writer's suggestion)."""
    if not a.content_spans:
        return False
    start = a.content_spans[0].start
    quoted = bool(re.search(r"[\"“”‘’']\s*$", ctx.article.text[max(0, start - 3):start]))
    if len(a.content.split()) > 60 and not quoted:
        return False  # a paragraph of analysis, not a quotation
    if not re.search(r"[A-Za-z]", a.cue or "") and not quoted:
        return False
    if a.cue_span is not None and _NOT_SAID.search(ctx.article.text[max(0, a.cue_span.start - 40):a.cue_span.start]):
        return False
    return True


def missing_voice(ctx: Context) -> Item | None:
    voices = _voices(ctx)
    atts = [a for a in ctx.analysis.attributions if heard(ctx, a)]
    if not voices or not atts:
        return None
    # the voices the explanation lists: claims that are clauses, never a title ("TrumpNation")
    listed = [a for a in atts if claim_text(a) is not None and not titled_work(ctx, a) and _real_voice(ctx, a)]
    sups = [s for s in (attribution_support(ctx.article, a) for a in listed[:2]) if s]
    if not sups:
        return None
    declined: list[tuple[str, int]] = []
    column = opinion_piece(ctx)  # asked once: it reads every paragraph
    if column:
        # a column or a letter: "someone directly affected" is no help; the people the writer argues
        # about or against, named and never heard, or no item
        unheard = _named_unheard(ctx, news=False)
        if not unheard:
            return None
    else:
        declined = [d for d in _declined(ctx) if _suggestible(ctx, d[0], speech_ok=True)]
        roles = _speaker_roles(ctx)
        # a named party first (judged blind: the judges' own examples were the accused organisation,
        # the candidate the article is about, the officials who declined to comment), then groups
        person = [u for u in _named_unheard(ctx, news=True) if _suggestible(ctx, u[0])][:1]
        unheard = declined + _accused(ctx, roles) + person + _unheard(ctx, voices, roles)
    unheard = [u for u in unheard if any(d[0] == u[0] for d in declined) or _suggestible(ctx, u[0])][:2]
    if column and not unheard:
        return None
    # The stem lists no voices: judged blind, a list drawn from the ledger named people who never
    # speak ("a top adviser for President Obama") and left out others, and the rubric then graded
    # against that wrong list. Students find the voices; the rubric credits any defensible answer.
    stem = ("Whose voice is missing from this article? Name one person or group with a stake in the story "
            "whose views the article does not report, and explain what their account could add.")
    accused = [] if column else _accused_heard(ctx, voices)
    if accused:
        # judged blind: the reporter accused in leaked emails, whose emails are quoted but whose answer
        # to the accusations is not, was the most pertinent missing voice
        g, p = accused[0]
        gs = g + ("'" if g.endswith("s") else "'s")
        model = (f"Answers vary. For example, {gs} response to the accusations the article reports (¶{p}): the "
                 f"article quotes {gs} words as evidence but reports no reply from {g} to what it alleges"
                 + (f"; {unheard[0][0]} (¶{unheard[0][1]}) is also never heard" if unheard else "")
                 + ". Other parties the events affect are also defensible.")
    elif declined and unheard[0] == declined[0]:
        g, p = declined[0]
        model = (f"Answers vary. For example, {g} (¶{p}): the article says they declined to comment or did not "
                 "respond, so their side of the story is missing; other parties the events affect are also "
                 "defensible.")
    elif unheard:
        examples = _join([f"{g} (¶{p})" for g, p in unheard], "or")
        model = (f"Answers vary. For example, {examples}: named in the article but never quoted or reported as "
                 "saying anything, so a first-hand account, or an answer to what the article says, is missing.")
    else:
        # no party to name with confidence: say which voices are heard and which kind is not
        # (judged blind: the bare template gave a class nothing to work from)
        kinds, missing = _heard_kinds(ctx, _speaker_roles(ctx))
        # only names the ledger read in full where the claim is ("Mrs. Abedini" may not be "Saeed Abedini")
        sure = [v for v in voices if not _OUTLET_WORDS.search(v)
                and any(v in a.source_text or a.source_text in (v, f"the {v}", v.split()[-1]) for a in atts)]
        sure = _listable(sure)
        if not sure or not missing:
            return None  # no sure name, or every kind heard and no party to name: nothing sure to suggest
        # "among others" only when the article has other voices than those listed
        # (judged blind: "Democrats, among others" when one senator was the only voice; a group label the
        # ledger took from "Democrats say …" beside named people is no other voice)
        shown = sure[:3]
        others = ", among others" if (len(_listable(voices)) > len(shown)
                                      or _unlisted_speaker(ctx, shown)) else ""
        model = (f"Answers vary. The article reports the views of {_join(sure[:3])}{others}; a strong "
                 f"answer names someone else with a stake in the story whose views it does not report, for "
                 f"example {_MISSING_KIND[missing[-1]]}, and explains what their account could add.")
    explanation = "Voices the article reports include " + "; ".join(cite(s, 12) for s in sups) + "."
    return make_item(
        SKILL, "open_response", stem, [], [model], explanation, sups, difficulty="hard", points=3,
        rubric=rubric(
            "Names any person or group with a stake in the story whose views the article does not report, and "
            "explains, citing a ¶, what their account would add.",
            "Names a defensible missing voice, but the explanation is thin or not tied to the text.",
            "Names someone the article already quotes on the same point (check its quotations and \"said\" "
            "sentences) without saying what new account they could give, such as a reply to an accusation, "
            "or gives no reason.",
        ),
    )


# a speaker with a stake the article states: an office, a campaign, a company, an advocacy group, a
# spokesperson (judged blind: a retiree met in the street was asked why she "might want readers to
# believe" that jobs were being lost)
_STAKE = re.compile(
    _TITLES["officials and politicians"].pattern
    + r"|\b(?:treasurer|founder|co-?founder|chief|executive|ceo|president|owner|director|chair|company|"
      r"corporation|firm|group|advocacy|coalition|union|lobby\w*|association|council|publisher|manager|head)\b", re.I)
_PUBLIC_ROLE = re.compile(r"\b(?:voters?|residents?|retirees?|retired|shoppers?|passers?-?by|locals?|attendees?|"
                          r"neighbou?rs?|homeowners?|parents?|mothers?|fathers?|students?|customers?|fans?|"
                          r"members? of the public|supporters?)\b", re.I)
# an ad, a video or a flyer speaks for its payer, not in the payer's own words
_MEDIUM = re.compile(r"\b(?:ad|ads|advert\w*|commercials?|videos?|mailers?|flyers?|billboards?|spots?|"
                     r"posters?|leaflets?)\b", re.I)
# a clause's subject may open with these (lower case after "that")
_SUBJECT_WORDS = frozenset("the a an this that these those his her their its our my he she they it we i you there "
                           "some many most all no every each both few several".split())
_STOP = frozenset("that this with from have been were they their there which would could should will about "
                  "what when where than then them into over also just more most very said says told like "
                  "only even much many some such your ours these those because while after before".split())


def _stake(ctx: Context, a: Attribution) -> bool:
    """Does the article give the speaker a stake in what they say?"""
    if _MEDIUM.search(a.source_text or ""):
        return False  # "The Rove ad hits …": the ad's words, not Rove's
    if a.source_kind in ("organisation", "government"):
        return True
    if a.source_kind != "person":
        return False
    from quizgen.generate.sourcing import mentions  # sourcing imports nothing from here

    roles = " ".join(mentions(ctx, a))
    names = tuple(sorted({n for n in (a.source, a.source_text, a.source.split()[-1] if a.source else "")
                          if n and len(n) >= 3 and n[:1].isupper()}))
    if _introduced_as_public(ctx.article.text, names) or _PUBLIC_ROLE.search(roles):
        return False  # "Ann Vole, 67, a retiree from Dover": no stake the article states
    return bool(_STAKE.search(roles))


def _whole_claim(ctx: Context, a: Attribution) -> str | None:
    """The claim as a whole clause with its own subject, as the article gives it: a whole quoted
    sentence, or a whole "X said (that) …" sentence; None for a fragment ("depends on …" when
    "Survival, Mr. Pane says," stands before it; a noun phrase quoted inside another sentence)."""
    spans = a.content_spans
    if not spans:
        return None
    body = re.sub(r"^that\s+", "", unquote(a.content).strip()).strip()
    if not body or len(body) > 200 or len(body.split()) < 5 or subjectless(body):
        return None  # too long to show whole, or no subject of its own
    first = body.split()[0].strip("\"“‘'(")
    text = ctx.article.text
    sent = sentence_at(ctx.analysis, spans[0].start)
    if sent is None:
        return None
    end_after = text[spans[-1].end:spans[-1].end + 4]
    if a.direct:
        if not re.match(r"[A-Z]", first):
            return None  # "54 times more money …": no sentence of its own
        lead = text[sent.span.start:spans[0].start].rstrip().rstrip("\"“‘'").rstrip()
        if lead and not (lead[-1] in ",:" or (a.cue and lead.lower().endswith(a.cue.lower()))):
            return None  # "hits Clinton for taking '…'": a phrase inside the writer's sentence
        if not (re.match(r"[.,!?…]?\s*[\"”’']", end_after) or body[-1] in ".!?"):
            return None
    else:
        if not (first[:1].isupper() or first.lower() in _SUBJECT_WORDS):
            return None  # "having Trump at the top …", "depends on …": no subject a class can see
        if a.source_span is None or a.source_span.start > spans[0].start:
            return None
        lead = text[sent.span.start:a.source_span.start]
        if not re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,4}", lead):
            return None  # "Survival, Mr. Pane says, depends …": the subject stands before the speaker
        if not (re.match(r"\s*[.!?]", end_after) or body[-1] in ".!?"):
            return None  # the sentence goes on past the claim
    return body


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def _bearing(ctx: Context, a: Attribution, claim: str) -> list[int]:
    """Paragraphs (not the claim's, not the speaker's own) that share two or more content words
    with the claim: other material a class can weigh it against."""
    own = {b.paragraph for b in ctx.analysis.attributions if b.source == a.source}
    name = _stems(f"{a.source} {a.source_text}")
    words = _stems(claim) - name
    out = []
    for p in ctx.article.paragraphs:
        if p.number in own or p.number == a.paragraph:
            continue
        if len(words & _stems(p.text)) >= 2:
            out.append(p.number)
    return out


def _listable(voices: list[str], *, people_only: bool = True) -> list[str]:
    """Voices to list by name: named people first and alone when there are any (judged blind: "the
    views of Democrats" when one senator was the only voice); never a family's plural beside its
    member ("Khizr Khan and Khans"), never a surname alone beside the full name."""
    people = [v for v in voices if len(v.split()) >= 2 and v[:1].isupper() and not v.lower().startswith("the ")]
    surnames = {v.split()[-1].lower() for v in people}
    out: list[str] = []
    for v in (people if people and people_only else voices):
        low = re.sub(r"^the\s+", "", v.lower())
        if v not in people and (low in surnames or low.rstrip("s") in surnames or low[:-2] in surnames):
            continue
        if any(o != v and _one_person(v, o) for o in out):
            continue
        out.append(v)
    return out


_ACCUSING = re.compile(_ACCUSED_CUE.pattern + r"|\b(?:bias\w*|suspend\w*|caught|conspir\w*|violat\w*|"
                       r"derid\w*|slam\w*)\b", re.I)
_REPLY = re.compile(r"\b(?:den(?:y|ies|ied)|respond\w*|repl(?:y|ies|ied)|defend\w*|reject\w*|disput\w*|"
                    r"apologi[sz]\w*|statement)\b", re.I)


_WRITTEN = re.compile(r"\b(?:wrote|writes|written|tweet\w*|posted|posts|e-?mails?|emailed|texts?|texted|"
                      r"messages?|memos?)\b", re.I)


def _sentence_text(ctx: Context, a: Attribution) -> str:
    at = a.cue_span.start if a.cue_span is not None else a.content_spans[0].start if a.content_spans else -1
    sent = sentence_at(ctx.analysis, at) if at >= 0 else None
    # the paragraph before sets the scene ("After posting the tweets …" / '"She was great," she said')
    before = ctx.article.paragraph(a.paragraph - 1).text if a.paragraph > 1 else ""
    return f"{a.cue} {sent.span.text if sent else ''} {before}"


def _accused_heard(ctx: Context, voices: list[str]) -> list[tuple[str, int]]:
    """A person the article quotes but also accuses or criticises, in two or more of its own
    sentences (outside quotations, not the person's own claims), with no reply of theirs reported."""
    text = ctx.article.text
    out = []
    for v in voices:
        if len(v.split()) < 2 or not v[:1].isupper():
            continue
        own = [a for a in ctx.analysis.attributions if a.source and a.source_kind == "person"
               and (same_entity(a.source, v) or _near_same(a.source, v))]
        if not own or any(_REPLY.search(f"{a.cue} {a.content}") for a in own):
            continue
        # heard only through written words the article uses as evidence (emails, tweets), never
        # interviewed: someone who "said" may have answered the charge (judged on dev set G)
        if not all(_WRITTEN.search(_sentence_text(ctx, a)) for a in own):
            continue
        surname = v.split()[-1]
        claims = [(s.start, s.end) for a in own for s in a.content_spans]
        hits = []
        for sent in ctx.analysis.sentences:
            st = sent.span.text
            if not _ACCUSING.search(st):
                continue
            for m in re.finditer(rf"\b{re.escape(surname)}\b", st):
                at = sent.span.start + m.start()
                if in_quotation(ctx.article, at) or any(a <= at < b for a, b in claims):
                    continue
                # the target, never the accuser: "X was suspended", "accused X", "criticism of X"
                passive = re.match(rf"\s+(?:was|were|is|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                                   rf"(?:{_ACCUSING.pattern})", st[m.end():], re.I)
                active = re.search(rf"(?:{_ACCUSING.pattern})\s+(?:of\s+|against\s+|on\s+)?"
                                   rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}$", st[:m.start()], re.I)
                if passive or active:
                    hits.append(sent.paragraph)
                    break
        if hits and len(re.findall(rf"\b{re.escape(surname)}\b", text)) >= 3:
            out.append((v, hits[0]))  # named three times or more: someone the article is about
    return out[:1]


def trust_source(ctx: Context) -> Item | None:
    counts: dict[str, int] = {}
    for a in ctx.analysis.attributions:
        counts[a.source] = counts.get(a.source, 0) + 1
    ranked = sorted(ctx.analysis.attributions,
                    key=lambda a: (a.source_kind != "person", -counts[a.source], not a.direct, a.paragraph))
    for a in ranked:
        if not named(a) or len(a.content.split()) < 5 or not usable(a) or claim_text(a) is None:
            continue  # "who show no interest …", "every time you say that …": no claim to weigh
        sup = attribution_support(ctx.article, a)
        if sup is None:
            continue
        if mixed_content(ctx, a) or dangling_pronoun(a):
            continue  # the claim must be exactly the source's words, its subject clear
        claim = _whole_claim(ctx, a)
        if claim is None or not _stake(ctx, a):
            continue
        bearing = _bearing(ctx, a, claim)
        if not bearing:
            continue  # nothing in the article to weigh the claim against
        label = source_label(a)
        # direct speech in quotation marks; indirect speech as "says that …", never quoted
        said = f"says: “{inner_quotes(claim.rstrip(',;:'))}”" if a.direct else f"says that {claim.rstrip('.')}."
        stem = (f"In ¶{a.paragraph}, {label} {said} Why might {label} want readers to believe "
                "this? Does the article give other evidence for or against it? Use details from the text.")
        where = _join([f"¶{n}" for n in bearing[:2]])
        model = (f"A strong answer states {label}'s claim, names the interest {label} may have in it given the "
                 f"role the article gives them, and weighs it against other material in the article (for "
                 f"example {where}) that supports or challenges it.")
        return make_item(
            SKILL, "open_response", stem, [], [model], f"{cite(sup)}.", [sup], difficulty="hard", points=3,
            rubric=rubric(
                "Explains the source's possible interest and weighs the claim against other evidence, citing ¶s.",
                "Names a possible interest or other evidence, but not both, or without citing the text.",
                "Restates the claim without evaluating it.",
            ),
        )
    return None


def generate(ctx: Context) -> list[Item]:
    """Perspective candidates (open response only)."""
    if not ctx.allows("open_response"):
        return []
    # one perspective open response per lesson at most: the missing voice first
    return [it for it in (missing_voice(ctx), trust_source(ctx)) if it][:1]
