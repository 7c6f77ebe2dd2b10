"""Perspective: whose voice is missing, and how far to trust a source (open responses with rubrics)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from quizgen.generate.attribution import claim_like, claim_text, dangling_pronoun, mixed_content, name_between, usable
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
        if label and not any(same_entity(label, s) or _near_same(label, s) for s in seen):
            seen.append(label)
    return seen


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


def _unheard(ctx: Context, voices: list[str]) -> list[tuple[str, int]]:
    """Groups the article mentions but never quotes ("Xinjiang residents", ¶5): the most often
    mentioned first, at most two."""
    heard = " ".join(v.lower() for v in voices) + " " + " ".join(
        f"{a.source} {a.source_text}".lower() for a in ctx.analysis.attributions)
    first: dict[str, tuple[str, int]] = {}  # group -> (label, paragraph) of its first mention
    count: dict[str, int] = {}
    argued = _arguing_groups(ctx)
    roles = _speaker_roles(ctx)
    dead = _dead_groups(ctx)
    for sent in ctx.analysis.sentences:
        text = sent.span.text
        for m in _AFFECTED_RE.finditer(text.lower()):
            group = m.group(1)
            if group in argued:
                continue  # "the farmers suing argue that …": their case is reported, quoted or not
            if in_quotation(ctx.article, sent.span.start + m.start()):
                continue  # "disobedient to parents" in a quoted Bible verse is no party to the story
            if group in heard or group.rstrip("s") in heard.split():
                continue
            if group in dead or _member_speaks(group, roles):
                continue  # the dead cannot speak; "players" when a player is quoted are heard
            count[group] = count.get(group, 0) + 1
            if group in first:
                continue
            prefix_words: list[str] = []  # the capitalised words right before the group ("Xinjiang residents")
            for w in reversed(text[:m.start()].split()[-2:]):
                if not (w[:1].isupper() and w.isalpha() and w.lower() not in _NOT_NAMES):
                    break
                prefix_words.insert(0, w)
            prefix = " ".join(prefix_words)
            first[group] = ((prefix + " " if prefix else "") + group, sent.paragraph)
    ranked = sorted(first, key=lambda g: (-count[g], first[g][1], g))
    # a second example only when the article is plainly about it too: named twice, or early on
    # (not "their students" in the last paragraph's aside)
    early = max(4, len(ctx.article.paragraphs) // 2)
    return [first[g] for k, g in enumerate(ranked[:2]) if k == 0 or count[g] >= 2 or first[g][1] <= early]


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
    return " ".join(words).lower()


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


def _accused(ctx: Context) -> list[tuple[str, int]]:
    """An organisation the article accuses or criticises and never hears ("the Acme Company was
    fined …" with no claim from Acme): named by spaCy as an organisation twice or more, in a
    sentence of accusation outside any quotation, and sharing no name word with any source."""
    spoken = [f"{a.source} {a.source_text}" for a in ctx.analysis.attributions]
    roles = _speaker_roles(ctx)
    mentions: dict[str, list[int]] = {}
    for e in ctx.analysis.entities:
        if e.label == "ORG" and len(e.text) > 3 and e.text[:1].isupper():
            mentions.setdefault(e.text, []).append(e.span.start)
    out = []
    for name, starts in sorted(mentions.items(), key=lambda kv: kv[1][0]):
        if len(starts) < 2 or any(same_entity(name, s) for s in spoken):
            continue
        if any(len(w) > 3 and w[:1].isupper() and w.lower() in roles.split() for w in name.split()):
            continue  # "the Democratic Party" when "a Democratic senator" speaks: its members are heard
        for start in starts:
            sent = sentence_at(ctx.analysis, start)
            if sent and _ACCUSED_CUE.search(sent.span.text) and not in_quotation(ctx.article, start):
                words = name.split()
                label = "the " + name if words[-1].lower() in _INSTITUTIONS | _FIRM_HEADS else name
                out.append((label, sent.paragraph))
                break
    return out[:1]


_FIRM_HEADS = frozenset("company corporation firm group bank club school hospital airline network".split())


_NOT_NAMES = frozenset("the a an and but of in on for some many most all few several two three four five six seven "
                       "eight nine ten dozens hundreds thousands millions these those other such".split())


def _join(names: list[str], word: str = "and") -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1]


MAX_LISTED = 6


_OPINION = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)\b")
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


def _argued_about(ctx: Context) -> list[tuple[str, int]]:
    """People a column argues about or against: named twice or more, never a source of a claim."""
    spoken = [f"{a.source} {a.source_text}" for a in ctx.analysis.attributions if a.source]
    seen: dict[str, list[int]] = {}
    for e in ctx.analysis.entities:
        if e.label == "PERSON" and len(e.text.split()) >= 1 and e.text[:1].isupper():
            seen.setdefault(e.text.split()[-1], []).append(e.span.start)
    out = []
    for surname, starts in sorted(seen.items(), key=lambda kv: kv[1][0]):
        if len(starts) < 2 or any(surname in name_tokens_text(s) for s in spoken):
            continue
        full = max((e.text for e in ctx.analysis.entities if e.label == "PERSON" and e.text.split()[-1] == surname),
                   key=len)
        par = next((p.number for p in ctx.article.paragraphs if p.start <= starts[0] < p.end), 1)
        out.append((full, par))
    return out[:2]


def name_tokens_text(text: str) -> set[str]:
    return set(re.findall(r"[A-Z][\w'’-]+", text))


def heard(ctx: Context, a: Attribution) -> bool:
    """A voice heard: a confident source with an attributed claim (not a reporter's inference, not
    a relative clause such as "which describes large swaths of the population")."""
    if not voice_label(ctx, a) or not claim_like(a):
        return False  # "which describes large swaths of the population" is no one's claim
    return not re.match(r"(?:which|who|whom|that)\b", a.source_text or "", re.I)


def missing_voice(ctx: Context) -> Item | None:
    voices = _voices(ctx)
    atts = [a for a in ctx.analysis.attributions if heard(ctx, a)]
    if not voices or not atts:
        return None
    sups = [s for s in (attribution_support(ctx.article, a) for a in atts[:2]) if s]
    if not sups:
        return None
    if opinion_piece(ctx):
        # a column or a letter: "someone directly affected" is no help; the people the writer argues
        # about or against, named and never heard, or no item
        unheard = _argued_about(ctx)
        if not unheard:
            return None
    else:
        unheard = (_accused(ctx) + _unheard(ctx, voices))[:2]
    # The stem lists no voices: judged blind, a list drawn from the ledger named people who never
    # speak ("a top adviser for President Obama") and left out others, and the rubric then graded
    # against that wrong list. Students find the voices; the rubric credits any defensible answer.
    stem = ("Whose voice is missing from this article? Name one person or group with a stake in the story "
            "whose views the article does not report, and explain what their account could add.")
    if unheard:
        examples = _join([f"{g} (¶{p})" for g, p in unheard], "or")
        model = (f"Answers vary. For example, {examples}: the article mentions them but never reports "
                 "what they say, and they could give a first-hand account or the other side of the story.")
    else:
        model = ("Answers vary. A strong answer names someone directly affected by the events whose views the "
                 "article does not report, and explains what first-hand knowledge or other side of the story "
                 "they could give.")
    explanation = "Voices the article reports include " + "; ".join(cite(s, 12) for s in sups) + "."
    return make_item(
        SKILL, "open_response", stem, [], [model], explanation, sups, difficulty="hard", points=3,
        rubric=rubric(
            "Names any person or group with a stake in the story whose views the article does not report, and "
            "explains, citing a ¶, what their account would add.",
            "Names a defensible missing voice, but the explanation is thin or not tied to the text.",
            "Names someone whose words the article already reports (check its quotations and "
            "\"said\" sentences), or gives no reason.",
        ),
    )


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
        label = source_label(a)
        content = unquote(a.content)
        claim = content if len(content) <= 140 else content[:140].rsplit(" ", 1)[0] + "…"
        # direct speech in quotation marks; indirect speech as "says that …", never quoted
        indirect = re.sub(r"^that\s+", "", claim).rstrip(".")
        said = f"says: “{inner_quotes(claim)}”" if a.direct else f"says that {indirect}."
        stem = (f"In ¶{a.paragraph}, {label} {said} Why might {label} want readers to believe "
                "this? Does the article give other evidence for or against it? Use details from the text.")
        model = (f"A strong answer states {label}'s claim, names an interest {label} may have in it, and "
                 "points to evidence elsewhere in the article that supports or challenges it.")
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
