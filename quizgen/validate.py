"""The quality gate: structural checks, support checks and a lint of common item-writing faults.

``lint_item`` takes any item, including a teacher's half-edited one, and returns warnings
instead of raising; ``validate`` applies the same rules to generated candidates (plus checks
against the claim ledger and between items) and says why each dropped item was dropped.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from quizgen import kinds
from quizgen.fastre import Keyed
from quizgen.model import SKILLS, Analysis, Article, Item

_ABOVE = Keyed(re.compile(r"\b(all|none|both|neither) of (the )?(above|these|them)\b", re.I))
# "Which is NOT…", "all EXCEPT…", "which … is not true/mentioned": not the article's own "does not"
_NEGATIVE = re.compile(
    r"\b(NOT|EXCEPT|LEAST)\b|\bexcept\b|\b(?:is|are|was|were|does|did|do)(?: not|n't) "
    r"(?:true|correct|mentioned|included|stated|given|named|supported|one of)\b|\bwhich\b[^?]*\bnot\b[^?]*\?"
)
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”")
_PRONOUN = re.compile(r"^(he|she|they|it|this|these|those|him|her|them|his|their|its)\b")
_BLANK = "______"
_STOP = frozenset(
    "the a an and or but of to in on at for by with from as that this these those is are was were be been "
    "has have had it its their they he she his her we our not no will would can could said says also".split()
)


def _norm(text: Any) -> str:
    return _norm_str(str(text))


_QUOTE_APOSTROPHE = re.compile(r"(?<![a-z])'|'(?![a-z])")  # quotation marks, not apostrophes
_NOT_WORD_CHARS = re.compile(r"[^a-z0-9'% ]+")


@lru_cache(maxsize=16384)
def _norm_str(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = _QUOTE_APOSTROPHE.sub(" ", text)
    return " ".join(_NOT_WORD_CHARS.sub(" ", text).split())


@lru_cache(maxsize=16384)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _norm(text).split() if w not in _STOP and (len(w) > 1 or w.isdigit()))


def _jaccard(a: str, b: str) -> float:
    wa, wb = _content(a), _content(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _contains_words(haystack: str, needle: str) -> bool:
    n = _norm(needle)
    return bool(n) and f" {n} " in f" {_norm(haystack)} "


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


# the checks' fixed patterns, compiled once (an inline pattern is compiled again whenever the ``re`` module's
# cache has dropped it, which many per-article patterns elsewhere make happen on every article)
_PARAGRAPH_REF = re.compile(r"¶\d+")
_QUOTED_GAP = re.compile(r"[\"“]([^\"”]*______[^\"”]*)[\"”]")
_CUT_WORD = re.compile(r"([A-Za-z]+)…")
_CUT_ANYWHERE = re.compile(r"(\S+)\s*…")
_THAT_CAPITAL = re.compile(r"\bthat (?:There|The|It|This|These|Those|We|They|He|She) ")
_ELEVEN_EIGHTEEN = re.compile(r"^1[18](?!\d)")
_LETTERS = re.compile(r"[A-Za-z]+")
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=8)
def word_runs(text: str) -> frozenset[str]:
    """The text's maximal runs of word characters (``\\w+``): a word of word characters is one of them
    exactly when ``\\bWORD\\b`` matches in the text (one set per article instead of a pattern per word)."""
    return frozenset(_WORD_RUN.findall(text))


# ---------------------------------------------------------------- structure


def _structure(item: Item) -> list[str]:
    w: list[str] = []
    options = [str(o) for o in (item.options or ())]
    if item.skill not in SKILLS:
        w.append(f"unknown skill {item.skill!r}")
    if kinds.kind_of(item) is None:
        return w + kinds.check(item)
    if not str(item.stem or "").strip():
        w.append("the question (stem) is empty")
    if any(not o.strip() for o in options):
        w.append("an option is empty")
    w += kinds.check(item, strict=True)
    return w


# the keyed texts of each candidate :func:`validate` weighs, kept (by the item, in the thread running it) while it
# runs: every check and each near-duplicate comparison asks again; nothing is kept once it returns
_RUN = threading.local()


def _keyed_texts(item: Item) -> list[str]:
    """:func:`kinds.keyed_texts` (callers must not change the list: inside :func:`validate` it is shared)."""
    memo: dict[int, tuple[Item, list[str]]] | None = getattr(_RUN, "keyed", None)
    if memo is None:
        return kinds.keyed_texts(item)
    hit = memo.get(id(item))
    if hit is not None and hit[0] is item:
        return hit[1]
    got = kinds.keyed_texts(item)
    memo[id(item)] = (item, got)
    return got


# ---------------------------------------------------------------- support


_HEADING_LINE_WORDS = 6  # a line this short, with no stop, before a capitalised line: a heading or a name line


def heading_line_run_in(paragraph: str, start: int, end: int) -> bool:
    """Does the span ``start``–``end`` of a paragraph cross a line break after a short line with no closing
    stop, the next line capitalised ("Mohammed Saleh Zayada, 62" over "Zayada was traveling …": a name line
    above its paragraph, judged blind on K35 as a garbled quotation)? A hard-wrapped sentence's long lines
    are no heading."""
    at = paragraph.find("\n", start, end)
    while at != -1:
        line = paragraph[paragraph.rfind("\n", 0, at) + 1:at].strip()
        nxt = paragraph[at + 1:at + 2]
        if (line and len(line.split()) <= _HEADING_LINE_WORDS and line[-1] not in ".!?;:,\"”’'—-"
                and nxt.isupper()):
            return True
        at = paragraph.find("\n", at + 1, end)
    return False


def _support(item: Item, article: Article) -> list[str]:
    w: list[str] = []
    sups = list(item.support or ())
    if not sups:
        return ["no supporting passage from the article"]
    for s in sups:
        try:
            n = int(s.paragraph)
            if not 1 <= n <= len(article.paragraphs):
                w.append(f"support cites ¶{n}, which does not exist")
                continue
            p = article.paragraph(n)
            if article.text[s.start:s.end] != s.text:
                w.append(f"support text is not the article's own words at {s.start}–{s.end}")
            elif not (p.start <= s.start and s.end <= p.end):
                w.append(f"support is not inside ¶{n}")
            elif heading_line_run_in(p.text, s.start - p.start, s.end - p.start):
                w.append("the passage runs a heading line into its sentence")
        except (AttributeError, TypeError, ValueError):
            w.append("a support entry is malformed")
    expl = str(item.explanation or "")
    if not _PARAGRAPH_REF.search(expl):
        w.append("the explanation does not cite a paragraph (¶N)")
    elif not any(_quotes_support(expl, s) for s in sups if isinstance(getattr(s, "text", None), str)):
        w.append("the explanation does not quote the supporting passage")
    return w


def _quotes_support(explanation: str, sup: Any) -> bool:
    first = " ".join(_norm(sup.text).split()[:4])
    return bool(first) and first in _norm(explanation)


_MEANING = re.compile(r"does [\"“]([^\"”]+)[\"”] most nearly mean\b")


def _keyed_supported(item: Item) -> list[str]:
    """Options taken from the article (gaps, details) must be in the support passage."""
    if item.skill not in ("key_detail", "vocabulary_in_context", "cause_effect", "main_idea"):
        return []
    support = " ".join(str(getattr(s, "text", "")) for s in item.support or ())
    asked = _MEANING.search(str(item.stem or "")) if item.skill == "vocabulary_in_context" else None
    if asked:  # a meaning item: the keyed text is a definition, the asked word is what the passage holds
        word = asked.group(1)
        return [] if _contains_words(support, word) else [f"the word {word!r} is not in the supporting passage"]
    for k in _keyed_texts(item)[:1]:
        k = k.rstrip("…").strip()
        if k and not _contains_words(support, k) and _norm(k)[:40] not in _norm(support):
            return [f"the keyed answer {k!r} is not in the supporting passage"]
    return []


# ---------------------------------------------------------------- lint


def _lint_options(item: Item, article: Article) -> list[str]:
    w: list[str] = []
    options = [str(o) for o in (item.options or ())]
    if item.kind in ("true_false", "short_answer", "open_response"):
        return w
    for o in options:
        if _ABOVE.search(o):
            w.append(f"option {o!r} is an \"all/none of the above\" option")
    normed = [_norm(o) for o in options]
    for i in range(len(options)):
        for j in range(i + 1, len(options)):
            a, b = normed[i], normed[j]
            if a == b:
                w.append(f"options {i + 1} and {j + 1} are the same")
            elif _jaccard(options[i], options[j]) >= 0.75 or (
                min(len(a), len(b)) >= 3 and len(a.split()) <= 4 and len(b.split()) <= 4
                and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")
            ):
                w.append(f"options {i + 1} and {j + 1} say nearly the same thing")
    keyed = _keyed_texts(item)
    if item.kind == "multiple_choice" and keyed and len(options) >= 3:
        k = len(keyed[0])
        others = [len(o) for o in options if o != keyed[0]]
        if others and max(len(o.split()) for o in options) > 3:
            if k > 1.6 * max(others) and k - max(others) > 15:
                w.append("the keyed option is much longer than every distractor (a giveaway)")
            elif k < 0.5 * min(others) and min(others) - k > 15:
                w.append("the keyed option is much shorter than every distractor (a giveaway)")
    if _BLANK in str(item.stem) and item.kind == "multiple_choice":
        w += _distractor_fits(item, article, keyed)
    return w


def _distractor_fits(item: Item, article: Article, keyed: list[str]) -> list[str]:
    """A gap distractor that, put in the gap, gives words the article really contains."""
    m = _QUOTED_GAP.search(str(item.stem))
    if not m:
        return []
    left, _, right = m.group(1).partition(_BLANK)
    left_w = _norm(left.replace("…", " ")).split()[-3:]
    right_w = _norm(right.replace("…", " ")).split()[:3]
    body = " " + " ".join(_norm(p.text) for p in article.paragraphs) + " "
    out = []
    for o in item.options or ():
        if keyed and str(o) == keyed[0]:
            continue
        probe_l = " ".join([*left_w, _norm(o)]).strip()
        probe_r = " ".join([_norm(o), *right_w]).strip()
        if (left_w and f" {probe_l} " in body) or (right_w and f" {probe_r} " in body):
            out.append(f"distractor {str(o)!r} also fits the gap: the article uses it there too")
    return out


def _lint_stem(item: Item, article: Article) -> list[str]:
    w: list[str] = []
    stem = str(item.stem or "")
    if _NEGATIVE.search(_outside_quotes(stem)):
        w.append("negative stem (NOT/EXCEPT): ask the question positively")
    if _ABOVE.search(stem):
        w.append("the stem refers to \"all/none of the above\"")
    for k in _keyed_texts(item):
        k = k.strip().rstrip("…")
        if item.kind != "short_answer" and len(_norm(k)) >= 3 and _contains_words(stem.replace(_BLANK, " "), k):
            w.append(f"the stem contains its own answer ({k!r})")
            break
        if item.kind == "short_answer" and len(_norm(k)) >= 3 and _contains_words(stem, k):
            w.append(f"the stem contains an accepted answer ({k!r})")
            break
    for m in _QUOTED.finditer(stem):
        frag = (m.group(1) or m.group(2) or "").lstrip("…").strip()
        if _PRONOUN.match(frag):
            w.append(f"the stem quotes a fragment starting with an unresolved pronoun: \"{frag[:40]}\"")
    text = article.text
    for m in _CUT_WORD.finditer(stem) if "…" in stem else ():  # (each word tried to its end and back: the mark first)
        if m.group(1) not in word_runs(text):  # not r"\bWORD\b" in the text: not a whole word there
            w.append(f"a quotation is cut mid-word (\"{m.group(1)}…\")")
    if item.kind == "true_false":
        for m in _CUT_ANYWHERE.finditer(stem):
            if m.group(0) not in text:
                w.append("the true/false statement is cut mid-sentence (\"…\")")
                break
    w += _arithmetic(item, stem)
    w += _grammar(stem)
    return w


# a number in a stem: digits with thousands commas and decimals ("49%", "1,237", "2.5"), not a paragraph's ("¶7")
_STEM_NUMBER = re.compile(r"(?<![\w.,¶])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,¶])\d+(?:\.\d+)?(?![\w])")


def _number(text: str) -> float | None:
    text = text.strip().replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def _arithmetic(item: Item, stem: str) -> list[str]:
    """A number to write that two other numbers of the stem give by subtraction or addition: "leads Clinton
    among men by ______ points, 49% to 41%" is 8 without reading the article (judged blind, J10)."""
    keyed = [n for n in map(_number, _keyed_texts(item)) if n is not None]
    if not keyed:
        return []
    found = [float(m.group(0).replace(",", "")) for m in _STEM_NUMBER.finditer(stem.replace(_BLANK, " "))]
    for k in keyed:
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                if k and (abs(abs(a - b) - k) < 1e-9 or abs(a + b - k) < 1e-9):
                    return [f"two numbers in the stem give the answer ({a:g} and {b:g} make {k:g})"]
    return []


