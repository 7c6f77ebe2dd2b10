"""Is the text fit for a lesson? Length and language checks with teacher-facing messages."""
from __future__ import annotations

import re

from quizgen.errors import EmptyArticleError, NotEnglishError, TooLongError, TooShortError
from quizgen.model import Article

MIN_WORDS = 120
MAX_WORDS = 20_000
MIN_ENGLISH_SHARE = 0.12  # measured: English news 0.30-0.45; French/Spanish/German under 0.05

# Common English function words that are not also common words in French, Spanish, German,
# Italian or Portuguese ("a", "in", "on", "die", "was", "also" are left out for that reason).
_ENGLISH = frozenset(
    """the of and to is that for it with be by at his are have from this not but had they or
    were which their has been she her its would who there we said when after than about into other
    could can what all them if out up over our you does did because these those such only some most
    while where how then should any many very just both before between during against since
    through without being each him my your it's he's she's that's there's don't doesn't didn't won't
    isn't aren't wasn't weren't can't couldn't wouldn't shouldn't which whose whom why
    been being here they're we're you're i'm i've we've they've has have having one two three first
    new people year years say says told according more""".split()
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def count_words(text: str) -> int:
    """Whitespace-separated words (the unit of the length limits)."""
    return len(text.split())


def check_not_empty(text: str) -> None:
    """Raise EmptyArticleError when ``text`` has no words at all."""
    if not text.strip():
        raise EmptyArticleError(
            "The article is empty: there is no text to make a lesson from. "
            "Paste the article's text or choose another file."
        )


def check_not_too_long(words: int) -> None:
    """Raise TooLongError over MAX_WORDS words."""
    if words > MAX_WORDS:
        raise TooLongError(
            f"This article has {words:,} words; Quizgen reads articles of up to {MAX_WORDS:,} words. "
            "Paste one article (or the part you want to teach) instead of a whole document."
        )


def english_share(text: str, *, sample_words: int = 3000) -> float:
    """Share of the words of ``text`` that are common English function words (0..1).

    Text mostly in a non-Latin script (Chinese, Arabic, Cyrillic, ...) scores 0.
    """
    letters = [ch for ch in text[:40000] if ch.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for ch in letters if ch < "\u0250")
    if latin < 0.7 * len(letters):
        return 0.0
    tokens = _TOKEN.findall(text)[:sample_words]
    if not tokens:
        return 0.0
    hits = sum(1 for t in tokens if t.lower().replace("\u2019", "'") in _ENGLISH)
    return hits / len(tokens)


def check_article(article: Article) -> Article:
    """Refuse an article that is empty, too long, not English or too short for a lesson.

    Returns:
        The article unchanged, so the call can wrap a return value.
    """
    body = "\n".join(p.text for p in article.paragraphs)
    if not body.strip() and not article.title.strip():
        check_not_empty(body)
    words = count_words(body)
    check_not_too_long(words)
    if words >= 20 or len(body) >= 200:  # Chinese or Japanese text has few spaces
        share = english_share(body)
        if share < MIN_ENGLISH_SHARE:
            raise NotEnglishError(
                "This article does not look like English "
                f"(only {share:.0%} of its words are common English words). "
                "Quizgen makes lessons from English articles only; paste an English article."
            )
    if words < MIN_WORDS:
        raise TooShortError(
            f"This article has only {words} words; Quizgen needs at least {MIN_WORDS} to make a lesson. "
            "Paste the whole article.",
            article,
        )
    return article
