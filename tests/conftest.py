"""Fixtures shared by every test folder. Sub-folders keep their own conftest.py for the rest."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed sequence of examples, so a landing never hangs on a new
# random draw; developers (and `make soak`) keep drawing fresh examples.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))  # so tests can `import factories` and `import paths`

import readguard  # noqa: E402  (needs the path above)

readguard.install()


def pytest_sessionfinish(session, exitstatus):
    """Fail the run when a test read a file beside the checkout (a fresh clone has none)."""
    if readguard.outside_reads:
        shown = "\n  ".join(sorted(set(readguard.outside_reads))[:20])
        print(f"\nTests read files outside the repository (copy them into tests/data/):\n  {shown}")
        session.exitstatus = 1


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run."""
    from quizgen import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture
def wn():
    """The system's WordNet 3.0 (Debian's wordnet-base, installed by the Makefile)."""
    from quizgen import wordnet

    if wordnet.find_folder() is None:  # pragma: no cover - installed by `make sysdeps`
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


@pytest.fixture
def sample_lesson():
    """A hand-checked lesson on the seed article with an item of every kind."""
    from factories import sample_lesson as make

    return make()


@pytest.fixture
def seed_article():
    from factories import seed_article as make

    return make()
