"""Shared helpers of the skill generators: the generation context, text tidying, item assembly.

Every generator is a plain function ``generate(ctx) -> list[Item]`` over a :class:`Context`;
all randomness comes from ``ctx.rng`` (a ``random.Random(seed)``), so a seed fixes the lesson.
"""
from __future__ import annotations

import hashlib
import random
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, wraps
from itertools import pairwise
from typing import Any, TypeVar

from quizgen.model import (
    CONFIDENT,
    UNSURE,
    Analysis,
    Article,
    Attribution,
    Item,
    RubricLevel,
    Sentence,
    Span,
    Support,
)
from quizgen.validate import mojibake  # noqa: F401 (the generators' one test of garbled text)

QUOTES = "\"'“”‘’«»"
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*")
_PRONOUN_START = re.compile(
    r"^(he|she|they|it|this|that|these|those|his|her|their|its|him|them|we|our|us|i)\b", re.I
)
STOPWORDS = frozenset(
    "the a an and or but of to in on at for by with from as that this these those is are was were be "
    "been being has have had it its their they them he she his her we our you your not no will would can "
    "could may might should said says say told also who which what when where while about over after "
    "before up out so if than then there into more most some any all".split()
)


@dataclass
class Context:
    """What a generator needs: the article, its analysis, the seeded rng and the allowed kinds."""

    article: Article
    analysis: Analysis
    rng: random.Random
    kinds: frozenset[str]

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name in ("article", "analysis"):  # what :func:`by_identity` keys a Context by, kept up to date
            d = self.__dict__
            object.__setattr__(self, "_memo_key", (id(d.get("article")), id(d.get("analysis"))))

    def allows(self, kind: str) -> bool:
        return kind in self.kinds


def item_id(skill: str, stem: str, article_text: str = "") -> str:
    """Stable id: the first 12 hex digits of sha1(sha1(article text) + skill + stem).

    The article's text is part of it because LMSs key imported questions by id course-wide: the
    same stem ("Which sentence best states the main idea of the article?") about two articles must
    not share an id. Without ``article_text`` (a teacher's stand-alone item) it is sha1(skill + stem).
    """
    if not article_text:
        return hashlib.sha1(f"{skill}\n{stem}".encode(), usedforsecurity=False).hexdigest()[:12]
    text_hash = _text_hash(article_text)
    return hashlib.sha1(f"{text_hash}\n{skill}\n{stem}".encode(), usedforsecurity=False).hexdigest()[:12]


def make_item(
    skill: str,
    kind: str,
    stem: str,
    options: Sequence[str],
    answer,
    explanation: str,
    support: Iterable[Support],
    *,
    difficulty: str = "medium",
    prompts: Sequence[str] = (),
    rubric: Sequence[RubricLevel] = (),
    points: int = 1,
) -> Item:
    """Assemble an Item with its stable id."""
    return Item(
        id=item_id(skill, stem),
        skill=skill,
        kind=kind,
        stem=stem,
        options=tuple(options),
        answer=answer,
        explanation=explanation,
        support=tuple(support),
        difficulty=difficulty,
        prompts=tuple(prompts),
        rubric=tuple(rubric),
        points=points,
    )


# ---------------------------------------------------------------- text


_QUOTE_APOSTROPHE = re.compile(r"(?<![a-z])'|'(?![a-z])")
_NOT_WORD_CHARS = re.compile(r"[^a-z0-9'% ]+")


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Lower case, straight quotes, punctuation dropped, spaces collapsed: for comparisons."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = _QUOTE_APOSTROPHE.sub(" ", text)
    text = _NOT_WORD_CHARS.sub(" ", text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return norm(text).split()


@lru_cache(maxsize=16384)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in STOPWORDS and len(w) > 1)


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of the content words of two texts (0 when either has none)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


_NAME_PART = re.compile(r"[A-Z][\w'’.-]*$")  # a capitalised word with no closing punctuation after it


def truncate(text: str, max_words: int = 22) -> str:
    """At most ``max_words`` words, cut at a word boundary with "…" (never mid-word)."""
    text = " ".join(text.split())
    parts = text.split(" ")
    if len(parts) <= max_words:
        return text
    head = parts[:max_words]
    # end at a clause boundary when one is near, so the shortened text still reads as a whole
    for i in range(len(head) - 1, int(max_words * 0.55) - 1, -1):
        if head[i].endswith((",", ";", ":")) or (i + 1 < len(head) and head[i + 1] in ("—", "–")):
            head = head[: i + 1]
            break
    else:
        # never inside a name ("… in its Clean…" of "its Clean Power Plan"): its rest when short, else
        # the text before it
        n = len(head)
        if _NAME_PART.match(head[-1]) and n < len(parts) and _NAME_PART.match(parts[n]):
            end = n
            while end < len(parts) and _NAME_PART.match(parts[end]) and end - n < 3:
                end += 1
            if end == len(parts):
                return text
            if not _NAME_PART.match(parts[end]):
                head = parts[:end]
            else:
                start = n - 1
                while start > 0 and _NAME_PART.match(parts[start - 1]):
                    start -= 1
                if start > int(max_words * 0.55):
                    head = head[:start]
                    while len(head) > 1 and head[-1].lower() in _DANGLING_END:
                        head = head[:-1]  # "… the goals of" before the name: no dangling "of"
    cut = " ".join(head).rstrip(",;:—–-(\"“'‘ ")
    return cut + "…"


