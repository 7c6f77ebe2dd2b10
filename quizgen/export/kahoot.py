"""Kahoot: an .xlsx in the layout of Kahoot's own quiz template, which its importer reads.

The template's questions sit under a header on row 8, from row 9 down: column A the
question number, B the question (at most 120 characters), C–F up to four answers (at most
75 each), G the time limit (5, 10, 20, 30, 60, 90, 120 or 240 seconds), H the numbers of the
correct answers ("1" or "1,3"). Rows 1–7 hold the lesson's title and a note.

Text longer than a limit is shortened at a clause boundary (a comma, semicolon, colon or dash,
or before a conjunction or relative word such as "and", "which", "because") and marked with "…"; in a question the
quotation is what gets shortened, from its end, so the question's own words, the claim's
subject and a gap's ``______`` stay (the opening clauses go only when the blank comes late);
elsewhere only the end is cut (a question keeps its "?").
An item that cannot be shortened that way, or whose answers would no longer differ, is left
out with a warning. Every text cell is written as a string, so a spreadsheet never runs one
as a formula and no guard character is needed.
"""
from __future__ import annotations

import datetime
import io
import re
import zipfile
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]  # openpyxl ships no type hints

from quizgen.export.common import ExportResult, check_item, item_label, single_line
from quizgen.kinds import MANY, ONE, has_shape, keyed_indexes
from quizgen.model import Item, Lesson

