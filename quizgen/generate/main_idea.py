"""Main idea: the sentence that states what the article is about, among true but narrower details.

Options are whole sentences, shortened only at clause boundaries or by dropping an appositive
after a name (never "…" mid-phrase). The key is the paper's abstract when the article prints one
under an "ABSTRACT." label (also, when no other route finds a key, the one-sentence abstract the
ingest sets apart from its label, in the writer's own words, sharing a word of the headline); else
the lede, or the top-ranked main-idea sentence of the article's first third, that shares most with
the headline (at least two words and three in ten of the headline's) and states its point, so it
says what the article is about, not a striking detail.
Never a quotation; a report of someone's words only when the headline itself reports them and the
option keeps who said them. No item when no sentence surely does. The distractors are plain
statements from after the key's paragraph that cannot be taken for a second statement of it.
"""
from __future__ import annotations

import logging
import random
import re
from functools import lru_cache
from typing import Any

from quizgen import wordnet
from quizgen.analysis.judgments import LOADED
from quizgen.fastre import Keyed
from quizgen.generate.base import (
    Context,
    article_memo,
    by_identity,
    cite,
    clause_shorten,
    content_words,
    drop_final_period,
    in_quotation,
    make_item,
    mojibake,
    named,
    norm,
    overlap,
    sentence_case,
    shuffled_options,
    support_span,
    unquote,
)
from quizgen.generate.key_detail import cut_sentence, run_in_heading
from quizgen.model import Attribution, Item
from quizgen.validate import lint_item

SKILL = "main_idea"
# why an article gets no main-idea item (or which route made it): `logging` at DEBUG, one line per article
log = logging.getLogger(__name__)
MAX_WORDS = 28
# sentences that lean on the one before ("But media have said …", "That will …") or are not prose
# ("There is …", "There were …" state a fact of their own: no "there" pointing back at a place)
_DEPENDENT = re.compile(r"^(?:but|and|or|so|yet|also|that|this|these|those|it|its|he|she|they|his|her|their|"
                        r"there(?!\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|had\s+been)\b)|"
                        r"then|however|meanwhile|still|instead|thus|in addition|in fact)\b", re.I)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                     r"hundred|thousand|million|billion|dozen)\b", re.I)
_NOT_PROSE = re.compile(r"https?:|www\.|<[a-z/]|@\w|#\w|\|")
# an option that leans on what came before ("At that moment, …", "Later, …") or reads garbled
_CONTEXT = re.compile(r"^(?:at (?:that|this|the same) (?:moment|time|point)|at the time|later|afterwards?|"
                      r"in (?:other|some|many|most|such|these|those|that|this|either|both) cases?|"
                      r"in (?:a|the) similar vein|in the same vein|similarly|the latter|that is why|this is why|"
                      r"such|the latter|the former|him|we|you|i|our|another|others|here|now|now,|in other words|"
                      r"well|part of (?:it|this|that)|for (?:example|instance)|similarly|likewise|again|even so|"
                      r"of course|indeed|moreover|furthermore|further(?=,)|besides|otherwise|in turn|as a result|"
                      r"by contrast|among (?:the (?:most|best|worst|biggest|largest|first|main)|them|those|these)|"
                      r"on the other hand|just look|to (?:this|that) end|to do (?:this|that|so)|"
                      r"(?:despite|in spite of|because of|after|given|beyond|"
                      r"besides|unlike|like) (?:that|this|these|those|it|them)|even then|still)\b", re.I)
# a headline that argues against a common view ("Israel Not All Doom and Gloom", "The myth of …"):
# the article's opening states the view only to turn from it
_HEADLINE_TURN = re.compile(r"\b(?:not|no|never|isn[’']t|aren[’']t|despite|beyond|myths?|wrong|actually)\b|"
                            r"^(?:don[’']t|do not|stop|let[’']s)\b", re.I)
# (an exhortation, "Don't let the media and Marco Rubio fool you": an opinion piece whose opening states the
# fact it argues about, not its point; judged blind on the kept-aside set K29)
_TURN = re.compile(r"^(?:but|however|yet)\b", re.I)
# a sentence that quotes or reports someone's words: no statement of what the article is about
_QUOTED = re.compile(r"[\"“]([^\"“”]*)[\"”]|‘([^‘’]*)’(?!\w)|(?<!\w)'([^']*)'(?!\w)")
# (never the "States" of "the United States": no speech verb)
_REPORT = Keyed(re.compile(r"\b(?:said|says|say|told|tells|according to|stated|(?<!united )states|declared|"
                     r"announced|added|claimed|claims|argued|argues|insisted|boasted|vowed|promised|predicted|predicts|wrote|"
                     r"writes)\b", re.I))
# a verb-like word (for a head left by a phrase cut): an auxiliary, a past form, a common present
VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|"
                      r"must|do|does|did|cannot|can[’']t|won[’']t|(?:do|does|did|is|are|was|were)n[’']t|[a-z]{2,}ed|"
                     r"won|took|gave|made|said|told|ran|held|left|began|came|went|"
                      r"saw|got|became|lost|sent|paid|spent|kept|led|met|set|put|brought|bought|thought|fought|"
                      r"found|stood|fell|rose|grew|knew|drew|wrote|chose|broke|spoke|drove|hit|beat|shot|struck|"
                      r"says|makes|takes|includes?|remains?|faces|plans|wants|needs|gives|gets|shows|seems|"
                      r"becomes|leads|comes|goes|holds|keeps|runs|continues|expects|calls|means|threatens?)\b")


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in content_words(text) if len(w) > 2)


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    """The first five letters of each of the text's words (:func:`_words`)."""
    return frozenset(w[:5] for w in _words(text))


@lru_cache(maxsize=65536)
def _alike(a: str, b: str) -> bool:
    """Two words of one stem, roughly: the same first five letters ("shuttles" ~ "shuttle"), or a
    shared start of four letters or more that is most of the shorter word ("dead" ~ "deadlocked",
    "testy" ~ "testier"; not "campaign" ~ "campus")."""
    if a[:5] == b[:5]:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= 0.8 * min(len(a), len(b))


@lru_cache(maxsize=2048)
def _words_by_start(text: str) -> dict[str, tuple[str, ...]]:
    """The text's words (:func:`_words`) by their first four letters: a word is :func:`_alike` only
    to words that start with the same four letters (or, under four letters long, to itself)."""
    out: dict[str, list[str]] = {}
    for w in _words(text):
        out.setdefault(w[:4], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _alike_any(word: str, by_start: dict[str, tuple[str, ...]]) -> bool:
    """Is some word of ``by_start`` (:func:`_words_by_start`) alike ``word``?"""
    same = by_start.get(word[:4])
    if same is None:  # most words: none of the text's starts with its four letters (no generator made for them)
        return False
    for w in same:
        if _alike(word, w):
            return True
    return False


def _shared(heads: frozenset[str], text: str) -> set[str]:
    """The words of ``heads`` that some word of the text is alike."""
    by_start = _words_by_start(text)
    return {h for h in heads if _alike_any(h, by_start)}


# verbs and adjectives too light or too wide to tell one point from another ("make" of "earn")
_LIGHT = frozenset("make take get do have see go come give put set work act view deal look run hold keep let bring "
                   "clear gain realize realise pass cut hop jump".split())


@lru_cache(maxsize=2048)
def _synonyms(word: str) -> frozenset[str]:
    """One-word synonyms of a headline word from its two commonest WordNet senses as a verb or an
    adjective ("back" -> "endorse", "support"; "testy" -> "irritable", …); none without WordNet."""
    wn = wordnet.load()
    if wn is None:
        return frozenset()
    out: set[str] = set()
    for pos in ("VERB", "ADJ"):
        for sense in wn.senses(word, pos)[:2]:
            out.update(w for w in sense.words if " " not in w and "-" not in w and w not in _LIGHT and len(w) > 3)
    out.discard(word)
    return frozenset(out)


def _shared_loosely(heads: frozenset[str], text: str) -> set[str]:
    """Like :func:`_shared`, a synonym counting too ("will throw his support behind" for "will back")."""
    by_start = _words_by_start(text)
    out: set[str] = set()
    for h in heads:  # plain loops: asked for every sentence (generators cost more than most of the tests)
        if _alike_any(h, by_start):
            out.add(h)
            continue
        for x in _synonyms(h):
            if _alike_any(x, by_start):
                out.add(h)
                break
    return out


def _headline_words(ctx: Context) -> frozenset[str]:
    """The headline's content words, one per stem (made once per article: asked for every sentence)."""
    return article_memo(ctx, "main_idea.headline_words", lambda: _one_per_stem(ctx.article.title))


def _one_per_stem(title: str) -> frozenset[str]:
    seen: dict[str, str] = {}
    for w in sorted(_words(title)):
        seen.setdefault(w[:5], w)
    return frozenset(seen.values())


@by_identity
def headline_overlap(ctx: Context, text: str) -> int:
    """How many of the headline's content words (roughly stemmed: "shuttles" ~ "shuttle") the text shares."""
    return len(_shared(_headline_words(ctx), text))


@lru_cache(maxsize=64)
def _names_in(text: str) -> frozenset[str]:
    capital = {w.lower() for w in re.findall(r"(?<=[a-z0-9,;:] )([A-Z][\w'’-]+)", text)}
    lower = {w[:5] for w in re.findall(r"\b[a-z][\w'’-]+", text)}
    return frozenset(w for w in capital if w[:5] not in lower)


def _name_words(ctx: Context) -> frozenset[str]:
    """Words the article writes capitalised inside a sentence and never in lower case: names
    ("Sanders", "Clinton"; not "iodine" of "Iodine Deficiency Disorders")."""
    return article_memo(ctx, "main_idea.name_words",  # once per article, not a join of its text per question
                        lambda: _names_in("\n".join(p.text for p in ctx.article.paragraphs)))  # not the headline


def _name_stems(ctx: Context) -> frozenset[str]:
    """The first five letters of each of :func:`_name_words`."""
    return article_memo(ctx, "main_idea.name_stems", lambda: frozenset(n[:5] for n in _name_words(ctx)))


def _point_words(ctx: Context) -> frozenset[str]:
    def compute() -> frozenset[str]:
        names = _name_stems(ctx)
        return frozenset(w for w in _headline_words(ctx) if w[:5] not in names)

    return article_memo(ctx, "main_idea.point_words", compute)


def covers_point(ctx: Context, text: str, lede: bool = False) -> bool:
    """Does the text state the headline's point, not just name who it is about: two of the
    headline's non-name content words (its one, when it has one)? A detail about one of three
    people ("Huckabee's campaign acknowledged …") or a background sentence that shares only the
    names ("Sanders and Clinton face off in Tuesday's primaries") does not."""
    point = _point_words(ctx)
    if not point:
        return True
    shared = len(_shared(point, text))
    if shared >= min(2, len(point)):
        return True
    # the lede may word the point its own way ("defeated" for "win"): it names everyone the
    # headline names (two at least) and shares one more of its words, or a synonym of one
    # ("Sanders will throw his support behind Clinton" for "Sanders will back Clinton")
    names = _headline_words(ctx) - point
    return lede and len(names) >= 2 and len(_shared(names, text)) == len(names) and \
        (shared >= 1 or len(_shared_loosely(point, text)) >= 1)


# a paragraph that only labels what follows ("ABSTRACT.", "FULL TEXT.", "LETTERS."): no prose
_MARKER = re.compile(r"^[A-Z][A-Z &'’-]{2,24}[.:]?$")


def _first_prose(ctx: Context, start: int = 0) -> int | None:
    """The number of the first prose paragraph from the ``start``-th on: that one, or the one after
    its label paragraphs ("ABSTRACT." then the abstract). None when the next few are all labels."""
    for p in ctx.article.paragraphs[start:start + 3]:
        if not _MARKER.match(p.text.strip()):
            return p.number
    return None


def _lede(ctx: Context, start: int = 0):
    """The first sentence of the first prose paragraph (from the ``start``-th paragraph on)."""
    first = _first_prose(ctx, start)
    for s in ctx.analysis.sentences:
        if s.paragraph == first:
            return s
        if first is None or s.paragraph > first:
            break
    return None


def _quotes(text: str, term: int = 4) -> bool:
    """Does the text quote someone's words: it opens with a quotation mark, its marks do not pair
    up, or a quoted part is longer than a term of ``term`` words ("a silver medal for 'courageous
    achievement'" is a term, "'We are going to win so much,' Trump said" a quotation)?"""
    t = text.strip()
    if t[:1] in "\"“‘'" or t.count("\"") % 2 or t.count("“") != t.count("”"):
        return True
    return any(len(next(g for g in m.groups() if g is not None).split()) > term for m in _QUOTED.finditer(t))


def _said_by_name(ctx: Context, s) -> bool:
    """Does the sentence name who says what it quotes: an attribution cue of the ledger in it, its
    source written in it with a capital ("…would have to "go more to center," Cuban said")?"""
    return any(a.cue_span is not None and a.source_span is not None and a.source_text[:1].isupper()
               and s.span.start <= a.cue_span.start < s.span.end and s.span.start <= a.source_span.start < s.span.end
               for a in ctx.analysis.attributions)


_FINDING = re.compile(r",\s+(?:(?:the|a|an|new|some|many)\s+)?(?:[a-z]+\s+){0,2}(?:researchers|scientists|"
                      r"experts|officials|authorities|doctors|analysts|report|study|survey|figures|data)\s+"
                      r"(?:say|says|said|show|shows|showed|find|finds|found)\.?$|"
                      r",\s+according to (?:a|an|the) (?:[a-z]+\s+){0,2}(?:poll|survey|study|report|analysis)\.?$|"
                      r",\s+according to (?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}(?:Authority|Authorities|Ministry|"
                      r"Department|Agency|Office|Service|Police|Commission|Bureau|officials|authorities|police)\.?$")


def _finding_lede(text: str) -> bool:
    """A wire-style lede that states the story's finding in the writer's words with a short trailing
    attribution to a body of people or a document ("Almost half of the children are iodine
    deficient, researchers say"): the finding is what the article is about, and no one's words
    are quoted. Never a quotation, nor a named person's claim ("…, Trump said at his party")."""
    return not _quotes(text) and _FINDING.search(text.strip()) is not None and \
        not _REPORT.search(_FINDING.sub("", text.strip()))


def _cued_in(ctx: Context, s) -> list[Attribution]:
    """The ledger's attributions whose cue lies in the sentence."""
    return [a for a in ctx.analysis.attributions
            if a.cue_span is not None and s.span.start <= a.cue_span.start < s.span.end]


def _reported(ctx: Context, s) -> bool:
    """Does the sentence quote someone (quotation marks) or report someone's words ("…, Trump said
    at his victory party", "according to …", an attribution cue the analysis found in it)?"""
    text = s.span.text.replace("''", "\"")
    if _quotes(text) or _REPORT.search(text):
        return True
    return bool(_cued_in(ctx, s))


_WHOLE_CUT_RE = re.compile(r"[;—–]| -- ")
_WHOLE_CUT_RE2 = re.compile(r"(?:[a-z]+ing|with)\b")
_WHOLE_CUT_RE3 = re.compile(r"(?:and|or)\b")
_WHOLE_CUT_RE4 = re.compile(r",\s+(?:but|and|yet|or|while)\s+")
_WHOLE_CUT_RE5 = re.compile(r"\s*,\s*[a-z]+ing-")
_WHOLE_CUT_RE6 = re.compile(r"\bnot only\b", re.I)
_WHOLE_CUT_RE7 = re.compile(r"\bbut\b", re.I)
_WHOLE_CUT_RE8 = re.compile(r"\b(?:both|either|neither|between)\b", re.I)
_WHOLE_CUT_RE9 = re.compile(r"\W*(?:and|or|nor)\b")
_WHOLE_CUT_RE10 = re.compile(r"\b(?:and|or|nor)\b")


def whole_cut(text: str, short: str | None) -> str | None:
    """``short`` when it reads as a whole sentence: the sentence itself, or a head cut at a clause
    boundary that is not inside a list ("…: rebuilding the military, taking care of veterans" of
    a list of four pledges) and keeps a verb ("The nose cap and the trainer for the museum at
    the base" is a subject alone). None otherwise: the option is dropped, not cut badly."""
    if short is None:
        return None
    full = " ".join(unquote(text).split())
    if len(short) >= len(full.rstrip(". ")):
        return short
    rest = full[len(short):] if full.startswith(short) else ""
    if ":" in short:
        return None  # the list or the explanation the colon opened was cut
    segments = [g.strip() for g in re.split(r",", _WHOLE_CUT_RE.split(rest)[0])]
    item_next = len(segments) > 1 and _WHOLE_CUT_RE2.match(segments[1]) is not None
    if rest.lstrip().startswith(",") and item_next and any(_WHOLE_CUT_RE3.match(g) for g in segments[2:]):
        return None  # "X, Y, | Z, and W": a list cut after its first items
    last = _WHOLE_CUT_RE4.split(short)
    if len(last) > 1 and not VERBISH.search(last[-1]):
        return None  # "…, but teams from Sudan, Iran and Yemen": a clause cut before its verb
    head_last = short.rsplit(",", 1)[-1].split()[:1] if "," in short else []
    rest_first = segments[1].split()[:1] if len(segments) > 1 else []
    if head_last and rest_first and head_last[0].endswith("ing") and rest_first[0].endswith("ing"):
        return None  # "…, taking care of veterans, | building a wall": parallel items of a list
    if not rest.lstrip().startswith((",", ";", "—", "–", "-")) and not VERBISH.search(short):
        return None  # a phrase cut that left only a subject
    if rest and _verb_left_behind(short, rest):
        return None  # "The hacker who revealed that X used Y | while she was Z was sentenced …": a subject
    if _WHOLE_CUT_RE5.match(rest):
        return None  # "… anxieties of white, | working-class voters": a compound word, no clause
    if _OPENING_PHRASE.match(short) and "," not in short:
        return None  # "In a general election polarized by …" | ", those Democrats argued, …": no main clause
    if _WHOLE_CUT_RE6.search(short) and not _WHOLE_CUT_RE7.search(short):
        return None  # "… must not only win | in November, but also …": half of a pair
    if _WHOLE_CUT_RE8.search(short) and \
            _WHOLE_CUT_RE9.match(rest) and not _WHOLE_CUT_RE10.search(short):
        return None  # "between X | and Y"
    return short


# the parse's dependents a cut may drop, hanging on a word it keeps: a clause of time, reason or manner,
# a relative clause, an appositive, a loose phrase ("…, offering …", "…, which …", "… — a day after …")
_DROPPABLE = frozenset("advcl relcl acl appos npadvmod advmod parataxis punct prep dep intj meta".split())
_COMPLEMENT = frozenset("dobj attr acomp oprd dative xcomp ccomp prt".split())


# components whose output :func:`parsed_whole` never reads (entities, lemmas); they run after the tagger and
# the parser, so leaving them out changes no tag, head, dependency or sentence start, and halves the parse
_UNREAD = ("ner", "lemmatizer", "quizgen_lemmas")


@lru_cache(maxsize=2048)
def _parsed(text: str):
    """The sentence parsed alone, for :func:`parsed_whole` (tags, dependencies, sentences only: no
    entities nor lemmas)."""
    from quizgen import nlp  # spaCy loads once, only when an option is cut

    pipeline = nlp.load()
    return pipeline(text, disable=[name for name in _UNREAD if name in pipeline.pipe_names])


# prepositions that open a noun's own complement ("his vote to …", "the cost of …"), not a place or time of it
_COMPLEMENT_PREPS = frozenset("of to for about against".split())
# a short phrase of time, then the noun's "to" clause ("his vote | in 2005 to provide …")
_TIMED_PURPOSE = re.compile(r"\s+(?:in|on|at|during|last|this)\s+(?:\S+\s+){0,2}?to\s+[a-z]+\b")


def parsed_whole(text: str, short: str) -> bool:
    """Is ``short`` (a head of the sentence ``text``) a whole sentence by the sentence's parse? The
    sentence itself is; a cut keeps the main clause's subject, its finite root verb and more than one
    word after that verb ("Lazar, in a jail jumpsuit, said little | , offering …" says nothing), and
    drops only whole clauses or loose phrases hanging on what it keeps: never the root verb ("The
    hacker whose post revealed that X used Y | while she was Z pleaded guilty …"), an object, a
    complement, nor a conjunct ("… to unite the party behind X and draw | in Y's supporters"). A parse
    that is no single sentence with a verb at its root: not whole (the option is dropped)."""
    full = " ".join(unquote(text).split())
    short = " ".join(short.split()).rstrip(" ,;:")
    if len(short) >= len(full.rstrip(". ")):
        return True
    if not full.startswith(short):
        return False
    doc = _parsed(full)
    if len(list(doc.sents)) != 1:
        return False
    at = len(short)
    kept = [t for t in doc if t.idx < at]
    gone = [t for t in doc if t.idx >= at and not t.is_punct]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.idx >= at or root.pos_ not in ("VERB", "AUX"):
        return False  # the root verb cut off: a subject alone
    finite = ("VBD", "VBZ", "VBP", "MD")
    if root.tag_ not in finite and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in root.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.idx < at for c in root.children):
        return False  # no subject of the root verb kept (or the parse found none)
    if sum(1 for t in kept if t.i > root.i and not t.is_punct) < 2:
        return False  # "X said little": the point is in what was cut
    last = next((t for t in reversed(kept) if not t.is_punct), None)
    if last is not None and last.pos_ == "NOUN" and last.i + 1 < len(doc) and not doc[last.i + 1].is_punct and (
            any(t.head.i == last.i and (t.dep_ == "acl" or t.dep_ == "prep" and t.lower_ in _COMPLEMENT_PREPS)
                for t in gone) or _TIMED_PURPOSE.match(full[at:])):
        return False  # judged blind (T35): "… and his vote | in 2005 to provide legal immunity …": the noun's own
        # phrase cut off, the option ends mid-phrase
    for t in gone:
        if t.head.idx >= at or t.head is t:
            continue
        if t.dep_ not in _DROPPABLE:
            return False  # an object, a conjunct, a part of a phrase: the cut is inside it
        if t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and (
                t.head.i == kept[-1].i or not any(c.dep_ in _COMPLEMENT and c.idx < at for c in t.head.children)) \
                and not (t.head.i != kept[-1].i and _loose_time_phrase(t)):
            return False  # "… and draw | in the voters": the verb's phrase cut off, not a loose one
        if t.dep_ == "prep" and _NEEDS_PREP.get(t.lower_) is not None and _NEEDS_PREP[t.lower_].match(t.head.lower_):
            return False  # "Trump accused Rafael Cruz | , who …, of associating with …": accused of what?
    return True