_CLAUSE_CUT = re.compile(
    r",\s+(?=(?:which|who|whose|where|when|while|after|before|following|with|including|according|despite|"
    r"although|though|because|since|amid|[a-z]+ing)\b)|(?<!\d)\s+[—–]\s+(?!\d)|;\s+|\s+--\s+")
# second best: before a closing phrase of place or time ("… a silver medal on Tuesday | in the FIRST …")
_PHRASE_CUT = re.compile(r"\s+(?=(?:in|at|on|during|near|from|across|throughout)\s+(?:the\s+)?[A-Z0-9])")
_DANGLING_END = frozenset("that said says as and or but of to the a an with which who whose than from by for in on "
                          "at into".split())
_SUBORDINATE_START = re.compile(
    r"^(?:despite|although|though|while|when|if|because|since|after|before|as|unless|whereas|following|"
    r"even though|once|until|but|and|or|so|yet)\b", re.I)


# a verb right after an inserted clause: "the deals, which now cover five staffers, did not require …"
_VERB_AFTER_INSERT = re.compile(r"^,?\s+(?:did|do|does|was|were|is|are|has|have|had|will|would|could|can|should|"
                                r"may|might|must|remains?|remained|became|becomes|[a-z]+ed)\b")


def _insertion(text: str, m: re.Match[str]) -> bool:
    """Is the cut at ``m`` the start of a clause set inside the sentence, its main verb after it ("the
    immunity deals, | which now cover five staffers, | did not require …")? The head would lack its verb
    (judged blind: "Republicans were also incensed that the immunity deals" as a matching option)."""
    if not re.match(r",\s+(?:which|who|whose)\b", m.group(0) + text[m.end():m.end() + 6]):
        return False
    rest = text[m.end():]
    close = rest.find(",")
    return close > 0 and _VERB_AFTER_INSERT.match(rest[close:]) is not None


def clause_shorten(text: str, max_words: int = 28) -> str | None:
    """A sentence shortened to at most ``max_words`` words at a clause boundary (a comma before
    "which", "who", "after", "including" …, a dash or a semicolon), so it still reads as a whole
    sentence; the sentence itself when short enough; None when no such cut exists or the sentence
    starts with a subordinate clause ("Despite months of …"), whose head would be a fragment."""
    text = " ".join(unquote(text).split())
    if _SUBORDINATE_START.match(text):
        return None
    if len(text.split()) <= max_words:
        return drop_final_period(text)
    for pattern, least in ((_CLAUSE_CUT, 8), (_PHRASE_CUT, 12)):
        best = None
        for m in pattern.finditer(text):
            head = text[: m.start()].rstrip(" ,;:")
            n = len(head.split())
            if n > max_words:
                break
            if n >= least and head.count("(") == head.count(")") and head.count("\"") % 2 == 0 and \
                    head.count("“") == head.count("”") and head.split()[-1].lower() not in _DANGLING_END and \
                    not re.search(r"\bthat,[^,]*$", head) and not _insertion(text, m) and \
                    (pattern is _CLAUSE_CUT or len(head.rsplit(",", 1)[-1].split()) >= 5):
                best = head  # (a phrase cut after "…, disclosures filed" would leave a fragment)
        if best:
            return drop_final_period(best)
    return None


@lru_cache(maxsize=16384)
def unquote(text: str) -> str:
    """Strip surrounding quotation marks, spaces and a trailing comma/colon."""
    text = orig = " ".join(text.split()).strip()
    prev = None
    while prev != text:
        prev = text
        text = text.strip(QUOTES + " ").rstrip(",;:").strip()
    if text.count("\"") % 2 or text.count("“") != text.count("”"):
        text = text.replace("\"", "").replace("“", "").replace("”", "")
    if text.count("''") % 2 and orig.endswith("''"):
        text += "''"  # "every pope was ''both religious and political.''": the close of an inner quotation in a
        # paper's two apostrophes, not marks around the whole
    return text


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def starts_with_pronoun(text: str) -> bool:
    body = unquote(text)
    return bool(_PRONOUN_START.match(body)) and not expletive_it(body)


# "It is a national disgrace that …", "It's a shame that …", "It was a good bet that …": an expletive "it" before a
# noun of judgement and the "that" clause it stands for, pointing to nothing outside the claim (unlike "It's a large
# community that …", whose "it" is something named before: so only these nouns)
_EXPLETIVE_IT = re.compile(
    r"(?:(?:and|but|so|well|now|yes|no)[,\s]+)?it(?:['’]s|\s+(?:is|was|would\s+be|will\s+be|remains|seems|seemed))\s+"
    r"(?:(?:also|really|simply|just|still|not|truly)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:disgrace|shame|tragedy|scandal|outrage|travesty|pity|crime|sin|miracle|wonder|fact|certainty|"
    r"near-certainty|bet|given|irony|coincidence)\s+that\b", re.I)


def expletive_it(text: str) -> bool:
    """Does the text open on an expletive "it" of judgement ("It is a shame that …"), no pronoun for anything?"""
    return bool(_EXPLETIVE_IT.match(text.lstrip(QUOTES + " ")))


def as_option(text: str, max_words: int = 16) -> str:
    """A claim as an answer option: unquoted, capitalised, short, no final full stop."""
    t = drop_final_period(truncate(unquote(text), max_words))
    return sentence_case(t)


def inner_quotes(text: str) -> str:
    """Double quotation marks inside a quotation become single ones."""
    return text.replace("“", "‘").replace("”", "’").replace("\"", "'")


