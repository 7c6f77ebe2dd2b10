"""Aiken, the item CSV and the Kahoot-style sheet, each read back by an independent reader."""
from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import replace

import openpyxl
import pytest
from exporthelp import hostile_lesson
from factories import sample_lesson

from quizgen.export import export_lesson
from quizgen.export.aiken import without_paragraph_refs
from quizgen.export.common import single_line
from quizgen.export.kahoot import shorten

# Moodle 4's reader (question/format/aiken/format.php): a line starting with a capital and
# "." or ")" is an option whether or not a space follows; "ANSWER:" closes the question; any
# other line of two or more characters starts a question. Option text is stored as HTML.
AIKEN_OPTION = re.compile(r"^([A-Z])[.)][ \t]?(.*)$")


def read_aiken(text: str) -> list[dict]:
    """Aiken read line by line as Moodle does; any line out of place fails the test."""
    questions: list[dict] = []
    current = None
    for line in (ln.strip() for ln in text.split("\n")):
        if len(line) < 2:
            continue
        option = AIKEN_OPTION.match(line)
        if option:
            assert current is not None, f"option with no question: {line!r}"
            assert option.group(1) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[len(current["options"])]
            current["options"].append(html.unescape(option.group(2).strip()))
        elif line.startswith("ANSWER:"):
            assert current is not None and len(current["options"]) >= 2, line
            current["answer"] = "ABCDEFGHIJ".index(line.split(":", 1)[1].strip()[0])
            questions.append(current)
            current = None
        else:
            assert current is None, f"question {current!r} not complete before {line!r}"
            current = {"stem": line, "options": []}
    assert current is None
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
    assert [q["stem"] for q in questions] == [without_paragraph_refs(single_line(i.stem)) for i in kept]
    assert [q["options"] for q in questions] == [[single_line(o) for o in i.options] for i in kept]
    assert [q["answer"] for q in questions] == [i.answer for i in kept]
    skipped = [f"Q{n} {i.skill} ({i.kind}" for n, i in enumerate(any_lesson.items, 1)
               if i.kind not in ("multiple_choice", "true_false")]
    for name in skipped:
        assert any(w.startswith(name) and "skipped" in w for w in result.warnings), name


@pytest.mark.parametrize("stem", ["U.S. officials said the camps were closed. Who disputes this?",
                                  "A. Smith said the report was late. Who published it?",
                                  "ANSWER: this stem starts like the answer line"])
def test_aiken_stem_that_starts_like_an_option_still_imports(stem):
    lesson = sample_lesson()
    trap = replace(lesson.items[0], stem=stem)
    [question] = read_aiken(export_lesson(replace(lesson, items=(trap,)), "aiken").data.decode("utf-8"))
    assert question["stem"] == f"Q1: {stem}"
    assert question["answer"] == trap.answer


def test_aiken_escapes_option_markup_moodle_would_render():
    lesson = sample_lesson()
    item = replace(lesson.items[0], options=("<b>Hua</b> & co", "Mike Pompeo", "R&D <script>", "x < y"))
    text = export_lesson(replace(lesson, items=(item,)), "aiken").data.decode("utf-8")
    assert "<b>" not in text and "<script>" not in text and "& co" not in text
    [question] = read_aiken(text)
    assert question["options"] == list(item.options)


def test_aiken_stems_cite_no_paragraph_the_file_does_not_carry():
    lesson = sample_lesson()
    cited = replace(lesson.items[0], stem="According to ¶2, who told reporters there were no abuses?")
    lesson = replace(lesson, items=(cited, *lesson.items[1:]))
    result = export_lesson(lesson, "aiken")
    text = result.data.decode("utf-8")
    assert "¶" not in text and "According to the article, who told reporters" in text
    assert any("the article" in w and "¶" in w for w in result.warnings)


@pytest.mark.parametrize(("stem", "expected"), [
    ("According to ¶3, who said it?", "According to the article, who said it?"),
    ('¶4 says: "X." What kind of evidence is this?', 'The article says: "X." What kind of evidence is this?'),
    ('How does the article present this claim from ¶6: "X"?', 'How does the article present this claim: "X"?'),
    ("According to the article, critics (¶8) agree with this.", "According to the article, critics agree with this."),
    ("What cause does ¶7 give?", "What cause does the article give?"),
])
def test_paragraph_citations_become_the_article(stem, expected):
    assert without_paragraph_refs(stem) == expected


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


def test_csv_guard_leaves_text_a_spreadsheet_would_not_run_as_written():
    lesson = sample_lesson()
    plain = ("-5 degrees", "+3%", "- 12 points", "@ 3 pm")
    evil = ("=1+1", "-2+3+cmd|' /C calc'!A0", "+A1", "@SUM(A1)", "-HYPERLINK(\"http://x\")", "\tTAB")
    items = tuple(replace(lesson.items[0], stem=text) for text in plain + evil)
    rows = read_sheet(export_lesson(replace(lesson, items=items), "csv").data)
    assert [r["stem"] for r in rows[:len(plain)]] == list(plain)
    assert [r["stem"] for r in rows[len(plain):]] == ["'" + e for e in evil]


