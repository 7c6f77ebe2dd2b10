"""Bytes to text: BOMs, UTF-16 without a BOM, UTF-8, cp1252; binary files refused."""
from __future__ import annotations

import codecs
import re
import unicodedata

from quizgen.errors import BinaryFileError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of common binary formats a teacher might pick by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive (or Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office (.doc/.xls) file"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an audio file"),
    (b"\x00\x00\x00\x18ftyp", "a video"),
    (b"\x00\x00\x00\x20ftyp", "a video"),
    (b"RIFF", "an audio or video file"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)


def sniff_magic(data: bytes) -> str | None:
    """A description of the binary format ``data`` starts with ("a PNG image"), or None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode an uploaded or fetched text file.

    Order: a BOM (UTF-8/16/32; the BOM is dropped), UTF-16 without BOM (recognised by its
    NUL bytes), a ``<meta charset>`` when ``html`` is true, strict UTF-8, then cp1252 (the
    Windows encoding most non-UTF-8 English text is in). Newlines are kept exactly as they
    are (``\\r\\n`` stays), so offsets index the file's own text.

    Raises:
        BinaryFileError: the bytes are not text (NUL bytes, many control characters).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check_text(data[len(bom):].decode(encoding, errors="replace"))
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise _binary(data)
        return _check_text(data.decode(utf16, errors="replace"))
    if html:
        m = _HTML_CHARSET.search(data[:4096])
        if m:
            name = m.group(1).decode("ascii", "replace").lower()
            try:
                codecs.lookup(name)
            except LookupError:
                name = ""
            if name and name not in ("utf-8", "utf8"):
                return _check_text(data.decode(name, errors="replace"))
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _check_text(data.decode("cp1252", errors="replace"))


def check_text(text: str) -> str:
    """Refuse text with a high share of control characters (a binary file pasted or read as text)."""
    return _check_text(text)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    even = sample[0::2]
    odd = sample[1::2]
    if not odd:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    sample = text[:20000]
    if not sample:
        return text
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Cs", "Co"))
    )
    if bad > max(2, 0.01 * len(sample)):
        raise BinaryFileError(
            "This file does not contain readable text (it looks like a binary file). "
            "Upload the article as .txt, .md, .html, .docx or .pdf, or paste its text."
        )
    return text


def _binary(data: bytes) -> BinaryFileError:
    what = sniff_magic(data)
    kind = f"it looks like {what}" if what else "it looks like a binary file"
    return BinaryFileError(
        f"This file does not contain readable text ({kind}). "
        "Upload the article as .txt, .md, .html, .docx or .pdf, or paste its text."
    )
