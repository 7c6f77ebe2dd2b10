"""Which quizgen functions are there yet: the views show "not available yet" for missing ones."""
from __future__ import annotations

import importlib
from typing import Any


class NotAvailable(Exception):
    """A quizgen feature this page needs has not been built yet."""

    def __init__(self, feature: str) -> None:
        super().__init__(f"{feature} is not available yet in this version of Quizgen.")
        self.feature = feature


def function(module: str, name: str, feature: str) -> Any:
    """``module.name`` or raise NotAvailable(feature) when the module or name is missing."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        # the module itself, or a quizgen part it needs, is not written yet
        if exc.name and (module.startswith(exc.name) or exc.name.startswith("quizgen")):
            raise NotAvailable(feature) from exc
        raise
    except ImportError as exc:  # a name a half-built quizgen module does not define yet
        if "quizgen" in str(exc):
            raise NotAvailable(feature) from exc
        raise
    fn = getattr(mod, name, None)
    if fn is None:
        raise NotAvailable(feature)
    return fn


def available(module: str, name: str) -> bool:
    try:
        function(module, name, name)
    except NotAvailable:
        return False
    return True
