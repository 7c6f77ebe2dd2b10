"""Bounds on what a compressed input may unpack to: .docx (zip) parts and PDF streams.

A small upload must not cost the server seconds of CPU or gigabytes of memory. Before a
.docx is handed to python-docx, its zip directory is checked: number of parts, each part's and
the whole archive's uncompressed size, and the compression ratio. (Python's ``zipfile`` never
inflates a part past the size its directory declares, and a part that unpacks to anything else
fails its CRC check, so checking the declared sizes bounds what is read.) PDFs are read with
pypdf's own per-stream limits lowered, and the page content streams are unpacked first against
a budget for the whole file.

The limits leave room for a long article with photos: a 20,000-word article is about 2 MB of
Word XML, and photos are stored already compressed (ratio close to 1).
"""
from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from quizgen.errors import UnsupportedFileError

MAX_ZIP_PARTS = 2_000
MAX_XML_PART = 8_000_000  # bytes once unpacked: a Word XML part python-docx parses
MAX_ANY_PART = 40_000_000  # a photo or other blob python-docx keeps in memory
MAX_ZIP_TOTAL = 100_000_000
MAX_RATIO = 100  # unpacked / packed, for parts of more than RATIO_FLOOR bytes
RATIO_FLOOR = 1_000_000

MAX_PDF_STREAM = 4_000_000  # bytes once unpacked, any one stream
MAX_PDF_CONTENT = 16_000_000  # all page content streams together
MAX_PDF_TOKENS = 300_000  # operators and operands in one content stream (pypdf counts them)
# For the whole file, counted on the unpacked content before any text is extracted (text
# extraction costs about 50 microseconds per text-showing operator): a 40-page article set one
# word at a time has some 20,000 text operators and 100,000 tokens.
MAX_PDF_TEXT_OPS = 60_000  # Tj, TJ, ' and " operators (counted as "Tj"/"TJ" and quote marks)
MAX_PDF_TOKENS_TOTAL = 400_000  # separators: spaces, line breaks, "(" and "["


def too_large(kind: str) -> UnsupportedFileError:
    """The refusal for an input that unpacks to far more than one article needs."""
    return UnsupportedFileError(
        f"This {kind} is too large once unpacked to be one article (it may be damaged, or built to "
        f"overload the server). Open it and save the article on its own, or paste the article's text."
    )


def _zip_entry_count(data: bytes) -> int | None:
    """The number of entries the zip's end record declares (None when there is no end record)."""
    tail = data[-(65_535 + 22):]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    count = int(struct.unpack("<H", tail[at + 10:at + 12])[0])
    if count != 0xFFFF:
        return count
    at64 = tail.rfind(b"PK\x06\x06", 0, at)  # ZIP64 end record: an 8-byte count
    if at64 < 0 or at64 + 40 > len(tail):
        return count
    return int(struct.unpack("<Q", tail[at64 + 32:at64 + 40])[0])


def check_docx_archive(data: bytes) -> None:
    """Refuse a .docx whose zip unpacks to far more than an article (see the module's limits).

    Raises:
        UnsupportedFileError: too many parts, a part or the whole too large, or a compression
            ratio no real document has; or not a readable zip at all.
    """
    count = _zip_entry_count(data)
    if count is not None and count > MAX_ZIP_PARTS:
        raise UnsupportedFileError(
            f"This .docx file has {count:,} parts; a Word document has a few dozen. "
            "Open it in Word and save it again, or paste the article's text."
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, struct.error) as exc:
        raise UnsupportedFileError(
            "Quizgen could not open this .docx file (it may be damaged or password-protected). "
            "Open it in Word, save it again as .docx or PDF, or paste the text."
        ) from exc
    if len(infos) > MAX_ZIP_PARTS:
        raise UnsupportedFileError(
            f"This .docx file has {len(infos):,} parts; a Word document has a few dozen. "
            "Open it in Word and save it again, or paste the article's text."
        )
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        xml = info.filename.lower().endswith((".xml", ".rels"))
        if size > (MAX_XML_PART if xml else MAX_ANY_PART) or total > MAX_ZIP_TOTAL:
            raise too_large(".docx file")
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsupportedFileError(
                "This .docx file is compressed far more than a real document can be "
                f"({info.filename} unpacks to {size / max(info.compress_size, 1):,.0f} times its size): "
                "it may be damaged or built to overload the server. Open it in Word and save it again, "
                "or paste the article's text."
            )


@contextmanager
def pdf_limits() -> Iterator[None]:
    """pypdf's per-stream limits lowered to what an article needs, for the ``with`` block."""
    from pypdf import apply_configuration

    with apply_configuration(
        zlib_maximum_output_length=MAX_PDF_STREAM,
        lzw_maximum_output_length=MAX_PDF_STREAM,
        run_length_maximum_output_length=MAX_PDF_STREAM,
        brotli_maximum_output_length=MAX_PDF_STREAM,
        array_based_stream_maximum_output_length=MAX_PDF_STREAM,
        stream_decoding_work_maximum_length=4 * MAX_PDF_STREAM,
        stream_parsing_work_maximum_count=MAX_PDF_TOKENS,
        maximum_declared_stream_length=50_000_000,  # an embedded photo may be large
    ):
        yield


def check_pdf_content(pages: list[Any]) -> None:
    """Unpack the content streams of ``pages`` (pypdf keeps them) against the whole-file budgets.

    MAX_PDF_CONTENT bytes, MAX_PDF_TOKENS_TOTAL tokens and MAX_PDF_TEXT_OPS text operators, all
    counted at C speed (``bytes.count``) before any text is extracted.

    Raises:
        UnsupportedFileError: the pages' content is over one of the budgets.
    """
    from pypdf.generic import ArrayObject

    total = tokens = text_ops = 0
    for page in pages:
        contents = page.get("/Contents")
        if contents is None:
            continue
        contents = contents.get_object()
        streams = contents if isinstance(contents, ArrayObject) else [contents]
        for ref in streams:
            stream = ref.get_object()
            get_data = getattr(stream, "get_data", None)
            if get_data is None:
                continue
            data = get_data()
            if not isinstance(data, bytes):
                continue
            total += len(data)
            tokens += sum(data.count(sep) for sep in (b" ", b"\n", b"\r", b"(", b"["))
            text_ops += data.count(b"Tj") + data.count(b"TJ") + data.count(b"'") + data.count(b'"')
            if total > MAX_PDF_CONTENT or tokens > MAX_PDF_TOKENS_TOTAL or text_ops > MAX_PDF_TEXT_OPS:
                raise too_large("PDF")