def quote(text: str, max_words: int = 24) -> str:
    """The article's words in double quotes, shortened at a word boundary if long."""
    return f"\"{inner_quotes(truncate(unquote(text), max_words))}\""


def cite(sup: Support, max_words: int = 24) -> str:
    """``¶N: "…"`` for explanations. A passage that opens or ends inside a quotation ('I ask you to fund the fight,"
    Rubio wrote'; 'Anton stated, "It's a math problem.') gets that quotation's missing mark back, and every
    quotation in it is shown in single marks inside the double ones (judged blind, T15 and T20: the marks dropped,
    "… the fight, Rubio wrote" read as the speaker's own words)."""
    text = " ".join(sup.text.split()).strip()
    core = text.rstrip(",;:").strip()
    shown = (opened_before(core) or "") + core + (closed_after(core) or "")
    if not _quoted_inside(shown):
        return f"¶{sup.paragraph}: {quote(text, max_words)}"
    shown = truncate(shown, max_words).replace("''", "\"")  # a paper's two apostrophes as one mark
    return f"¶{sup.paragraph}: \"{inner_quotes(shown)}\""


def _quoted_inside(text: str) -> bool:
    """Does ``text`` hold whole quotations beside words of its own ('"We will win," Lee said'), each mark closed,
    rather than none, or one quotation wrapping it all (what :func:`unquote` strips)?"""
    plain = text.replace("''", "\"")
    if plain.count("\"") % 2 or plain.count("“") != plain.count("”") or not any(m in plain for m in "\"“"):
        return False
    end = plain.rstrip(" .,;:!?")
    close = "”" if plain[:1] == "“" else "\"" if plain[:1] == "\"" else None
    return close is None or plain.find(close, 1) < len(end) - 1


_MARK = re.compile(r"''|[\"“”]")


def _closes(text: str, at: int, mark: str) -> bool:
    """Does the quotation mark ``mark`` at ``at`` close a quotation (a curly "”"; a straight one after a word and
    before no letter) rather than open one?"""
    if mark in "“”":
        return mark == "”"
    after = at + len(mark)
    return at > 0 and not text[at - 1].isspace() and (after == len(text) or not text[after].isalnum())


def opened_before(text: str) -> str | None:
    """The mark that opened the quotation ``text`` starts inside ("“", a straight double mark, or a paper's two
    apostrophes), when the first quotation mark in ``text`` closes one it never opened; else None."""
    first = _MARK.search(text)
    if first is None or not _closes(text, first.start(), first.group()):
        return None
    return "“" if first.group() == "”" else first.group()


def closed_after(text: str) -> str | None:
    """The mark that would close the quotation ``text`` ends inside, when its last quotation mark opens one it never
    closes ('Anton stated, "It's a math problem.'); else None."""
    marks = list(_MARK.finditer(text))
    if not marks or _closes(text, marks[-1].start(), marks[-1].group()):
        return None
    return "”" if marks[-1].group() == "“" else marks[-1].group()


@lru_cache(maxsize=4096)
def name_tokens(name: str) -> frozenset[str]:
    """Name words, possessives dropped ("Cornyn's statement" -> {"cornyn", "statement"})."""
    return frozenset(re.sub(r"'s$", "", w) for w in words(name) if w not in STOPWORDS and len(w) > 2)


# ---------------------------------------------------------------- memo by identity

_F = TypeVar("_F", bound=Callable[..., Any])
_FORGET: list[Callable[[], None]] = []
_PLAIN = frozenset({int, str})  # arguments keyed by value; any other by identity
_ONE_ARGUMENT = object()  # no second argument given to a memo of :func:`by_identity`


def forget_memos() -> None:
    """Empty the memos of :func:`by_identity` (and the others registered with :func:`forgotten`): each
    lesson starts with none, so an answer is reused within one lesson, never carried to the next."""
    for clear in _FORGET:
        clear()


def forgotten(fn: _F) -> _F:
    """Register an ``lru_cache``-wrapped function to be emptied by :func:`forget_memos`."""
    _FORGET.append(fn.cache_clear)  # type: ignore[attr-defined]
    return fn


def by_identity(fn: _F) -> _F:
    """Memoise a pure function of frozen objects (an attribution, a sentence, the article) and plain
    values: generators ask the same of one object many times. Objects are keyed by identity (hashing
    a frozen article would read all its text), a :class:`Context` by its article and analysis (so only
    for functions that draw nothing from its rng); each entry holds its arguments, so no id is reused
    while it is kept. The result must not be changed by callers (a bool, a str, a frozen value)."""
    cache: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}
    _FORGET.append(cache.clear)

    plain, context = _PLAIN, Context

    @wraps(fn)
    def memo(x: Any, y: Any = _ONE_ARGUMENT, *rest: Any) -> Any:
        # most calls: (a Context, an attribution), (the article, an offset): no tuple of arguments, no loop;
        # a Context by the key it keeps of its article and analysis (see Context.__setattr__)
        if y is not _ONE_ARGUMENT and not rest:
            t = type(x)
            first = x._memo_key if t is context else x if t in plain else id(x)
            t = type(y)
            key: tuple[Any, ...] = (first, y if t in plain else id(y) if t is not context else y._memo_key)
            hit = cache.get(key)
            if hit is not None:  # the common case: answered before, no tuple of the arguments made
                return hit[1]
            args: tuple[Any, ...] = (x, y)
        elif y is _ONE_ARGUMENT:  # one argument (an attribution, an item): its key alone
            t = type(x)
            key = (x if t in plain else id(x) if t is not context else x._memo_key,)
            hit = cache.get(key)
            if hit is not None:
                return hit[1]
            args = (x,)
        else:
            args = (x, y, *rest)
            parts = []  # a plain loop: a generator here cost more than many of the answers kept
            for a in args:
                t = type(a)
                parts.append(a if t in plain else id(a) if t is not context else a._memo_key)
            key = tuple(parts)
            hit = cache.get(key)
            if hit is not None:
                return hit[1]
        if len(cache) >= 4096:
            cache.clear()
        value = fn(*args)
        cache[key] = (args, value)
        return value

    return memo  # type: ignore[return-value]


