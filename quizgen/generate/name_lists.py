"""Key details on a list of people: "Choose all that apply" over the names a sentence joins.

"Donald Trump on Friday endorsed the re-election of House Speaker Paul Ryan (R-Wis.), Sen. John McCain
(R-Ariz.), and Sen. Kelly Ayotte (R-N.H.)" asks, as a gap, for all three at once: the name gaps of
:mod:`quizgen.generate.key_detail` never ask one name of a pair or list (what the sentence says of one it
says of the others, so a single gap has more than one right answer), so such sentences give no item.
Here every name of the list is keyed, and the wrong options are other people of the article that no
sentence near it (its paragraph, or one saying the same thing) names: the key is the sentence's own
words, whole.
"""
from __future__ import annotations

import re

from quizgen.generate.base import Context, cite, in_quotation, make_item, name_re, norm, support_span
from quizgen.generate.distractors import clean_person_option, looks_like_person, not_a_person, person_name_in_article
from quizgen.generate.key_detail import (
    SKILL,
    _entity_pool,
    _gap_stem,
    _nickname,
    _private_person,
    boilerplate,
    comments_page,
    cut_sentence,
    first_person,
    garbled,
    no_clause,
)
from quizgen.model import Entity, Item, Sentence

MAX_LISTED = 3  # a longer roll call is rote memory, not a detail of the story (judged blind on name gaps)
MAX_WORDS = 45  # a sentence a stem shows whole
# what joins two names of one list: a comma or "and" (never "or": "Ryan or McCain" keys neither), with a
# party tag after the name before it ("(R-Wis.)") and up to three title words before the next ("Sen.",
# "House Speaker", "former Gov.")
_LINK = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,|,?\s+and)\s+(?:(?:former|[A-Z][\w.]*)\s+){0,3}")
_PARTY_TAG = re.compile(r"\s*\([^()]{1,20}\)")
# title words before the first name, taken into the gap ("of House Speaker ______" would leave Ryan's office
# in the stem, a clue to one of the keyed names)
_TITLE_RUN = re.compile(r"(?:(?:former|[A-Z][\w.]*)\s+){1,3}$")
# a list of examples or a part of a group: others fit as well ("candidates, including ______", "______, among
# others,"), or a contrast of "between" two
_OPEN_BEFORE = re.compile(r"\b(?:including|such as|like|among them|among|between|e\.g\.|along with|except|besides|"
                          r"other than|beyond|unlike|both)\s*$", re.I)
_OPEN_AFTER = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:among others|and others|and other|or other|et al|"
                         r"for example|for instance|to name)\b", re.I)
# the list denied ("______ did not …"), speaking ("______ said": who spoke is an attribution item's question)
# or in a comparison ("more than ______")
_NOT_AFTER = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:\w+\s+){0,2}?(?:not|never|n['’]t|no longer|"
                        r"said|say|says|told|added|wrote|argued|insisted|noted|tweeted|asked|replied|responded|"
                        r"stated|explained)\b", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:than|as|versus|vs\.?|against|nor|neither|either|whether)\s*$", re.I)
_PRONOUN_IN = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)
# what the sentence says may hold of others too ("Trump also attacked ______ during the rant": judged blind on
# name gaps, the rant's main target is as right), or sets two against each other ("between ______")
_SHARED = re.compile(r"\b(?:also|too|as well|likewise|similarly|again|other|others|another|between|each other|"
                     r"one another)\b", re.I)
# the words before the gap that let it hold a list: the sentence's start, a preposition, a verb ("endorsed",
# "supporting"), a plural role ("candidates", "managers") or a relative word ("which ______ won"); a singular
# role or title stays with one name ("Pulse owner ______", "former secretary of state ______")
_LEAD_IN = re.compile(r"(?:^|\b(?:of|by|for|to|with|on|at|about|from|against|over|which|who|that|whom|and|but|"
                      r"[a-z]+ed|[a-z]+ing|[a-z]{3,}s)[,:]?)\s*[\"“‘']?$")
# an apposition, a place or an owner after the last name belongs to it alone ("______, the club's manager,",
# "______ of Vermont", "______'s"); a name after the gap is one more of the list the tagger did not see
_TAIL = re.compile(r"^(?:,\s*(?:the|a|an|who|whose|which|then|now|both|each)\b|\s+of\s+[A-Z]|['’]s\b|\s*\(|"
                   r"\s*,?\s*(?:and|or)\s+[A-Z]|\s*,\s*[A-Z]|\s+to\s)")  # a list the tagger cut short; "from … to …"
# a verb of saying after the list: who spoke is an attribution item's question
_SPOKE_AFTER = re.compile(r"\b(?:said|say|says|saying|told|tell|tells|wrote|write|writes|added|argued|insisted|noted|"
                          r"tweeted|asked|replied|responded|stated|explained|announced|claimed)\b", re.I)
_PRONOUN_START = re.compile(r"^[\"“‘']?(?:They|These|Those|It|This|He|She|Their|His|Her)\b")


def _runs(ctx: Context, s: Sentence) -> list[list[Entity]]:
    """The lists of two or more people's names joined by commas or "and" in the sentence."""
    text = ctx.article.text
    people = sorted((e for e in ctx.analysis.entities
                     if e.label == "PERSON" and s.span.start <= e.span.start and e.span.end <= s.span.end),
                    key=lambda e: e.span.start)
    runs: list[list[Entity]] = []
    current: list[Entity] = []
    for e in people:
        if current and _LINK.fullmatch(text[current[-1].span.end:e.span.start]):
            current.append(e)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [e]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _full_name(ctx: Context, e: Entity) -> str | None:
    """The mention as an option: a full name of a person the article writes as such, or None."""
    name = e.text.strip()
    if " " not in name or clean_person_option(name) != name or not looks_like_person(name):
        return None
    if not person_name_in_article(ctx.article.text, name) or _nickname(ctx, name):
        return None
    if not_a_person(ctx.article.text, name):
        return None  # "Heisman Trophy winner Tim Tebow": the award is no one in the list
    return name


