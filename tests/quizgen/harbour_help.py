"""The harbour-wall articles the len41b tests build: a context of constructed paragraphs and a claim found by
its words (shared by test_len41b_label_phrase, test_len41b_subject_after_cue and test_len41b_charge_body)."""
from __future__ import annotations

import random

from quizgen.analysis import analyse
from quizgen.generate import attribution, sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS, Attribution


def harbour_ctx(*paragraphs: str) -> Context:
    article = article_from_text("Harbour wall plan\n\n" + "\n\n".join(paragraphs))
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def claim_with(ctx: Context, words: str) -> Attribution | None:
    return next((a for a in attribution._candidates(ctx) if words in a.content), None)
