"""The item sheet: one CSV row per item, for spreadsheets.

UTF-8 with a byte-order mark so Excel reads emoji and right-to-left names right. A cell a
spreadsheet would run as a formula (CSV injection: ``=…``, or ``+ - @`` followed by something
that evaluates) is prefixed with ``'``, the usual guard, which most spreadsheet programs show;
"-5 degrees" or "+3%" is not a formula and stays exactly as written.
"""
from __future__ import annotations

import csv
import io
import re

from quizgen.export.common import ExportResult, answer_summary, check_item
from quizgen.kinds import PAIRS, has_shape, letter
from quizgen.model import Item, Lesson

ITEM_COLUMNS = ("number", "id", "skill", "kind", "difficulty", "points", "stem", "options",
                "answer", "explanation", "support", "paragraphs")
# After a leading + - or @, what makes a spreadsheet evaluate the cell rather than show it:
# a name or reference (a letter, $, a quote, a bracket), another operator, or anywhere in the
# rest a call, a sheet or DDE reference, or an operator between operands ("-2+3", "+A1*2").
_EVALUATES = re.compile(r"""\s*[A-Za-z_$"'(\[{=+\-@]|.*[(!|]|.*\w\s*[-+*/^&<>=]\s*[\w$(.]""")


def is_formula(text: str) -> bool:
    """Whether a spreadsheet would run this cell text as a formula (CSV injection).

    ``=`` always starts one, as do a leading tab or carriage return (Excel strips them);
    ``+``, ``-`` and ``@`` do when what follows would evaluate, so "-5 degrees", "+3%" and
    "- 12 points" stay as written while "-2+3+cmd|' /C calc'!A0", "@SUM(A1)" and "+A1" do not.
    """
    if text.startswith(("=", "\t", "\r")):
        return True
    return text[:1] in ("+", "-", "@") and bool(_EVALUATES.match(text[1:]))


def safe_cell(value: object) -> str:
    """A cell's text, with ``'`` in front when a spreadsheet would run it as a formula."""
    text = str(value)
    return "'" + text if is_formula(text) else text


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
