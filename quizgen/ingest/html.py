"""HTML (a file, an upload, a fetched page or pasted markup) to an Article via trafilatura.

trafilatura finds the main text and the metadata (title, author, date, site name) and leaves
out scripts, styles, navigation, comments, tables and images. When it finds nothing, a small
lxml reader takes the ``<p>`` elements of the page with the same unwanted elements removed.
Only text ever leaves this module: markup, attributes and event handlers are dropped.
"""
from __future__ import annotations

import re
from typing import Any

from quizgen.errors import EmptyArticleError
from quizgen.ingest.decode import decode_bytes
from quizgen.ingest.synth import assemble, clean_block
from quizgen.model import Article

_RAW_TEXT = (
    "script", "style", "iframe", "noscript", "template", "object", "embed", "svg", "textarea", "frame",
    "frameset", "applet", "canvas", "audio", "video", "xmp", "plaintext", "noembed", "noframes",
)
_UNWANTED = (
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg",
    "button", "template", "object", "embed", "select", "textarea", "figure", "figcaption", "head",
)
# class/id names of page parts that are not the article (comment threads, share bars, ...)
_CLUTTER = re.compile(
    r"comment|related|share|social|newsletter|promo|advert|cookie|sidebar|menu|breadcrumb|byline|caption",
    re.IGNORECASE,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def article_from_html(html: str | bytes, *, url: str | None = None) -> Article:
    """Read an article from an HTML page.

    Args:
        html: the page, as text or as bytes (the encoding is detected: BOM, ``<meta charset>``,
            UTF-8, cp1252).
        url: where the page came from (kept as ``source_url``; helps the metadata).

    Returns:
        The Article; its ``text`` is synthesised (title, blank line, paragraphs separated by
        blank lines, then the set-aside lines), with consistent offsets.

    Raises:
        EmptyArticleError: the page has no readable text.
    """
    if isinstance(html, bytes):
        html = decode_bytes(html, html=True)
    html = _XML_DECL.sub("", html)  # lxml refuses str input with an encoding declaration
    if not html.strip():
        raise _empty()
    found = _with_trafilatura(html, url) or _with_lxml(html)
    if found is None:
        raise _empty()
    title, blocks, aside, meta = found
    return assemble(title, blocks, set_aside=aside, source_url=url or meta.get("url"), **_meta_args(meta))


def _meta_args(meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "byline": meta.get("author"),
        "date": meta.get("date"),
        "source_name": meta.get("sitename"),
        "license": meta.get("license"),
    }


def _empty() -> EmptyArticleError:
    return EmptyArticleError(
        "Quizgen found no article text on this page. "
        "Copy the article's text from your browser and paste it instead."
    )


def _parse(html: str, drop: tuple[str, ...]) -> Any:
    """Parse ``html`` with lxml and remove comments and the ``drop`` elements (tails kept)."""
    import lxml.etree  # type: ignore[import-untyped]  # lxml ships no type stubs
    import lxml.html  # type: ignore[import-untyped]

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for el in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*drop)):
        _drop(el)
    return root


def _with_trafilatura(html: str, url: str | None) -> tuple[str, list[str], list[str], dict[str, Any]] | None:
    import trafilatura

    # Elements whose content the HTML parser keeps as raw text (markup and all) go first:
    # trafilatura would otherwise pass an <iframe>'s inner "<p onclick=...>" on as text.
    root = _parse(html, _RAW_TEXT)
    if root is None:
        return None
    try:
        doc = trafilatura.bare_extraction(
            root,
            url=url,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    except Exception:  # noqa: BLE001 - third-party parser on hostile input: fall back to lxml
        return None
    if doc is None or getattr(doc, "body", None) is None:
        return None
    title = doc.title or ""
    blocks: list[str] = []
    aside: list[str] = []
    for el in doc.body:
        text = _element_text(el)
        if not text.strip():
            continue
        if el.tag == "head":
            if not title and not blocks:
                title = text
            elif clean_block(text) != clean_block(title):
                aside.append(text)
        elif el.tag == "list":
            items = [clean_block(_element_text(i)) for i in el if i.tag == "item"]
            blocks.append("\n".join(i for i in items if i))
        else:
            blocks.append(text)
    if not blocks:
        return None
    meta = {k: getattr(doc, k, None) for k in ("author", "date", "sitename", "license", "url")}
    return title, blocks, aside, meta


def _element_text(el: Any) -> str:
    """Text of an element, with ``<lb/>`` (trafilatura's line break) as a newline."""
    parts = [el.text or ""]
    for child in el:
        parts.append("\n" if child.tag == "lb" else _element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _with_lxml(html: str) -> tuple[str, list[str], list[str], dict[str, Any]] | None:
    root = _parse(html, _RAW_TEXT)
    if root is None:
        return None
    title_el = root.find(".//title")
    title = title_el.text_content() if title_el is not None else ""
    for el in list(root.iter(*_UNWANTED)):
        _drop(el)
    for el in list(root.iter()):
        marks = f"{el.get('class', '')} {el.get('id', '')}" if isinstance(el.tag, str) else ""
        if _CLUTTER.search(marks) and el.getparent() is not None:
            _drop(el)
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        title = h1.text_content()
    paragraphs = [p.text_content() for p in root.iter("p")]
    if not any(p.strip() for p in paragraphs):
        body = root.find("body")
        whole = (body if body is not None else root).text_content()
        paragraphs = re.split(r"\n\s*\n", whole)
        if h1 is not None:
            paragraphs = [p for p in paragraphs if clean_block(p) != clean_block(title)]
    if not any(p.strip() for p in paragraphs):
        return None
    return title, paragraphs, [], {}


def _drop(el: Any) -> None:
    """Remove an element but keep its tail text (the words after it belong to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