# "who show …", "who suggest …": "who" takes a singular verb in a question. Only the question's "who", which
# opens the stem or follows its lead-in ("According to ¶2, who …"); a relative "who" right after its plural
# noun ("two other women who have accused …" in a true/false statement) is grammatical
_WHO_PLURAL = re.compile(r"(?:^|[,;:]\s+)[Ww]ho (?:show|say|suggest|claim|argue|believe|warn|think|describe|have|are|"
                         r"were|do)\b")
_AND_OTHERS = re.compile(r"\b(?:and|,) others\b", re.I)


def _grammar(stem: str) -> list[str]:
    """Grammar faults a reader trips on: a plural verb after "who", a list "… and others",
    "said that There is" (a capital in mid-sentence after "that")."""
    w = []
    outside = _outside_quotes(stem)
    if _WHO_PLURAL.search(outside):
        w.append("\"who\" with a plural verb (\"who show …\")")
    if _AND_OTHERS.search(outside):
        w.append("a list of names ending \"and others\": name them all or count them")
    if _THAT_CAPITAL.search(outside):
        w.append("a capital letter mid-sentence after \"that\"")
    return w


# an option that starts mid-clause ("who show …", "Has announced …", "Described …")
_FRAGMENT_OPTION = re.compile(r"^(?:who|which|whose|whom|has|have|had|is|are|was|were|and|but|or|described|"
                              r"announced|said|says)\b", re.I)