# prepositions that open a phrase of time or concession, never a phrase a verb needs ("pledged to work together |
# despite their differences", "… | after a meeting Thursday"), except after the verbs of :data:`_PHRASAL_AFTER`
_TIME_PREPS = frozenset("after before despite amid amidst during following".split())
# verbs whose "after"/"before" phrase is their own ("went after", "named after", "appeared before"), in their forms
# (the parse of :func:`_parsed` has no lemmas)
_PHRASAL_AFTER = re.compile(r"(?:go|goes|going|gone|went|come|comes|coming|came|run|runs|running|ran|look|looks|"
                            r"looking|looked|take|takes|taking|took|taken|chase[sd]?|chasing|name[sd]?|naming|seek|"
                            r"seeks|seeking|sought|ask|asks|asking|asked|inquire[sd]?|inquiring|appear|appears|"
                            r"appearing|appeared|testif(?:y|ies|ied|ying)|bow|bows|bowed|bowing|kneel|kneels|knelt|"
                            r"kneeling|stand|stands|standing|stood|bring|brings|bringing|brought|put|puts|putting|"
                            r"place[sd]?|placing|lay|lays|laid|laying|follow|follows|followed|following|lust|lusted|"
                            r"hanker|hankered)")


def _loose_time_phrase(prep) -> bool:
    """Is the parse's preposition one of time or concession hanging on a verb that does not take it as its own
    phrase ("… pledged to work together | despite their differences after a meeting", not "… went | after X")?"""
    return prep.lower_ in _TIME_PREPS and _PHRASAL_AFTER.fullmatch(prep.head.lower_) is None


# verbs that need their phrase after the object ("accused X of …", "charged X with …", "blamed X for …"): a cut
# after the object leaves the sentence saying less than the article, or nothing
_NEEDS_PREP = {"of": re.compile(r"(?:accus|convict|suspect|depriv|rob|remind|inform|warn)"),
               "with": re.compile(r"(?:charg|credit|provid|present)"),
               "for": re.compile(r"(?:blam|criticiz|criticis|prais|thank|fault|punish|arrest|sentenc|fin)"),
               "as": re.compile(r"(?:describ|regard|see|saw|view|brand|label|cast|paint|portray)")}


def _whole(text: str, short: str | None) -> str | None:
    """:func:`whole_cut`, and the parse agrees (:func:`parsed_whole`)."""
    cut = whole_cut(text, short)
    return cut if cut is not None and parsed_whole(text, cut) else None


# a subject with a relative clause ("The hacker who first revealed …"): its first verb is the clause's
_RELATIVE_SUBJECT = re.compile(r"^((?:[\w'’.-]+\s+){1,6}?)(?:who|which|that|whose)\s")


def _verb_left_behind(short: str, rest: str) -> bool:
    """Is the head's main verb in the part cut off? When every verb of the head comes after a relative
    pronoun on its subject ("The Romanian hacker who first revealed that …"), and the cut-off part's
    first clause holds two verbs ("while she was secretary of state was sentenced …": its own and the
    head's), the head is a subject with its relative clause, no sentence (judged blind as a fragment)."""
    m = _RELATIVE_SUBJECT.match(short)
    if not m or VERBISH.search(m.group(1)):
        return False
    first = re.split(r"[,;:—–]|\s-{1,2}\s", rest.strip(), maxsplit=1)[0]
    return len(VERBISH.findall(first)) >= 2


# a sentence opening with a phrase of place, time or manner before its main clause
_OPENING_PHRASE = re.compile(r"(?:in|at|on|with|for|during|after|before|despite|amid|under|since|from|by|"
                             r"as|while|when|although|though|if|because|unlike|like|without)\b", re.I)


_PERSONAL = Keyed(re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I))
# "they" as the subject, first or after an opening phrase ("In other words, they've put their faith …")
_THEY_FIRST = re.compile(r"^(?:[^,]{0,90},\s+)?(?:they|their|them)\b", re.I)


def _names_before(ctx: Context, words: list[str]) -> set[str]:
    """The names among the words (capitalised inside the option, or a name of the article at its
    start; days and months aside)."""
    names = _name_words(ctx)
    return {w.lower().strip(",.’'s") for i, w in enumerate(words)
            if w[:1].isupper() and (i > 0 or w.lower().strip(",.’'s") in names) and w.lower().strip(",.") not in _DAYS}


def leans_on_pronoun(ctx: Context, text: str) -> bool:
    """Does the option say "he"/"her"/"they" … before its first verb and before it names anyone
    ("On Thursday, he hedged on whether he would support her", "his campaign sent out …"), or
    "him"/"her" with no second name before it for them to mean ("Sanders challenged her when she
    ran …": not Sanders, so someone the option never names)? Read alone, whom it means is a guess.
    ("… was from a young child, who said he …" is not.)"""
    if _THEY_FIRST.match(text):
        return True
    if any(len(_names_before(ctx, text[:o.start()].split())) < 2 for o in _OBJECT.finditer(text)):
        return True
    m = _PERSONAL.search(text)
    if m is None:
        return False
    verb = VERBISH.search(text)
    if verb is not None and verb.start() < m.start():
        return False
    return not _names_before(ctx, text[:m.start()].split())


_OBJECT = re.compile(r"\b(?:him|her)\b", re.I)
# words pointing out of the option at what came before ("… has risen half that much already", "…
# has denied that that was the case", "The senator has often cited …" for a senator named earlier, "… has
# been even more scathing", "X was more upbeat about …": more than whom?)
_POINTS_BACK = Keyed(re.compile(r"\b(?:the latter|(?:half|twice|all) that|(?:that|this) much|that (?:was|is|were) "
                          r"(?:not )?the case|the same line|even (?:more|less|further|harsher|stronger|tougher))\b|"
                          r"\b(?:is|are|was|were|been|seemed|sounded)\s+(?:much\s+|far\s+)?(?:more|less)\s+[a-z]+\b"
                          r"(?![^,.;]*\bthan\b)|^the (?:senator|candidate|congressman|congresswoman|"
                          r"lawmaker|governor|official|spokesman|spokeswoman|newspaper|group|company)\b|"
                          # "The other was ensuring …", "With …, that hurdle will grow higher" (judged blind, K42)
                          r"^the (?:other|former|latter)\b", re.I))
# and "With …, that hurdle will grow higher" as its own pattern, tried at the start only (in one alternation with
# those above it was tried, and failed, at every character: their words are looked for first instead)
_POINTS_BACK_CUT = re.compile(r"^[^,]{0,150},\s+(?:that|this|these|those)\s+[a-z]+\s+"
                              r"(?:will|would|is|was|are|were|has|have|had|can|could|may|might|must)\b", re.I)
# a sentence that frames how things look before the article turns ("From a distance, tax reform reflects …" before
# "Up close, however, the picture dims": judged blind, K42): the set-up, never the point nor a plain detail
_APPEARANCE = re.compile(r"^(?:from (?:a distance|afar|the outside)|at first (?:glance|sight|blush)|"
                         r"at a glance|on the surface|on paper|in theory|outwardly|superficially|seen from afar)\b",
                         re.I)


# a newsletter's greeting or sign-up line: what the page is, not what it reports (judged blind, J5: "Welcome to
# POLITICO New York's Culture-Business Report, a weekly digest …" keyed as a digest's main idea)
_PAGE_LINE = Keyed(re.compile(r"^(?:welcome\s+(?:to|back)\b|thanks?\s+(?:you\s+)?for\s+(?:reading|subscribing)\b)|"
                        r"\b(?:sign\s+up|subscribe|newsletter|in\s+your\s+inbox|(?:daily|weekly|monthly)\s+"
                        r"(?:digest|roundup|round-up|briefing))\b", re.I))


def garbled_text(text: str) -> bool:
    """Does the text show mojibake ("PeÃ±a Nieto", "itâ€™s"), also when its "Ã" is written as "A" and a
    combining tilde (as some archives store it)?"""
    return mojibake(text)


# the writer's note under the story ("Gabriel Arana is senior media editor at The Huffington Post": judged blind,
# E42b, offered as a main-idea option): who wrote it, not what it reports
_AUTHOR_NOTE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+\s+(?:is|was)\s+(?:an?\s+|the\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:editor|writer|reporter|correspondent|columnist|contributor|fellow|author|journalist|"
                          r"producer|blogger|analyst|critic|intern)s?\s+(?:at|for|of|with)\s+(?:the\s+)?[A-Z]"
                          r"[^,;:]{0,60}[.]?$")


# a sentence that only sets the scene of an appearance: who was a guest on a show, who appeared on one or sat
# down with whom, and nothing more (at most a few words of venue)
_GUEST_SCENE = re.compile(r"[^,;]{0,100}?\b(?:(?:was|is|were|are)\s+(?:a\s+|the\s+)?(?:special\s+|featured\s+)?"
                          r"guests?\s+(?:on|at|of)|appeared\s+(?:on|at)|sat\s+down\s+with)\s+(?:[\w’'.-]+\s*){1,6}[.!]?")