QUESTION_LIMIT = 120
ANSWER_LIMIT = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
HEADER = (
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BLANK = "______"
_ELLIPSIS = "…"
# Where a clause may be cut: after , ; : (the punctuation is dropped), around a dash, or
# before a word that opens a clause.
_OPENERS = (r"and|but|or|nor|which|who|whose|where|when|while|because|although|though|that|after|"
            r"before|since|unless|until")
_BOUNDARY = re.compile(rf"[,;:](?=\s)|\s[—–-](?=\s)|\s(?=(?:{_OPENERS})\b)")
_DANGLING = re.compile(rf"(?:[\s,;:—–-]+(?:{_OPENERS}))+$|[\s,;:—–-]+$")
_QUOTE = re.compile(r"\"([^\"]{2,})\"|“([^”]{2,})”")
_FIXED = datetime.datetime(2000, 1, 1)  # the workbook's dates, so the same lesson gives the same bytes


def _cuts(text: str) -> tuple[list[int], list[int]]:
    """Where a kept window may end (before a boundary) and start (after one)."""
    ends = [m.start() for m in _BOUNDARY.finditer(text)]
    starts = [m.end() for m in _BOUNDARY.finditer(text)]
    return ends, starts


def shorten(text: str, limit: int, *, keep: str | None = None, head: bool = False) -> str | None:
    """``text`` cut at clause boundaries to at most ``limit`` characters, or None.

    The longest run of whole clauses that fits is kept, with "…" where something was cut:
    from the start unless ``head`` allows the opening clauses to go too (inside a quotation).
    The run must hold ``keep`` (e.g. a gap's blank) when given, and at least 30 characters
    and a third of the limit, so a cut never leaves a stub.
    """
    if len(text) <= limit:
        return text
    lead = text.startswith(_ELLIPSIS)
    trail = text.endswith(_ELLIPSIS)
    core = text.strip(_ELLIPSIS)
    ends, starts = _cuts(core)
    min_kept = max(limit // 3, 30)
    best = None
    for s in [0, *starts] if head else [0]:
        for e in [len(core), *ends]:
            if e <= s:
                continue
            piece = _DANGLING.sub("", core[s:e]).strip(" ,;:—–-")
            if not piece or (keep is not None and keep not in piece):
                continue
            out = (_ELLIPSIS if s > 0 or lead else "") + piece + (_ELLIPSIS if e < len(core) or trail else "")
            if len(out) <= limit and len(piece) >= min_kept and (best is None or len(out) > len(best)):
                best = out
    return best


def shorten_question(text: str, limit: int = QUESTION_LIMIT) -> str | None:
    """A question cut to ``limit``: its quotation first (the question's own words stay),
    else the question itself, keeping a final "?" and any gap's blank."""
    if len(text) <= limit:
        return text
    quotes = sorted(_QUOTE.finditer(text), key=lambda m: -len(m.group(1) or m.group(2)))
    if quotes:
        m = quotes[0]
        group = 1 if m.group(1) else 2
        inner = m.group(group)
        room = limit - (len(text) - len(inner))
        keep = BLANK if BLANK in inner else None
        # keep the quotation's opening (its subject, and the hedge a question may be about);
        # only a gap that lies late in the sentence lets the opening clauses go
        piece = shorten(inner, room, keep=keep) or (shorten(inner, room, keep=keep, head=True) if keep else None)
        return None if piece is None else text[:m.start(group)] + piece + text[m.end(group):]
    if any(q in text for q in "\"“”") or BLANK in text:
        return None  # never cut through a quotation or a gap sentence
    body, mark = (text[:-1], "?") if text.endswith("?") else (text, "")
    piece = shorten(body, limit - len(mark))
    return None if piece is None else piece + mark


def time_limit(item: Item) -> int:
    """Seconds to answer, from the reading load: 20, 30 or 60 (all in Kahoot's list)."""
    words = len(item.stem.split()) + sum(len(o.split()) for o in item.options)
    return 20 if words <= 30 else 30 if words <= 60 else 60


def _row(number: int, item: Item, label: str, warnings: list[str]) -> list[object] | None:
    stem = shorten_question(single_line(item.stem))
    options = [shorten(single_line(o), ANSWER_LIMIT) for o in item.options]
    if stem is None or any(o is None for o in options):
        what = "question" if stem is None else "an answer"
        limit = QUESTION_LIMIT if stem is None else ANSWER_LIMIT
        warnings.append(f"{label}: {what} is longer than Kahoot's {limit} characters and has no clause "
                        "boundary to shorten it at; skipped")
        return None
    texts = [o for o in options if o is not None]
    if len({t.casefold() for t in texts}) != len(texts):
        warnings.append(f"{label}: shortened to Kahoot's limits its answers would read alike; skipped")
        return None
    if stem != single_line(item.stem) or texts != [single_line(o) for o in item.options]:
        warnings.append(f"{label}: shortened at a clause boundary to fit Kahoot's 120/75-character "
                        "limits; check the wording in Kahoot")
    keyed = [i + 1 for i in keyed_indexes(item)]
    correct: object = keyed[0] if len(keyed) == 1 else ",".join(map(str, keyed))
    return [number, stem, *texts, *[None] * (MAX_ANSWERS - len(texts)), time_limit(item), correct]


def _deterministic(data: bytes) -> bytes:
    """The .xlsx rewritten with fixed zip dates and document times, entries in the same order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = _FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), body)
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def _text(ws: Any, row: int, column: int, value: object) -> None:
    """A cell holding ``value``; text is always a string cell, never a formula."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"


def export_kahoot(lesson: Lesson) -> ExportResult:
    """The lesson's choice items as a Kahoot quiz sheet (.xlsx, Kahoot's template layout)."""
    warnings: list[str] = []
    rows: list[list[object]] = []
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        label = item_label(number, item)
        if not has_shape(item, ONE, MANY):
            warnings.append(f"{label}: a Kahoot quiz holds choice questions only; skipped")
            continue
        if len(item.options) > MAX_ANSWERS:
            warnings.append(f"{label}: {len(item.options)} options, Kahoot allows {MAX_ANSWERS}; skipped")
            continue
        row = _row(len(rows) + 1, item, label, warnings)
        if row is not None:
            rows.append(row)
    if not rows:
        warnings.append("no item could be written to the Kahoot sheet (choice questions only)")
    wb = Workbook()
    wb.properties.creator = "Quizgen"
    wb.properties.created = wb.properties.modified = _FIXED
    ws = wb.active
    ws.title = "Sheet1"
    _text(ws, 1, 2, f"Quizgen lesson: {single_line(lesson.article.title)}")
    _text(ws, 3, 2, "Kahoot quiz template layout: questions from row 9, one per row.")
    _text(ws, 4, 2, "Questions cite paragraphs (¶) of the article; share the article with the players.")
    for column, title in enumerate(HEADER, 1):
        if title:
            _text(ws, HEADER_ROW, column, title)
    for r, row in enumerate(rows, HEADER_ROW + 1):
        for column, value in enumerate(row, 1):
            if value is not None:
                _text(ws, r, column, value)
    for name, width in zip("ABCDEFGH", (4, 60, 30, 30, 30, 30, 14, 14), strict=True):
        ws.column_dimensions[name].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return ExportResult(_deterministic(buf.getvalue()), "kahoot.xlsx", XLSX_MIME, tuple(warnings))