def read_kahoot(data: bytes):
    """The sheet as Kahoot's importer reads its template: header on row 8, questions from row 9."""
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    header = [c.value for c in sheet[8]]
    rows = []
    for r in range(9, sheet.max_row + 1):
        cells = [sheet.cell(row=r, column=c) for c in range(1, 9)]
        if all(c.value is None for c in cells):
            continue
        for c in cells[1:6]:  # question and answers: string cells, never formulas
            assert c.value is None or c.data_type == "s", (c.coordinate, c.data_type)
        rows.append([c.value for c in cells])
    return header, rows


def test_kahoot_xlsx_has_the_template_layout(any_lesson):
    result = export_lesson(any_lesson, "kahoot")
    assert result.extension == "kahoot.xlsx" and "spreadsheetml" in result.mimetype
    header, rows = read_kahoot(result.data)
    assert header[1].startswith("Question - max 120")
    assert [h.split(" - ")[0] for h in header[2:6]] == ["Answer 1", "Answer 2", "Answer 3", "Answer 4"]
    assert header[6].startswith("Time limit") and header[7].startswith("Correct answer")
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))  # A: question number
    kept = [(n, i) for n, i in enumerate(any_lesson.items, 1)
            if i.kind in ("multiple_choice", "true_false", "multiple_select") and len(i.options) <= 4]
    assert rows and len(rows) <= len(kept)
    by_stem = {single_line(i.stem): i for _, i in kept}
    for row in rows:
        number, question, *answers, seconds, correct = row
        assert len(question) <= 120 and all(a is None or len(a) <= 75 for a in answers)
        item = by_stem[question]  # the sample's stems fit, so they arrive whole
        assert answers[:len(item.options)] == [single_line(o) for o in item.options]
        assert all(a is None for a in answers[len(item.options):])
        assert seconds in (5, 10, 20, 30, 60, 90, 120, 240)
        keyed = [item.answer] if item.kind != "multiple_select" else item.answer
        assert str(correct) == ",".join(str(k + 1) for k in keyed)
    for n, item in enumerate(any_lesson.items, 1):
        if item.kind not in ("multiple_choice", "true_false", "multiple_select"):
            assert any(w.startswith(f"Q{n} {item.skill}") for w in result.warnings)


def test_kahoot_cells_are_strings_so_formula_text_arrives_as_written():
    lesson = hostile_lesson()
    header, rows = read_kahoot(export_lesson(lesson, "kahoot").data)
    answers = [a for row in rows for a in row[2:6]]
    assert "- dash" in answers and "@at" in answers and "=equals" in answers


def test_kahoot_shortens_a_long_quotation_at_a_clause_boundary():
    lesson = sample_lesson()
    stem = ('According to ¶2, who said, "there were no human rights abuses taking place in Xinjiang, '
            'and that the camps are vocational schools which teach skills and fight extremism"?')
    item = replace(lesson.items[0], stem=stem)
    result = export_lesson(replace(lesson, items=(item,)), "kahoot")
    _, [row] = read_kahoot(result.data)
    assert len(stem) > 120 and len(row[1]) <= 120
    assert row[1] == ('According to ¶2, who said, "there were no human rights abuses taking place in '
                      'Xinjiang…"?')
    assert any(w.startswith("Q1 attribution") and "shortened" in w for w in result.warnings)


def test_kahoot_keeps_a_gaps_blank_and_leaves_out_what_cannot_be_cut():
    lesson = sample_lesson()
    gap = replace(lesson.items[0], stem='Complete the detail from ¶4: "…the camps, which critics call '
                  'brutal, and which officials defend as schools, held around ______ people from Uyghur '
                  'and other communities."')
    long_option = replace(lesson.items[0], options=("x" * 80, "Mike Pompeo", "Reuters", "Former inmates"))
    result = export_lesson(replace(lesson, items=(gap, long_option)), "kahoot")
    _, rows = read_kahoot(result.data)
    assert len(rows) == 1 and "______" in rows[0][1] and len(rows[0][1]) <= 120
    assert any(w.startswith("Q2 attribution") and "skipped" in w for w in result.warnings)


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("short enough", 75, "short enough"),
    ("The minister said the plan would work, and critics said it would not work at all", 60,
     "The minister said the plan would work…"),
    ("A sentence with no clause boundary anywhere in its many long words to cut it short", 60, None),
])
def test_shorten_cuts_only_at_clause_boundaries(text, limit, expected):
    assert shorten(text, limit) == expected
