"""The `quizgen` command as a user runs it: real processes, real files."""
from __future__ import annotations

import json
import subprocess
import sys

from paths import ARTICLES, LESSONS

SEED = ARTICLES / "00-seed-pompeo-xinjiang.txt"


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizgen.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_analyse_json_is_the_scorer_shape():
    p = run("analyse", "--json", str(SEED))
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    for key in ("attributions", "evidence", "hedges", "judgments", "conflicts", "vocabulary"):
        assert isinstance(data[key], list)
    a = data["attributions"][0]
    assert {"source", "source_text", "source_kind", "cue", "content", "direct", "paragraph",
            "source_span", "cue_span", "content_span"} <= set(a)


def test_analyse_prints_a_readable_ledger():
    p = run("analyse", str(LESSONS / "00-seed-pompeo-xinjiang.md"))
    assert p.returncode == 0, p.stderr
    assert "WHO CLAIMS WHAT" in p.stdout and "Hua Chunying" in p.stdout


def test_generate_json_is_deterministic_and_versioned(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for out in (a, b):
        p = run("generate", str(SEED), "--format", "json", "--seed", "5", "-o", str(out))
        assert p.returncode == 0, p.stderr
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(a.read_text())
    assert data["schema"] == "quizgen.lesson/1"
    assert 10 <= len(data["items"]) <= 15  # a lesson holds at least 10 items (issue 10)
    for item in data["items"]:
        assert {"id", "skill", "kind", "stem", "options", "answer", "explanation", "support",
                "difficulty"} <= set(item)


def test_generate_markdown_preview_by_default():
    p = run("generate", str(SEED), "--count", "12")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("# China Invites Pompeo")
    assert "**Answer:**" in p.stdout


def test_generate_many_articles_into_a_folder(tmp_path):
    files = [str(LESSONS / "00-seed-pompeo-xinjiang.md"), str(LESSONS / "04-homeopathy-parents-trial.md")]
    p = run("generate", *files, "-o", str(tmp_path / "out"))
    assert p.returncode == 0, p.stderr
    made = sorted(x.name for x in (tmp_path / "out").iterdir())
    assert made == ["00-seed-pompeo-xinjiang.json", "04-homeopathy-parents-trial.json"]
    assert "2/2" in p.stderr  # the progress line


def test_bad_input_is_a_message_and_exit_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    short = tmp_path / "short.txt"
    short.write_text("A headline\n\nOnly a few words here.\n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    for path in (empty, short, binary, tmp_path / "missing.txt"):
        p = run("generate", str(path))
        assert p.returncode == 2, (path, p.stdout, p.stderr)
        assert p.stderr.startswith("quizgen: ")
        assert "Traceback" not in p.stderr


def test_bad_options_are_refused():
    p = run("generate", str(SEED), "--count", "0")
    assert p.returncode == 2 and "count" in p.stderr
    p = run("generate", str(SEED), "--skills", "astrology")
    assert p.returncode == 2 and "invalid choice" in p.stderr


def _short_page(tmp_path):
    """A saved page whose own data declares far more words than its layout shows."""
    text = (LESSONS / "00-seed-pompeo-xinjiang.md").read_text(encoding="utf-8")
    title = text.split("title: ", 1)[1].split("\n", 1)[0]
    body = [p for p in text.split("\n---\n", 1)[1].split("\n\n") if p.strip()]
    words = sum(len(p.split()) for p in body)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "wordCount": words * 4}
    page = (f"<html><head><title>{title}</title><script type=\"application/ld+json\">{json.dumps(ld)}"
            f"</script></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return path, words * 4


def test_generate_and_analyse_print_the_readers_notes(tmp_path):
    path, declared = _short_page(tmp_path)
    for args in (("generate", str(path), "--count", "5"), ("analyse", str(path))):
        p = run(*args)
        assert p.returncode == 0, p.stderr
        assert f"quizgen: The page says the article has {declared:,} words" in p.stderr
        assert "Part of the article may be missing" in p.stderr
        assert "The page says" not in p.stdout


def test_a_text_file_prints_no_reader_note():
    p = run("analyse", str(LESSONS / "00-seed-pompeo-xinjiang.md"))
    assert p.returncode == 0 and "quizgen:" not in p.stderr
