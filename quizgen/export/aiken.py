"""Aiken: Moodle's one-line multiple-choice format.

Aiken holds single-answer choice questions only: the stem on one line, options ``A. ...``
one per line, then ``ANSWER: X``. True/false items are written as two-option choice items
(``A. True`` / ``B. False``), which is exactly what they are. Every other kind is skipped and
named in a warning; Aiken has no comment syntax, so warnings cannot go in the file itself.
Line breaks inside a stem or option become spaces (Aiken reads one line per field).
"""
from __future__ import annotations

import re

from quizgen.export.common import ExportResult, check_item, item_label, single_line
from quizgen.kinds import LETTERS, ONE, has_shape, keyed_indexes, letter
from quizgen.model import Lesson

# A stem line that Moodle's Aiken reader would take for an option or the answer line.
_LOOKS_LIKE_MARKUP = re.compile(r"^([A-Z][.)][ \t]|ANSWER:)")


def export_aiken(lesson: Lesson) -> ExportResult:
    """The lesson's single-answer choice items as an Aiken text file; others are reported."""
    warnings: list[str] = []
    blocks: list[str] = []
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        label = item_label(number, item)
        if not has_shape(item, ONE):
            warnings.append(f"{label}: Aiken holds single-answer multiple choice only; skipped")
            continue
        if len(item.options) > len(LETTERS):
            warnings.append(f"{label}: more than {len(LETTERS)} options; skipped")
            continue
        stem = single_line(item.stem)
        if _LOOKS_LIKE_MARKUP.match(stem):
            warnings.append(f"{label}: the stem starts like an Aiken option or answer line; skipped")
            continue
        lines = [stem]
        lines += [f"{letter(i)}. {single_line(o)}" for i, o in enumerate(item.options)]
        lines.append(f"ANSWER: {letter(keyed_indexes(item)[0])}")
        blocks.append("\n".join(lines))
        if item.points != 1:
            warnings.append(f"{label}: worth {item.points} points; Aiken has no marks")
    if not blocks:
        warnings.append("no item could be written in Aiken (it holds single-answer choice items only)")
    text = "\n\n".join(blocks) + ("\n" if blocks else "")
    return ExportResult(text.encode("utf-8"), "aiken.txt", "text/plain; charset=utf-8", tuple(warnings))