@forgotten
@lru_cache(maxsize=8)
def _text_hash(article_text: str) -> str:
    """sha1 of the article's text, for :func:`item_id`: made once per lesson, not once per item."""
    return hashlib.sha1(article_text.encode(), usedforsecurity=False).hexdigest()


# ---------------------------------------------------------------- spans


_PARAGRAPH_INDEX: dict[int, tuple[object, list[int], list[int], list[int]]] = {}


def paragraph_at(article: Article, offset: int) -> int | None:
    """The number of the body paragraph holding ``offset`` (a binary search: generation asks often)."""
    paragraphs = article.paragraphs
    index = _PARAGRAPH_INDEX.get(id(paragraphs))
    if index is None or index[0] is not paragraphs:
        if len(_PARAGRAPH_INDEX) > 64:
            _PARAGRAPH_INDEX.clear()
        index = (paragraphs, [p.start for p in paragraphs], [p.end for p in paragraphs],
                 [p.number for p in paragraphs])
        _PARAGRAPH_INDEX[id(paragraphs)] = index
    _, starts, ends, numbers = index
    i = bisect_right(starts, offset) - 1
    return numbers[i] if i >= 0 and offset < ends[i] else None


@by_identity
def support_for(article: Article, start: int, end: int) -> Support | None:
    """The article's own words between ``start`` and ``end`` (trimmed), if inside one body paragraph."""
    text = article.text
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in " \t\r\n":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    if start >= end:
        return None
    number = paragraph_at(article, start)
    if number is None or paragraph_at(article, end - 1) != number:
        return None
    return Support(number, start, end, text[start:end])


def support_span(article: Article, span: Span | None) -> Support | None:
    if span is None:
        return None
    return support_for(article, span.start, span.end)


@by_identity
def attribution_support(article: Article, a: Attribution) -> Support | None:
    """From the first of source/cue/content to the end of the content: who said what, in one span."""
    spans = [s for s in (a.source_span, a.cue_span, *a.content_spans) if s is not None]
    if not spans:
        return None
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    if end - start > 600:  # a long quotation: the content alone
        spans = list(a.content_spans)
        start, end = min(s.start for s in spans), max(s.end for s in spans)
    elif a.source_span is not None and start == a.source_span.start and \
            a.source_span.text.lower() in _RELATIVE_WORDS and article.text[max(0, start - 2):start] == ", ":
        # "… the radio host Dan Pike, who lamented …": the span opens on the sentence naming the speaker, not on
        # "who" (judged blind: a cited span that never showed who said it)
        number = paragraph_at(article, start)
        if number is not None:
            para = article.paragraph(number)
            before = article.text[para.start:start]
            ends = [m.end() for m in _SENTENCE_BREAK.finditer(before)]
            start = para.start + (ends[-1] if ends else 0)
    return support_for(article, start, end)


_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that"})
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=[A-Z\"\u201c])")


_SENTENCE_INDEX: dict[int, tuple[object, list[int] | None]] = {}


@by_identity
def sentence_at(analysis: Analysis, offset: int) -> Sentence | None:
    """The first sentence holding ``offset``: a binary search over the sentences' starts when they stand in
    order, none overlapping another (as the parser gives them); else a walk through them all."""
    sentences = analysis.sentences
    index = _SENTENCE_INDEX.get(id(sentences))
    if index is None or index[0] is not sentences:
        if len(_SENTENCE_INDEX) > 64:
            _SENTENCE_INDEX.clear()
        ordered = all(a.span.end <= b.span.start for a, b in pairwise(sentences))
        index = (sentences, [s.span.start for s in sentences] if ordered else None)
        _SENTENCE_INDEX[id(sentences)] = index
    starts = index[1]
    if starts is None:
        for s in sentences:
            if s.span.start <= offset < s.span.end:
                return s
        return None
    i = bisect_right(starts, offset) - 1  # the last to start by ``offset``: the only one that may hold it
    return sentences[i] if i >= 0 and offset < sentences[i].span.end else None


@by_identity
def in_quotation(article: Article, start: int) -> bool:
    """True when ``start`` lies inside a quotation in its paragraph (odd number of quote marks before)."""
    number = paragraph_at(article, start)
    if number is None:
        return False
    at = start - article.paragraph(number).start
    straight, twice, left, right = _quote_marks(article)[number - 1]
    # the marks in the paragraph before ``at``: as many as end by it (some papers print quotation marks as two
    # apostrophes, counted as str.count counts them: left to right, none overlapping)
    n_straight = bisect_right(straight, at) + bisect_right(twice, at)
    return n_straight % 2 == 1 or bisect_right(left, at) - bisect_right(right, at) > 0


