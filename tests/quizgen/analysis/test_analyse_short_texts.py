"""`quizgen analyse` reads any English text of a sentence or more; the lesson minimum is for lessons."""
from __future__ import annotations

import json

from quizgen.cli import main

SHORT = "Bridge Closes\n\nThe mayor said the bridge would close on Monday for repairs.\n"


def test_analyse_accepts_a_text_too_short_for_a_lesson(tmp_path, capsys):
    path = tmp_path / "short.txt"
    path.write_text(SHORT, encoding="utf-8")
    assert main(["analyse", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    [claim] = data["attributions"]
    assert claim["content"] == "the bridge would close on Monday for repairs"
    s, e = claim["content_span"]
    assert SHORT[s:e] == claim["content"]


def test_analyse_reads_a_single_sentence(tmp_path, capsys):
    path = tmp_path / "one.txt"
    path.write_text("The mayor said the bridge would close on Monday for repairs.\n", encoding="utf-8")
    assert main(["analyse", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["cue"] for a in data["attributions"]] == ["said"]


def test_generate_still_refuses_a_short_text(tmp_path, capsys):
    path = tmp_path / "short.txt"
    path.write_text(SHORT, encoding="utf-8")
    assert main(["generate", "--format", "json", str(path)]) == 2
    assert "needs at least" in capsys.readouterr().err


def test_analyse_still_refuses_an_empty_text(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    assert main(["analyse", str(path)]) == 2
    assert "empty" in capsys.readouterr().err