def _lint_option_grammar(item: Item, article: Article) -> list[str]:
    """Choice options that are claims or sentences must be whole: not a fragment, not cut "…"."""
    if item.kind not in ("multiple_choice", "multiple_select", "matching"):
        return []
    sentences = item.skill in ("main_idea", "attribution", "corroboration", "cause_effect")
    w = []
    for o in item.options or ():
        text = str(o).strip()
        if sentences and _FRAGMENT_OPTION.match(text) and len(text.split()) > 2:
            w.append(f"option {text[:30]!r} is a fragment, not a statement")
        if text.endswith("…") and len(text.split()) > 3 and text not in article.text:
            w.append(f"option {text[:30]!r} is cut mid-phrase")
    return w


_GAP_ARTICLE = re.compile(r"(?<![\w'’])(a|an)\s+_{4,}", re.IGNORECASE)
_AN_LETTERS = frozenset("AEFHILMNORSX")  # letters said with a vowel first: "an FBI agent", "an NBC poll"
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_U_AS_YOU = re.compile(r"^(?:uni|use|usu|ura|ure|uti|eu|one\b|once\b)", re.IGNORECASE)


def takes_an(word: str) -> bool:
    """Is ``word`` said with a vowel sound first, so that "an" goes before it? ("an FBI", "a CNN",
    "an hour", "a union", "an 8", "an 11-point lead")."""
    w = word.strip("\"'“‘(")
    if not w:
        return False
    if w[0].isdigit():
        return w[0] == "8" or _ELEVEN_EIGHTEEN.match(w.replace(",", "")) is not None
    letters = _LETTERS.match(w)
    if letters and letters.group().isupper() and 1 < len(letters.group()) <= 5:
        return letters.group()[0] in _AN_LETTERS  # an acronym read letter by letter
    low = w.lower()
    if low.startswith(_SILENT_H):
        return True
    return low[0] in "aeiou" and not _U_AS_YOU.match(low)


