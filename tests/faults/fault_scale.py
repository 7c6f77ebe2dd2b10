"""How big the fault runs are: small in ``make test``, larger with QUIZGEN_SOAK=1 (``make soak``)."""
from __future__ import annotations

import os

SOAK = os.environ.get("QUIZGEN_SOAK") == "1"


def scale(quick: int, soak: int) -> int:
    """``quick`` in ``make test``, ``soak`` in ``make soak``."""
    return soak if SOAK else quick
