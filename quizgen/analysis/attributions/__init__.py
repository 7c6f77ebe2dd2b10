"""The claim ledger: who claims what, in every common reporting form.

In the spirit of published quotation extractors (a cue-verb lexicon, quotation pairing,
dependency patterns, an entity registry for coreference). The package's modules:

- ``candidate``: the per-paragraph :class:`Candidate` claim and span trimming;
- ``syntax``: dependency helpers (clauses, subjects, source phrases, cues and their contents);
- ``resolve``: source resolution, a source phrase to (canonical, kind), by small ordered rules;
- ``passes``: the extraction passes (cue verbs, "according to", impersonal claims, quotations);
- ``merge``: relays, nested cues, quotations taken whole, and the Attribution records.

Word lists live in :mod:`quizgen.analysis.lexicon`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.analysis.attributions.candidate import Candidate, trim
from quizgen.analysis.attributions.impressions import impressions
from quizgen.analysis.attributions.merge import (
    apply_quotes,
    cut_narrated_tail,
    drop_nested_same_source,
    drop_reported_inside,
    fold_participles,
    fold_relays,
    quoting_another,
    split_around_cue,
    to_attribution,
    unsure_when_cut,
)
from quizgen.analysis.attributions.passes import (
    BROAD,
    Speaker,
    according_to,
    colon_speaker,
    data_says,
    endorses_a_name,
    from_cue,
    headline_says,
    impersonal,
    made_clear,
    nominal,
    open_question,
    orphan_quotes,
    recalled_speech,
    signed_quote,
    speaker_turn,
    stance_adjective,
    unowned_view,
)
from quizgen.analysis.attributions.resolve import Resolution, Resolver, name_shaped, title_cased
from quizgen.analysis.attributions.stance import stance_claim
from quizgen.analysis.attributions.syntax import in_quote, is_cue
from quizgen.analysis.parsed import ParsedParagraph, ents_of, sent_of, span_text, token_pos, tokens
from quizgen.analysis.quotes import Quote, find_quotes
from quizgen.model import CONFIDENT, UNSURE, Article, Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

HEADLINE = 0.5  # a headline's claim: short, title-cased, often the writer's summary of someone's view

__all__ = ["find_attributions"]


def find_attributions(article: Article, parsed: list[ParsedParagraph],
                      title: ParsedParagraph | None = None) -> list[Attribution]:
    """Every attribution in the article's body, in reading order; the headline's (paragraph 0, read
    last so that its names resolve to those of the body, and never sure claims) come first."""
    resolver = Resolver(article, parsed)
    result: list[Attribution] = []
    prev_source: Speaker | None = None  # the last speaker, for a quotation continued next paragraph
    prev_unclosed = False
    prev_quoted = False  # the previous paragraph held prev_source's own quotation (or announced one)
    # where the last speaker was last written ("Berg" in "Berg said ..."), for a quotation that goes on with it
    mention: tuple[str, Span, str] | None = None
    # the speaker a paragraph announces ("Ward stated:"), and how to give the next quotation its source
    announced: tuple[Speaker, Callable[[Attribution], Attribution]] | None = None
    for pp in parsed:
        cands = paragraph_candidates(pp, resolver, prev_source, prev_unclosed, prev_quoted)
        block = _block_quotation(pp, cands) if announced is not None else None
        if block is not None:
            # 'Limbaugh added:' and then a paragraph set off with no quotation marks: his words, listed unsure
            # (a block quotation looks like the writer's own paragraph)
            assert announced is not None
            result.append(announced[1](to_attribution(pp, block)))
            announced = None
        # who last spoke, for the quotations that follow with no speaker: not the owner of a stance or a plan
        # (a broad shape, "for his stance on immigrants"), who says nothing (judged on tuning news: a PAC
        # chairman's quotation, her name glued to its closing mark, was given to the man the ad attacks)
        named = [c for c in cands if c.source and not c.listed_only and (c.direct or c.claim_confidence >= CONFIDENT)]
        directs = [c for c in named if c.direct]
        last = (directs or named)[-1] if named else None
        for c in cands:
            if c.continues and announced is not None and c.source == announced[0].canonical:
                # 'Ward stated:' in the paragraph before: its source and cue are this quotation's
                result.append(announced[1](to_attribution(pp, c)))
                announced = None
            elif c.continues and c.src is None and mention is not None and mention[0] == c.source:
                # a quotation going on from the paragraph before: its source is written where it was last named
                result.append(replace(to_attribution(pp, c), source_span=mention[1], source_text=mention[2]))
            else:
                result.append(to_attribution(pp, c))
        if last is not None:
            prev_source = Resolution(last.source, last.kind, last.src_text, last.source_confidence,
                                     last.kind_confidence)
            if last.src is not None:
                mention = (last.source, pp.span(*last.src), last.src_text)
        prev_quoted = prev_source is not None and any(c.direct and c.source == prev_source.canonical for c in cands)
        announced = None
        colon = colon_speaker(pp, cands, resolver)
        if colon is not None:
            prev_source = colon[0]
            prev_quoted = True
            announced = (colon[0], _announced_by(pp, *colon))
        quotes = find_quotes(pp.text)
        prev_unclosed = bool(quotes and quotes[-1].unclosed)
    if title is not None:
        # a title-cased headline is read in sentence case (the tagger takes each capitalised word for a name)
        # (made anew, not replaced: a LaterHeadline is built from its pipeline, not from a Doc)
        read = title if title.ledger_doc is None else ParsedParagraph(
            title.number, title.start, title.text, title.ledger_doc, title.article_text, title.ledger_doc)
        heads = [replace(c, claim_confidence=min(c.claim_confidence, HEADLINE))
                 for c in headline_says(title, resolver) + paragraph_candidates(read, resolver, None, False)]
        heads = [c for i, c in enumerate(heads) if not any(_overlaps(c, o) for o in heads[:i])]
        result[:0] = [to_attribution(title, c) for c in sorted(heads, key=lambda c: c.content[0][0])]
    return letters_are_the_writers(unsure_of_possessors(
        unsure_of_shared_surnames(one_kind_per_source(result), parsed, resolver.sure_titles)))


def _verb_read_as_noun(tok: Token) -> bool:
    """"Leaked documents from his tax return show he took a loss": "show" tagged a noun, yet the parse gives it
    a subject and a clause of its own, as a verb has."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) and \
        any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