def _unfit_option(text: str) -> bool:
    """An option a teacher would not hand out: garbled characters, a start that needs context, words
    pointing back out of the sentence ("the latter", "half that much", "The senator …"), or a
    newsletter's greeting ("Welcome to … a weekly digest")."""
    # (judged blind, W3: "28 December 2004 South Asia earthquake and tsunamis A series of earthquakes … have hit …",
    # a release's heading run into its first sentence, keyed as the main idea)
    return bool(garbled_text(text) or _CONTEXT.match(text) or _DEPENDENT.match(text) or run_in_heading(text)
                or _POINTS_BACK.search(text) or _POINTS_BACK_CUT.match(text) or _PAGE_LINE.search(text)
                or _APPEARANCE.match(text)
                or _AUTHOR_NOTE.match(text.strip()))


# a sentence turning the lede into a set-up ("X ran a brilliant primary campaign. The problem? He is running
# the same one now."): what follows is the point, the lede only its premise
_SETUP_TURN = re.compile(r"^(?:but|yet|now|however|still|the (?:problem|catch|trouble|rub|twist|question|"
                         r"difference)\b)", re.I)


def _setup_turn(ctx: Context, start: int = 0) -> int | None:
    """The index of a sentence after the lede (of the paragraphs from the ``start``-th on), in its paragraph or
    the next, that turns it ("But …", "Now …", "Yet …", "The problem? …"); None when the lede stands."""
    lede = _lede(ctx, start)
    if lede is None:
        return None
    for s in ctx.analysis.sentences:
        if s.index <= lede.index:
            continue
        if s.paragraph > lede.paragraph + 1:
            break
        if _SETUP_TURN.match(s.span.text.strip(" \"“‘'")):
            return s.index
    return None


# a statistic with no subject of its own ("Seventy-eight percent were white, …"): a fragment of a
# table out of context, no statement a student could take for the point
_BARE_STAT = re.compile(r"^(?:(?:about|nearly|almost|roughly|some|just|only|more than|less than|over|under)\s+)?"
                        r"(?:[\d.,]+|[A-Za-z]+(?:-[a-z]+)?)\s*(?:%|percent|per cent)\s+(?:(?:of\s+)?(?:them|those|"
                        r"these|whom)\s+)?(?:were|was|are|is|had|have|said|say|backed|supported|chose|voted)\b", re.I)
# a speech tag and nothing more ("O'Malley said at a press conference, according to the Las Vegas Sun"):
# the tail of a quotation the splitter cut off
_TAG_ONLY = re.compile(r"^(?:[\w.'’-]+\s+){1,6}?(?P<verb>said|says|told|added|wrote|explained|noted|continued|"
                       r"tweeted|stated|replied|remarked)\b(?P<rest>.*)$")
# what may follow a speech verb in a bare tag: where, when, to whom, according to whom
_TAG_PART = re.compile(r"^(?:(?:at|in|on|during|after|before|to|from|with|via|by|over|when|while|late|early|"
                       r"earlier|later|last|this|yesterday|today|according to)\b|(?:Monday|Tuesday|Wednesday|"
                       r"Thursday|Friday|Saturday|Sunday)\b|$)")
# an option cut right after an abbreviation ("… who came to the U.S" of "… to the U.S. from …")
_ABBREV_CUT = re.compile(r"(?:\b(?:[A-Z]\.){1,}[A-Z]\.?|\b(?:Jr|Sr|Inc|Corp|Co|Ltd|St|Mt|Ft|Gov|Sen|Rep|Dr|Mr|Mrs|"
                         r"Ms|No|vs)\.?)$")


def _tag_only(text: str) -> bool:
    """Is the sentence only a speech tag: who said it, where, when, according to whom, and no words of
    what was said ("O'Malley said at a press conference, according to the Las Vegas Sun")?"""
    m = _TAG_ONLY.match(text.strip().rstrip("."))
    if m is None:
        return False
    rest = m.group("rest").strip()
    if m.group("verb") == "told":
        rest = re.sub(r"^(?:[\w.'’-]+\s+){0,2}?[\w.'’-]+(?=\s+(?:at|in|on|during|after|before|via|by|over|"
                      r"according)\b|\s*,|\s*$)", "", rest).strip()  # "told reporters at …": to whom
    if re.search(r"\bthat\b", rest) or VERBISH.search(rest):
        return False  # "said in a statement that the pier will open": what was said follows
    return all(_TAG_PART.match(part.strip()) for part in rest.split(","))


def _turn_index(ctx: Context, start: int = 0) -> int | None:
    """The index of the sentence where the article turns from its opening ("But, in many areas
    Israel excels" in ¶3 after "Israel faces many threats …"): a "But"/"However"/"Yet" sentence
    in ¶2–¶4 (counted from the ``start``-th paragraph on). None when the opening is not set up to be
    argued against."""
    for s in ctx.analysis.sentences:
        if 2 + start <= s.paragraph <= 4 + start and _TURN.match(s.span.text.strip()):
            return s.index
        if s.paragraph > 4 + start:
            break
    return None


# a dateline before the lede ("PURCHASE, N.Y., April 1 (UPI) — ", "MYRTLE BEACH, S.C. - "): not the sentence
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)*(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"\s*(?:\([A-Z][\w ]*\))?\s*(?:—|–|--|-)\s+(?=[A-Z])")


def undated(text: str) -> str:
    """The sentence without a dateline before it."""
    return _WIRE_DATELINE.sub("", _DATELINE.sub("", text.strip(), count=1), count=1)


# an appositive after a name, closing the sentence ("…, predicted Madeleine Kunin, the former Vermont
# governor challenged by Sanders 30 years ago.") or inside it ("… deadlocked in California, the biggest
# prize of the primary season, according to a new poll"): the sentence is whole without it
_APPOSITIVE_END = re.compile(r"\b[A-Z][a-z]+ [A-Z][\w'’-]*[a-z](?=,\s+(?:the|a|an)\s+[^,;:\"“”()]+$)")
_APPOSITIVE_MID = re.compile(r"\b[A-Z][\w'’-]*[a-z]\b(, (?:the|a|an) [^,;:()\"“”—–]{3,90}?,)"
                             r"(?= (?!and\b|or\b|but\b|nor\b)[a-z])")
_LOOSE_PHRASE = re.compile(r"(?:according|which|who|whom|whose|where|when|while|although|though|because|since|"
                           r"as|[a-z]+ing)\b")
_OPEN_END = re.compile(r"[—–:;,-]\s*$|\s(?:--)\s*$")
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                  "july august september october november december".split())


def _lean(full: str) -> str:
    """The sentence without its appositives after names. Only one that starts past the sentence's
    first 45 characters is dropped mid-sentence (the option then still opens with the article's words)."""
    m = _APPOSITIVE_END.search(full.rstrip(". "))
    if m and VERBISH.search(full[:m.end()]):
        full = full[:m.end()]
    for m in reversed(list(_APPOSITIVE_MID.finditer(full))):
        if m.start(1) >= 45:
            # no comma left between a name and its verb ("…, Anna Holt, warned" -> "…, Anna Holt warned")
            # and none before a phrase of the verb ("to hold Bryan Pagliano, a former aide, in contempt" ->
            # "… Pagliano in contempt", judged blind on J15); one stays before a loose phrase of the whole
            # clause ("… in California, according to a new poll")
            rest = full[m.end(1):].lstrip()
            loose = _LOOSE_PHRASE.match(rest) is not None and VERBISH.match(rest) is None
            full = full[:m.start(1)] + ("," if loose else "") + full[m.end(1):]
    return full


def _forms(text: str) -> list[str]:
    """The sentence as options of at most MAX_WORDS words, best first: the sentence without its
    appositives, the whole sentence (even one opening with a clause of time: "As X happened, Y
    did."), either cut at a clause boundary; none that is not a whole sentence."""
    full = drop_final_period(" ".join(unquote(text).split()))
    lean = drop_final_period(_lean(full))
    forms = [f for f in (lean, full) if len(f.split()) <= MAX_WORDS and not _DEPENDENT.match(f)]
    for t in (full, lean):
        cut = _whole(t, clause_shorten(t, MAX_WORDS))
        if cut:
            forms.append(cut)
    return list(dict.fromkeys(forms))


def _shortened(ctx: Context, text: str) -> str | None:
    """The best form of a key sentence that keeps what of the headline it names (its appositives
    aside); a cut at up to 40 words when every shorter one drops some; None when no form is whole."""
    lean = _lean(" ".join(unquote(text).split()))
    need = headline_overlap(ctx, lean)
    for form in _forms(text):
        if headline_overlap(ctx, form) >= need:
            return form
    short = _whole(text, clause_shorten(text, 40))
    return short if short and headline_overlap(ctx, short) >= headline_overlap(ctx, text) else None


# a headline reporting someone's words: a speech verb ("…, former rival says", "Pence blames media
# for …") or a speaker before a colon ("Mark Cuban: I'd consider …")
_HEADLINE_SAYS = re.compile(r"\b(?:says?|said|predicts?|claims?|warns?|tells?|insists?|argues?|blames?|slams?|"
                            r"urges?|calls? for|vows?|denies|accuses|admits?|announces?|rejects?|defends?|pledges?|"
                            r"promises?|rebukes?|criticizes?|criticises?|blasts?|praises?)\b", re.I)


def _told_news(ctx: Context, s, short: str) -> bool:
    """May a lede reporting someone's words be the key? Only when the headline itself is about what
    someone said (a speech verb in it, or the speaker's name before its colon), the sentence quotes
    no more than a term, a surely named person or body said it, and the option keeps, for every
    claim of the sentence it states, who made it and the cue: "Bernie Sanders will back Hillary
    Clinton before the convention, predicted Madeleine Kunin" states what the article is about;
    with "predicted Madeleine Kunin" cut off it would state a prediction as fact."""
    if _quotes(s.span.text.replace("''", "\"")):
        return False
    said = _cued_in(ctx, s)
    speakers = [a for a in said if named(a) and a.source and not a.direct]
    if not speakers:
        return False
    title = ctx.article.title
    head, colon, _ = title.partition(":")
    if not (_HEADLINE_SAYS.search(title) or (colon and any(a.source.split()[-1] in head for a in speakers))):
        return False
    return _told_with_speakers(said, speakers, short)


def _matched(keyed: str, pool: list[str]) -> list[str]:
    """Three distractors, in the pool's order, that leave the key neither the longest option by far
    nor the shortest: all within 1.6 times the key's length when enough are, else from 4 in 10 of
    it to 1.8 times it with one at least 72 in 100 of it (the key then at most 1.4 times the longest
    distractor); either way one as long as the key or longer when there is one."""
    k = len(keyed)
    near = [d for d in dict.fromkeys(pool) if 0.4 * k <= len(d) <= 1.8 * k]
    close = [d for d in near if max(len(d) / k, k / len(d)) <= 1.6]
    longer = [d for d in close if len(d) >= k]
    if len(close) >= 3:
        first = (longer or close)[0]  # the pool's order: one without numbers first
        return [first] + [d for d in close if d != first][:2]
    long_ones = longer or [d for d in near if len(d) >= 0.72 * k]
    if len(near) < 3 or not long_ones:
        return []
    long_one = long_ones[0]
    rest = [d for d in close if d != long_one] + [d for d in near if d not in close and d != long_one]
    return [long_one] + rest[:2]


def _abstract(ctx: Context):
    """The abstract's first sentence, when the article opens with one under an "ABSTRACT." label
    (the paper's own summary of the story, as some archives print it)."""
    paragraphs = ctx.article.paragraphs
    if len(paragraphs) < 3 or not re.fullmatch(r"ABSTRACT[.:]?", paragraphs[0].text.strip()):
        return None
    return _lede(ctx)


