"""Paths and settings every test folder shares (import this, never `conftest`: several
folders have a conftest.py, and only one of them can be the module named `conftest`)."""
from __future__ import annotations

import os
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
# The development articles as plain text (headline, blank line, body) with their gold files, copied
# into the repository (tests/data/articles/README.md says from where, under which license).
ARTICLES = TESTS / "data" / "articles"
LESSONS = ROOT / "lessons"
PG_URL = os.environ.get("TEST_DATABASE_URL")