_QUOTE_MARKS: dict[int, tuple[object, list[tuple[list[int], list[int], list[int], list[int]]]]] = {}


def _quote_marks(article: Article) -> list[tuple[list[int], list[int], list[int], list[int]]]:
    """For each body paragraph, where its quotation marks end (offsets in the paragraph, ascending): straight
    double marks, pairs of apostrophes (as ``str.count("''")`` finds them), opening and closing curly marks.
    Made once per article (:func:`in_quotation` is asked of many offsets)."""
    paragraphs = article.paragraphs
    hit = _QUOTE_MARKS.get(id(paragraphs))
    if hit is not None and hit[0] is paragraphs:
        return hit[1]
    marks = [(_mark_ends(p.text, "\""), _mark_ends(p.text, "''"), _mark_ends(p.text, "“"), _mark_ends(p.text, "”"))
             for p in paragraphs]
    if len(_QUOTE_MARKS) > 64:
        _QUOTE_MARKS.clear()
    _QUOTE_MARKS[id(paragraphs)] = (paragraphs, marks)
    return marks


def _mark_ends(text: str, mark: str) -> list[int]:
    """Where each ``mark`` in the text ends, found left to right, none overlapping (as ``str.count`` counts)."""
    out = []
    i = text.find(mark)
    while i >= 0:
        out.append(i + len(mark))
        i = text.find(mark, i + len(mark))
    return out


def cloze(text: str, start: int, end: int, *, window: int = 14, blank: str = "______") -> str:
    """``text`` with ``text[start:end]`` blanked, cut to ``window`` words each side at word boundaries."""
    before = text[:start].split()
    after = text[end:].split()
    kept = before[-window:]
    rest = before[:-window]
    # never cut a name in two: "…Clinton, the presidential candidate's daughter" for "Chelsea Clinton, …" names
    # another person (judged blind on J35)
    while kept and rest and len(kept) < window + 3 and kept[0][:1].isupper() and rest[-1][:1].isupper() and \
            rest[-1][-1:].isalpha():
        kept.insert(0, rest.pop())
    dropped = " ".join(rest)
    if len(before) > window and (dropped.count('"') % 2 or dropped.count("“") > dropped.count("”")):
        # the cut falls inside a quotation: start after its closing mark, not on a dangling one
        # ("…well as Mexico' and that …", judged blind on K32)
        closing = [i for i, w in enumerate(kept) if '"' in w or "”" in w]
        if closing:
            kept = kept[closing[0] + 1:]
    left = " ".join(kept)
    right = " ".join(after[:window])
    if len(before) > window:
        left = "…" + left
    if len(after) > window:
        right = right.rstrip(",;:—–-\"“”") + "…"
    pre_space = " " if text[:start][-1:].isspace() else ""
    post_space = " " if text[end:][:1].isspace() else ""
    return inner_quotes((left + pre_space + blank + post_space + right).strip())


# ---------------------------------------------------------------- sources


_SOURCE_LABEL_RE = re.compile(r"\s+(?:of|from|in|at|who|that|with)\s+")


@by_identity
def source_label(a: Attribution) -> str:
    """How an option names a source: canonical name; groups shortened to their head ("Critics"); a person's name
    without the word for their job the article wrote before it ("Comedian Sarah Silverman": "Sarah Silverman")."""
    if a.source_kind == "unnamed_group":
        label = unquote(a.source or a.source_text).rstrip(".,")
        label = _SOURCE_LABEL_RE.split(label, maxsplit=1)[0]
        return sentence_case(" ".join(label.split()[:4]))
    label = a.source or a.source_text
    return sentence_case(without_job_word(label) if a.source_kind == "person" else label)


# Words for what a person does that an article capitalises before a full name ("Comedian Sarah Silverman",
# "Actor John Doe", "Economist Paul Krugman"): no part of the name. Titles are ("Sen.", "President", "Dr.", "Gov.",
# "Rep.", "Judge", "Professor", "Pastor", "General", "Director", "Attorney General" …), so none is here.
JOB_WORDS = frozenset(
    "comedian comedienne comic actor actress singer songwriter singer-songwriter rapper musician guitarist "
    "drummer pianist composer dancer artist painter sculptor photographer filmmaker producer screenwriter "
    "playwright poet novelist author writer essayist columnist commentator pundit blogger podcaster broadcaster "
    "journalist reporter host anchor newsman newswoman businessman businesswoman entrepreneur billionaire "
    "millionaire tycoon mogul magnate investor financier banker developer philanthropist economist historian "
    "scientist physicist chemist biologist astronomer astronaut psychologist sociologist pollster strategist "
    "consultant activist campaigner model chef designer athlete golfer boxer wrestler quarterback footballer "
    "celebrity star superstar socialite heiress televangelist evangelist lawyer veteran farmer rancher".split())


def without_job_word(name: str) -> str:
    """The name without a capitalised job word before a first and last name ("Actor John Doe": "John Doe");
    the name as it is otherwise ("Sen. John Doe", "President Jane Roe", "Comedian Silverman")."""
    words = name.split()
    if len(words) < 3 or words[0].lower() not in JOB_WORDS or not words[0][:1].isupper():
        return name
    rest = words[1:]
    if len(rest) > 3 or rest[0].lower() in JOB_WORDS or not all(w[:1].isupper() for w in rest):
        return name  # "Actor Of The Year Award", "Businessman Investor Bo Kim": no first and last name after it
    if not re.fullmatch(r"[A-Z][\w'’-]*\.?", rest[0]) or rest[0].rstrip(".").lower() in _TITLE_WORDS:
        return name  # "Lawyer Gen. Bo Kim": a title follows; the name is not plain
    return " ".join(rest)


