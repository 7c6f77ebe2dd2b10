"""Ingest: an article in any supported form -> :class:`quizgen.model.Article`.

One module per input format: :mod:`.plaintext` (.txt, .md, pasted text), :mod:`.html`
(trafilatura), :mod:`.word` (.docx), :mod:`.pdf` (pypdf), :mod:`.url` (fetching); shared
rules in :mod:`.decode` (encodings), :mod:`.setaside` (captions, tag lines, bylines, ...)
and :mod:`.checks` (length and language). Heavy libraries are imported only by the reader
that needs them.

Offsets: for .txt/.md and pasted text, ``Article.text`` is the text exactly as read (a BOM
dropped, ``\\r\\n`` kept) and every paragraph satisfies
``article.text[p.start:p.start + len(p.text)] == p.text``. For HTML, .docx and PDF the text
is synthesised: title, blank line, paragraphs separated by blank lines, then the set-aside
lines after the body (see :mod:`.synth`).
"""
from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

from quizgen.errors import BinaryFileError, FetchError, UnsupportedFileError
from quizgen.ingest.checks import check_article, check_not_empty, check_not_too_long, count_words
from quizgen.ingest.decode import check_text, decode_bytes, sniff_magic
from quizgen.ingest.plaintext import article_from_parsed, parse_plain
from quizgen.model import Article