def _gap(ctx: Context, s: Sentence, run: list[Entity]) -> tuple[int, int]:
    """Where the blank goes: from the first name's title to the last name's party tag."""
    text = ctx.article.text
    start, end = run[0].span.start, run[-1].span.end
    title = _TITLE_RUN.search(text[s.span.start:start])
    if title is not None and title.start() > 0:
        start = s.span.start + title.start()
    tag = _PARTY_TAG.match(text, end)
    if tag is not None and tag.end() <= s.span.end:
        end = tag.end()
    return start, end


def _open_list(ctx: Context, s: Sentence, start: int, end: int) -> bool:
    """Would another person fit the sentence as well (a list of examples, a part of a group, a denial, a
    comparison, "also"), is the list a speaker's, or would the stem read wrong around the gap (a singular
    title before it, an apposition of the last name after it, a sentence opening on a pronoun)?"""
    text = ctx.article.text
    before = text[s.span.start:start]
    after = text[end:s.span.end]
    return bool(_OPEN_BEFORE.search(before) or _COMPARED_BEFORE.search(before) or _OPEN_AFTER.match(after)
                or _NOT_AFTER.match(after) or re.match(r"\s*(?:or|nor)\b", after) or _SPOKE_AFTER.search(after)
                or _SHARED.search(s.span.text) or not _LEAD_IN.search(before) or _TAIL.match(after)
                or re.search(r"[A-Z][\w.'’-]*(?:,|,?\s+and)\s*$", before)  # a name before: the list starts there
                or _PRONOUN_START.match(s.span.text.lstrip()))


def _told_alike(ctx: Context, s: Sentence, name: str) -> bool:
    """Does the article name the person (by surname) in the list's paragraph, or in a sentence
    sharing two content words with the list's own ("During the same interview, he also withheld support
    from …")? Then the wrong option may be right too."""
    own = _plain_words(s.span.text)
    pattern = name_re(r"\b" + re.escape(name.split()[-1]) + r"\b")  # the surname: "Paul" is Paul Ryan's too
    for other in ctx.analysis.sentences:
        if not pattern.search(other.span.text):
            continue
        if other.paragraph == s.paragraph:
            return True
        if len(own & _plain_words(other.span.text)) >= 2:
            return True
    return False


_STOP = frozenset("that this with from have been were will would said says about their there which after before "
                  "they them then than when what where while also into over only some more most other such".split())


def _plain_words(text: str) -> set[str]:
    """The sentence's lower-case words of four letters or more, less the commonest (names left out: two
    sentences about Trump share his name, not what they say of him)."""
    return {w for w in re.findall(r"\b[a-z][a-z'’-]{3,}\b", text) if w not in _STOP}


def list_items(ctx: Context, used: set[int]) -> list[Item]:
    """Choose-all items on the lists of two to four people's full names a sentence of the story joins
    (one per sentence, never on a sentence another key detail asks about: ``used`` holds their support
    starts), with two or three other people of the article as wrong options."""
    if not ctx.allows("multiple_select") or comments_page(ctx):
        return []
    items: list[Item] = []
    for s in ctx.analysis.sentences:
        sup = support_span(ctx.article, s.span)
        if sup is None or sup.start in used or boilerplate(ctx, s) or len(s.span.text.split()) > MAX_WORDS:
            continue
        if garbled(s.span.text) or cut_sentence(ctx.analysis, s) or no_clause(s.span.text) or \
                first_person(s.span.text):
            continue
        for run in _runs(ctx, s):
            if not 2 <= len(run) <= MAX_LISTED or any(in_quotation(ctx.article, e.span.start) for e in run):
                continue
            keyed = [_full_name(ctx, e) for e in run]
            names = [k for k in keyed if k is not None]
            if len(names) != len(run) or len({norm(k).split()[-1] for k in names}) != len(names):
                continue  # a surname alone, a nickname, one family twice ("Bill and Melinda Gates")
            start, end = _gap(ctx, s, run)
            if _open_list(ctx, s, start, end):
                continue
            stem_text = _gap_stem(s, start, end)
            if _PRONOUN_IN.search(stem_text.split(":", 1)[1]):
                continue  # "______ … his campaign": whose, among several keyed people, is left to guess
            private = any(_private_person(ctx.article.text, k) for k in names)
            keyed_words = {norm(k).split()[-1] for k in names}
            sentence_words = set(norm(s.span.text).split())
            distractors: list[str] = []
            for name in _entity_pool(ctx, run[0]):
                surname = norm(name).split()[-1]
                if surname in keyed_words or surname in sentence_words or \
                        any(surname == norm(d).split()[-1] for d in distractors):
                    continue  # the same person again, one the sentence names, one already offered
                if clean_person_option(name) != name or _private_person(ctx.article.text, name) != private:
                    continue  # a voter the article describes by age beside public figures stands out
                if _told_alike(ctx, s, name):
                    continue
                distractors.append(name)
                if len(distractors) == min(3, 6 - len(names)):
                    break
            if len(distractors) < 2:
                continue
            options = names + distractors
            ctx.rng.shuffle(options)
            answer = sorted(options.index(k) for k in names)
            stem = f"{stem_text} Which people complete the sentence? Choose all that apply."
            explanation = f"{cite(sup)} — the sentence names {_joined(names)}."
            items.append(make_item(SKILL, "multiple_select", stem, options, answer, explanation, [sup]))
            used.add(sup.start)
            break
    return items


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