_TITLE_WORDS = frozenset("mr mrs ms miss dr prof sir dame lord lady rev sen rep gov gen col capt lt sgt judge "
                         "president senator governor general professor".split())


def source_mid(a: Attribution) -> str:
    """The source label inside a sentence ("critics", "the government", but "Hua Chunying")."""
    label = source_label(a)
    lower = a.source_kind == "unnamed_group" or (a.source or a.source_text)[:1].islower()
    if lower and label[:1].isupper() and label[1:2].islower():
        label = label[0].lower() + label[1:]
        if a.source_kind != "unnamed_group" and len(label.split()) == 1:
            label = "the " + label
    elif label.split()[-1:] and label.split()[-1].lower() in _COMMON_HEADS and not label.lower().startswith("the "):
        label = "the " + label  # "the Chinese government", "the Home Office"
    elif a.source_kind not in ("person", "unnamed_group") and not label.lower().startswith("the ") and \
            " ".join(a.source_text.split()).lower() == "the " + label.lower():
        label = "the " + label  # written "the Associated Press": never "In ¶1, Associated Press said" (judged blind)
    return label


_COMMON_HEADS = {"government", "ministry", "office", "department", "administration", "authorities", "police",
                 "council", "court", "report", "study", "letter", "statement", "survey", "spokesperson",
                 "spokesman", "spokeswoman", "army", "military", "embassy", "commission", "committee"}

_JUNK_SOURCE = re.compile(
    r"^(any|her|his|their|its|our|my|your|this|that|these|those|it|which|who|whom|some|one|each|every|"
    r"he|she|they|we|i|you|there)\b", re.I)


# Head nouns of unnamed groups that are voices (people), not things ("rising rates", "disclosures").
PEOPLE_HEADS = frozenset(
    "critics officials residents experts analysts sources aides advisers advisors witnesses inmates detainees "
    "activists campaigners lawmakers legislators members leaders republicans democrats conservatives liberals "
    "supporters opponents voters scientists researchers doctors police authorities observers investigators "
    "prosecutors lawyers staff employees workers students teachers parents families organisers organizers "
    "protesters economists insiders strategists diplomats allies donors executives spokespeople survivors "
    "victims refugees migrants officers soldiers fans players pilgrims organizations organisations groups "
    "agencies ministers diplomats historians academics experts".split())




def person_like(a: Attribution) -> bool:
    """A source that is someone: a person or body named with a capital, or a group of people
    ("critics", "former inmates") — not "disclosures", "stream" or "figures"."""
    label = (a.source or "").strip()
    if a.source_kind == "unnamed_group":
        head = re.split(r"\s+(?:of|from|in|at|who|that|with|for|close|familiar)\s+", label.lower())[0].split()[-1:]
        return bool(head) and head[0] in PEOPLE_HEADS
    return a.source_kind in ("person", "organisation", "government", "news_outlet") and label[:1].isupper()


_NAME_IN_COMPLEMENT_RE = re.compile(
    r"(?:a|an|one|several|some)\s|.*\b(?:commission|committee|panel|group|adviser|advisor|aide|"
    r"report|study|team|staff|office)\b", re.I)
_NAME_IN_COMPLEMENT_RE2 = re.compile(r"\b(?:for|of|by|to|backing|with|under|from|at|appointed|named|hired)\b", re.I)
_NAME_IN_COMPLEMENT_RE3 = re.compile(r"\b[a-z]{3,}\b")


def name_in_complement(a: Attribution) -> bool:
    """Is the canonical name only the complement of a role phrase? ("a top adviser for President
    Obama explained", "a commission appointed by Bush estimated": the speaker is the adviser or the
    commission, not Obama or Bush.)"""
    text = a.source_text or ""
    last = (a.source or "").split()[-1:] if a.source else []
    if a.source_kind == "person" and last and last[0] not in text and _NAME_IN_COMPLEMENT_RE.match(text):
        return True  # "a commission [appointed by Bush] estimated": the speaker is not Bush
    if a.source_kind != "person" or not last or not last[0][:1].isupper() or last[0] not in text:
        return False
    before = text[: text.index(last[0])]
    return bool(_NAME_IN_COMPLEMENT_RE2.search(before)) \
        and bool(_NAME_IN_COMPLEMENT_RE3.search(before))


def plausible_source(a: Attribution) -> bool:
    """A source worth naming in an item (not "any process", "her party", a bare pronoun)."""
    label = (a.source or "").strip()
    return (bool(label) and a.source_kind != "none" and not _JUNK_SOURCE.match(label) and len(label) <= 60
            and a.source_confidence >= UNSURE)


# Words that leave a claim unconfirmed with no one named. Not "accused of": an accusation has an
# accuser, often named in the next sentence ("the Crown"), so "no source named" could be wrong.
HEDGE_MARKERS = re.compile(
    r"\b(is|are|was|were) (believed|thought|said|alleged|reported|estimated|understood|feared)\b|"
    r"\b(reportedly|allegedly|supposedly|purportedly|apparently|believed to|alleged|estimated)\b",
    re.I,
)


_DROP_FINAL_PERIOD_RE = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Jr|Sr|Inc|Ltd|Co|St)\.)$")


