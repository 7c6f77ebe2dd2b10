"""`quizgen worksheet LESSON.json -o worksheet.pdf ...` through the real CLI entry point."""
from __future__ import annotations

import io

import pytest
from factories import sample_lesson
from pypdf import PdfReader
from ws_helpers import read_pdf

from quizgen.cli import main
from quizgen.serialize import lesson_to_json


@pytest.fixture
def lesson_json(tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text(lesson_to_json(sample_lesson()), encoding="utf-8")
    return path


def test_separate_key_writes_two_files(lesson_json, tmp_path, capsys):
    out = tmp_path / "worksheet.pdf"
    code = main(["worksheet", str(lesson_json), "-o", str(out), "--versions", "2", "--key", "separate",
                 "--paper", "a4"])
    assert code == 0
    key = tmp_path / "worksheet-key.pdf"
    assert out.read_bytes().startswith(b"%PDF") and key.read_bytes().startswith(b"%PDF")
    assert set(read_pdf(out.read_bytes())[1]) == {"A", "B"}
    assert set(read_pdf(key.read_bytes())[1]) == {"key A", "key B"}
    assert round(float(PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox.width)) == 595
    assert capsys.readouterr().out.split() == [str(out), str(key)]


def test_defaults_append_the_key_and_no_second_file(lesson_json, tmp_path):
    out = tmp_path / "w.pdf"
    assert main(["worksheet", str(lesson_json), "-o", str(out)]) == 0
    assert set(read_pdf(out.read_bytes())[1]) == {"A", "key A"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.json", "w.pdf"]


def test_large_print_none_key_and_seed(lesson_json, tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["worksheet", str(lesson_json), "-o", str(a), "--versions", "2", "--key", "none"]) == 0
    assert main(["worksheet", str(lesson_json), "-o", str(b), "--versions", "2", "--key", "none",
                 "--seed", "12345", "--large-print"]) == 0
    sa, sb = read_pdf(a.read_bytes())[1], read_pdf(b.read_bytes())[1]
    assert set(sa) <= {"A", "B", "blank"} and set(sb) <= {"A", "B", "blank"}
    assert len(sb["A"].pages) > len(sa["A"].pages)


@pytest.mark.parametrize("args, message", [
    (["--versions", "0"], "--versions must be from 1 to 26"),
    (["-o", "/nonexistent-folder/w.pdf"], "does not exist"),
])
def test_bad_arguments_get_a_message_not_a_traceback(lesson_json, tmp_path, capsys, args, message):
    argv = ["worksheet", str(lesson_json), "-o", str(tmp_path / "w.pdf"), *args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_malformed_lesson_is_reported(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["worksheet", str(bad), "-o", str(tmp_path / "w.pdf")]) == 2
    assert "not valid JSON" in capsys.readouterr().err