def _lint_gap_article(item: Item, article: Article) -> list[str]:
    """"an ______ interview" with "CNN" among the options: the article before the gap tells options apart."""
    if item.kind != "multiple_choice" or not item.options:
        return []
    m = _GAP_ARTICLE.search(str(item.stem or ""))
    if m is None:
        return []
    want_an = m.group(1).lower() == "an"
    bad = [str(o) for o in item.options if str(o).split() and takes_an(str(o).split()[0]) != want_an]
    return [f"\"{m.group(1)} ______\" rules out option {o!r} by grammar" for o in bad]


def lint_item(item: Item, article: Article) -> list[str]:
    """Human-readable warnings for one item; never raises on a malformed item.

    Args:
        item: a generated or teacher-edited item.
        article: the article the item is about.

    Returns:
        Warnings (empty when the item passes every check).
    """
    try:
        warnings = _structure(item)
        if any(w.startswith("unknown kind") for w in warnings):
            return warnings
        for check in (_support, _lint_stem, _lint_options, _lint_option_grammar, _lint_gap_article, _lint_language):
            warnings += check(item, article)
        warnings += _keyed_supported(item)
        return list(dict.fromkeys(warnings))
    except Exception as exc:  # a teacher's odd edit must give a warning, not a crash
        return [f"the item could not be checked ({type(exc).__name__}: {exc})"]