def _key(ctx: Context):
    """The key (its text as an option and its sentence), or None when no sentence surely states
    what the article is about."""
    # the key comes from the first third of the article (at least its first two paragraphs): a later
    # sentence, however close to the headline, is a detail a judge would not take for the main idea
    lead = max(2, -(-len(ctx.article.paragraphs) // 3))
    heads = _headline_words(ctx)
    abstract = _abstract(ctx)
    if abstract is not None:
        # the paper's summary is the main idea when it is about what the headline names and no opening
        # sentence of the story states the headline better (an abstract may dwell on a consequence:
        # "Paul Manafort will retain his title …" under "Trump hires conservative website official …")
        text = undated(abstract.span.text)
        short = _shortened(ctx, text)
        if short and not _OPEN_END.search(short) and not _unfit_option(text) and not _reported(ctx, abstract) \
                and len(short.split()) >= 8 and not leans_on_pronoun(ctx, short) and _shared_loosely(heads, short) \
                and not any(headline_overlap(ctx, s.span.text) > headline_overlap(ctx, short)
                            for s in ctx.analysis.sentences if s.paragraph <= lead and s is not abstract):
            return sentence_case(short), abstract
    found = []  # (headline words shared, -rank, shortened text, sentence)
    # the story's lede: the first sentence, or the first after the abstract and its labels
    lede = _lede(ctx, abstract.paragraph) if abstract is not None else _lede(ctx)
    ranked = list(ctx.analysis.main_ideas[:4])
    if lede is not None and lede not in ranked:
        ranked.append(lede)  # the lede is a candidate even when the ranker missed it
    turn = _turn_index(ctx)
    setup = _setup_turn(ctx)
    headline_turns = _HEADLINE_TURN.search(ctx.article.title) is not None
    if turn is None and headline_turns:
        return None  # the headline argues against something: the opening may be the premise, not the point
    for rank, s in enumerate(ranked):
        text = undated(s.span.text)
        if s.paragraph > lead or (setup is not None and s.index < setup):
            continue  # (the lede a later "But …", "The problem? …" turns is its set-up, not the point)
        if turn is not None and s.index <= turn and (headline_turns or not covers_point(ctx, text, s is lede)):
            # the opening before the turn is the premise the article argues against; under a plain
            # headline an opening that states the headline's point is no premise ("Al Gore will skip
            # the convention." before a "But …" in ¶3)
            continue
        if _unfit_option(text):
            continue
        if text.lower().startswith("according to") or in_quotation(ctx.article, s.span.start):
            continue
        if _DEPENDENT.match(text) or _NOT_PROSE.search(text) or cut_sentence(ctx.analysis, s):
            continue
        short = _shortened(ctx, text)
        if not short or _OPEN_END.search(short) or leans_on_pronoun(ctx, short):
            continue
        if _reported(ctx, s) and not (s is lede and (_finding_lede(text) or _told_news(ctx, s, short))):
            continue  # a quotation (its marks would be stripped) or "X said …": someone's words, not the point
        if len(short.split()) >= 8 and covers_point(ctx, short, s is lede):
            found.append((len(_shared_loosely(heads, short)), -rank, sentence_case(short), s))
    if not found:
        return None
    # the lede, when it states the headline's point, is the key (the ranker may prefer a detail)
    at_lede = [f for f in found if f[3] is lede]
    shared, _, keyed, best = at_lede[0] if at_lede else max(found, key=lambda t: (t[0], t[1]))
    if shared < max(2, -(-3 * len(heads) // 10)):
        return None  # no sentence states the headline's subject well: the key would be a guess
    strict = headline_overlap(ctx, keyed)
    if any(headline_overlap(ctx, s.span.text) > strict
           for s in ctx.analysis.sentences if s.paragraph <= lead and s is not best):
        return None  # another opening sentence states the headline better: the key is doubtful
    return keyed, best


_TITLE_CASED_RE = re.compile(r"[A-Za-z][\w'’-]*")


# the words of :data:`_TITLE_CASED_RE` of four characters or more, found alone (none of the shorter is listed)
_TITLE_CASED_LONG = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _title_cased(text: str) -> bool:
    """Is the line written like a headline: most of its words of four letters or more capitalised?"""
    long = _TITLE_CASED_LONG.findall(text)
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


_INTERVIEW = re.compile(r"^[QA]\s*[:.]\s")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Oo]urs?|[Mm]y|me|[Ww]e[’']\w+)\b")


def _restates(ctx: Context, keyed: str, text: str) -> bool:
    """Might the sentence be taken for a second statement of the main idea: it shares three in ten
    of the key's words, or two of its words other than names ("Clinton spokesman Brian Fallon said
    the AP report is misleading" beside "A spokesman for … Clinton called a report … outrageous"), or
    the headline's point (two of its words, synonyms counting), or most of the headline?"""
    if overlap(text, keyed) >= 0.3:
        return True
    names = _name_stems(ctx)
    if len({w[:5] for w in _words(keyed) if w[:5] not in names} & _stems(text)) >= 2:
        return True
    point, heads = _point_words(ctx), _headline_words(ctx)
    if point and len(_shared_loosely(point, text)) >= min(2, len(point)):
        return True
    return headline_overlap(ctx, text) > max(2, len(heads) // 2)


# a concession turned to the writer's own claim ("… is undeniably a made-for-media clash, but overlooked is that
# each man has diagnosed …"): how an analysis states its point, no mere detail
_CONCEDED_TURN = Keyed(re.compile(r"\b(?:undeniably|admittedly|certainly|to be sure|no doubt|of course)\b[^.;]*?,\s+"
                            r"(?:but|yet)\b", re.I))


def _verb_bases(text: str) -> str:
    """The text with each word's verb form in WordNet added after it ("took" -> "took take"), so that a
    headline's "take" is found in "took turns"; the text itself without WordNet."""
    wn = wordnet.load()
    if wn is None:
        return text
    out = []
    for w in re.findall(r"[A-Za-z][\w'’-]*", text):
        base = wn.base_form(w, "VERB") if w.islower() else None
        out.append(w if base is None or base == w.lower() else f"{w} {base}")
    return " ".join(out)


# a quotation sentence and its speaker's tag after it ("“Q,” Blackwell wrote.", "“Q1,” Ann Holt added, “q2.”")
_QUOTE_WITH_TAG = re.compile(r"^[“\"](?P<q>[^“”\"]{20,}?),[”\"]\s+(?P<tag>[^“”\",;:]{3,80}?)"
                             r"(?:,\s+[“\"](?P<q2>[a-z][^“”\"]*?)\.?[”\"]|\.)$")
_TAG_VERB = re.compile(r"\b(?:said|says|wrote|writes|added|explained|noted|argued|warned|insisted|stated|declared|"
                       r"maintained|told)\b")
# words of a quotation that mean someone or something of its context (the speaker's "I", "we", "you"; "he",
# "it", "this"): out of the quotation, whom or what they mean is a guess
_QUOTE_VOICE = re.compile(r"\b(?:I|[Ii][’'](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?|"
                          r"[Ww]e[’']\w+|[Yy]ou[’']\w+|[Ll]et[’']s|[Hh]e|[Ss]he|[Hh]im|[Hh]ers?|[Hh]is|[Tt]hey|"
                          r"[Tt]hem|[Tt]heir|[Ii]ts?|[Tt]hese|[Tt]hose|[Hh]ere|[Tt]hen)\b|[?!…\[\]()]|\.\.")


def reported_speech(ctx: Context, s) -> str | None:
    """A quotation sentence with its speaker's tag ("“Q,” Blackwell wrote.") stated as reported speech ("Blackwell
    wrote that Q"), when the sentence opens the quotation and closes it (or a second part of it after the tag), a
    surely named speaker of the ledger is written in the tag with a capital, and the quotation stands alone: no
    "I", "we", "you", "he", "it", "this …" or "then" in it (whom or what they mean is in its context), no
    question, no opening that leans on what came before. None otherwise."""
    text = " ".join(s.span.text.replace("''", "\"").split())
    m = _QUOTE_WITH_TAG.match(text)
    if m is None or in_quotation(ctx.article, s.span.start):
        return None
    quote = m.group("q") + (" " + m.group("q2") if m.group("q2") else "")
    if _QUOTE_VOICE.search(quote) or _DEPENDENT.match(quote) or _CONTEXT.match(quote) or \
            any(t.lower_ in ("this", "that") and t.tag_ == "DT" for t in _parsed(quote)):
        return None
    tag = m.group("tag").strip()
    verb = _TAG_VERB.search(tag)
    if verb is None:
        return None
    speakers = [a for a in _cued_in(ctx, s) if named(a) and a.source_span is not None and a.source_text[:1].isupper()
                and a.source_text in tag]
    if not speakers:
        return None
    who = speakers[0].source_text
    if verb.start() == 0:
        if tag[verb.end():].strip() != who:
            return None  # "said Obama": only the speaker after the verb
        tag = f"{who} {verb.group()}"
    else:
        before = tag[:verb.start()].strip()
        if who not in before or len(before.split()) > 6 or not before[:1].isupper() or \
                len(tag[verb.end():].split()) > 4:
            return None
    first = quote.split()[0]
    if first.lower().strip(",.’'") not in _name_words(ctx) and not any(c.isupper() for c in first[1:]):
        quote = quote[:1].lower() + quote[1:]
    return f"{tag} that {quote}."


# a subject naming an act the sentences before told of ("The move was hotly criticized …", "The decision drew …")
_BACK_SUBJECT = re.compile(r"^the\s+(?:move|decision|step|announcement|remarks?|comments?|statement|change|shift|"
                           r"deal|ruling|increase|episode|incident|exchange|gesture|outburst|attack|tactic)\s+"
                           r"(?!of\b|to\b|by\b|that\b|which\b|from\b|in\b|on\b|between\b)", re.I)
# an opening single quotation mark with no closing one after it (a closing one is also the apostrophe: "Trump’s")
_UNCLOSED_SINGLE = re.compile(r"‘[^’]*$")


def _details(ctx: Context, keyed: str, best, wide: bool = False) -> tuple[list[str], set[str]]:
    """Distractors: plain statements of the article after the key's paragraph that cannot be taken
    for the main idea, as options (whole sentences, cut only at clause boundaries); and which of
    them come from the article's first third (used only when the body gives too few). ``wide``, when
    these are too few: also a quotation with its speaker's tag as reported speech (:func:`reported_speech`),
    and a sentence too long whole or cut, stated without its asides on its subject (:func:`drop_asides`)."""
    top = {s.index for s in ctx.analysis.main_ideas}
    n_par = len(ctx.article.paragraphs)
    # a paragraph restating the key and the one after it (which often explains it: "Democratic
    # leaders are wary of steering the party too far left …" after "… putting the party
    # establishment in a delicate position") give no distractor
    near = {p for s in ctx.analysis.sentences if s is not best and overlap(s.span.text, keyed) >= 0.3
            for p in (s.paragraph, s.paragraph + 1)}
    pool, early = [], set()
    limit = max(MAX_WORDS, len(keyed.split()))  # a long key among details as long (the longest is no tell)
    # the story's opening two paragraphs state its point together: the second often says in other words
    # what the headline says ("The leaders … took turns rebutting the Republican presidential candidate's
    # proposals" under "'Three Amigos' take on Donald Trump policies", keyed to the lede: judged blind, J9,
    # two defensible answers), so a sentence of theirs sharing a headline word gives no distractor; nor
    # does any sentence sharing as many of the headline's words as the key (synonyms counting)
    first = _first_prose(ctx, body_start(ctx))
    opening = first + 1 if first is not None else 2
    heads = _headline_words(ctx)
    keyed_heads = len(_shared_loosely(heads, keyed))
    # past the article's opening third, a sentence the ranker rates highly is a detail like any other when it
    # names at most one of the headline's words and passes every test below (it restates nothing of the key)
    past_opening = max(opening, -(-n_par // 3))
    for s in ctx.analysis.sentences:
        text = s.span.text.strip()
        if _INTERVIEW.match(text) or _title_cased(text):
            continue  # "Q: You suffered …", "A: Believe me …": a turn of an interview; "Clinton Sides With
            # Bush On …": a linked story's headline under "Related:", no statement of this article
        if s.index in top and (s.paragraph <= past_opening or headline_overlap(ctx, text) > 1):
            continue  # a sentence the ranker rates highly, in the opening or naming the headline: maybe the point
        if s.paragraph <= best.paragraph or s.paragraph in near or len(text.split()) < 8:
            continue
        if s.paragraph <= opening and _shared_loosely(heads, _verb_bases(text)):
            continue  # "… took turns rebutting …" under "… take on …": the opening restating the headline
        told = reported_speech(ctx, s) if wide else None
        if told is not None:
            text = told  # "Blackwell wrote that …": the quotation with who said it
        elif text[:1] in "\"“'‘" or in_quotation(ctx.article, s.span.start):
            continue
        elif _quotes(text.replace("''", "\"")) and (_quotes(text.replace("''", "\""), 8) or not _said_by_name(ctx, s)):
            continue  # a detail may quote a few words, its speaker named beside them
        text = _named_pronoun(ctx, s, text) or text  # "He was suspended …" -> "Schilling was suspended …"
        if _unfit_option(text) or _NOT_PROSE.search(text) or text.endswith("?") or cut_sentence(ctx.analysis, s):
            continue
        if text.lstrip(" \"“‘'")[:1] == "(" or text.count("(") != text.count(")"):
            continue  # "(The tally does not include …)": the writer's aside in parentheses, or one cut open
        if _POINTS_AT.search(text) or _LOST_ASIDE.match(text):
            continue  # "There is no chance of that level of violence": which level? (said in the sentence before)
        if text.rstrip(" \"”’'").endswith(":"):
            continue  # "X said that given the crop of candidates on both sides:": it opens what follows, no statement
        if _restates(ctx, keyed, text):
            continue  # a second statement of the main idea would be defensible too (a detail may share names)
        if _CONCEDED_TURN.search(text):
            continue  # "X is undeniably A, but overlooked is that B": the writer's argument, maybe the point
        if heads and len(_shared_loosely(heads, text)) >= max(2, keyed_heads):
            continue  # it matches the headline as well as the key does: a second defensible answer
        first_third = s.paragraph <= max(1, n_par // 3)
        if first_third and (overlap(text, keyed) >= 0.2 or headline_overlap(ctx, text) >= 2):
            continue  # an opening sentence near the key may restate it in other words
        short = _whole(text, clause_shorten(text, limit) or _whole_opening_clause(text, limit))
        if not short and wide:
            short = _without_asides(text, limit)
        if not short or len(short.split()) < 8 or leans_on_pronoun(ctx, short) or _OPEN_END.search(short):
            continue
        if _short_tail_cut(text, short):
            continue  # "… the Iron Curtain that divided East | from West": a verb's phrase cut off, no clause
        if not VERBISH.search(short):
            continue  # "Patriot 125 weekdays from 6:00AM to 9:00AM EST": a line cut off, no statement
        if _BARE_STAT.match(short) or _tag_only(short):
            continue  # "Seventy-eight percent were white": no subject; "X said at a news conference": no content
        if len(short) < len(" ".join(text.split()).rstrip(". ")) and _ABBREV_CUT.search(short.rstrip(".")):
            continue  # "… who came to the U.S" cut from "… to the U.S. from Central America would be …"
        if _FIRST_PERSON.search(short.replace("U.S.", "")):
            continue  # the writer's or a speaker's "we", "us": a voice, out of its context
        if _BACK_SUBJECT.match(short):
            continue  # "The move was hotly criticized by …": which move? (the sentence before says)
        if _UNCLOSED_SINGLE.search(short):
            continue  # "… his biggest worry is that he is ‘unpredictable": a quotation mark left open (the page's
            # “‘unpredictable.” lost its double marks to :func:`unquote`)
        pool.append(sentence_case(short.replace("''", "\"")))  # some papers print quotation marks as ''
        if first_third:
            early.add(pool[-1])
    return pool, early


# a demonstrative before a noun that sums up what the sentences before said ("that level of violence", "this
# incompatibility", "that same membership"), or "a similar …": read alone, the option points at something it never
# states; nor "The new investment comes amid …" opening on what the sentences before announced
_POINTS_AT = re.compile(r"\b(?:that|this|these|those)\s+(?:same|very|level|kind|sort|type|idea|plan|proposal|pitch|"
                        r"move|decision|effort|approach|claim|statement|remarks?|comments?|argument|view|position|"
                        r"strategy|message|incompatibility|criticism|concern|problem|incident|episode|scenario|"
                        r"dynamic|shift|tactic|rhetoric|sentiment|notion|report|investment|number|numbers)\b|\ba\s+similar\b|"
                        r"^the\s+new\s+(?:investment|plan|proposal|move|effort|approach|policy|strategy|ad|report|"
                        r"figures?|numbers?|data|set)\b", re.I)
# a name parted from its verb by a lone comma ("Carson, has begun to attract …"): words of the sentence were lost
# (a link or an aside the page dropped); the option would read garbled
_LOST_ASIDE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+,\s+(?:has|have|had|is|was|are|were|will|would|"
                         r"can|could|did|does|do|said|says)\b")


_HE_SHE = re.compile(r"^(He|She)\s+(?=[a-z])")
_GENDERED = {"He": re.compile(r"\b(?:he|his|him)\b", re.I), "She": re.compile(r"\b(?:she|her|hers)\b", re.I)}


def _named_pronoun(ctx: Context, s, text: str) -> str | None:
    """A detail opening with "He"/"She" (most of a profile's sentences: "He was suspended for a month after he
    posted …") with the name it stands for in its place ("Schilling was suspended …"), when that is plain: the
    sentence before it, in its paragraph or closing the one before, has a name as the subject of its main verb
    ("Schilling told WEEI …"; none inside a quotation), names no one else, and says no "he"/"she" of the other
    sex; the article writes the name with the pronoun's sex near it ("Schilling … his") and never with the
    other's (a surname two people share, or a woman and a man of one family, stays a guess). None otherwise: the
    sentence stays out, as before."""
    m = _HE_SHE.match(text)
    prev = ctx.analysis.sentences[s.index - 1] if 0 < s.index <= len(ctx.analysis.sentences) else None
    if m is None or prev is None or prev.index != s.index - 1 or s.paragraph - prev.paragraph not in (0, 1):
        return None
    pronoun, other = m.group(1), "She" if m.group(1) == "He" else "He"
    before = prev.span.text
    if _GENDERED[other].search(before):
        return None
    doc = _parsed(before.strip())
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subj is None or subj.tag_ != "NNP" or not subj.text[:1].isupper():
        return None
    lead = len(before) - len(before.lstrip())
    if in_quotation(ctx.article, prev.span.start + lead + subj.idx):
        return None  # "“Jeb doesn't really believe I'm unhinged.” He said …": the quotation's subject, not the speaker
    start = subj.i
    while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].dep_ == "compound":
        start -= 1
    name, surname = doc[start:subj.i + 1].text, subj.text
    people = [e for e in ctx.analysis.entities if e.label == "PERSON"
              and prev.span.start <= e.span.start and e.span.end <= prev.span.end]
    if not people or any(surname not in e.text for e in people):
        return None  # no person named as the subject, or someone else named too
    near = re.compile(rf"\b{re.escape(surname)}\b[^.!?]{{0,80}}")
    spans = [m2.group(0) for m2 in near.finditer(ctx.article.text)]
    if not any(_GENDERED[pronoun].search(t) for t in spans) or any(_GENDERED[other].search(t) for t in spans):
        return None
    return name + text[len(pronoun):]


def _without_asides(text: str, limit: int) -> str | None:
    """The sentence without its asides on its subject (:func:`drop_asides`: "Cruz, a graduate of Harvard Law
    School who has argued cases before the Supreme Court, will do an excellent job" -> "Cruz will do an
    excellent job"), whole or cut at a clause boundary, when that fits ``limit`` words. Never without its
    opening phrase or clause ("If elected, …", "In 2012, …": what it says may hold only with it)."""
    full = drop_final_period(" ".join(unquote(text).split()))
    lean = drop_asides(full)
    if lean is None or lean.split()[0] != full.split()[0]:
        return None
    return _whole(lean, clause_shorten(lean, limit))


def _short_tail_cut(text: str, short: str) -> bool:
    """Is ``short`` the sentence cut without punctuation before a tail of four words or fewer ("… the Iron
    Curtain that divided East | from West")? Such a tail is most often a phrase the verb needs, not a loose
    one: the option would misstate the sentence."""
    full = drop_final_period(" ".join(unquote(text).split()))
    if len(short) >= len(full) or not full.startswith(short):
        return False
    rest = full[len(short):]
    return rest.lstrip()[:1] not in ",;:—–-(" and len(rest.split()) <= 4


def _whole_opening_clause(text: str, limit: int) -> str | None:
    """A sentence opening with a subordinate clause ("Though the pier was shut, the fishermen sold …"),
    given whole when it is short enough: :func:`clause_shorten` gives none of these, since a cut of one
    would leave the subordinate clause as its head, but the whole sentence is no fragment. None when it
    would need a cut, or when its parse is no single sentence with a finite verb and its subject at the root; none
    that opens like a scene or a condition ("When Mary Olsen woke on Monday, the sea …": a feature's anecdote a
    student might take for the story's opening point)."""
    full = drop_final_period(" ".join(unquote(text).split()))
    if len(full.split()) > limit or not _OPENING_PHRASE.match(full) or _SCENE.match(full) or "," not in full:
        return None
    return full if parsed_whole_form(full) else None


def generate(ctx: Context) -> list[Item]:
    """One MC item: the main-idea sentence vs detail sentences from later paragraphs."""
    if not ctx.allows("multiple_choice") or not ctx.analysis.main_ideas:
        return []
    key = _key(ctx)
    item = _item(ctx, key) if key is not None else None
    if item is None:
        # a second way: the lede in its own words, shortened (a long key finds no details as long)
        for second in lede_keys(ctx):
            item = _item(ctx, second) if second != key else None
            if item is not None:
                break
    # a third way: the main clause of the opening sentence that states the headline's point; a fourth:
    # the lede's main clause, cut also before a bare "after"/"despite" clause, kept through a later
    # "But …" when it states the point, and an announcement by the headline's subject
    for route in (clause_keys, lede_clause_keys, news_lede_keys, body_lede_keys, abstract_keys):
        if item is not None:
            break
        for other in route(ctx):
            item = _item(ctx, other)
            if item is not None and not lint_item(item, ctx.article):
                log.debug("main idea: %s key %r", route.__name__, other[0])
                break
            item = None
    if item is None:
        log.debug("main idea: no item for %r", ctx.article.title)
    return [item] if item is not None else []


# a section heading run into the sentence after it ("Limited Tools to Fight Terrorism: The United Nations …")
_HEADING_LEAD = re.compile(r"^([A-Z][^:.!?\"“”]{2,70}?):\s+[A-Z\"“]")


_HEADED_OR_QUESTION_RE = re.compile(
    r"^(?:how|what|why|who|whom|whose|which|when|where|is|are|was|were|do|does|"
    r"did|can|could|will|would|should|has|have)\b[^.!]*\?", re.I)


# a section heading printed into its paragraph with no stop ("Cruz's Path to Nomination For Mr. Cruz, the victory …",
# judged blind, T14): words in title case, then a capitalised word that can only open a sentence
_FUSED_HEADING = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|to|of|the|and|for|in|on|a|an|at|by)){1,7}?\s+"
                            r"(?:For|In|The|But|As|When|After|On|At|With|While|It|He|She|They|This|That|Yet|And)\s")


def headed_or_question(text: str) -> bool:
    """Is the option a question ("How well is the body doing …?") or does it carry a section heading
    before a colon? Neither states a main idea nor reads as a detail sentence (judged blind)."""
    body = text.strip().rstrip("\"”’' ")
    if body.endswith("?") or _HEADED_OR_QUESTION_RE.match(body) or _FUSED_HEADING.match(body):
        return True
    m = _HEADING_LEAD.match(body)
    if m is None:
        return False
    long = [w for w in _TITLE_CASED_RE.findall(m.group(1)) if len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


# the writer's own verdict ("There is simply no way to gather a concrete theory of …", "What 'go after them' actually
# means is left to the imagination", "It was word mush"): an analysis piece's argument, which a close reader may take
# for its main idea (judged blind, T25), never a distractor
_COMMENTARY = re.compile(r"\b(?:simply|actually|clearly|obviously|of\s+course|naturally|supposedly|so-called|"
                         r"no\s+way|left\s+to\s+the\s+imagination|mush|bromides?|evasive\w*|nonsense|absurd\w*|"
                         r"ridiculous\w*|laughabl\w*|shameful\w*|disgrace\w*|hypocri\w+)\b", re.I)


def commentary(text: str) -> bool:
    """Is the sentence the writer's own verdict (:data:`_COMMENTARY`, or a loaded word of the analysis' list)?"""
    return bool(_COMMENTARY.search(text)) or any(w.strip(",.;:!?\"“”‘’'").lower() in LOADED for w in text.split())


# small words written with a capital inside a line ("… Highest Score To Date On Hazard Scale"): a headline's style (a
# sentence full of names, "Rep. Debbie Wasserman Schultz won her Democratic primary …", writes them small)
_HEADLINE_SMALL = re.compile(r"(?<=[a-z,] )(?:To|On|Of|In|For|And|At|By|With|From|As|Into|Over|Is|Are|Be|The|A|An)\b")
# an editor's line on what follows ("Excerpts from the report …", "The full text of …", "Here is …")
_FRAMING = re.compile(r"^(?:excerpts?|extracts?|(?:the\s+)?(?:full\s+)?text|(?:a\s+)?transcript|the following|below|"
                      r"here\s+(?:is|are))\b", re.I)


def _copies_headline(ctx: Context, keyed: str) -> bool:
    """Is the key the headline printed again, word for word (a wire label before it at most)? A lede that says the
    headline's point in its own words ("Kmart Holding Corp. agreed to buy Sears …") stays a key."""
    head, key = norm(ctx.article.title), norm(keyed)
    return len(head.split()) >= 3 and f" {head} " in f" {key} " and len(key.split()) <= len(head.split()) + 3


def _item(ctx: Context, key) -> Item | None:
    keyed, best = key
    sup = support_span(ctx.article, best.span)
    if sup is None or headed_or_question(keyed) or headed_or_question(best.span.text):
        return None  # a question of the opening ("How well is …?") is never the main idea
    if set_aside(ctx, best):
        return None  # judged blind (J1): "readers may be angry … But that's not the goal of this column"
    if _GUEST_SCENE.fullmatch(keyed.strip()):
        return None  # judged blind (T32): "Former Clinton pollster Douglas Schoen was a guest on Fox News Channel's
        # Hannity" keyed over what he told the host: where someone spoke is the scene, not the point
    if _ORIGIN_START.match(keyed):
        return None  # judged blind (J3): "Started in 1990, the festival continues a 2000 year old tradition": history
    if len(_HEADLINE_SMALL.findall(keyed)) >= 2 or _FRAMING.match(keyed):
        return None  # judged blind (W7): "… Reaches Highest Score To Date On Hazard Scale Don Yeomans, Steve Chesley
        # and Paul Chodas" (a headline and its byline) and "Excerpts from the Report …, as translated by The Herald"
        # (an editor's note on what follows) keyed as the main idea: no sentence of the story
    if _copies_headline(ctx, keyed):
        return None  # judged blind (W6): "Update 12: Kmart Acquires Sears in $11 Billion Deal", the headline printed
        # again in ¶2 under a wire label, keyed: answered by matching the title, no reading
    if background_key(ctx, keyed):
        return None  # judged blind (J4): "A conservative party … introduced a carbon tax in 2008" under "A carbon
        # tax that really works": the lede's past event is the background, the headline's claim the point
    pool, early = _details(ctx, keyed, best)
    pool = [d for d in pool if not headed_or_question(d) and not commentary(d)]
    pool = sorted(set(pool))
    ctx.rng.shuffle(pool)
    # sentences with no number first: a number in an option is often another item's answer
    # ("killing all seven astronauts" beside "killing all ______ astronauts"), and the lesson leaves
    # out one of two such items; and sentences reporting no one's words before those that do ("…, Tom Reed said"
    # beside "According to ¶4, who said …?": the lesson leaves out one of the two)
    voiced = _voiced(ctx)
    pool.sort(key=lambda t: (t in early, bool(_NUMBER.search(t)), voiced(t), bool(_REPORT.search(t))))  # body first
    distractors = _matched(keyed, pool)
    if len(distractors) < 3 and _names_headline(ctx, keyed):
        # too few: quotations as reported speech and long sentences without their asides too, after the plain
        # ones (in an order of their own: the lesson's other draws stay as they were), those naming fewer of the
        # article's names, places and numbers first (another item's answer in an option leaves that item out of
        # the lesson); none sharing a word of the key's own, none pointing out of itself ("that pitch")
        wide, wide_early = _details(ctx, keyed, best, wide=True)
        extra = sorted({d for d in wide if d not in pool and not headed_or_question(d)})
        random.Random(keyed).shuffle(extra)
        answers = _answer_like(ctx)
        extra.sort(key=lambda t: (t in wide_early, bool(_NUMBER.search(t)), voiced(t),
                                  sum(1 for a in answers if a in t), bool(_REPORT.search(t))))
        distractors = _matched(keyed, [d for d in pool + extra if not _shares_key_word(ctx, keyed, d)
                                       and not _points_out(d)])
    if len(distractors) < 3 or any(garbled_text(o) for o in (keyed, *distractors)):
        return None  # judged blind (J9): "PeÃ±a Nieto" printed in an option
    # every option ends the same way: no final period (a shortened sentence has none)
    keyed = keyed.rstrip(".")
    distractors = [d.rstrip(".") for d in distractors]
    options, answer = shuffled_options(ctx.rng, keyed, distractors)
    explanation = (f"{cite(sup, 30)} — this states what the whole article is about; the other sentences are "
                   "true details from later paragraphs.")
    stem = "Which sentence best states the main idea of the article?"
    return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup])


# words of a political story too common to tell a detail from the point
_COMMON = frozenset("campaign campaigns election elections presidential president candidate candidates nominee "
                    "debate debates people percent years first today party state states country national "
                    "political politics american americans".split())


def _shares_key_word(ctx: Context, keyed: str, text: str) -> bool:
    """Does the detail share a word of the key's own (five letters or more, written in lower case in the key, no
    name and none of :data:`_COMMON`)? An item made only with the wider details (:func:`_details`) keeps none
    such: "The IMF expects that U.S. output will expand by a tepid 1.6 percent, less than forecast in July" beside
    "The IMF … is lowering its forecast for U.S. growth" might be defended as the main idea too."""
    names = _name_stems(ctx)
    own = {w for w in re.findall(r"\b[a-z][a-z'’-]{4,}\b", keyed) if w[:5] not in names and w not in _COMMON}
    return bool(_shared(frozenset(own), text))


def _points_out(text: str) -> bool:
    """Does the option point at something outside it with "that", "this", "these" or "those" before a noun ("Not
    everyone finds that pitch … compelling": which pitch?)"""
    return bool(re.search(r"\b(?:that|this|these|those)\b", text, re.I)) and \
        any(t.lower_ in ("that", "this", "these", "those") and t.dep_ == "det" for t in _parsed(text))


def _voiced(ctx: Context):
    """A test of an option: does it restate a claim the ledger is sure a named source made, naming the source
    ("Trump called the senator a nasty guy, …" of '… who called the senator a "nasty guy" …?' keyed Donald Trump)?
    A "who said …?" item may be asked of the claim, and the option would tell its answer (the lesson then leaves out
    one of the two): such options come after the others."""
    # each surname's pattern compiled once here, not looked up by its text for every option
    sure = [(re.compile(rf"\b{re.escape(a.source.split()[-1])}\b"), a.content) for a in ctx.analysis.attributions
            if named(a) and a.source_kind == "person" and a.claim_confidence >= 0.8 and a.content]

    def test(text: str) -> bool:
        return any(last.search(text) is not None and overlap(text, content) >= 0.3 for last, content in sure)

    return test


def _names_headline(ctx: Context, keyed: str) -> bool:
    """Does the key name whom the headline names (the headline's words written as names in the article), when
    it names anyone? ("Today is two months until the presidential election" under "With two months to go,
    Trump still ducks on taxes": the headline's time, not its point.)"""
    names = _headline_words(ctx) - _point_words(ctx)
    return not names or bool(_shared(frozenset(names), keyed))


_ANSWER_LABELS = frozenset("PERSON ORG GPE LOC NORP FAC EVENT WORK_OF_ART LAW PRODUCT".split())


def _answer_like(ctx: Context) -> frozenset[str]:
    """The article's names of people, bodies and places not in the headline: what other items ask for."""
    def compute() -> frozenset[str]:
        title = ctx.article.title
        return frozenset(e.text for e in ctx.analysis.entities
                         if e.label in _ANSWER_LABELS and len(e.text) > 2 and e.text not in title)

    return article_memo(ctx, "main_idea.answer_like", compute)


# a time in a past year ("in 2008", "since March 2012", "back in 1990"): a sentence telling what happened then
_PAST_YEAR = re.compile(r"\b(?:in|since|during|back in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|"
                        r"April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?"
                        r"(?:19|20)\d\d\b", re.I)
_AHEAD = re.compile(r"\b(?:will|would|shall|plans?\s+to|aims?\s+to|set\s+to|expects?\s+to)\b", re.I)


# a description of someone after a name, set off by commas ("Ms. Brainard, a Fed governor since 2014, has …")
_DESCRIBED = re.compile(r"(?<=[a-z])\s*,\s+(?:a|an|the)\s+[^,;:\"“”()]{3,80}?,(?=\s+(?:has|have|had|is|was|are|were|"
                        r"will|would|can|could|said|says|[a-z]+ed)\b)")


def background_key(ctx: Context, keyed: str) -> bool:
    """Is the key a sentence of background: it tells what happened in a past year ("… introduced a carbon
    tax in 2008") and leaves out some of the headline's point ("A carbon tax that really works": that it
    works)? The article argues or reports something of now; the past event is where it starts from, and a
    student choosing it would be marked right for naming a detail. A year in a description of someone between
    commas ("Ms. Brainard, a Fed governor since 2014, has emerged …") tells who they are, not when the key's
    news happened: it does not count."""
    if not _PAST_YEAR.search(_DESCRIBED.sub(",", keyed)) or _AHEAD.search(keyed):
        return False
    point = _point_words(ctx)
    return bool(point) and len(_shared_loosely(point, keyed)) < len(point)


# a sentence of background that opens on how something began ("Started in 1990, the festival …")
_ORIGIN_START = re.compile(r"^(?:started|founded|established|built|begun|launched|created|opened|first\s+held)\s+"
                           r"(?:in|on|around|back\s+in)\b", re.I)
# the writer sets the sentence before aside: "But that's not the goal of this column", "That is not the point"
_SETS_ASIDE = re.compile(r"^(?:but|yet|however|still),?\s+(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+isn['’]t|"
                         r"\s+wasn['’]t)\s+(?:not\s+|n['’]t\s+)?(?:the|my|our)\s+(?:goal|point|issue|question|"
                         r"purpose|story|focus|subject)|^(?:that|this)(?:['’]s|\s+is|\s+was)\s+not\s+(?:the|my|our)\s+"
                         r"(?:goal|point|issue|question|purpose|story|focus|subject)", re.I)


def set_aside(ctx: Context, s) -> bool:
    """Does the next sentence of the paragraph set ``s`` aside ("But that's not the goal of this particular
    column")? Then ``s`` states what the writer turns away from, never the article's point."""
    nxt = next((t for t in ctx.analysis.sentences if t.span.start >= s.span.end), None)
    return nxt is not None and nxt.paragraph == s.paragraph and _SETS_ASIDE.match(nxt.span.text.strip()) is not None


# a lede that reports a poll's finding in its own words ("Americans oppose X, a new Y/Z Poll finds")
_POLL_FINDS = re.compile(r",\s+(?:a|an|the)\s+(?:new\s+|latest\s+)?[\w/.&' -]{0,50}?\b(?:[Pp]oll|[Ss]urvey|[Ss]tudy)\s+"
                         r"(?:finds|found|shows|showed)$")
# a clause of time or circumstance after the main clause, with no comma before it ("X moved closer
# to the nomination with two contests this weekend | as she and Y continued …"): the head is whole
_TAIL_CLAUSE = re.compile(r"\s+(?=(?:as|while|amid)\s+(?:she|he|they|the|his|her|their|[A-Z])\b)")
_ANY_QUOTE = re.compile(r"[\"“”‘]|''|(?<!\w)'|'(?!\w)")


def _lede_forms(text: str) -> list[str]:
    forms = _forms(text)
    poll = re.match(r"^(.{30,}?\b(?:[Pp]oll|[Ss]urvey|[Ss]tudy)\s+(?:finds|found|shows|showed)),\s", text)
    if poll and _POLL_FINDS.search(poll.group(1)):
        forms.insert(0, poll.group(1))  # "Most X oppose Y, a new Z poll finds | , a debate that …"
    for m in _TAIL_CLAUSE.finditer(text):
        head = text[:m.start()].rstrip(" ,")
        if 10 <= len(head.split()) <= MAX_WORDS and "," not in head and VERBISH.search(head) and \
                parsed_whole(text, head):
            forms.append(head)
            break
    return forms


def lede_key(ctx: Context):
    """The first of :func:`lede_keys`, or None."""
    keys = lede_keys(ctx)
    return keys[0] if keys else None


def lede_keys(ctx: Context) -> list:
    """A second way to the key: the article's first sentence (its lede) when it states most of the
    headline in the writer's own words: no quotation marks, no one's words reported (a poll's
    finding aside), no pronoun to resolve, at least three of the headline's content words and half
    of them (synonyms counting), and no opening sentence sharing more of the headline. Shortened
    only at a clause boundary (a comma before "which", "with" …; "as"/"while"/"amid" after the
    main clause). Under a headline that turns against a view, or an opening with a turn: none."""
    if _HEADLINE_TURN.search(ctx.article.title) or _turn_index(ctx) is not None or _setup_turn(ctx) is not None:
        return []
    s = _lede(ctx)
    if s is None or in_quotation(ctx.article, s.span.start) or cut_sentence(ctx.analysis, s):
        return []
    text = undated(s.span.text)
    if _unfit_option(text) or _DEPENDENT.match(text) or _NOT_PROSE.search(text) or _ANY_QUOTE.search(text):
        return []
    if text.lower().startswith("according to"):
        return []
    heads = _headline_words(ctx)
    lead = max(2, -(-len(ctx.article.paragraphs) // 3))
    out: list = []
    for form in _lede_forms(text):
        if not 8 <= len(form.split()) <= MAX_WORDS or _OPEN_END.search(form) or leans_on_pronoun(ctx, form):
            continue
        if _REPORT.search(_POLL_FINDS.sub("", form)) or _REPORT.search(form) and not _POLL_FINDS.search(form):
            continue  # someone's words stated as the point
        shared = len(_shared_loosely(heads, form))
        if shared < max(3, -(-len(heads) // 2)) or not covers_point(ctx, form, True):
            continue
        strict = headline_overlap(ctx, form)
        if any(headline_overlap(ctx, o.span.text) > strict
               for o in ctx.analysis.sentences if o.paragraph <= lead and o is not s):
            return out  # another opening sentence states the headline better
        out.append((sentence_case(form), s))  # each whole form, best first (a shorter one may find details)
    return out


# ---------------------------------------------------------------- a third way: the opening sentence's main clause

# where a sentence's main clause ends and a clause hanging on it begins: a comma before a participle
# ("…, saying …", "…, painting others as weak"), a relative pronoun, a conjunction of time or
# circumstance, or "a day after …"; "while"/"amid" without a comma; a dash or a semicolon
_HANGING = re.compile(
    r",\s+(?=(?:[a-z]{3,}ing|who|which|whose|after|before|as|while|amid|with|despite|even|although|though|"
    r"because|since|following|including|(?:a|one|two|three|several|just)\s+(?:days?|weeks?|months?|years?|"
    r"hours?)\s+(?:after|before))\b)|\s+(?=(?:while|amid)\s)|\s+(?:—|–|--|-)\s+|;\s+")
# an opening phrase or subordinate clause before the main clause, ended by the first comma before a
# capitalised subject ("In the days after the attacks in Paris, Donald Trump …", "Although it was far
# from the last word …, Attorney General Loretta Lynch took …")
_OPENER = re.compile(r"^(?:In|On|At|During|After|Before|Despite|Amid|Although|Though|While|As|With|Following|"
                     r"Since|Last|This|Earlier|Later|Days|Weeks|Hours|Months)\b[^,;:\"“”]{3,160}?,\s+(?=[A-Z]|the\s)")
# a hanging clause that reports whose words the main clause gives ("…, the mayor said", "…, according to
# …", "…, as officials announced"): cut off, it would leave someone's claim as the article's own
_REPORTING_TAIL = re.compile(r"^(?:according\b|as\b[^,]{0,60}\b(?:said|says|reported|announced|told)\b)", re.I)
# a dateline written in small letters before a wire service's name ("Philadelphia (AFP) – ")
_WIRE_DATELINE = re.compile(r"^[A-Z][\w.' ,-]{1,40}?\s*\((?:AFP|AP|Reuters|UPI)\)\s*(?:—|–|--|-)\s+(?=[A-Z])")
_PARTICIPLE_TAIL = re.compile(r"^(?:[a-z]{3,}ing|who|which|whose)\b")


def _clause_forms(text: str) -> list[tuple[int, int]]:
    """The sentence's main clause as (start, end) offsets into ``text``, best (longest whole) first:
    without an opening phrase before its subject, cut where a hanging clause begins; each piece a
    clause boundary, never mid-phrase. The offsets let the caller check what was cut off."""
    body = text.rstrip()
    while body and body[-1] in ".!":
        body = body[:-1]
    starts = [0]
    wire = _WIRE_DATELINE.match(body)
    if wire:
        starts = [wire.end()]  # "Philadelphia (AFP) – US President …": the dateline is no part of the sentence
    m = _OPENER.match(body)
    if m:
        starts.append(m.end())
    ends = [len(body)] + sorted({c.start() for c in _HANGING.finditer(body)}, reverse=True)
    out = []
    for a in starts:
        for b in ends:
            if b > a:
                out.append((a, b))
    return out


def _clause_ok(ctx: Context, s, text: str, a: int, b: int, told=None, bare: bool = False) -> str | None:
    """The option the piece text[a:b] of the sentence gives, or None when it is no whole, plain
    statement of the writer's (why, logged): 8 to MAX_WORDS words with a verb, no quotation mark, no
    report of someone's words unless the headline reports them too and the option keeps who said it,
    no claim of someone whose cue was cut off, no pronoun to resolve, no list or pair cut in two."""
    form = " ".join(text[a:b].split()).rstrip(" ,;:")
    dropped_tail = text[b:].strip(" ,;—–-")
    if not 8 <= len(form.split()) <= MAX_WORDS or not VERBISH.search(form):
        return None
    if _ANY_QUOTE.search(form) or _OPEN_END.search(form) or _unfit_option(form) or _DEPENDENT.match(form):
        return None
    if b < len(text.rstrip(" .")) and not _whole(text[a:].strip(), form):
        return None  # a list or a pair cut in two, a subject left without its verb
    if a and (_SUBORDINATE.match(form) or not VERBISH.search(form.split(",")[0])):
        return None  # the opener's first comma was inside it ("In Paris, the capital, …"): no subject and verb
    if dropped_tail and _REPORTING_TAIL.match(dropped_tail):
        return None  # "…, according to …": the main clause is someone's claim
    if dropped_tail and not bare and not _PARTICIPLE_TAIL.match(dropped_tail) and \
            _REPORT.search(dropped_tail.split(",")[0]):
        return None  # "…, the mayor said at a meeting"
    # the ledger's claims: one stated in the option keeps its cue in the option
    offset = s.span.start + s.span.text.find(text[:20]) if text[:20] in s.span.text else None
    if offset is None:
        return None
    lo, hi = offset + a, offset + b
    for att in ctx.analysis.attributions:
        if att.cue_span is None or not s.span.start <= att.cue_span.start < s.span.end:
            continue
        states = any(c.start < hi and c.end > lo for c in att.content_spans)
        if states and not lo <= att.cue_span.start < hi:
            return None  # the claim without who made it
    if _SAYING.search(form):
        return None  # "…, saying the wall was unsafe": someone's words hang on the point; the cut states it
    if _REPORT.search(form) and not (told or _told_news)(ctx, s, form):
        return None
    if leans_on_pronoun(ctx, form):
        return None
    return sentence_case(form)


_SAYING = re.compile(r",\s+(?:saying|calling|adding|arguing|noting|claiming|insisting|warning|telling|"
                     r"accusing|vowing|promising|declaring|stating|explaining|suggesting)\b")
_SUBORDINATE = re.compile(r"(?:although|though|while|when|if|because|since|after|before|as|unless|whereas|"
                          r"following|once|until|despite|amid|with)\b", re.I)


def clause_keys(ctx: Context) -> list:
    """A third way to the key: the main clause of the opening sentence that states the headline's point
    (the lede, else another sentence of the first two prose paragraphs), its opening phrase and hanging
    clauses cut off at clause boundaries ("…, saying …", "…, a day after …", "In the days after …,").
    Each whole form is a key candidate, longest first; the sentence must state the headline's point
    (two of its non-name words), share three in ten of its words (two at least), and no opening
    sentence may share more of the headline than the whole sentence does. Under a headline that turns
    against a view, or an opening with a turn: none (the opening may be the premise)."""
    # a turn word inside the headline's quotation is the speaker's ("… as 'work horse, not show horse'"):
    # the headline reports it and argues against nothing
    if _HEADLINE_TURN.search(_QUOTED.sub(" ", ctx.article.title)) or _turn_index(ctx) is not None or \
            _setup_turn(ctx) is not None:
        log.debug("main idea: no clause key, the headline or the opening turns")
        return []
    first = _first_prose(ctx)
    if first is None:
        return []
    heads, point = _headline_words(ctx), _point_words(ctx)
    need = max(2, -(-3 * len(heads) // 10))
    lede = _lede(ctx)
    opening = [s for s in ctx.analysis.sentences if first <= s.paragraph <= first + 1]
    out: list = []
    for s in opening:
        if in_quotation(ctx.article, s.span.start) or cut_sentence(ctx.analysis, s):
            continue
        text = undated(s.span.text)
        if text.lower().startswith("according to") or _NOT_PROSE.search(text) or _DEPENDENT.match(text):
            continue
        # no sentence of the article shares more of the headline (a later one that does may be the point:
        # "The council finally voted to close the bridge" in ¶7 under "Council votes to close bridge"),
        # and one after the lede needs a clear margin over every other
        whole = headline_overlap(ctx, text)
        margin = 0 if s is lede else 1
        if any(headline_overlap(ctx, o.span.text) + margin > whole for o in ctx.analysis.sentences if o is not s):
            continue
        for a, b in _clause_forms(text):
            form = _clause_ok(ctx, s, text, a, b)
            if form is None or not covers_point(ctx, form, s is lede):
                continue
            if point and len(_shared_loosely(point, form)) < min(2, len(point)):
                continue  # "Teachers unions were among the earliest supporters of Clinton" under "Clinton's
                # union problem": the names and one word, not the point (the problem is what follows)
            if len(_shared_loosely(heads, form)) < need:
                continue
            out.append((form, s))
        if out:
            break  # the first sentence that states the point; a later one is a detail
    if not out:
        log.debug("main idea: no opening sentence's main clause states the headline %r", ctx.article.title)
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------- a fourth way: the lede's main clause, more cuts

# a clause of time, reason or concession after the main clause with no comma before it ("X nominated
# Y for a second term | despite complaints …", "A lawmaker is calling for X to be banned | after X
# suggested …"), or a time phrase after a comma ("…, just six days before the primary"): the head is
# whole without it (the parse checks it keeps its verb's objects)
_BARE_TAIL = re.compile(r"\s+(?=(?:after|despite|because)\s)|,\s+(?=(?:just\s+|only\s+)?(?:[a-z]+\s+)?"
                        r"(?:days?|weeks?|months?|hours?)\s+(?:after|before)\s)")


def _bare_cuts(text: str) -> list[tuple[int, int]]:
    """The sentence's main clause cut where a bare "after"/"despite"/"because" clause begins, as
    (start, end) offsets into ``text``, longest first; the opening phrase (:data:`_OPENER`) or a
    wire dateline dropped as :func:`_clause_forms` drops them."""
    body = text.rstrip()
    while body and body[-1] in ".!":
        body = body[:-1]
    start = 0
    wire = _WIRE_DATELINE.match(body)
    if wire:
        start = wire.end()
    m = _OPENER.match(body, start)
    starts = [start] + ([m.end()] if m else [])
    ends = sorted({c.start() for c in _BARE_TAIL.finditer(body)}, reverse=True)
    return [(a, b) for a in starts for b in ends if b - a > 0]


def _told_by_subject(ctx: Context, s, short: str) -> bool:
    """May the lede's report of someone's words or acts be the key when the headline does not report
    speech? Only when the one who speaks is the headline's subject ("The Obama administration
    announced plans to expand …" under "Obama administration to expand …"): a surely named source,
    its name in the headline, no quotation in the sentence, and the option keeping, for every claim
    of the sentence it states, who made it and the cue (as :func:`_told_news` asks)."""
    if _quotes(s.span.text.replace("''", "\"")):
        return False
    said = _cued_in(ctx, s)
    heads = _headline_words(ctx)
    # the ledger may be unsure of the source's kind ("Obama administration"): its capitalised name,
    # written in the headline and in the option, is who speaks
    speakers = [a for a in said if a.source and not a.direct and a.source[:1].isupper()
                and (named(a) or a.source_kind in ("person", "organisation", "government"))
                and _shared(heads, a.source) and _shared(heads, a.source) <= _shared(heads, short)]
    if not speakers:
        return False
    return _told_with_speakers(said, speakers, short)


# a dateline set off by a horizontal bar ("WASHINGTON ― The …"), which :data:`_DATELINE` does not know
_BAR_DATELINE = re.compile(r"^[A-Z][A-Z.'’ ,-]{2,40}\s*―\s*(?=[A-Z])")


def lede_clause_keys(ctx: Context) -> list:
    """A fourth way to the key, tried when the other three give none: the lede's main clause (as
    :func:`clause_keys` cuts it, and also before a bare "after"/"despite"/"because" clause). Unlike
    :func:`clause_keys`, a "But …" in ¶2–¶4 does not rule the lede out when the lede states the
    headline's point by its own words (two of the headline's non-name words, no synonyms: as
    :func:`_key` keeps such a lede), and a report is kept when the headline's subject is the one
    who speaks (:func:`_told_by_subject`). Never under a headline that turns against a view or a
    lede its next sentences set up ("But …", "The problem? …"), never when another sentence of the
    article shares more of the headline."""
    if _HEADLINE_TURN.search(_QUOTED.sub(" ", ctx.article.title)) or _setup_turn(ctx) is not None:
        return []
    s = _lede(ctx)
    if s is None or in_quotation(ctx.article, s.span.start) or cut_sentence(ctx.analysis, s):
        return []
    text = _BAR_DATELINE.sub("", undated(s.span.text), count=1)
    if text.lower().startswith("according to") or _NOT_PROSE.search(text) or _DEPENDENT.match(text):
        return []
    whole = headline_overlap(ctx, text)
    if any(headline_overlap(ctx, o.span.text) > whole for o in ctx.analysis.sentences if o is not s):
        return []
    heads, point = _headline_words(ctx), _point_words(ctx)
    need = max(2, -(-3 * len(heads) // 10))
    turned = _turn_index(ctx) is not None
    out: list = []
    bare = set(_bare_cuts(text))
    for a, b in [*_clause_forms(text), *sorted(bare, key=lambda ab: (ab[0], -ab[1]))]:
        # (a bare cut's tail is a clause of its own: its "said" is not a speech tag of the main clause)
        form = _clause_ok(ctx, s, text, a, b, told=_told_either, bare=(a, b) in bare)
        if form is None or not covers_point(ctx, form, not turned):
            continue
        if point and len(_shared_loosely(point, form)) < min(2, len(point)):
            continue
        if turned and point and len(_shared(point, form)) < min(2, len(point)):
            continue  # before a "But …", only a lede stating the point in the headline's own words
        if len(_shared_loosely(heads, form)) < need:
            continue
        out.append((form, s))
    return list(dict.fromkeys(out))


def _told_either(ctx: Context, s, short: str) -> bool:
    return _told_news(ctx, s, short) or _told_by_subject(ctx, s, short)


def _told_with_speakers(said: list[Attribution], speakers: list[Attribution], short: str) -> bool:
    """Does the option ``short`` give every claim of ``said`` it states with who made it (the speaker's
    name and the cue in the option), and name one of ``speakers``? A claim the option would state
    without who made it is no main idea."""
    flat = " ".join(short.split())
    for a in said:
        stated = any(" ".join(" ".join(c.text.split()).split()[:5]) in flat for c in a.content_spans)
        if not stated:
            continue
        who = (a.source or a.source_text).split()[-1:] if (a.source or a.source_text) else []
        if not who or who[0] not in flat or a.cue_span is None or " ".join(a.cue_span.text.split()) not in flat:
            return False
    return any(a.source.split()[-1] in flat for a in speakers)


# ---------------------------------------------------------------- a fifth way: the news lede, compressed

# an opening that tells a scene or a story before the point ("It was …", "One night …", "Imagine …")
_SCENE = re.compile(r"^(?:first|once|it was|it is|there (?:was|were|is|are)|one (?:day|night|morning|evening|"
                    r"afternoon)|imagine|picture|when|if|here|this|last (?:week|month|year|night)|as)\b", re.I)
# a day word closing the sentence ("…, Bernie Sanders warned on Wednesday"): a summary leaves it out
_END_DAY = re.compile(r"\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"yesterday|today)(?:\s+(?:night|morning|afternoon|evening))?$")
# the parse's dependents a compressed lede drops when set off by commas inside the sentence: an appositive
# ("Howard Dean, the former governor of Vermont, proclaimed"), a participial or relative phrase on a noun
# ("An Istanbul-based college professor, accused by the Turkish government of …, is at the center")
_ASIDE = frozenset("appos acl relcl".split())
MAX_LEDE_WORDS = 32  # a compressed lede keeping who said it may run a little past MAX_WORDS
# a wire dateline the splitter set apart as a sentence ("New York (AFP) –")
_LONE_DATELINE = re.compile(r"^[A-Z][\w.' ,-]{1,40}?\s*\((?:AFP|AP|Reuters|UPI)\)\s*(?:—|–|--|-)?$")
# a word of the main clause that leans on its opening phrase ("While X fights over A, Y is looking instead to B")
_LEANS_ON_OPENER = re.compile(r"\b(?:instead|also|too|either|still|then|there|again|likewise|as well)\b", re.I)
_PARENTHESIS = re.compile(r"\s\(([^()]{1,30})\)")
# what an opening phrase before the subject hangs on the root as: a phrase of time, place or manner, a clause
_OPENING = frozenset("prep advmod npadvmod advcl".split())
_SAID_PRONOUN = frozenset("he she they it we i you".split())


def _one_verb_sentence(text: str) -> tuple[Any, Any] | None:
    """The parse of ``text`` and its root, when the parse is one sentence with a verb at its root; else None."""
    doc = _parsed(text)
    if len(list(doc.sents)) != 1:
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    return doc, root


def drop_asides(text: str) -> str | None:
    """The sentence without the phrases set off by commas that hang on a noun of it (an appositive, a
    participial or relative phrase: :data:`_ASIDE`), each dropped whole with its commas, without a short
    label in parentheses ("(R-Wis.)") and without an opening phrase or clause before its subject ("Three
    weeks ahead of the primary, …"); None when it has none of these, or when the parse is no single
    sentence with a verb at its root."""
    full = " ".join(text.split())
    parsed = _one_verb_sentence(full)
    if parsed is None:
        return None
    doc, root = parsed
    cuts: list[tuple[int, int]] = []
    for t in doc:
        if t.dep_ not in _ASIDE or t.head.pos_ not in ("NOUN", "PROPN"):
            continue
        sub = sorted(t.subtree, key=lambda x: x.i)
        lo, hi = sub[0].i, sub[-1].i
        if lo < 1 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
            continue  # only an aside between two commas inside the sentence
        if any(x.i == root.i for x in sub) or any(q.text in "\"“”‘’'" for q in sub):
            continue
        if lo - 2 != max((x.i for x in t.head.subtree if x.i < lo - 1), default=t.head.i):
            continue  # the comma must close the noun's own phrase: the aside follows it at once
        if t.dep_ == "appos" and any(x.pos_ in ("VERB", "AUX") or x.tag_ in ("WP", "WP$", "WDT") for x in sub):
            continue  # an "appositive" with a verb or a "whose" in it is a clause the parse misread ("Dorothy
            # Woods, whose husband, Navy SEAL Ty Woods, was one of four Americans killed …")
        if t.dep_ != "appos" and t.pos_ not in ("VERB", "AUX"):
            continue
        after = doc[hi + 2] if hi + 2 < len(doc) else None
        verb = t.head.head
        if t.head.dep_ not in ("nsubj", "nsubjpass") or after is None or not (
                after.i == verb.i or after.head.i == verb.i and after.i < verb.i and after.dep_ in _OPENING):
            continue  # only an aside on a subject, its verb (or a phrase of time before it) right after the
            # closing comma ("Howard Dean, the former governor, proclaimed"): a comma that also closes a
            # larger clause ("… in Benghazi, Libya, discussed …") must stay
        cuts.append((doc[lo - 1].idx, doc[hi + 1].idx + 1))  # from its opening comma through its closing one
    for m in _PARENTHESIS.finditer(full):
        if not VERBISH.search(m.group(1)):
            cuts.append((m.start(), m.end()))  # "Paul Ryan (R-Wis.)": a label in parentheses
    comma = next((t for t in doc if t.text == ","), None)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    leaning = _LEANS_ON_OPENER.search(full[comma.idx:]) if comma is not None else None
    if comma is not None and subj is not None and comma.i >= 2 and comma.i < root.i and leaning is None and \
            min(x.i for x in subj.subtree) == comma.i + 1 and not any(q.text in "\"“”‘’'" for q in doc[:comma.i]) and \
            all(x.head.i == root.i and x.dep_ in _OPENING or any(a.dep_ in _OPENING and a.head.i == root.i
                                                                   for a in x.ancestors) for x in doc[:comma.i]):
        cuts.append((0, doc[comma.i + 1].idx))  # "Three weeks ahead of the primary, | X …": an opening phrase
    if not cuts:
        return None
    out, last = [], 0
    for a, b in sorted(cuts):
        if a < last:
            continue
        out.append(full[last:a])
        last = b
    out.append(full[last:])
    lean = " ".join("".join(out).split())
    kept = _parsed(lean)
    new_root = next((t for t in kept if t.dep_ == "ROOT"), None)
    if len(list(kept.sents)) != 1 or new_root is None or new_root.text != root.text or \
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "ccomp") for c in new_root.children):
        return None  # the sentence left is not the same sentence with its verb and subject: no cut
    return lean


def _speakers_kept(ctx: Context, s, form: str) -> bool:
    """Does the option keep, for every claim of the sentence it states, a sure speaker named in it and the
    cue ("…, Bernie Sanders warned")? A pronoun for a speaker ("…, he said"), a speaker the ledger is unsure
    of, or a claim stated without who made it: no."""
    flat = " ".join(form.split())
    for a in _cued_in(ctx, s):
        stated = any(" ".join(" ".join(unquote(c.text).split()).split()[:4]) in flat for c in a.content_spans)
        if not stated:
            continue
        who = (a.source_text or "").strip()
        if not who or who.lower() in _SAID_PRONOUN or not (named(a) or _described_whole(ctx, a, flat)):
            return False
        last = (a.source or who).split()[-1]
        if last not in flat or " ".join((a.cue_span.text if a.cue_span else a.cue).split()) not in flat:
            return False
    return True


def _other_voice(ctx: Context, s, form: str) -> bool:
    """Does the option report what a person says whom the headline does not name? Under a headline that
    reports no one's words, such a lede is one voice of the story ("Tom Baker will win the prize, predicted
    Ruth Hale" under "Baker will win the prize"), unless the person is who the headline is about
    ("Christie … defended" under "Christie doubles down …"); a body's finding ("…, the Congressional
    Budget Office reported") is the news. Only the claims whose cue the option keeps count."""
    flat = " ".join(form.split())
    heads = _headline_words(ctx)
    return any(a.cue_span is not None and " ".join(a.cue_span.text.split()) in flat
               and not ((named(a) and (a.source_kind in ("organisation", "government", "news_outlet")
                                       or _shared(heads, a.source))) or _described_whole(ctx, a, flat))
               for a in _cued_in(ctx, s))


def _described_whole(ctx: Context, a: Attribution, flat: str) -> bool:
    """Does the option keep, whole, an unnamed source's description of two words or more that names whom the
    headline is about ("A Chinese foreign ministry spokesperson has invited …" under "China Invites …")? The
    option then says who acted; the ledger may be unsure of the source's kind, but the words are the article's."""
    who = " ".join((a.source_text or "").split())
    return len(who.split()) >= 2 and who in flat and who.split()[0].lower() not in _SAID_PRONOUN and \
        not re.search(r"\b(?:he|she|they|it|his|her|their|its|this|that|these|those)\b", who, re.I) and \
        bool(_shared(_headline_words(ctx), who))


def _headline_subject(ctx: Context, text: str) -> bool:
    """Is the lede's subject who the headline is about first: a word of the subject of the lede's main verb
    (the subject of what is said, when the main verb is a speech verb) among the headline's first three
    words ("Christie doubles down on …" over "New Jersey Gov. Chris Christie … defended …")? A lede
    about someone else ("Donald Trump unleashed a harsh attack on Ben Carson" under "Ben Carson Just
    Dropped …") or a scene ("The first taste the Mexican audience gets …") is not."""
    first = [w for w in re.findall(r"[A-Za-z][\w'’-]*", ctx.article.title)[:3] if len(w) > 2]
    if not first:
        return False
    doc = _parsed(" ".join(text.split()))
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return False
    # every subject of the root: the parse may split a title and its name in two ("Democratic candidates |
    # Hillary Clinton and Bernie Sanders made …")
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    words = " ".join(t.text for subj in subjects for t in subj.subtree)
    by_start = _words_by_start(words)
    return any(_alike_any(w.lower().rstrip("’'s"), by_start) for w in first if len(w.rstrip("’'s")) > 2)


def _headline_speaker(ctx: Context, s) -> bool:
    """Does the headline report what the lede's sure, named speaker said ("Sanders: Brexit's message could
    …", "… Howard Dean Tells Democratic Convention")? Then the lede's report is what the article is about."""
    title = _QUOTED.sub(" ", ctx.article.title)
    head, colon, _ = ctx.article.title.partition(":")
    for a in _cued_in(ctx, s):
        if not named(a):
            continue
        last = a.source.split()[-1]
        if colon and last in head or _HEADLINE_SAYS.search(title) and last in ctx.article.title:
            return True
    return False


def _no_news_lede(why: str) -> list:
    log.debug("main idea: no news lede key: %s", why)
    return []


def news_lede_keys(ctx: Context, start: int = 0) -> list:
    """A fifth way to the key, tried when the other four give none: the news story's lede as the writer
    wrote it, compressed (its asides between commas dropped: :func:`drop_asides`; a closing day word
    dropped), with who said it kept when it reports someone's words. Only in a news story (no opinion
    piece, no headline that asks or turns against a view, no opening a "But …" turns, no scene-setting
    lede, no unsourced judgment of the writer's in it), only when the lede is about the headline's subject:
    it shares two of the headline's non-name words and three in ten of its words (synonyms counting), or its
    subject is who the headline
    names first (:func:`_headline_subject`), or the headline reports what the lede's sure, named speaker
    said; and no opening sentence shares more of the headline (one more, for the last two). With ``start``,
    the lede is the first sentence of the paragraphs from the ``start``-th on (the story's body under a printed
    abstract or a deck: :func:`body_start`), and the paragraphs above it are no rival."""
    title = ctx.article.title.strip()
    if title.rstrip(" .;").endswith("?") or \
            _HEADLINE_TURN.search(_QUOTED.sub(" ", title)) and not _HEADLINE_SAYS.search(title):
        # (a "no" someone says, "Trump Says He Never Pledged To …", is what the article reports)
        return _no_news_lede("the headline asks or turns")
    from quizgen.generate.perspective import opinion_piece  # (perspective reads every paragraph)

    if opinion_piece(ctx):
        return _no_news_lede("an opinion piece")  # a column's lede may be a scene or a premise
    s = _lede(ctx, start)
    if s is not None and (_LONE_DATELINE.match(s.span.text.strip()) or _LONE_CAPS_DATELINE.match(s.span.text.strip())):
        # "New York (AFP) –", "FAIRVIEW, W.Va. -" split off as a sentence of its own: the lede is the next one
        # of the paragraph
        s = next((t for t in ctx.analysis.sentences if t.index == s.index + 1 and t.paragraph == s.paragraph), None)
    if s is None or in_quotation(ctx.article, s.span.start) or cut_sentence(ctx.analysis, s):
        return _no_news_lede("no whole lede")
    text = _BAR_DATELINE.sub("", undated(s.span.text), count=1).replace("''", "\"")
    if _unfit_option(text) or _DEPENDENT.match(text) or _NOT_PROSE.search(text) or _SCENE.match(text) or \
            text.lower().startswith("according to") or _FIRST_PERSON.search(text.replace("U.S.", "")) or \
            headed_or_question(text) or text.strip(" \"“‘'")[:1] != text[:1]:
        return _no_news_lede("the lede is no plain statement")
    if text.count("\"") % 2 or text.count("“") != text.count("”"):
        return _no_news_lede("a quotation runs on")
    opener = _OPENER.match(text)
    if leans_on_pronoun(ctx, text) and (opener is None or leans_on_pronoun(ctx, text[opener.end():])):
        # ("Despite her hurdles in Iowa, Hillary Clinton has been …": the opening phrase, dropped, names no one)
        return _no_news_lede("a pronoun before any name")  # "Thanks to his latest act, X …": a feature's opening
    heads, point = _headline_words(ctx), _point_words(ctx)
    speaker = _headline_speaker(ctx, s)
    subject = _headline_subject(ctx, text)
    if not speaker and not subject and \
            (len(_shared_loosely(heads, text)) < max(2, -(-3 * len(heads) // 10)) or
             len(_shared_loosely(point, text)) < min(2, len(point))):
        return _no_news_lede("the lede is not about the headline")
    if any(j.span.start < s.span.end and s.span.start < j.span.end for j in ctx.analysis.judgments):
        return _no_news_lede("the lede holds the writer's own judgment")  # ("the pope again demonstrated his
        # knack for sticking his nose into …"): an analysis's verdict, no news lede
    turn = _setup_turn(ctx, start)
    if turn is not None and not (speaker and any(t.index == turn and t.paragraph > s.paragraph
                                                 for t in ctx.analysis.sentences)):
        # "The problem? …" right after the lede: its premise; only a lede reporting the words the headline
        # reports stands before a "But …" in a later paragraph (the headline says what the story is)
        return _no_news_lede("the next sentence turns the lede into a set-up")
    if _turn_index(ctx, start) is not None and not speaker and \
            not (point and len(_shared(point, text)) >= min(2, len(point))):
        # a "But …" after the lede may turn it into a premise: only a lede stating the headline's point in its
        # own words, or reporting what the headline says its speaker said, stands
        return _no_news_lede("the opening turns")
    whole = headline_overlap(ctx, text)
    lead = start + max(2, -(-(len(ctx.article.paragraphs) - start) // 3))
    if any(headline_overlap(ctx, o.span.text) > whole + (o.paragraph <= lead and (speaker or subject))
           for o in ctx.analysis.sentences if o is not s and o.paragraph > start):
        # a later sentence stating the headline better may be the point ("The council approved the bridge
        # budget" in ¶5 under "Council approves river bridge budget", the lede "The town council met …"); in
        # the opening, the speaker's next words or the subject's may share one more word than the lede
        return _no_news_lede("another sentence shares more of the headline")
    body = drop_final_period(text.strip())
    end = _APPOSITIVE_END.search(body)
    if end and VERBISH.search(body[:end.end()]):
        # "… the endorsement of Sen. Lindsey Graham, Congress' most zealous advocate for …": the writer's
        # description of someone closing the sentence is no part of the point
        body = body[:end.end()]
    aside = drop_asides(body)
    forms = [drop_final_period(aside)] if aside else []
    forms.append(body)
    forms += [f for f in (closing_appositive_cut(g) or closing_range_cut(g) for g in list(forms)) if f]
    forms = [_END_DAY.sub("", f) for f in forms] + forms
    need = len(_shared_loosely(heads, text))
    for base in list(forms[len(forms) // 2:]):
        forms += _main_clauses(base, lambda f: len(_shared_loosely(heads, f)) >= need)
    for base in list(forms):
        first_clause = first_conjunct(base)
        if first_clause and len(_shared_loosely(heads, first_clause)) >= need:
            forms.append(first_clause)
    out: list = []
    for form in dict.fromkeys(forms):
        if not 8 <= len(form.split()) <= MAX_LEDE_WORDS or _OPEN_END.search(form) or leans_on_pronoun(ctx, form):
            continue
        if opening_clause_alone(form, drop_final_period(text.strip())):
            continue
        if _quotes(form) and not speaker:
            continue  # a quotation in the key only when the headline reports its speaker's words
        if _reported(ctx, s) and not (_cued_in(ctx, s) and _speakers_kept(ctx, s, form)):
            continue  # someone's words: only with a sure speaker and the cue the ledger found kept in it
        if not speaker and _other_voice(ctx, s, form):
            continue
        if form != body and not parsed_whole_form(form):
            continue
        out.append((sentence_case(form), s))
    if not out:
        log.debug("main idea: no news lede form: %r", text)
    return out


# the labels of a news database's export, set aside by the reader but kept in the article's text: the paper's
# abstract stands under "ABSTRACT.", the story itself under "FULL TEXT."
_ABSTRACT_LABEL = re.compile(r"^[ \t]*ABSTRACT[.:]?[ \t]*$", re.M)
_FULL_TEXT_LABEL = re.compile(r"^[ \t]*(?:FULL TEXT|DOCUMENT TEXT)[.:]?[ \t]*$", re.M)
DECK_WORDS = 20


def body_start(ctx: Context) -> int:
    """How many paragraphs stand above the story's own body: the paper's abstract, when the text labels it
    ("ABSTRACT." before ¶1, "FULL TEXT." before the body), or a deck, a one-sentence line of at most
    DECK_WORDS words under the headline when the next paragraph opens with the story's dateline ("Curfew
    lifted, but city still in limbo." then "CHARLOTTE - Nearly a week after …"): a dateline starts a story,
    so the line above it is no part of it. 0 when neither is sure."""
    def compute() -> int:
        paragraphs, text = ctx.article.paragraphs, ctx.article.text
        if len(paragraphs) < 4:
            return 0
        if _ABSTRACT_LABEL.search(text, ctx.article.title_start, paragraphs[0].start):
            for k in range(1, min(4, len(paragraphs) - 2)):
                if _FULL_TEXT_LABEL.search(text, paragraphs[k - 1].end, paragraphs[k].start):
                    return k
            return 0
        first, second = paragraphs[0].text.strip(), paragraphs[1].text.strip()
        one = [t for t in ctx.analysis.sentences if t.paragraph == paragraphs[0].number]
        if len(one) == 1 and len(first.split()) <= DECK_WORDS and undated(first) == first and \
                not _BAR_DATELINE.match(first) and (undated(second) != second or _BAR_DATELINE.match(second)
                                                    or _headline_style(first, text)):
            return 1
        return 0

    return article_memo(ctx, "main_idea.body_start", compute)


def closing_appositive_cut(text: str) -> str | None:
    """The sentence without a noun phrase closing it, set off by a comma, that describes a noun of its object
    ("X is endorsing Y's campaign, | the latest chapter in a rocky relationship …"): the writer's comment on
    the news, no part of it. None when there is none, or when the parse is no single sentence with its verb."""
    full = drop_final_period(" ".join(text.split()))
    parsed = _one_verb_sentence(full)
    if parsed is None:
        return None
    doc, root = parsed
    for t in doc:
        if t.dep_ != "appos" or t.head.dep_ not in ("dobj", "pobj", "attr") or t.head.i >= t.i:
            continue
        lo = min(x.i for x in t.subtree)
        if lo < 2 or doc[lo - 1].text != "," or doc[lo].lower_ not in ("the", "a", "an") or \
                any(x.text in "\"“”;:" or x.head.i == root.i and x.dep_ in ("conj", "ccomp", "advcl") or
                    x.dep_ == "nsubj" and x.head.i == root.i for x in doc[lo:]):
            continue  # (only the description: no clause of the sentence's verb after it)
        head = full[:doc[lo - 1].idx].rstrip(" ,")
        return head if parsed_whole_form(head) else None
    return None


# a closing range of examples after a comma ("…, from claiming he was offered a scholarship to recounting a time …")
_CLOSING_RANGE = re.compile(r",\s+from\s+[a-z]+ing\b[^,;:—–\"“”]*?\bto\s+[a-z]+ing\b[^;:—–\"“”]*$")


def closing_range_cut(text: str) -> str | None:
    """The sentence without a closing range of examples ("Carson responded to accusations that he exaggerated
    details of his life story, | from claiming … to recounting …"): what it says holds without them. None when
    there is none, or when what is left is no whole sentence by its parse."""
    full = drop_final_period(" ".join(text.split()))
    m = _CLOSING_RANGE.search(full)
    if m is None:
        return None
    head = full[:m.start()].rstrip(" ,")
    return head if parsed_whole_form(head) else None


def _headline_style(line: str, text: str) -> bool:
    """Is the line written as a headline is: its subject a bare singular common noun opening it, with no "the"
    or "a" ("Senator from Texas says he cannot allow …", "Curfew lifted, …"), a word the article writes in
    lower case elsewhere ("the senator")? Prose never opens so; a deck under the headline does."""
    doc = _parsed(" ".join(line.split()))
    first = doc[0] if len(doc) else None
    if first is None or first.dep_ not in ("nsubj", "nsubjpass") or first.tag_ not in ("NN", "NNP") or \
            any(c.dep_ in ("det", "poss", "nummod", "compound") for c in first.children) or first.head.dep_ != "ROOT":
        return False
    word = first.text
    return word[:1].isupper() and word[1:].islower() and re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def body_lede_keys(ctx: Context) -> list:
    """A sixth way to the key, tried when the other five give none: the story's own lede under a printed
    abstract or a deck (:func:`body_start`), taken as :func:`news_lede_keys` takes a news lede. The abstract
    or the deck above it is the paper's teaser, often a consequence or an angle ("A more tangible upswing
    could help Democrats …" above "The surprisingly robust jobs report cheered Democrats …"), and gives no
    option."""
    start = body_start(ctx)
    if not start:
        return []
    return news_lede_keys(ctx, start)


# a capitalised dateline split off as a sentence of its own ("WASHINGTON -", "FAIRVIEW, W.Va. -")
_LONE_CAPS_DATELINE = re.compile(r"^[A-Z][A-Z.'’ ]{2,30}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?\s*(?:—|–|--|-|―)$")


def first_conjunct(text: str) -> str | None:
    """The sentence's first main clause, when a second one with its own subject follows it after a comma and
    "and" ("The jobs report cheered Democrats …, | and the markets rallied …"): a whole sentence cut at a clause
    boundary. Never before "but" or "yet": the clause a contrast opens is often the point ("X casts himself as a
    champion of …, | but there is little in his plan that matches …" under "X not walking the walk …"). None
    when there is no such second clause, or when the first is no whole sentence by its own parse."""
    full = " ".join(text.split()).rstrip(" .")
    parsed = _one_verb_sentence(full)
    if parsed is None:
        return None
    doc, root = parsed
    for c in root.children:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or \
                not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            continue
        lo = min(x.i for x in c.subtree)
        cc = lo if doc[lo].lower_ in ("but", "and", "yet") else lo - 1  # the "and" may hang on either verb
        if cc < 2 or doc[cc - 1].text != ",":
            continue
        if doc[cc].lower_ != "and":
            return None
        head = full[:doc[cc - 1].idx].rstrip(" ,")
        if any(q in head for q in "\"“”") or not parsed_whole_form(head):
            return None
        return head
    return None


_OPENING_SUBORDINATE = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:after|before|since|until|when|while|as|although|"
                                  r"though|because|if|despite|following|amid)\b", re.I)


def opening_clause_alone(form: str, body: str) -> bool:
    """Is ``form`` the sentence's opening time or subordinate clause cut from the main clause after it ("Four days
    after the Republicans raised a war cry in their debate in Las Vegas" of "…, the Democratic contenders on
    Saturday presented …"; judged blind, K30: keyed as the main idea, it said nothing of the story)?"""
    rest = body[len(form):] if body.startswith(form) else ""
    return bool(rest.strip()) and rest.lstrip().startswith(",") and bool(_OPENING_SUBORDINATE.match(form))


def _main_clauses(base: str, keeps) -> list[str]:
    """The sentence's main clause, its opening phrase or clause ("Though he has no shot at …, X …") and a
    hanging clause, a bare closing clause (:func:`_bare_cuts`) or a dashed aside after it ("… -- a development
    that …", "…, including one from …") cut off at clause boundaries (:func:`_clause_forms`), a closing day
    word dropped; only cuts that keep what
    ``keeps`` asks (the headline's words the lede shares), a whole sentence, and no report of whose words
    these are ("…, according to …", "…, the mayor said")."""
    out = []
    # (also cut before a bare "after"/"despite"/"because" clause or a closing ", just six days before …", as
    # :func:`lede_clause_keys` cuts the lede)
    for a, b in dict.fromkeys([*_clause_forms(base), *_bare_cuts(base)]):
        if (a, b) == (0, len(base)):
            continue
        form = " ".join(base[a:b].split()).rstrip(" ,;:")
        tail = base[b:].strip(" ,;—–-")
        if tail and (_REPORTING_TAIL.match(tail) or
                     not _PARTICIPLE_TAIL.match(tail) and _REPORT.search(tail.split(",")[0])):
            continue  # the claim without who made it
        if b < len(base) and not _whole(base[a:].strip(), form):
            continue
        if a and (_SUBORDINATE.match(form) or not VERBISH.search(form.split(",")[0])):
            continue  # the opener's comma was inside it: no subject and verb
        if keeps(form):
            out += [_END_DAY.sub("", form), form]
    return out


def parsed_whole_form(form: str) -> bool:
    """Is the compressed form one sentence with a finite verb at its root and a subject of it?"""
    doc = _parsed(form + ".")
    if len(list(doc.sents)) != 1:
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return False
    finite = ("VBD", "VBZ", "VBP", "MD")
    if root.tag_ not in finite and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in root.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "ccomp") for c in root.children)


# ---------------------------------------------------------------- a seventh way: the paper's printed abstract

# a summary that guesses rather than states ("A more tangible upswing could help Democrats …"): an angle, no report
_HEDGED = frozenset("could might may would".split())


def _hedged(text: str) -> bool:
    """Is the sentence's main verb a guess ("… could help Democrats …")? A modal in a clause below it ("… the
    possibility that anger may spill …") states no guess of the writer's. Unparsed as one sentence, or a parse
    reading "that" as the subject of a complement clause (a sentence that lost a word): no sure statement either."""
    parsed = _one_verb_sentence(text)
    if parsed is None:
        return True
    doc, root = parsed
    if any(t.lower_ == "that" and t.dep_ == "nsubj" and t.head.dep_ == "ccomp" for t in doc):
        return True  # "concerns were raised that radicalized Islamists through …": a word lost, the clause has no verb
    return any(c.dep_ == "aux" and c.lower_ in _HEDGED for c in root.children)


def abstract_keys(ctx: Context) -> list:
    """A seventh way to the key, tried when the other six give none: the paper's own one-sentence summary of the
    story, printed under an "ABSTRACT." label above the story's "FULL TEXT." (:func:`body_start`), as the writer
    of the summary wrote it or without its opening phrase or clause ("Despite complaints that he is …, | Mr. X has
    found ways to …") or its asides. Only a single plain sentence stating a fact in the writer's words: no
    quotation, no one's words reported, no scene ("As …", "When …"), no pronoun to resolve, no guess ("could",
    "may"), sharing a word of the headline (synonyms counting); never under a headline that asks."""
    start = body_start(ctx)
    paragraphs = ctx.article.paragraphs
    if not start or not _ABSTRACT_LABEL.search(ctx.article.text, ctx.article.title_start, paragraphs[0].start):
        return []
    if ctx.article.title.strip().rstrip(" .;").endswith("?"):
        return []
    top = [s for s in ctx.analysis.sentences if s.paragraph < paragraphs[start].number]
    if len(top) != 1:
        log.debug("main idea: no abstract key, the abstract is not one sentence")
        return []  # "X once defended Y. But in the past week, …": a set-up and its turn
    s = top[0]
    if in_quotation(ctx.article, s.span.start) or cut_sentence(ctx.analysis, s):
        return []
    text = drop_final_period(" ".join(undated(s.span.text).split()))
    if _unfit_option(text) or _DEPENDENT.match(text) or _NOT_PROSE.search(text) or _SCENE.match(text) or \
            _FIRST_PERSON.search(text.replace("U.S.", "")) or _ANY_QUOTE.search(text) or _hedged(text) or \
            headed_or_question(text) or _reported(ctx, s) or text.lower().startswith("according to"):
        log.debug("main idea: no abstract key, the abstract is no plain statement: %r", text)
        return []
    if not _shared_loosely(_headline_words(ctx), text):
        log.debug("main idea: no abstract key, the abstract shares no word of the headline")
        return []
    forms = [text]
    opener = _OPENER.match(text)
    if opener:
        forms.append(text[opener.end():])
    forms += [f for f in (drop_asides(g) for g in list(forms)) if f]
    out: list = []
    for form in dict.fromkeys(drop_final_period(f) for f in forms):
        if not 8 <= len(form.split()) <= MAX_LEDE_WORDS or _OPEN_END.search(form) or leans_on_pronoun(ctx, form):
            continue
        if _DEPENDENT.match(form) or _CONTEXT.match(form) or _LEANS_ON_OPENER.search(form) and form != text:
            continue  # "…, X is looking instead to …" without its opening: instead of what?
        if form != text and not parsed_whole_form(form):
            continue
        out.append((sentence_case(form), s))
    return out