BLOCK_QUOTE_WORDS = 150  # a paragraph after "X added:" longer than this is the writer's again


def _block_quotation(pp: ParsedParagraph, cands: list[Candidate]) -> Candidate | None:
    """The paragraph after one that announces a speaker ("The governor added:"), when it holds no quotation
    mark and no claim of anyone named: the announced words, set off as a block (see :func:`find_attributions`)."""
    text = pp.text
    if any(ch in text for ch in '"“”') or "''" in text or any(c.source and c.cue_span for c in cands):
        return None
    a, b = trim(text, 0, len(text))
    if b <= a or len(text[a:b].split()) > BLOCK_QUOTE_WORDS:
        return None
    return Candidate(src=None, src_text="", source="", kind="none", cue="", cue_span=None, content=[(a, b)],
                     claim_confidence=BLOCK_QUOTE)


BLOCK_QUOTE = 0.5  # how sure a block quotation is the announced speaker's words (never quizzed)


def _announced_by(pp: ParsedParagraph, who: Speaker, src: tuple[int, int], cue: tuple[int, int]
                  ) -> Callable[[Attribution], Attribution]:
    def give(a: Attribution) -> Attribution:
        return replace(a, source=who.canonical, source_text=pp.text[src[0]:src[1]], source_span=pp.span(*src),
                       source_kind=who.kind, cue=pp.text[cue[0]:cue[1]], cue_span=pp.span(*cue),
                       source_confidence=round(who.confidence, 2), kind_confidence=round(who.kind_confidence, 2))
    return give


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a.content for y0, y1 in b.content)


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "president", "senator"}


# a member named inside the source's words ("Democrats -- including Clinton", "critics, among them Sanders")
_MEMBER_NAMED = re.compile(r"\b(?:including|among\s+them|such\s+as)\b", re.I)


def unsure_of_possessors(attributions: list[Attribution]) -> list[Attribution]:
    """A person named in the source's words only as an owner ("one of Carson's advisers", "Carson's"), or as one member
    of a group ("Democrats -- including Clinton"), is not surely the one speaking: the ledger keeps its guess but is no
    longer sure of it (judged blind, T19: "quoted one of Carson's advisers as saying …" keyed "attributed to a named
    source", Carson; T28)."""
    out = []
    for a in attributions:
        surname = a.source.split()[-1] if a.source_kind == "person" and a.source.split() else ""
        if surname[:1].isupper() and a.source_confidence > UNSURE:
            mentions = re.findall(rf"(?<![\w-]){re.escape(surname)}(?![\w-])(['’]s?)?", a.source_text)
            if mentions and all(m for m in mentions):
                a = replace(a, source_confidence=UNSURE, kind_confidence=min(a.kind_confidence, UNSURE))
            elif mentions and _MEMBER_NAMED.search(a.source_text.split(surname)[0]):
                # judged blind (T28): "Democrats -- including Clinton -- accused Trump of …": the group's claim, the
                # person one of its members; a true/false giving it to another Democrat was defensible either way
                a = replace(a, source_confidence=UNSURE)
        out.append(a)
    return out