# strong profanity a teacher would not print on a worksheet for 15-year-olds (judged blind, J7: a quotation
# with "bullshit" in a stem, when any other quotation of the speaker tests the same); censored forms ("f---") pass
_PROFANE = re.compile(r"\b(?:fuck\w*|motherfuck\w*|shit\w*|bullshit\w*|horseshit|bitch\w*|asshole\w*|"
                      r"cunt\w*|bastard\w*|goddamn\w*|dickhead\w*|piss(?:ed)?\s+off)\b", re.I)
# every match of it holds one of these (lower case): a text with none needs no search
_PROFANE_KEYS = ("fuck", "shit", "bitch", "asshole", "cunt", "bastard", "goddamn", "dickhead", "piss")
# the four non-ASCII letters re.I matches to ASCII ones ("ſ" to "s"): a text with one is always searched
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _profane(text: str) -> bool:
    if text.isascii() or _FOLDS_TO_ASCII.search(text) is None:
        low = text.lower()
        if not any(k in low for k in _PROFANE_KEYS):
            return False
    return _PROFANE.search(text) is not None


# a newspaper's correction notice ("An article on Monday about … misstated …"): the paper speaking of itself, no
# part of the story to ask about (judged blind, J6 and J7)
CORRECTION_NOTICE = re.compile(
    r"^\W*(?:correction|clarification|an earlier version of this|because of an? (?:editing|reporting|production) "
    r"error|due to an? (?:editing|reporting) error)\b|"
    r"\b(?:an?|this) (?:article|story|report|picture caption|caption|headline|obituary|review|chart|graphic) "
    r"(?:on|in|last|about) [^.]{0,200}?\b(?:misidentified|misstated|incorrectly (?:described|identified|stated|"
    r"referred|reported|gave|listed)|misspelled|misquoted|omitted|referred incorrectly|erroneously)\b", re.I)


