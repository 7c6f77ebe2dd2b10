"""Readability computed offline: Flesch-Kincaid grade and Flesch reading ease."""
from __future__ import annotations

import re
from functools import lru_cache

from quizgen.model import Article, Readability

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*(?:\s|$)")
_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=16384)
def syllables(word: str) -> int:
    """Estimate syllables by vowel groups, with the common English silent-e corrections."""
    w = word.lower().replace("’", "'").split("'")[0]
    if len(w) <= 3:
        return 1
    count = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        count -= 1
    if w.endswith(("ed", "es")) and not w.endswith(("ted", "ded", "ses", "zes", "ces", "ges")):
        count -= 1
    return max(1, count)


def readability(article: Article) -> Readability:
    """Flesch-Kincaid grade, reading ease, and minutes at 200 words a minute for a grade-9 reader."""
    words: list[str] = []
    sentences = 0
    for p in article.paragraphs:
        words.extend(_WORD.findall(p.text))
        sentences += max(1, len(_SENT_END.findall(p.text.strip() + " ")))
    n = max(1, len(words))
    s = max(1, sentences)
    syl = sum(map(syllables, words))  # map: no generator frame per word
    grade = 0.39 * n / s + 11.8 * syl / n - 15.59
    ease = 206.835 - 1.015 * n / s - 84.6 * syl / n
    return Readability(
        grade=round(max(0.0, grade), 1),
        reading_ease=round(ease, 1),
        words=len(words),
        sentences=sentences,
        minutes=max(1, round(len(words) / 200)),
    )