def unsure_of_shared_surnames(attributions: list[Attribution], parsed: Sequence[ParsedParagraph] = (),
                              sure_titles: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset()
                              ) -> list[Attribution]:
    """When two speakers share a surname ("Donald Trump", "Ivanka Trump"), a claim written with the bare
    surname ("Trump said") may be either's: the ledger keeps its guess but is no longer sure of it.

    So too when the bare surname was given the full name of someone the article introduces after another
    person of that surname: "Carly Fiorina" opens the story (the tagger read her as an organisation),
    "her husband, Frank Fiorina" comes in ¶24, and "Fiorina said" was credited to Frank (judged blind, J9)."""
    by_surname: dict[str, set[str]] = {}
    for a in attributions:
        # only a name bears a surname: not "his meeting with Sanders", a phrase the parse took for a speaker
        if a.source_kind == "person" and len(a.source.split()) >= 2 and name_shaped(a.source) and \
                a.source.split()[0].lower().rstrip(".") not in _TITLES:  # "President Obama" is no full name
            by_surname.setdefault(a.source.split()[-1].lower(), set()).add(a.source)
    people = {k: _people_of(names) for k, names in by_surname.items()}
    shared = {k for k, who in people.items() if len(who) >= 2}
    # "Billionaire Donald Trump" where "Donald Trump" speaks too: the name alone
    shorter = {n: p for k, names in by_surname.items() for p in people[k] for n in names - people[k]
               if n.split()[-len(p.split()):] == p.split()}
    first = _first_full_names(parsed)
    out = []
    for a in attributions:
        if a.source in shorter:
            a = replace(a, source=shorter[a.source])
        written = [w for w in a.source_text.replace(".", "").split() if w.lower() not in _TITLES]
        if a.source_kind == "person" and len(written) == 1:
            surname = written[0].lower()
            parts = a.source.split()
            # a title before the surname ("Mr. Bush", "President Obama") is the paper's own way of telling
            # its people apart: the rule is for a surname written bare
            titled = len(a.source_text.split()) > 1 or (parts and parts[0].lower().rstrip(".") in _TITLES)
            given = parts[0] if len(parts) >= 2 and not titled else ""
            earlier = first.get(surname)
            by_title = (a.source_text, a.source) in sure_titles  # "Mrs. Clinton" beside Bill: the title tells
            # ("Billionaire Nora Hale" after "Nora Hale": her given name is among the words before the surname)
            if surname in shared and not by_title or (earlier is not None and given and earlier not in parts[:-1]):
                a = replace(a, source_confidence=min(a.source_confidence, UNSURE))
        out.append(a)
    return out


def _people_of(names: set[str]) -> set[str]:
    """The names less those that are another of them with words before it: "Billionaire Donald Trump" (a
    description the tagger took into the name) is "Donald Trump", one person, not a second Trump. Only a
    shorter name all of capitalised words counts ("de Blasio" is no name of "Bill de Blasio" but its end)."""
    lists = [n.split() for n in names]
    return {n for n, words in zip(names, lists, strict=True)
            if not any(len(other) >= 2 and len(other) < len(words) and words[-len(other):] == other and
                       all(w[:1].isupper() for w in other) for other in lists)}


_FIRST_FULL_NAMES_RE = re.compile(r"['’]s$")


def _first_full_names(parsed: Sequence[ParsedParagraph]) -> dict[str, str]:
    """For each surname, the given name of the first "Given Surname" the tagger found (as a person or an
    organisation: taggers read some people as organisations), in reading order."""
    first: dict[str, str] = {}
    for pp in parsed:
        for ent in ents_of(pp.doc):
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            words = _FIRST_FULL_NAMES_RE.sub("", span_text(ent).strip()).split()
            if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
                continue
            if words[0].lower() in _TITLES:
                continue
            first.setdefault(words[1].lower(), words[0])
    return first


# a quotation opening on a salutation ("Dear Jack, ..."): a letter, a telegram, a note, the writer's words
_SALUTATION = re.compile(r"^\W*(?:My\s+)?Dear(?:est)?\s+(?!(?:God|Lord|me|heavens?)\b)([^,:;!?\n\"“”]{1,40})[,:]")
# the cue that names the writer as the source: "his father wired, 'Dear Jack, ...'"
_WRITING_CUE = re.compile(r"\b(?:wr[io]te|writ(?:es|ing|ten)|wired?|wires|wiring|cabled?|texted|e-?mailed|"
                          r"messaged|penned|signed|sent|tweeted|posted)\b", re.I)


