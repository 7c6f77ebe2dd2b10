"""The registry, determinism, bad input, JSON round trip and the CLI plug-in."""
from __future__ import annotations

import dataclasses
import json

import pytest
from exporthelp import hostile_lesson
from factories import sample_lesson

from quizgen.cli import main
from quizgen.errors import ExportError
from quizgen.export import FORMATS, ExportResult, export_lesson
from quizgen.serialize import lesson_from_json, lesson_to_json

EXPECTED = {"qti": ("zip", "application/zip"), "moodle": ("moodle.xml", "application/xml"),
            "gift": ("gift.txt", "text/plain; charset=utf-8"),
            "aiken": ("aiken.txt", "text/plain; charset=utf-8"),
            "csv": ("csv", "text/csv; charset=utf-8"), "kahoot": ("kahoot.csv", "text/csv; charset=utf-8"),
            "json": ("json", "application/json")}


def test_registry_names_every_format_the_web_app_asks_for():
    assert set(FORMATS) == set(EXPECTED)


@pytest.mark.parametrize("fmt", sorted(EXPECTED))
def test_each_format_is_deterministic_and_typed(fmt):
    first, second = export_lesson(sample_lesson(), fmt), export_lesson(sample_lesson(), fmt)
    assert isinstance(first, ExportResult)
    assert first == second  # same lesson, same bytes (the zip too)
    assert (first.extension, first.mimetype) == EXPECTED[fmt]
    assert isinstance(first.warnings, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.data = b""


def test_unknown_format_names_the_known_ones():
    with pytest.raises(ExportError) as err:
        export_lesson(sample_lesson(), "docx")
    assert "'docx'" in str(err.value)
    for name in FORMATS:
        assert name in str(err.value)


@pytest.mark.parametrize("fmt", ["qti", "moodle", "gift", "aiken", "csv", "kahoot"])
def test_an_answer_that_does_not_fit_its_kind_is_a_clear_error(fmt):
    lesson = sample_lesson()
    broken = dataclasses.replace(lesson.items[0], answer=9)
    with pytest.raises(ExportError) as err:
        export_lesson(dataclasses.replace(lesson, items=(broken,)), fmt)
    assert broken.id in str(err.value) and "not the index of an option" in str(err.value)


def test_an_unknown_item_kind_is_reported_never_silently_dropped():
    lesson = sample_lesson()
    odd = dataclasses.replace(lesson.items[0], kind="drag_and_drop")
    for fmt in ("qti", "moodle", "gift", "aiken", "kahoot"):
        result = export_lesson(dataclasses.replace(lesson, items=(odd, lesson.items[1])), fmt)
        assert any(w.startswith("Q1 attribution (drag_and_drop") for w in result.warnings), fmt


def test_json_export_is_the_lesson_schema_and_round_trips(any_lesson):
    data = export_lesson(any_lesson, "json").data
    assert json.loads(data)["schema"] == "quizgen.lesson/1"
    assert lesson_from_json(data.decode("utf-8")) == any_lesson


def test_cli_export_import_export_is_byte_identical(tmp_path, capsys):
    lesson_file = tmp_path / "lesson.json"
    lesson_file.write_text(lesson_to_json(hostile_lesson()), encoding="utf-8")
    first, normalised, second = tmp_path / "a.json", tmp_path / "n.json", tmp_path / "b.json"
    assert main(["export", str(lesson_file), "--format", "json", "-o", str(first)]) == 0
    assert main(["import", str(first), "-o", str(normalised)]) == 0
    assert main(["export", str(normalised), "--format", "json", "-o", str(second)]) == 0
    assert first.read_bytes() == normalised.read_bytes() == second.read_bytes()


def test_cli_import_normalises_a_hand_edited_file(tmp_path, capsys):
    plain = json.loads(lesson_to_json(sample_lesson()))
    messy = tmp_path / "messy.json"
    messy.write_text(json.dumps(plain, indent=None, ensure_ascii=True), encoding="utf-8")
    assert main(["import", str(messy)]) == 0
    assert capsys.readouterr().out == lesson_to_json(sample_lesson())


@pytest.mark.parametrize("content, needle", [
    ("{not json", "not valid JSON"),
    ('{"schema": "quizgen.lesson/0"}', "unknown lesson schema"),
    ('{"schema": "quizgen.lesson/1", "article": {}}', "malformed"),
])
def test_cli_import_rejects_malformed_lessons_with_exit_2(tmp_path, capsys, content, needle):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert main(["import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err


def test_cli_import_rejects_an_item_whose_answer_does_not_fit(tmp_path, capsys):
    plain = json.loads(lesson_to_json(sample_lesson()))
    plain["items"][2]["answer"] = [0, 7]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(plain), encoding="utf-8")
    assert main(["import", str(bad)]) == 2
    assert "Q3 evidence" in capsys.readouterr().err


def test_cli_import_rejects_non_utf8(tmp_path, capsys):
    bad = tmp_path / "latin.json"
    bad.write_bytes('{"schema": "é"}'.encode("latin-1"))
    assert main(["import", str(bad)]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_cli_export_writes_the_file_and_warnings_to_stderr(tmp_path, capsys):
    lesson_file = tmp_path / "lesson.json"
    lesson_file.write_text(lesson_to_json(sample_lesson()), encoding="utf-8")
    out = tmp_path / "quiz.txt"
    assert main(["export", str(lesson_file), "--format", "aiken", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.read_bytes() == export_lesson(sample_lesson(), "aiken").data
    assert captured.out == ""
    assert "quizgen: warning: Q3 evidence (multiple_select" in captured.err


def test_cli_export_default_name_and_stdout(tmp_path, capsys, monkeypatch):
    lesson_file = tmp_path / "lesson.json"
    lesson_file.write_text(lesson_to_json(sample_lesson()), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(lesson_file), "--format", "moodle"]) == 0
    assert (tmp_path / "lesson.moodle.xml").read_bytes() == export_lesson(sample_lesson(), "moodle").data
    capsys.readouterr()
    assert main(["export", str(lesson_file), "--format", "gift", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("// Quizgen lesson:")


def test_cli_export_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope.json"), "--format", "qti", "-o", str(tmp_path / "x")]) == 2
    assert "no such file" in capsys.readouterr().err