def drop_final_period(text: str) -> str:
    """Remove a sentence's final full stop, but keep an abbreviation's ("the U.S.")."""
    text = text.rstrip()
    # only a text ending in "." has one to drop; an abbreviation's match is its last 4 characters at most
    # (searched from there: "\b" still reads the character before)
    if not text.endswith(".") or _DROP_FINAL_PERIOD_RE.search(text, max(0, len(text) - 4)):
        return text
    return text.rstrip(".")


# where a sentence joins two claims: ", but", ", while", "; " (a hedge in one covers only that one)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas|although|though|yet)\s+|;\s+")


def hedged_clause(article: Article, span: Span, words: str) -> Support | None:
    """The part of a sentence that a hedge covers: the whole sentence when it makes one claim; the
    clause holding the hedge when it joins two ("X was reportedly leaked, but the minister says …");
    None when the hedge words are not in it."""
    sup = support_span(article, span)
    if sup is None:
        return None
    at = sup.text.lower().find(words.lower())
    if at < 0:
        return None
    start, end = 0, len(sup.text)
    for m in _CLAUSE_JOIN.finditer(sup.text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(words):
            end = m.start()
            break
    if re.search(r"\b(?:and|but|while)\s+(?:\w+\s+){0,2}$", sup.text[start:at]):
        return None  # "Its shape symbolizes wealth and is believed to bring luck": two claims, one hedged
    if (start, end) == (0, len(sup.text)):
        return sup
    return support_for(article, sup.start + start, sup.start + end)


def clause_hedges(article: Article, analysis: Analysis) -> list[tuple[Support, str]]:
    """Hedged claims as whole clauses (a fragment is widened to its sentence), best first."""
    out: list[tuple[int, Support, str]] = []
    for h in analysis.hedges:
        sent = sentence_at(analysis, h.span.start)
        if sent is None:
            continue
        if not HEDGE_MARKERS.search(h.words) or h.confidence < CONFIDENT:
            continue  # "some", "about": approximations, not hedges; "may": not sure enough to key
        starts_clause = h.span.start == sent.span.start
        sup = hedged_clause(article, sent.span, h.words)
        if sup is None or len(sup.text.split()) < 5:
            continue
        if any(o.text == sup.text for _, o, _ in out):
            continue
        out.append((0 if starts_clause else 1, sup, h.words))
    out.sort(key=lambda t: (t[0], t[1].start))
    return [(s, w) for _, s, w in out]


def named(a: Attribution) -> bool:
    """A named source, surely: a person, organisation, government or outlet the ledger is sure of."""
    return (a.source_kind in ("person", "organisation", "government", "news_outlet") and bool(a.source)
            and a.kind_confidence >= CONFIDENT and a.source_confidence >= CONFIDENT)


def shuffled_options(rng: random.Random, keyed: str, distractors: Sequence[str]) -> tuple[list[str], int]:
    """Keyed option placed among the distractors at a seeded position; returns (options, index)."""
    options = list(distractors)
    index = rng.randrange(len(options) + 1)
    options.insert(index, keyed)
    return options, index


def rubric(full: str, partial: str, minimal: str) -> tuple[RubricLevel, ...]:
    """A 3-level rubric (3 / 2 / 1 points)."""
    return (
        RubricLevel(3, "Full", full),
        RubricLevel(2, "Partial", partial),
        RubricLevel(1, "Minimal", minimal),
    )



# "Mr", "Mrs", "Ms", "Miss" or "Dr" starting a word: r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?" with the word boundary checked
# behind the first letter, so that ``re`` skips straight to an "M" or a "D" (eight times faster over an article)
_HONORIFIC = r"(?:M(?<=\bM)(?:r|rs|s|iss)|D(?<=\bD)r)\.?"
_GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "2nd", "3rd"})


def without_suffix(name: str) -> str:
    """A name without a generational suffix ("Brent Bozell III", "Martin Luther King, Jr."): the suffix is
    never the surname, and the name without it is still the person's."""
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,").lower() in _GENERATION:
        words.pop()
    return " ".join(words).rstrip(",")


_NOT_GIVEN = frozenset("mr mrs ms miss dr sir dame lord lady first president vice general secretary senator sen "
                       "rep gov governor judge justice mayor chairman chairwoman speaker leader minister prime king "
                       "queen prince princess rev father gen col lt sgt capt adm former the".split())


def _surname_shared(body: str, given: str, surname: str) -> bool:
    """Does the article name another person of this surname by another given name ("Barack Obama" beside
    "Michelle Obama")? Titles before the surname ("President Obama") are no given names."""
    for m in name_re(rf"\b([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?{re.escape(surname)}(?![\w-])").finditer(body):
        first = m.group(1)
        if first != given and first.lower() not in _NOT_GIVEN and not m.group(0).startswith(given):
            return True
    return False