def letters_are_the_writers(attributions: list[Attribution]) -> list[Attribution]:
    """A quotation opening "Dear Jack, ..." is a letter's (a telegram's, a note's): its writer's words, not
    its addressee's nor those of whoever tells of it ("Kennedy told of his father who wired, 'Dear Jack,
    ...'", judged blind, J7). Kept only when the cue is the writing ("wrote", "wired") by a source other than
    the one addressed; otherwise the ledger is unsure of who the source is."""
    out = []
    for a in attributions:
        m = _SALUTATION.match(a.content)
        if m and a.source:
            addressed = {w.lower().strip(".") for w in m.group(1).split()} - {"mr", "mrs", "ms", "dr", "miss"}
            named = {w.lower().strip(".") for w in a.source.split()}
            if not _WRITING_CUE.search(a.cue) or addressed & named:
                a = replace(a, source_confidence=min(a.source_confidence, UNSURE - 0.1))
        out.append(a)
    return out


# what names a work right before its quoted title: "In his 2002 book, 'Make Your Kid a Millionaire,'", "a film
# titled 'Roads'", "her column, 'Notes From the Hall'"
_WORK_BEFORE = re.compile(r"\b(?:book|books|novel|memoir|biography|film|movie|documentary|show|series|song|album|"
                          r"play|poem|column|essay|article|op-ed|report|paper|blog|podcast|headline|titled|"
                          r"entitled|called|named|dubbed|headlined)\W*$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z](?:['’]s|s['’])\s*$")
_TITLE_WORDS = 12  # a title is short ...
# ... and its words capitalised but for these
_TITLE_SMALL = frozenset("a an the of and or in on at to for from by with as is it vs".split())
_WORK_WORDS = frozenset("in his her their its the a an new latest first last book books novel memoir biography film "
                        "movie documentary show series song album play poem column essay article op-ed report paper "
                        "blog podcast headline titled entitled called named dubbed headlined".split())


_QUOTED_TITLE_RE = re.compile(r"[A-Za-z][\w'’-]*")


def quoted_title(text: str, q: Quote) -> bool:
    """Is the quotation a work's title ("In his 2002 book, 'Make Your Kid a Millionaire,' ..."): short,
    title-cased, right after a word naming a work or its title?"""
    words = _QUOTED_TITLE_RE.findall(text[q.start:q.end])
    if not words or len(words) > _TITLE_WORDS or not words[0][:1].isupper():
        return False
    if any(w[:1].islower() and w.lower() not in _TITLE_SMALL for w in words):
        return False
    before = text[max(0, q.open_start - 30):q.open_start]
    # "with CNN's 'The Lead with Jake Tapper,'": a title-cased name right after its owner's possessive (judged
    # blind, J11: the show's name was asked as Trump's words)
    return bool(_WORK_BEFORE.search(before) or _POSSESSIVE_BEFORE.search(before))


def only_a_title(c: Candidate, text: str, titles: list[Quote]) -> bool:
    """Is the claim's content no more than a work's title (and the words naming the work before it)? A title
    is no one's words: the book's author did not "say" it (judged blind, J7)."""
    if not c.content or not any(a < q.end and q.start < b for a, b in c.content for q in titles):
        return False
    rest = " ".join("".join(" " if any(q.start <= i < q.end for q in titles) else text[i] for i in range(a, b))
                    for a, b in c.content)
    return all(w.lower() in _WORK_WORDS or w.isdigit() for w in re.findall(r"[A-Za-z0-9][\w'’-]*", rest))


def one_kind_per_source(attributions: list[Attribution]) -> list[Attribution]:
    """A source is one kind everywhere in the article: the kind its surest mention gave it."""
    best: dict[str, Attribution] = {}
    for a in attributions:
        if a.source and (a.source not in best or a.kind_confidence > best[a.source].kind_confidence):
            best[a.source] = a
    return [replace(a, source_kind=best[a.source].source_kind, kind_confidence=best[a.source].kind_confidence)
            if a.source and best[a.source].source_kind != a.source_kind else a for a in attributions]


_CUE_POS = frozenset({"VERB", "AUX", "NOUN"})  # the parts of speech a cue word (or a broad verb) has


