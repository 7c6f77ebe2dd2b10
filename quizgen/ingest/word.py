"""Word .docx files to an Article via python-docx."""
from __future__ import annotations

import io
import zipfile

from quizgen.errors import EmptyArticleError, UnsupportedFileError
from quizgen.ingest.limits import check_docx_archive
from quizgen.ingest.synth import assemble, clean_block
from quizgen.model import Article

_TITLE_STYLES = ("title", "heading 1")


def article_from_docx(data: bytes) -> Article:
    """Read an article from the bytes of a .docx file.

    The headline is the first paragraph styled "Title" or "Heading 1", else the document's
    title property, else the first non-empty paragraph. Other headings are set aside;
    tables, headers, footers and comments are not read.

    Raises:
        UnsupportedFileError: the file is not a readable .docx (damaged, password-protected),
            or it unpacks to far more than an article (see :mod:`.limits`).
        EmptyArticleError: the document has no text.
    """
    import docx
    import lxml.etree
    from docx.opc.exceptions import PackageNotFoundError

    check_docx_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, EOFError,
            lxml.etree.XMLSyntaxError, NotImplementedError) as exc:
        raise UnsupportedFileError(
            "Quizgen could not open this .docx file (it may be damaged or password-protected). "
            "Open it in Word, save it again as .docx or PDF, or paste the text."
        ) from exc
    # style id -> name once: python-docx's per-paragraph style lookup scans all styles each time
    names = {s.style_id: (s.name or "").lower() for s in document.styles}
    paragraphs = [(names.get(p._p.style or "", ""), clean_block(p.text)) for p in document.paragraphs]
    paragraphs = [(style, text) for style, text in paragraphs if text]
    if not paragraphs:
        raise EmptyArticleError(
            "This Word document has no text in its paragraphs. "
            "Check that you chose the right file, or paste the article's text."
        )
    title = ""
    for i, (style, text) in enumerate(paragraphs[:5]):
        if style in _TITLE_STYLES:
            title = text
            del paragraphs[i]
            break
    if not title:
        title = clean_block(document.core_properties.title or "")
    blocks = [text for style, text in paragraphs if not style.startswith(("heading", "title", "subtitle"))]
    aside = [text for style, text in paragraphs if style.startswith(("heading", "subtitle"))]
    if not blocks and aside:
        blocks, aside = aside, []
    return assemble(title, blocks, set_aside=aside)
