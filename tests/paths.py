"""Paths and settings every test folder shares (import this, never `conftest`: several
folders have a conftest.py, and only one of them can be the module named `conftest`)."""
from __future__ import annotations

import os
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
ARTICLES = TESTS / "data" / "ledger"  # copies of the shared development articles and their gold ledgers
LESSONS = ROOT / "lessons"
PG_URL = os.environ.get("TEST_DATABASE_URL")