def paragraph_candidates(
    pp: ParsedParagraph,
    resolver: Resolver,
    prev_source: Speaker | None,
    prev_unclosed: bool,
    prev_quoted: bool = True,
) -> list[Candidate]:
    """One paragraph's claims, sorted by where their content starts (``prev_quoted``: the paragraph before
    held ``prev_source``'s own quotation, see :func:`orphan_quotes`)."""
    doc, text = pp.doc, pp.text
    quotes = find_quotes(text)
    by_cue: dict[int, Candidate] = {}
    broad: dict[int, Candidate] = {}
    toks = tokens(doc)
    # only a cue (:func:`is_cue`) or a verb is read below: the other tokens are never looked at
    for k in [k for k, pos in enumerate(token_pos(doc)) if pos in _CUE_POS]:
        cue = toks[k]
        if quotes and in_quote(quotes, cue.idx):
            continue
        cand = from_cue(cue, text, quotes, resolver) if is_cue(cue) else None
        if cand is not None:
            by_cue[cue.i] = cand
        elif cue.pos_ == "VERB" or _verb_read_as_noun(cue):
            cand = from_cue(cue, text, quotes, resolver, broad=True)  # a stance, a plan, a topic: unsure
            if cand is None:
                cand = data_says(cue, text, resolver)  # "a poll shows ...": unsure, it is evidence too
            if cand is None:
                cand = stance_claim(cue, text, quotes, resolver)  # "applauded the ruling": unsure
            if cand is not None:
                broad[cue.i] = cand
    fold_relays(doc, by_cue)
    fold_participles(doc, text, by_cue)
    by_cue.update((i, c) for i, c in broad.items() if i not in by_cue)
    cands = [by_cue[i] for i in sorted(by_cue)]
    cands.extend(according_to(doc, text, quotes, resolver))
    turn = speaker_turn(doc, text, resolver)
    # a turn is not one when the paragraph speaks of its speaker ("Bernie Sanders: Credit scores ...
    # Senator Bernie Sanders calls for ..." is a section heading over the writer's own text)
    colon = turn[0].cue_span[0] if turn and turn[0].cue_span else 0
    if turn and not any((c.src and c.src[0] < colon) or c.source == turn[0].source for c in cands if c.cue_span):
        cands.extend(turn)  # "Bill Clinton: Hillary thinks ...": the turn, and Hillary's view inside it
    cands.extend(signed_quote(doc, text))
    cands.extend(nominal(doc, text, quotes, resolver, cands))
    cands.extend(made_clear(doc, text, quotes, resolver, cands))  # "made it clear that ..."
    cands.extend(impersonal(doc, text, cands))
    cands.extend(stance_adjective(doc, text, quotes, resolver, cands))  # "is confident that ...": unsure
    cands.extend(unowned_view(doc, text, quotes, cands))
    cands.extend(open_question(doc, text, quotes, cands))  # "it is unclear whether ...": unsure
    cands = drop_nested_same_source(cands)
    # a broad shape inside another claim's content ("X said she plans to ...") is part of that claim; a saying
    # still to come inside it ("says Reyes will announce plans ...") stays listed, unsure
    cands = [c for c in cands if c.claim_confidence >= 1.0 or c.to_come or c.muted or not c.cue_span or c.listed_only or
             not any(o is not c and a <= c.cue_span[0] < b for o in cands for a, b in o.content)]
    cands = drop_reported_inside(doc, cands)
    apply_quotes(cands, text, quotes)
    for c in cands:
        split_around_cue(c, text, quotes, cands)
    cands = recalled_speech(doc, text, cands, resolver)  # "X recalled Y telling him, '…'": Y's words
    cands.extend(orphan_quotes(doc, text, quotes, cands, resolver, prev_source, prev_unclosed, prev_quoted))
    cands.extend(impressions(doc, text, quotes, cands, resolver))  # unsure, after every other pass
    titles = [q for q in quotes if quoted_title(text, q)]
    if titles:
        cands = [c for c in cands if not only_a_title(c, text, titles)]
    cut_narrated_tail(cands, text)
    quoting_another(cands, text)
    unsure_when_cut(cands, text)
    for c in cands:
        if c.claim_confidence >= 1.0 and endorses_a_name(c, doc):
            c.claim_confidence = BROAD  # "who endorses Vance": an act, listed unsure
        if 0 <= c.cue_i < len(doc) and title_cased(sent_of(tokens(doc)[c.cue_i])):
            # "— Related: Senator Lane Says SkyJet Crash Seems Like An 'Act Of Sabotage'": a linked headline in
            # the body, a summary by some other writer, like the article's own headline never a sure claim
            c.claim_confidence = min(c.claim_confidence, HEADLINE)
    cands.sort(key=lambda c: (c.content[0][0] if c.content else 0))
    return cands
