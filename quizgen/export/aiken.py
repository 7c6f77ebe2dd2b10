"""Aiken: Moodle's one-line multiple-choice format.

Aiken holds single-answer choice questions only: the stem on one line, options ``A. ...``
one per line, then ``ANSWER: X``. True/false items are written as two-option choice items
(``A. True`` / ``B. False``), which is exactly what they are. Every other kind is skipped and
named in a warning; Aiken has no comment syntax, so warnings cannot go in the file itself.
Line breaks inside a stem or option become spaces (Aiken reads one line per field).

Written to the rules of Moodle's reader (``question/format/aiken/format.php``):
- a line that starts with a capital letter and ``.`` or ``)`` is an option, space or not, so
  a stem such as "U.S. officials …" or "A. Smith said …" would be read as an option of no
  question and the import refused; such a stem is written after its number, ``Q3: U.S. …``;
- Moodle escapes the question line itself but stores option text as HTML, so ``&``, ``<`` and
  ``>`` in an option are written as entities and shown as the characters they are;
- a line shorter than two characters is ignored, so an item with such a stem is skipped.
The file cannot carry the article, so stems name "the article" instead of citing ¶ numbers
the reader of the file could not look up.
"""
from __future__ import annotations

import html
import re

from quizgen.export.common import ExportResult, check_item, item_label, single_line
from quizgen.kinds import LETTERS, ONE, has_shape, keyed_indexes, letter
from quizgen.model import Lesson

# What Moodle's Aiken reader takes for an option line or the answer line.
_LOOKS_LIKE_MARKUP = re.compile(r"^([A-Z][.)]|ANSWER:)")
_PARA = r"¶+\s?\d+(?:\s?[–-]\s?\d+)?"


def without_paragraph_refs(text: str) -> str:
    """``text`` with its ¶ citations turned into "the article" (or dropped where redundant)."""
    text = re.sub(rf"\s*\({_PARA}\)", "", text)  # "critics (¶8) agree" -> "critics agree"
    text = re.sub(rf"\s+(?:from|in)\s+{_PARA}(?=\s*[:?])", "", text)  # "the claim from ¶6:" -> "the claim:"
    text = re.sub(rf"(^|[.?!]\s+|[\"“]){_PARA}", lambda m: m.group(1) + "The article", text)
    return re.sub(_PARA, "the article", text)


def export_aiken(lesson: Lesson) -> ExportResult:
    """The lesson's single-answer choice items as an Aiken text file; others are reported."""
    warnings: list[str] = []
    blocks: list[str] = []
    cited = False
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        label = item_label(number, item)
        if not has_shape(item, ONE):
            warnings.append(f"{label}: Aiken holds single-answer multiple choice only; skipped")
            continue
        if len(item.options) > len(LETTERS):
            warnings.append(f"{label}: more than {len(LETTERS)} options; skipped")
            continue
        stem = without_paragraph_refs(single_line(item.stem))
        cited = cited or stem != single_line(item.stem)
        if len(stem) < 2:
            warnings.append(f"{label}: the stem is too short for Aiken (Moodle ignores such a line); skipped")
            continue
        if _LOOKS_LIKE_MARKUP.match(stem):
            stem = f"Q{number}: {stem}"
        lines = [stem]
        lines += [f"{letter(i)}. {html.escape(single_line(o), quote=False)}" for i, o in enumerate(item.options)]
        lines.append(f"ANSWER: {letter(keyed_indexes(item)[0])}")
        blocks.append("\n".join(lines))
        if item.points != 1:
            warnings.append(f"{label}: worth {item.points} points; Aiken has no marks")
    if cited:
        warnings.append("Aiken cannot carry the article, so the stems say \"the article\" instead of citing "
                        "its paragraphs (¶); give students the article with the quiz")
    if not blocks:
        warnings.append("no item could be written in Aiken (it holds single-answer choice items only)")
    text = "\n\n".join(blocks) + ("\n" if blocks else "")
    return ExportResult(text.encode("utf-8"), "aiken.txt", "text/plain; charset=utf-8", tuple(warnings))
