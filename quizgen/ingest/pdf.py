"""PDF files to an Article via pypdf, rebuilding paragraphs from the text lines."""
from __future__ import annotations

import io
import re
from collections import Counter

from quizgen.errors import NoTextLayerError, UnsupportedFileError
from quizgen.ingest.synth import assemble, clean_block
from quizgen.model import Article

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_END = ('.', '!', '?', '"', '\u201d', ':', "'", '\u2019')
MAX_PAGES = 200


def article_from_pdf(data: bytes) -> Article:
    """Read an article from the bytes of a PDF.

    Paragraph breaks are taken from blank lines, else from a line that ends a sentence and
    is clearly shorter than the page's full lines. Page numbers and lines repeated on most
    pages (running headers and footers) are dropped; words hyphenated across lines are joined.

    Raises:
        NoTextLayerError: the PDF has pages but no text (a scan or photos of pages).
        UnsupportedFileError: the PDF cannot be opened (damaged, encrypted).
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedFileError(
                "This PDF is password-protected. Remove the password, or paste the article's text."
            )
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PAGES]]
        title_meta = (reader.metadata.title if reader.metadata else None) or ""
    except UnsupportedFileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as exc:
        raise UnsupportedFileError(
            "Quizgen could not open this PDF (it may be damaged). "
            "Open it and save it again, or paste the article's text."
        ) from exc
    if not any(ch.isalpha() for page in pages for ch in page):
        raise NoTextLayerError(
            "No text found: this PDF has no text layer (scanned?); paste the text instead."
        )
    lines = _strip_running_lines([page.splitlines() for page in pages])
    blocks = _paragraphs(lines)
    title = clean_block(title_meta)
    if not title or title.lower() in ("untitled", "document", "microsoft word") or len(title.split()) > 30:
        title = ""
    if blocks and (not title or clean_block(blocks[0]) == title) and len(blocks[0].split()) <= 30:
        title = blocks.pop(0)
    return assemble(title, blocks)


def _strip_running_lines(pages: list[list[str]]) -> list[str]:
    """All lines in order, without page numbers and lines repeated on most pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({ln.strip() for ln in page if ln.strip()})
    repeated = {ln for ln, n in counts.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    out: list[str] = []
    for page in pages:
        for ln in page:
            s = ln.strip()
            if s in repeated or _PAGE_NUMBER.match(s):
                continue
            out.append(ln.rstrip())
        out.append("")  # a page break ends a paragraph only if the line ended a sentence
    return out


def _paragraphs(lines: list[str]) -> list[str]:
    widths = sorted(len(ln) for ln in lines if ln.strip())
    full = widths[int(len(widths) * 0.9)] if widths else 0
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(_join(current))
            current.clear()

    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            prev = current[-1] if current else ""
            nxt = next((x for x in lines[i + 1:] if x.strip()), "")
            # a blank line between two halves of a sentence is a page break, not a paragraph break
            if prev and not prev.endswith(_END) and nxt[:1].islower():
                continue
            flush()
            continue
        current.append(s)
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        short = len(s) < 0.8 * full
        # a short line ending a sentence ends its paragraph; a much shorter one followed by a
        # capitalised line (a headline, a byline, a subheading) stands alone
        if (short and s.endswith(_END)) or (
            len(s) < 0.6 * full and nxt[:1].isupper() and not s.endswith((",", "-", ";"))
        ):
            flush()
    flush()
    return blocks


def _join(lines: list[str]) -> str:
    text = lines[0]
    for ln in lines[1:]:
        if re.search(r"[a-z]-$", text) and ln[:1].islower():
            text = text[:-1] + ln
        else:
            text += " " + ln
    return clean_block(text)