def honorific_name_forms(body: str, name: str) -> tuple[list[str], list[str]]:
    """How the article itself refers to a person by one word of the name with a title ("Mr. Ban" for
    "Ban Ki-moon"): (forms to accept, as written and that word alone; words of the name never to accept
    alone). When the article calls the person "Mr. Ban", "Ban" is the family name and the name's last
    word ("Ki-moon") is a given name, unless the article also writes it alone or with a title."""
    words = name.split()
    if len(words) < 2:
        return [], []
    accept: list[str] = []
    titled: list[str] = []
    for i, w in enumerate(words):
        # "Dr. Connie Mariano": a title before the whole name makes no one word of it the name to accept
        # (nor another man's: "Dr. Michael Norko" makes no "Dr. Michael" of Michael Ross; judged blind, W6)
        rest = r"(?!\s+[A-Z][\w'’-])" if i + 1 < len(words) else ""
        found = name_re(rf"{_HONORIFIC}\s+{re.escape(w)}(?![\w-]){rest}").findall(body)
        if found and i == len(words) - 1 and _surname_shared(body, words[0], w):
            found = []  # "Mr. Obama" beside "Michelle Obama" and "Barack Obama": either may be meant (judged blind, J7)
        if found:
            titled.append(w)
            accept.extend([w, *found])
    last = words[-1]
    if not titled or last in titled:
        return list(dict.fromkeys(accept)), []
    before = re.escape(" ".join(words[:-1]))
    alone = name_re(rf"(?<![\w-])(?<!{before} )(?<!{before}-){re.escape(last)}(?![\w-])").search(body)
    return list(dict.fromkeys(accept)), ([] if alone else [last])


try:  # compile without entering re's own cache (512 patterns, oldest dropped first)
    from re import _compiler as _re_compiler  # type: ignore[attr-defined]

    _compile_uncached = _re_compiler.compile
except ImportError:  # pragma: no cover - a Python without re._compiler
    _compile_uncached = re.compile


@lru_cache(maxsize=4096)
def name_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built from the article's own words (a name, a surname, a place), compiled once and
    kept here, out of ``re``'s cache: an unseen article's hundred-odd such patterns overflowed that
    cache and evicted the fixed patterns, which were then compiled again and again."""
    return _compile_uncached(pattern, int(flags))


_T = TypeVar("_T")
_ARTICLE_MEMO: dict[str, tuple[object, object, object]] = {}


def article_memo(ctx: Context, key: str, compute: Callable[[], _T]) -> _T:
    """``compute()`` once per article: the value is kept for the latest (article, analysis) pair
    only, matched by identity, so no answer carries over to another article (or another analysis of
    the same text). For values that depend on nothing but the article and its analysis; callers
    must not change what they are given."""
    hit = _ARTICLE_MEMO.get(key)
    if hit is not None and hit[0] is ctx.article and hit[1] is ctx.analysis:
        return hit[2]  # type: ignore[return-value]
    value = compute()
    _ARTICLE_MEMO[key] = (ctx.article, ctx.analysis, value)
    return value


class LiteralHit:
    """Where :func:`literal_matches` found the words: ``start()`` and ``end()`` as a match has them."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


def _word_character(ch: str) -> bool:
    """A character ``\\w`` matches in a text pattern (a letter, a digit or "_")."""
    return ch.isalnum() or ch == "_"


def literal_matches(text: str, words: str, *, not_before: str | None = None,
                    not_after: str | None = None) -> list[LiteralHit]:
    """Where ``words`` stand in ``text``, each found after the end of the one before: what
    ``re.finditer(re.escape(words), text)`` finds, found with str.find and no pattern to compile.
    With ``not_before``, only where the character before is no word character and none of
    ``not_before`` (the lookbehind ``(?<![\\w…])``); ``not_after`` likewise after (``(?![\\w…])``)."""
    if not words:  # every position matches an empty pattern: leave that to re
        look = "" if not_before is None else r"(?<![\w" + re.escape(not_before) + "])"
        ahead = "" if not_after is None else r"(?![\w" + re.escape(not_after) + "])"
        return [LiteralHit(*m.span()) for m in name_re(look + ahead).finditer(text)]
    out: list[LiteralHit] = []
    size, length = len(words), len(text)
    at = text.find(words)
    while at >= 0:
        end = at + size
        if (not_before is None or at == 0 or not (_word_character(text[at - 1]) or text[at - 1] in not_before)) \
                and (not_after is None or end == length
                     or not (_word_character(text[end]) or text[end] in not_after)):
            out.append(LiteralHit(at, end))
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return out


def word_matches(text: str, words: str) -> list[LiteralHit]:
    """Where ``words`` stand in ``text`` with a word boundary at both ends, each found after the end
    of the one before: what ``re.finditer(r"\\b" + re.escape(words) + r"\\b", text)`` finds, with no
    pattern to compile."""
    if not words:
        return [LiteralHit(*m.span()) for m in name_re(r"\b\b").finditer(text)]
    out: list[LiteralHit] = []
    first, last = _word_character(words[0]), _word_character(words[-1])
    size, length = len(words), len(text)
    at = text.find(words)
    while at >= 0:
        end = at + size
        if (at > 0 and _word_character(text[at - 1])) != first \
                and (end < length and _word_character(text[end])) != last:
            out.append(LiteralHit(at, end))
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return out


# the sentence going on past the claim with the other half of a contrast ("… not to 'make America great again' but to
# 'make America whole again'")
_CUT_CONTRAST = re.compile(r"[\"”’'\s,]*(?:but|rather)\s+(?:to|also|as|in|for|on|by|with|a|an|the|[\"“‘'])",
                           re.I)
_NOT = re.compile(r"\bnot\b", re.I)


def cut_contrast(text: str, claim: str, end: int) -> bool:
    """Is the claim the first half of a "not X but Y" its sentence goes on with after ``end`` ("… not to 'make America
    great again' but to …")? Not when the claim ends its own sentence ('"I did not post that." But …')."""
    return bool(_NOT.search(claim)) and not claim.rstrip("\"”’' ").endswith((".", "!", "?")) and \
        _CUT_CONTRAST.match(text, end) is not None
