"""Aiken, the item CSV and the Kahoot-style sheet, each read back by an independent reader."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

from exporthelp import hostile_lesson
from factories import sample_lesson

from quizgen.export import export_lesson
from quizgen.export.common import single_line

AIKEN_OPTION = re.compile(r"^([A-Z])[.)] (.*)$")


def read_aiken(text: str) -> list[dict]:
    """Aiken as Moodle documents it: stem line, 'A. option' lines, 'ANSWER: X', blank line."""
    questions = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        stem, *rest = lines
        assert not AIKEN_OPTION.match(stem) and not stem.startswith("ANSWER:")
        *options, answer = rest
        letters, texts = zip(*(AIKEN_OPTION.match(o).groups() for o in options), strict=True)
        assert "".join(letters) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: len(letters)]
        m = re.fullmatch(r"ANSWER: ([A-Z])", answer)
        assert m, answer
        questions.append({"stem": stem, "options": list(texts), "answer": "ABCDEFGHIJ".index(m.group(1))})
    return questions


def read_sheet(data: bytes) -> list[dict]:
    assert data.startswith("\ufeff".encode())  # BOM, so spreadsheets read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return rows


def unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def test_aiken_has_every_single_answer_item_and_reports_the_rest(any_lesson):
    result = export_lesson(any_lesson, "aiken")
    questions = read_aiken(result.data.decode("utf-8"))
    kept = [i for i in any_lesson.items if i.kind in ("multiple_choice", "true_false")]
    assert [q["stem"] for q in questions] == [single_line(i.stem) for i in kept]
    assert [q["options"] for q in questions] == [[single_line(o) for o in i.options] for i in kept]
    assert [q["answer"] for q in questions] == [i.answer for i in kept]
    skipped = [f"Q{n} {i.skill} ({i.kind}" for n, i in enumerate(any_lesson.items, 1)
               if i.kind not in ("multiple_choice", "true_false")]
    for name in skipped:
        assert any(w.startswith(name) and "skipped" in w for w in result.warnings), name


def test_aiken_skips_a_stem_that_reads_like_an_option():
    lesson = sample_lesson()
    trap = replace(lesson.items[0], stem="A. This stem looks like an option")
    result = export_lesson(replace(lesson, items=(trap,)), "aiken")
    assert result.data == b""
    assert any(w.startswith("Q1 attribution") for w in result.warnings)


def test_item_csv_one_row_per_item_with_every_field(any_lesson):
    rows = read_sheet(export_lesson(any_lesson, "csv").data)
    assert len(rows) == len(any_lesson.items)
    for row, item in zip(rows, any_lesson.items, strict=True):
        assert unguard(row["stem"]) == item.stem
        assert (row["skill"], row["kind"], row["id"]) == (item.skill, item.kind, item.id)
        assert unguard(row["explanation"]) == item.explanation
        for option in item.options:
            assert option in row["options"]
        for s in item.support:
            assert f"¶{s.paragraph}" in row["paragraphs"]
            assert s.text in row["support"]
        if item.kind == "multiple_choice":
            assert item.options[item.answer] in row["answer"]
        if item.kind == "short_answer":
            assert row["answer"].split(" | ") == list(item.answer)


def test_csv_guards_cells_a_spreadsheet_would_run_as_formulas():
    lesson = sample_lesson()
    evil = replace(lesson.items[0], stem='=HYPERLINK("http://x","click")', explanation="@SUM(A1)")
    rows = read_sheet(export_lesson(replace(lesson, items=(evil,)), "csv").data)
    assert rows[0]["stem"] == "'" + evil.stem
    assert rows[0]["explanation"] == "'@SUM(A1)"


def test_kahoot_sheet_keeps_choice_items_and_numbers_the_answers(any_lesson):
    result = export_lesson(any_lesson, "kahoot")
    rows = read_sheet(result.data)
    kept = [i for i in any_lesson.items if i.kind in ("multiple_choice", "true_false", "multiple_select")]
    assert len(rows) == len(kept)
    header = list(rows[0].keys())
    assert header[0].startswith("Question") and header[-1].startswith("Correct answer")
    for row, item in zip(rows, kept, strict=True):
        values = list(row.values())
        assert unguard(values[0]) == single_line(item.stem)
        assert [unguard(v) for v in values[1:1 + len(item.options)]] == [single_line(o) for o in item.options]
        assert int(values[5]) in (5, 10, 20, 30, 60, 90, 120, 240)
        keyed = [item.answer] if item.kind != "multiple_select" else item.answer
        assert values[6] == ",".join(str(k + 1) for k in keyed)
    for n, item in enumerate(any_lesson.items, 1):
        if item not in kept:
            assert any(w.startswith(f"Q{n} {item.skill}") for w in result.warnings)


def test_hostile_kahoot_answer_starting_with_dash_is_guarded():
    rows = read_sheet(export_lesson(hostile_lesson(), "kahoot").data)
    key_detail = rows[-1]
    assert "'- dash" in key_detail.values() and "'@at" in key_detail.values()