@lru_cache(maxsize=4096)
def _correction_notice(text: str) -> bool:
    """Does :data:`CORRECTION_NOTICE` find the passage? Kept by text: the candidates of one article rest on
    the same few sentences, each searched once."""
    return CORRECTION_NOTICE.search(text) is not None


# UTF-8 read as Latin-1 ("GÃ¼len", "PeÃ±a", "â€œ"), also written with a combining accent ("A" + U+0303),
# leaving C1 control characters ("\x83") or the replacement character: text no item prints
_MOJIBAKE = re.compile(r"Ã|Â|â€|[\x80-\x9f\ufffd]")


# a token of 20 letters or more, words run together, two of them starting with a capital right after a lowercase
# letter or a digit ("CarterFlagShareLikeReply", "5ptsmoderatorFeaturedFebruary"): page widgets glued to the text
# (judged blind, T9: a live blog's "Flag Share Like Reply" buttons keyed as a name); not "McDonald", "FiveThirtyEight"
_GLUED = re.compile(r"\b(?=\w{20})\w*[a-z0-9][A-Z][a-z]+[A-Z]\w*")


def mojibake(text: str) -> bool:
    """Is ``text`` garbled by a wrong decoding (see :data:`_MOJIBAKE`)? The generators' one test of it."""
    return not text.isascii() and _mojibake(text)


@lru_cache(maxsize=8192)
def _mojibake(text: str) -> bool:
    """:func:`mojibake` of a text not all ASCII, kept by text: the options and names of one article are asked
    about again and again."""
    return _MOJIBAKE.search(unicodedata.normalize("NFC", text)) is not None


# markup left in pasted text ("… was correct<tweet/>.", "<br>", "</p>"): a tag a student would read as words
_MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def _lint_language(item: Item, article: Article) -> list[str]:
    """A stem, option or written answer printing strong profanity, garbled text or markup; a passage
    from a correction notice."""
    texts = [item.stem, *item.options, *item.prompts]
    if isinstance(item.answer, str):
        texts.append(item.answer)
    elif isinstance(item.answer, (list, tuple)):
        texts += [a for a in item.answer if isinstance(a, str)]
    out = []
    if any(_profane(t) for t in texts if isinstance(t, str)):
        out.append("the item prints a profane word: choose another passage for 15-year-olds")
    if any(mojibake(t) for t in texts if isinstance(t, str)):
        out.append("the item prints text garbled by a wrong decoding (\"PeÃ±a\" for \"Peña\"): fix the article's text")
    if any("<" in t and _MARKUP.search(t) for t in texts if isinstance(t, str)):
        out.append("the item prints markup left in the article's text (\"<tweet/>\"): fix the article's text")
    if any(_GLUED.search(t) for t in texts if isinstance(t, str)):
        out.append("the item prints words run together from a web page's buttons or widgets (\"CarterFlagShareLike"
                   "Reply\"): fix the article's text")
    if any(_correction_notice(sup.text) for sup in item.support):
        out.append("the item rests on the paper's correction notice, not on the story")
    return out


# ---------------------------------------------------------------- gate


def _ledger(item: Item, analysis: Analysis) -> list[str]:
    """Attribution items: the keyed source really said it; no distractor source said it too."""
    if item.skill != "attribution" or item.kind != "multiple_choice":
        return []
    sup = " ".join(s.text for s in item.support)
    keyed = _keyed_texts(item)
    if not keyed:
        return []
    sources: set[str] = set()
    for a in analysis.attributions:
        if any(s.start < e.end and e.start < s.end for s in a.content_spans for e in item.support):
            sources.update(x for x in (a.source, a.source_text, a.relay) if x)
    if not sources or not item.stem.lower().startswith("according to ¶"):
        return []

    def same(a: str, b: str) -> bool:
        ta, tb = _content(a), _content(b)
        return bool(ta & tb) or _norm(a) == _norm(b)

    out = []
    if "who" in item.stem.lower().split()[:5] and not any(same(keyed[0], s) for s in sources):
        out.append(f"the ledger does not give {keyed[0]!r} as the source of this claim")
    for o in item.options:
        if o != keyed[0] and any(same(o, s) for s in sources) and len(o.split()) <= 6:
            out.append(f"distractor {o!r} is also a source of this claim in the article")
    del sup
    return out


