"""Browser tests: Debian's Chromium driven by Playwright against gunicorn on a loopback port.

The server is real (``gunicorn webapp:create_app()``, 2 workers, a fresh SQLite file migrated
with Alembic); the browser is ``/usr/bin/chromium`` (never ``playwright install``). Screenshots
of each step go to ``shots/e2e/`` (ignored by git) for a human to look at.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from paths import ROOT
from support import server as ls

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SHOTS = ROOT / "shots" / "e2e"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """gunicorn on a fresh, migrated SQLite database; yields the server and an app for looking at the database."""
    tmp = tmp_path_factory.mktemp("e2e")
    url = ls.sqlite_url(tmp / "e2e.sqlite3")
    app = ls.app_for(url, tmp / "instance")
    ls.migrate(app)
    server = ls.Server(url, tmp / "instance", workers=2, nlp_at_start=True).start(wait=90)
    yield server, app
    server.stop()
    from webapp.db import db

    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="module")
def browser():
    """Chromium, launched once per module and closed after it: Playwright's sync API keeps an
    event loop running while it is open, and later tests (faults) run their own with asyncio.run."""
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: `make sysdeps` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def shots():
    """shot(page, name, at=None): a screenshot in shots/e2e/ (emptied once per session).

    The whole page, or with ``at`` (a locator) just the screen scrolled to it: what a student sees.
    """
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)

    def shot(page, name: str, at=None) -> Path:
        path = SHOTS / f"{name}.png"
        if at is not None:
            at.scroll_into_view_if_needed()
        page.screenshot(path=str(path), full_page=at is None)
        return path

    return shot