__all__ = ["load_article", "load_url", "web_address", "article_from_text", "article_from_html"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_UNSUPPORTED_HINTS = {
    ".doc": "the old Word .doc format",
    ".odt": "OpenDocument text",
    ".rtf": "RTF",
    ".pages": "Apple Pages",
    ".epub": "e-books",
    ".xls": "spreadsheets",
    ".xlsx": "spreadsheets",
    ".csv": "spreadsheets",
    ".ppt": "slide shows",
    ".pptx": "slide shows",
    ".key": "slide shows",
    ".zip": "zip archives",
    ".jpg": "images",
    ".jpeg": "images",
    ".png": "images",
    ".gif": "images",
    ".heic": "images",
    ".webp": "images",
    ".mp3": "audio",
    ".mp4": "video",
    ".mov": "video",
    ".json": "JSON files",
    ".xml": "XML files",
}
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|article|p|div|main|section|h1|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_WEB = re.compile(r"^https?://[^\s/?#\\]+", re.IGNORECASE)
# a host name with a dot and a final label of letters ("www.example.org"), "localhost" or an
# IPv4 address, then an optional port, then a path, query or fragment
_HOST = re.compile(
    r"^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}|localhost|\d{1,3}(?:\.\d{1,3}){3})"
    r"(?::\d{1,5})?(?:[/?#]\S*)?$",
    re.IGNORECASE,
)
# endings of file names that are not web sites ("README.md" is a file, not the Moldovan site)
_FILE_ENDINGS = frozenset(
    "md txt text py pyc html htm xhtml pdf docx doc odt rtf json xml csv tsv sh cfg ini toml yaml yml js css "
    "log db sqlite sqlite3 lock env conf png jpg jpeg gif zip gz tar mako".split()
)
_DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FILE_CAP_FACTOR = 10  # .docx and .pdf may be this many times max_bytes (they carry images)


def looks_like_html(text: str) -> bool:
    """Does pasted text look like HTML markup (starts with ``<`` and an HTML tag)?"""
    return bool(_HTML_START.match(text[:5000]))


def article_from_text(text: str, *, filename: str | None = None) -> Article:
    """Read pasted or decoded plain text / Markdown (or HTML, when it looks like HTML).

    Args:
        text: the article. A leading BOM character is dropped; nothing else is changed, so
            the offsets of the result index ``text`` (minus the BOM).
        filename: the name it came from, if any; a .html name selects the HTML reader.

    Raises:
        IngestError: a subclass naming the problem (empty, too short, too long, not English,
            binary).
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    check_not_empty(text)
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text)):
        return article_from_html(text)
    check_text(text)
    check_not_too_long(count_words(text))
    return check_article(article_from_parsed(parse_plain(text), text))


def article_from_html(html: str | bytes, *, url: str | None = None) -> Article:
    """Read an article from HTML (see :func:`quizgen.ingest.html.article_from_html`), checked."""
    from quizgen.ingest.html import article_from_html as read

    if isinstance(html, str):
        check_not_empty(html)
    return check_article(read(html, url=url), web=True)


def web_address(typed: str) -> str:
    """The http(s) address a teacher typed, with ``https://`` added when the scheme is left out.

    ``www.example.org/news/story`` becomes ``https://www.example.org/news/story``. Anything else
    (a file path such as ``README.md`` or ``/etc/passwd``, a ``file:``/``ftp:``/``javascript:``
    address, a Windows path) is refused: this never names a file on the server.

    Raises:
        FetchError: ``typed`` is not a web address.
    """
    s = typed.strip()
    if _WEB.match(s):
        return s
    if s.startswith("//") and _HOST.match(s[2:]):
        s = s[2:]
    elif _URL.match(s) or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)", s):
        scheme = s.split(":", 1)[0].lower()
        if scheme in ("http", "https"):
            raise FetchError(
                f"{s[:80]!r} is not a complete web address. Copy the address again from your browser."
            )
        raise FetchError(
            f"Quizgen only reads web addresses starting with http:// or https://, not {scheme}: ones. "
            "Copy the article's address from your browser (https://...), or upload the file."
        )
    host = re.split(r"[:/?#]", s, maxsplit=1)[0]
    if not s or not _HOST.match(s) or host.rsplit(".", 1)[-1].lower() in _FILE_ENDINGS:
        shown = s if len(s) <= 80 else s[:77] + "..."
        raise FetchError(
            (f"{shown!r} is not a web address. " if s else "No web address was given. ")
            + "Give the article's address as your browser shows it (https://...), "
            "or upload the file or paste the article's text."
        )
    return "https://" + s


def load_url(
    typed: str, *, allow_private_urls: bool = False, timeout: float = 10.0, max_bytes: int = 5_000_000
) -> Article:
    """Fetch and read the article at a web address (never a file: see :func:`web_address`).

    This is what a web form's address field must call: :func:`load_article` also reads paths.

    Raises:
        FetchError: not an http(s) address, or the page could not be fetched.
        IngestError: the page is not fit for a lesson.
    """
    return _from_url(web_address(typed), allow_private_urls, timeout, max_bytes)


def load_article(
    source: Path | str | bytes,
    *,
    filename: str | None = None,
    allow_private_urls: bool = False,
    timeout: float = 10.0,
    max_bytes: int = 5_000_000,
) -> Article:
    """Read an article from a file path, an http(s) URL or uploaded bytes.

    Args:
        source: a :class:`~pathlib.Path`, a path string, an ``http://``/``https://`` URL
            string, or ``bytes`` (an upload). A string with a line break in it cannot be a
            path: it is read as pasted text.
        filename: for bytes, the uploaded file's name (its extension selects the reader).
        allow_private_urls: let URLs reach loopback/private addresses (off by default).
        timeout: seconds allowed for fetching a URL.
        max_bytes: the largest page or text file accepted (.docx and PDF: ten times this).

    Returns:
        The Article, checked: not empty, 120 to 20,000 body words, English.

    Raises:
        IngestError: a subclass with a message a teacher can act on.
        FileNotFoundError: ``source`` names a file that does not exist.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _from_bytes(bytes(source), filename, max_bytes)
    if isinstance(source, str) and _URL.match(source.strip()):
        return _from_url(source.strip(), allow_private_urls, timeout, max_bytes)
    if isinstance(source, str) and ("\n" in source or len(source) > 4096):
        return article_from_text(source)  # pasted text handed over as if it were a path
    path = Path(source)
    if isinstance(source, str) and not path.exists():
        try:
            url = web_address(source)  # "www.example.org/story" typed without its https://
        except FetchError:
            url = None
        if url is not None:
            return _from_url(url, allow_private_urls, timeout, max_bytes)
    if path.is_dir():
        raise UnsupportedFileError(f"{path} is a folder, not a file. Choose the article's file.")
    size = path.stat().st_size
    suffix = path.suffix.lower()
    cap = max_bytes * (FILE_CAP_FACTOR if suffix in (".docx", ".pdf") else 1)
    if size > cap:
        raise _file_too_large(path.name, cap)
    return _from_bytes(path.read_bytes(), filename or path.name, max_bytes)


def _from_url(url: str, allow_private: bool, timeout: float, max_bytes: int) -> Article:
    from quizgen.ingest.url import fetch

    page = fetch(url, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    name = Path(page.url.split("?", 1)[0].split("#", 1)[0]).name
    if page.content_type in ("text/html", "application/xhtml+xml"):
        data = page.body
        if page.charset:
            try:
                return article_from_html(data.decode(page.charset, errors="replace"), url=page.url)
            except LookupError:
                pass
        return article_from_html(data, url=page.url)
    if page.content_type == "application/pdf":
        name = "page.pdf"
    elif page.content_type == _DOCX_MIME:
        name = "page.docx"
    elif page.content_type.startswith("text/plain"):
        name = "page.txt"
    elif page.content_type.startswith(("image/", "audio/", "video/")):
        raise FetchError(
            f"The address {page.url} is {page.content_type.split('/')[0]}, not an article. "
            "Use the address of the article's page."
        )
    article = _from_bytes(page.body, name, max_bytes)
    return article if article.source_url else _with_url(article, page.url)


def _with_url(article: Article, url: str) -> Article:
    from dataclasses import replace

    return replace(article, source_url=url)


def _from_bytes(data: bytes, filename: str | None, max_bytes: int) -> Article:
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix in _UNSUPPORTED_HINTS:
        raise UnsupportedFileError(
            f"Quizgen can't read {_UNSUPPORTED_HINTS[suffix]} ({suffix} files). "
            "Save the article as .docx, PDF, HTML or plain text, or paste its text."
        )
    cap = max_bytes * (FILE_CAP_FACTOR if suffix in (".docx", ".pdf") else 1)
    if len(data) > cap:
        raise _file_too_large(filename or "this file", cap)
    check_not_empty(data.decode("latin-1") if len(data) < 64 else "x")
    magic = sniff_magic(data)
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        from quizgen.ingest.pdf import article_from_pdf

        return check_article(article_from_pdf(data))
    if suffix == ".docx" or _is_docx(data):
        from quizgen.ingest.word import article_from_docx

        if not data.startswith(b"PK"):
            raise UnsupportedFileError(
                "This file is named .docx but is not a Word document. "
                "Open it in Word and save it as .docx, or paste the text."
            )
        return check_article(article_from_docx(data))
    if magic is not None:
        raise BinaryFileError(
            f"Quizgen can't read this file: it looks like {magic}, not an article. "
            "Upload the article as .txt, .md, .html, .docx or .pdf, or paste its text."
        )
    if suffix in HTML_SUFFIXES:
        return article_from_html(data)
    text = decode_bytes(data)
    if suffix not in TEXT_SUFFIXES and looks_like_html(text):
        return article_from_html(text)
    return article_from_text(text, filename=filename if suffix in TEXT_SUFFIXES else None)


def _is_docx(data: bytes) -> bool:
    from quizgen.ingest.limits import MAX_ZIP_PARTS, _zip_entry_count

    if not data.startswith(b"PK\x03\x04"):
        return False
    if (_zip_entry_count(data) or 0) > MAX_ZIP_PARTS:
        return True  # the .docx reader refuses it with a message, without listing its parts
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _file_too_large(name: str, cap: int) -> UnsupportedFileError:
    return UnsupportedFileError(
        f"{name} is larger than {cap / 1_000_000:g} MB, too large to be one article. "
        "Paste the article's text instead."
    )
