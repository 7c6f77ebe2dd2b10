"""CSV sheets: one row per item for spreadsheets, and a Kahoot-style quiz sheet.

Both are UTF-8 with a byte-order mark so Excel reads emoji and right-to-left names right.
A cell that starts with ``= + - @`` (or a tab or carriage return) is prefixed with ``'``:
spreadsheets would otherwise run it as a formula (CSV injection); the apostrophe is the
usual guard and is shown, not hidden, by most spreadsheet programs.
"""
from __future__ import annotations

import csv
import io

from quizgen.export.common import ExportResult, answer_summary, check_item, item_label, single_line
from quizgen.kinds import MANY, ONE, PAIRS, has_shape, keyed_indexes, letter
from quizgen.model import Item, Lesson

ITEM_COLUMNS = ("number", "id", "skill", "kind", "difficulty", "points", "stem", "options",
                "answer", "explanation", "support", "paragraphs")
KAHOOT_COLUMNS = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell's text, with ``'`` in front when a spreadsheet would read it as a formula."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _sheet(header: tuple[str, ...], rows: list[list[object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _options_cell(item: Item) -> str:
    lines = [f"{letter(i)}. {o}" for i, o in enumerate(item.options)]
    if has_shape(item, PAIRS):
        lines = [f"{i + 1}. {p}" for i, p in enumerate(item.prompts)] + ["—"] + lines
    return "\n".join(lines)


def export_csv(lesson: Lesson) -> ExportResult:
    """One row per item: skill, kind, stem, options, keyed answer, explanation, support, ¶."""
    rows = []
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        support = "\n".join(f'¶{s.paragraph}: "{s.text}"' for s in item.support)
        paragraphs = "; ".join(f"¶{n}" for n in sorted({s.paragraph for s in item.support}))
        rows.append([number, item.id, item.skill, item.kind, item.difficulty, item.points, item.stem,
                     _options_cell(item), answer_summary(item), item.explanation, support, paragraphs])
    return ExportResult(_sheet(ITEM_COLUMNS, rows), "csv", "text/csv; charset=utf-8", ())


def _time_limit(item: Item) -> int:
    words = len(item.stem.split()) + sum(len(o.split()) for o in item.options)
    return 20 if words <= 30 else 30 if words <= 60 else 60


def export_kahoot(lesson: Lesson) -> ExportResult:
    """A Kahoot-style sheet: question, up to 4 answers, time limit, correct answer numbers."""
    rows = []
    warnings: list[str] = []
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        label = item_label(number, item)
        if not has_shape(item, ONE, MANY):
            warnings.append(f"{label}: a Kahoot quiz holds choice questions only; skipped")
            continue
        if len(item.options) > 4:
            warnings.append(f"{label}: {len(item.options)} options, Kahoot allows 4; skipped")
            continue
        stem = single_line(item.stem)
        options = [single_line(o) for o in item.options]
        if len(stem) > 120 or any(len(o) > 75 for o in options):
            warnings.append(f"{label}: longer than Kahoot's 120/75-character limits; shorten it in Kahoot")
        correct = ",".join(str(i + 1) for i in keyed_indexes(item))
        rows.append([stem, *options, *[""] * (4 - len(options)), _time_limit(item), correct])
    if not rows:
        warnings.append("no item could be written to the Kahoot sheet (choice questions only)")
    return ExportResult(_sheet(KAHOOT_COLUMNS, rows), "kahoot.csv", "text/csv; charset=utf-8",
                        tuple(warnings))
