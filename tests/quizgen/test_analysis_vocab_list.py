"""The analysis lists up to 40 of the rarest words, not 12: the vocabulary items take a word of the list
only when its sense is sure, and most rare words are names, typos or of several senses."""
from __future__ import annotations

from factories import plain_article

from quizgen.analysis import analyse

WORDS = ("disavowed lauded decried rebuked reiterated impasse canard missive manifesto hubris remorse malice "
         "skepticism misconception foresight ambivalence").split()


def test_more_than_twelve_rare_words_are_listed() -> None:
    text = ("Council argues over the budget\n\n"
            + " ".join(f"The clerk noted the word {w} in the record." for w in WORDS) + "\n")
    listed = {v.word for v in analyse(plain_article(text)).vocabulary}
    assert len(listed & set(WORDS)) >= 14, sorted(listed)
