"""PDF files to an Article via pypdf, rebuilding the headline and paragraphs from text lines.

pypdf gives text lines with their font size and height on the page. The headline is the
run of lines at the top of page 1 set larger than the body text; paragraph breaks are a
larger vertical gap than the body's line spacing, a change of font size, or a line that ends
a sentence well short of the full line width. Page numbers and lines repeated on most pages
(running headers and footers) are dropped; words hyphenated across lines are joined.
"""
from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Any

from quizgen.errors import NoTextLayerError, UnsupportedFileError
from quizgen.ingest.limits import check_pdf_content, pdf_limits, too_large
from quizgen.ingest.synth import assemble, clean_block
from quizgen.model import Article

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_END = (".", "!", "?", '"', "\u201d", ":", "'", "\u2019")
MAX_PAGES = 200


@dataclass
class _Line:
    text: str
    y: float | None  # height on the page (PDF units, up is larger), when pypdf reports it
    size: float  # font size, 0 when unknown
    page: int


def article_from_pdf(data: bytes) -> Article:
    """Read an article from the bytes of a PDF.

    Raises:
        NoTextLayerError: the PDF has pages but no text (a scan or photos of pages).
        UnsupportedFileError: the PDF cannot be opened (damaged, encrypted), or its streams
            unpack to far more than an article (see :mod:`.limits`).
    """
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        with pdf_limits():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnsupportedFileError(
                    "This PDF is password-protected. Remove the password, or paste the article's text."
                )
            chosen = list(reader.pages[:MAX_PAGES])
            check_pdf_content(chosen)
            pages = [_page_lines(page, n) for n, page in enumerate(chosen)]
    except UnsupportedFileError:
        raise
    except (LimitReachedError, MemoryError) as exc:
        raise too_large("PDF") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError,
            RecursionError, ZeroDivisionError) as exc:
        raise UnsupportedFileError(
            "Quizgen could not open this PDF (it may be damaged). "
            "Open it and save it again, or paste the article's text."
        ) from exc
    if not any(ch.isalpha() for page in pages for line in page for ch in line.text):
        raise NoTextLayerError(
            "No text found: this PDF has no text layer (scanned?); paste the text instead."
        )
    lines = _strip_running_lines(pages)
    body_size = _body_size(lines)
    title_lines: list[str] = []
    # the headline: lines set larger than the body at the top of page 1
    while lines and lines[0].page == 0 and body_size and lines[0].size > 1.15 * body_size:
        title_lines.append(lines.pop(0).text.strip())
        if len(title_lines) == 4:
            break
    blocks, aside = _paragraphs(lines, body_size)
    return assemble(" ".join(title_lines), blocks, set_aside=aside)


def _page_lines(page: Any, number: int) -> list[_Line]:
    """The text lines of one page, each with its height and font size."""
    frags: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
            frags.append((text, y, float(size or 0) * scale))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    text, y, size = "", None, 0.0
    for frag, fy, fsize in frags:
        parts = frag.split("\n")
        for i, part in enumerate(parts):
            if part.strip():
                y = fy if y is None else y
                size = max(size, fsize)
            text += part
            if i < len(parts) - 1:
                lines.append(_Line(text, y, size, number))
                text, y, size = "", None, 0.0
    lines.append(_Line(text, y, size, number))
    return [ln for ln in lines if ln.text.strip()]


def _strip_running_lines(pages: list[list[_Line]]) -> list[_Line]:
    """All lines in order, without page numbers and lines repeated on most pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        edges = page[:3] + page[-3:]  # running heads and feet are at the top or bottom of a page
        counts.update({ln.text.strip() for ln in edges})
    repeated = {t for t, n in counts.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    return [ln for page in pages for ln in page
            if ln.text.strip() not in repeated and not _PAGE_NUMBER.match(ln.text)]


def _body_size(lines: list[_Line]) -> float:
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _paragraphs(lines: list[_Line], body_size: float) -> tuple[list[str], list[str]]:
    """Group lines into paragraphs; lines in a larger font between them are subheadings."""
    widths = sorted(len(ln.text.strip()) for ln in lines)
    full = widths[int(len(widths) * 0.9)] if widths else 0
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False)
            if a.page == b.page and a.y is not None and b.y is not None and a.y > b.y
            and abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5]
    spacing = median(gaps) if gaps else 0.0
    blocks: list[str] = []
    aside: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(_join(current))
            current.clear()

    for i, ln in enumerate(lines):
        s = ln.text.strip()
        if body_size and ln.size > 1.15 * body_size and len(s.split()) <= 15:
            flush()
            aside.append(s)
            continue
        current.append(s)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            break
        if _breaks(ln, nxt, s, full, spacing):
            flush()
    flush()
    return blocks, aside


def _breaks(ln: _Line, nxt: _Line, s: str, full: int, spacing: float) -> bool:
    """Does a paragraph end after line ``ln`` (followed by ``nxt``)?"""
    n = nxt.text.strip()
    if spacing and ln.page == nxt.page and ln.y is not None and nxt.y is not None:
        gap = ln.y - nxt.y
        if gap > 1.4 * spacing or gap < 0:
            return True
    if abs(ln.size - nxt.size) > 0.5 and ln.size and nxt.size:
        return True
    short = len(s) < 0.8 * full
    if short and s.endswith(_END):
        return True
    # a much shorter line followed by a capitalised one: a byline or a one-line paragraph
    return len(s) < 0.6 * full and n[:1].isupper() and not s.endswith((",", "-", ";")) and not spacing


def _join(lines: list[str]) -> str:
    parts = [lines[0]]
    for ln in lines[1:]:
        last = parts[-1]
        if len(last) >= 2 and last[-1] == "-" and "a" <= last[-2] <= "z" and ln[:1].islower():
            # "inter-" + "national" is one word; "self-" + "fulfilling" keeps its hyphen
            head = last[:-1]
            parts[-1] = head if _is_word(_last_word(head[-60:]) + _first_word(ln)) else last
            parts.append(ln)
        else:
            parts.append(" ")
            parts.append(ln)
    return clean_block("".join(parts))


def _last_word(text: str) -> str:
    m = re.search(r"[A-Za-z]+$", text)
    return m.group() if m else ""


def _first_word(text: str) -> str:
    m = re.match(r"[A-Za-z]+", text)
    return m.group() if m else ""


def _is_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 1.5