def _covered(a: Item, b: Item) -> float:
    """Share of the shorter item's supporting characters that the other item's support also covers."""
    ra = [(s.start, s.end) for s in a.support]
    rb = [(s.start, s.end) for s in b.support]
    common = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in ra for s2, e2 in rb)
    total = min(sum(e - s for s, e in ra), sum(e - s for s, e in rb))
    return common / total if total else 0.0


# skills whose items ask about one claim each, from one fixed set of options (kinds of source, ways a claim
# is presented) or the article's sources: the same key on two different claims is two questions
_PER_CLAIM = frozenset({"attribution", "certainty", "sourcing", "evidence"})


@lru_cache(maxsize=4096)
def _meaning_asked(stem: str) -> str | None:
    """The word a meaning stem asks about, normalised ("does "X" most nearly mean"), or None: kept by stem, as
    each candidate is compared with every one kept before it."""
    m = _MEANING.search(stem)
    return _norm(m.group(1)) if m else None


def near_duplicate(a: Item, b: Item) -> bool:
    """Two items that ask the same thing (same stem, or same passage for the same skill)."""
    if _norm(a.stem) == _norm(b.stem):
        return True
    if a.skill != b.skill:
        return False
    wa, wb = _meaning_asked(str(a.stem)), _meaning_asked(str(b.stem))
    if wa is not None and wb is not None and wa != wb:
        return False  # what two different words of one sentence mean: two questions
    spans_a = {(s.start, s.end) for s in a.support}
    spans_b = {(s.start, s.end) for s in b.support}
    if spans_a == spans_b or (_jaccard(a.stem, b.stem) >= 0.85 and spans_a & spans_b):
        return True
    if len(a.support) == 1 and len(b.support) == 1 and _covered(a, b) >= 0.5:
        return True
    ka, kb = _keyed_texts(a), _keyed_texts(b)
    if (a.kind == b.kind and ka and ka == kb and sorted(map(str, a.options)) == sorted(map(str, b.options))
            and (a.skill not in _PER_CLAIM or _jaccard(a.stem, b.stem) >= 0.5)):
        # two different quotations of one speaker are two questions, even with one set of names; so
        # are two claims asked "how is it presented?" (or "what kind of source?") with one key
        return True
    if a.kind == b.kind == "matching":
        pa, pb = {_norm(p) for p in a.prompts}, {_norm(p) for p in b.prompts}
        return len(pa & pb) * 2 >= min(len(pa), len(pb))
    return False


def validate(
    items: Sequence[Item], article: Article, analysis: Analysis | None = None
) -> tuple[list[Item], list[tuple[Item, list[str]]]]:
    """Split candidates into those that pass the quality gate and those dropped, with reasons.

    Args:
        items: candidate items, best first (earlier items win near-duplicate ties).
        article: their article.
        analysis: the article's analysis, for checks against the claim ledger.

    Returns:
        ``(kept, dropped)`` where ``dropped`` pairs each rejected item with its reasons.
    """
    kept: list[Item] = []
    dropped: list[tuple[Item, list[str]]] = []
    outer = getattr(_RUN, "keyed", None)
    _RUN.keyed = {} if outer is None else outer
    try:
        for item in items:
            reasons = lint_item(item, article)
            if analysis is not None and not reasons:
                reasons = _ledger(item, analysis)
            if not reasons:
                twin = next((k for k in kept if near_duplicate(item, k)), None)
                if twin is not None:
                    reasons = [f"near-duplicate of item {twin.id} ({twin.skill})"]
            if reasons:
                dropped.append((item, reasons))
            else:
                kept.append(item)
    finally:
        _RUN.keyed = outer
    return kept, dropped
