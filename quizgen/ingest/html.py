"""HTML (a file, an upload, a fetched page or pasted markup) to an Article via trafilatura.

trafilatura finds the main text and the metadata (title, author, date, site name) and leaves
out scripts, styles, navigation, comments, tables and images. When it finds nothing, a small
lxml reader takes the ``<p>`` elements of the page with the same unwanted elements removed.
Only text ever leaves this module: markup, attributes and event handlers are dropped.
"""
from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

from quizgen.errors import EmptyArticleError
from quizgen.ingest.checks import NotAnArticleError
from quizgen.ingest.decode import decode_bytes
from quizgen.ingest.meta import PageMeta, clean_title, is_outlet_name, people, read_page_meta, site_words
from quizgen.ingest.setaside import is_interview_line, is_teaser_list
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

    The page's own structured data (JSON-LD, OpenGraph, ``<meta>``; see :mod:`.meta`) gives the
    title, author and outlet, and checks the body extracted from the markup: when the extract is
    much shorter than the body the page declares, the declared body is used; when only a word
    count is declared, a note tells the teacher what may be missing. Every line of the body is
    judged by the web boilerplate rules (:func:`quizgen.ingest.setaside.web_boilerplate`).

    Args:
        html: the page, as text or as bytes (the encoding is detected: BOM, ``<meta charset>``,
            UTF-8, cp1252).
        url: where the page came from (kept as ``source_url``; helps the metadata).

    Returns:
        The Article; its ``text`` is synthesised (title, blank line, paragraphs separated by
        blank lines, then the set-aside lines), with consistent offsets.

    Raises:
        EmptyArticleError: the page has no readable text.
        NotAnArticleError: the page says it is something else (a product, an app, ...).
    """
    if isinstance(html, bytes):
        html = decode_bytes(html, html=True)
    html = _XML_DECL.sub("", html)  # lxml refuses str input with an encoding declaration
    if not html.strip():
        raise _empty()
    root = _parse(html, ())
    page = read_page_meta(root) if root is not None else PageMeta()
    if page.not_article_type:
        raise NotAnArticleError(
            f"This page describes itself as a {_words(page.not_article_type)} page, not a news article. "
            "Give the address of an article, or paste the article's text."
        )
    found = None
    embeds: list[tuple[str, str]] = []
    if root is not None:
        # Elements whose content the HTML parser keeps as raw text (markup and all) go first:
        # trafilatura would otherwise pass an <iframe>'s inner "<p onclick=...>" on as text.
        for el in list(root.iter(*_RAW_TEXT)):
            _drop(el)
        embeds = _embedded_posts(root)
        spare = copy.deepcopy(root) if page.word_count or page.body else None
        found = _with_trafilatura(root, url)
        declared = max(page.word_count, len(page.body.split()))
        if spare is not None and (found is None or _count(found[1]) < 0.75 * declared):
            # the page says its article is longer: a second look that keeps more of the page
            wider = _with_trafilatura(spare, url, favor_recall=True)
            if wider is not None and (found is None or _count(found[1]) < _count(wider[1]) <= 1.3 * declared):
                found = wider
        if found is not None and declared and _count(found[1]) < 0.75 * declared:
            plain = _with_lxml(html)  # every <p> of the page, clutter removed
            if plain is not None and _count(found[1]) < _count(plain[1]) <= 1.3 * declared:
                found = (found[0], plain[1], _unplaced(found[2]), found[3])
    found = found or _with_lxml(html)
    title, blocks, aside, meta = found if found is not None else ("", [], [], {})
    if root is not None and blocks:
        lede, intruders = _lost_lede(root, blocks, page.description)
        if lede:
            # blocks the extract put before the body's own text (a sidebar) are set aside
            aside = [*((b, 0) for b in blocks[:intruders]),
                     *((a[0], max(a[1] - intruders, 0) + 1) if isinstance(a, tuple) else a for a in aside)]
            blocks = [lede, *blocks[intruders:]]
    aside = aside + _missing_embeds(embeds, blocks, aside)
    before = blocks
    blocks, notes = _check_body(blocks, page)
    if blocks is not before:  # the declared body: the set-aside lines' places are not known
        aside = _unplaced(aside)
    if not blocks:
        raise _empty()
    site = site_words(url or meta.get("url"), page.outlet_names())
    title = clean_title(page.headline or page.og_title or title or page.html_title, site)
    article = assemble(title, blocks, set_aside=aside, source_url=url or meta.get("url"), web=True,
                       notes=tuple(notes), **_meta_args(meta, page, url))
    if not notes:
        notes = _count_notes(article.word_count, page)
        if notes:
            article = dataclasses.replace(article, notes=tuple(notes))
    return article


_WORDS_OF_TYPE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _lost_lede(root: Any, blocks: list[str], description: str) -> tuple[str | None, int]:
    """The article's first paragraph when the extract lost it (a summary box, text outside ``<p>``).

    The page's description usually repeats the first sentence. When the extract does not hold
    it, but the page shows it in an element just before the extracted text and in the same part
    of the page (the element holds the body, or its parent or grandparent does), that element's
    text is the lost first paragraph. A standfirst in the page's header is not taken.

    When the element holding the lost lede also holds the body's text (paragraphs as text
    between ``<br>`` lines) and the extract starts with blocks found elsewhere on the page (a
    sidebar's teaser), those blocks are intruders.

    Returns:
        (the lost first paragraph or None, how many leading blocks are intruders).
    """
    want = _fold(re.sub(r"(?:\.\.\.|\u2026)\s*$", "", description))
    if len(want.split()) < 12:
        return None, 0
    probe = " ".join(want.split()[:10])
    if probe in _fold(" ".join(blocks)):
        return None, 0
    first = " ".join(_fold(blocks[0]).split()[:8])
    lede_el = body_el = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("head", "title", "meta", "a", "li", "header", "figcaption"):
            continue
        folded = _fold(el.text or "")
        if lede_el is None and len(folded.split()) >= 12 and folded.startswith(probe):
            lede_el = el
        elif lede_el is not None and folded.startswith(first):
            body_el = el
            break
    if lede_el is None or any(a.tag == "header" for a in lede_el.iterancestors()):
        return None, 0
    if body_el is not None:
        ancestors = list(body_el.iterancestors())[:3]
        if lede_el in ancestors or lede_el.getparent() in ancestors[1:3]:
            return clean_block(lede_el.text or ""), 0
    holds = _fold(lede_el.text_content())
    for i, block in enumerate(blocks[:3]):
        start = " ".join(_fold(block).split()[:8])
        if start and start in holds:
            return _lead_text(lede_el), i
    return None, 0


def _lead_text(el: Any) -> str:
    """The text an element shows before its first break (``<br>``, an image, a block element)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in ("br", "img", "p", "div", "figure", "ul", "ol", "table"):
            break
        parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return clean_block("".join(parts))


Aside = list[str | tuple[str, int]]  # set-aside lines, with the index of the block they stood before


def _unplaced(aside: Aside) -> Aside:
    return [a[0] if isinstance(a, tuple) else a for a in aside]


# embedded posts: the page shows them in the article, the extractor may drop them unseen
_EMBED_CLASS = re.compile(r"twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-card|fb-xfbml-parse")


def _embedded_posts(root: Any) -> list[tuple[str, str]]:
    """Embedded posts (tweets, Instagram, ...) and the rows of tables of the page: (their text on
    one line, the text of the paragraph before them). The extract leaves both out."""
    out: list[tuple[str, str]] = []
    for el in root.iter("blockquote", "table"):
        if el.tag == "blockquote" and not _EMBED_CLASS.search(el.get("class") or ""):
            continue
        before = el.xpath("preceding::p[1]")
        before_text = before[0].text_content() if before else ""
        if el.tag == "blockquote":
            lines = [clean_block(el.text_content()).replace("\n", " ")]
        elif el.xpath("ancestor::table"):
            continue  # a table inside a table: read with its parent
        else:
            rows = [[clean_block(c.text_content()).replace("\n", " ") for c in tr.iter("td", "th")]
                    for tr in el.iter("tr")][:_TABLE_ROWS]
            lines = [" | ".join(c for c in row if c) for row in rows]
        out.extend((line, before_text) for line in lines if line)
    return out


_TABLE_ROWS = 60


def _missing_embeds(embeds: list[tuple[str, str]], blocks: list[str], aside: Aside) -> Aside:
    """The embedded posts and table rows the extract dropped, as set-aside lines where they
    stood: the teacher sees them (never a silent cut), and they are never quizzed. Only those
    that follow a paragraph of the extracted body: a table elsewhere is page layout."""
    have = _fold(" ".join([*blocks, *(a[0] if isinstance(a, tuple) else a for a in aside)]))
    folded_blocks = [_fold(b) for b in blocks]
    out: Aside = []
    for text, before in embeds:
        words = _fold(text).split()
        if not words or " ".join(words[:12]) in have:
            continue
        probe = " ".join(_fold(before).split()[-10:])
        at = [i for i, b in enumerate(folded_blocks) if probe and probe in b]
        if at:
            out.append((text, at[-1] + 1))
    return out


def _words(kind: str) -> str:
    return _WORDS_OF_TYPE.sub(" ", kind.split(".")[0]).lower()


def _count(blocks: list[str]) -> int:
    return sum(len(b.split()) for b in blocks)


def _check_body(blocks: list[str], page: PageMeta) -> tuple[list[str], list[str]]:
    """The extracted body checked against the body or word count the page declares.

    Returns:
        The blocks to use (the declared body instead, when the extract is much shorter) and
        notes for the teacher.
    """
    got = _count(blocks)
    declared = split_declared_body(page.body)
    want = _count(declared)
    notes: list[str] = []
    if want >= 80 and got < 0.8 * want:
        notes.append(
            f"The text was taken from the page's own data ({want:,} words), because the page's "
            f"layout gave only {got:,} words of it. Check the paragraphs against the page."
            + (" Paragraph breaks were rebuilt." if "\n" not in page.body.strip() and len(declared) > 1 else "")
        )
        return declared, notes
    return blocks, notes


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018(])|(?<=[.!?][\"\u201d\u2019)])\s+(?=[A-Z])")


def split_declared_body(body: str) -> list[str]:
    """A JSON-LD ``articleBody`` as paragraphs: at its line breaks, or (when it has none) in
    groups of whole sentences of about 70 words."""
    import html as html_module

    text = html_module.unescape(body or "").replace("\r", "\n")
    if "<" in text and re.search(r"</?(?:p|br|div)\b", text, re.I):
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
        text = re.sub(r"<[^>]{0,500}>", " ", text)
    parts = [clean_block(p) for p in re.split(r"\n\s*", text)]
    parts = [p for p in parts if p]
    if len(parts) != 1 or len(parts[0].split()) < 140:
        return parts
    paragraphs: list[str] = []
    current: list[str] = []
    for sentence in _SENTENCE.split(parts[0]):
        current.append(sentence)
        if sum(len(s.split()) for s in current) >= 70:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _date(page: PageMeta, guessed: str | None, url: str | None) -> str | None:
    """The page's declared date; a date guessed from the text only when the address has it too."""
    if re.match(r"\d{4}-\d{2}-\d{2}", page.date or ""):
        return page.date[:10]
    if page.date:
        return page.date
    if guessed and url and re.search(rf"{guessed[:4]}\D?{guessed[5:7]}", url):
        return guessed
    return None


def _count_notes(got: int, page: PageMeta) -> list[str]:
    """Notes when the body read is much shorter, or much longer, than the page declares."""
    want = _count(split_declared_body(page.body))
    if page.word_count >= 150 and got < 0.75 * page.word_count:
        return [
            f"The page says the article has {page.word_count:,} words; Quizgen found {got:,} "
            f"({got / page.word_count:.0%}). Part of the article may be missing: compare with the page, "
            "or paste the whole text."
        ]
    if want >= 80 and got > 1.6 * want + 150:
        return [
            f"Quizgen found {got:,} words, more than the {want:,} the page's own data gives for the article. "
            "Check for paragraphs that are not part of the article."
        ]
    return []


def _meta_args(meta: dict[str, Any], page: PageMeta, url: str | None) -> dict[str, Any]:
    outlets = [n for n in (page.publisher, page.site_name, meta.get("sitename") or "") if is_outlet_name(n)]
    folded_outlets = {re.sub(r"\W+", "", n.lower()) for n in outlets}
    authors = page.authors
    if not authors and not page.declares_author:  # an organisation as the declared author: no person
        authors = people(page.meta_author) or people([a for a in re.split(r"\s*;\s*", meta.get("author") or "") if a])
    authors = [a for a in authors if re.sub(r"\W+", "", a.lower()) not in folded_outlets]
    return {
        "byline": ", ".join(authors) or None,
        "date": _date(page, meta.get("date"), url),
        "source_name": outlets[0] if outlets else None,
        "license": meta.get("license"),
    }


def _empty() -> EmptyArticleError:
    return EmptyArticleError(
        "Quizgen found no article text on this page. "
        "Copy the article's text from your browser and paste it instead."
    )


def _parse(html: str, drop: tuple[str, ...]) -> Any:
    """Parse ``html`` with lxml and remove comments and the ``drop`` elements (tails kept)."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for el in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*drop)) if drop else ():  # iter() with no tags would be every element
        _drop(el)
    return root


def _with_trafilatura(
    root: Any, url: str | None, *, favor_recall: bool = False
) -> tuple[str, list[str], Aside, dict[str, Any]] | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            root,
            url=url,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
            favor_recall=favor_recall,
        )
    except Exception:  # third-party parser on hostile input: fall back to lxml
        return None
    if doc is None or isinstance(doc, dict) or doc.body is None:
        return None
    title = doc.title or ""
    blocks: list[str] = []
    aside: Aside = []
    for el in doc.body:
        text = _element_text(el)
        if not text.strip():
            continue
        if el.tag == "head":
            if not title and not blocks:
                title = text
            elif is_interview_line(clean_block(text)) and blocks:
                blocks.append(text)  # an interview's question shown as a heading
            elif clean_block(text) != clean_block(title):
                aside.append((text, len(blocks)))
        elif el.tag == "list":
            items = [clean_block(_element_text(i)) for i in el if i.tag == "item"]
            items = [i for i in items if i]
            if is_teaser_list(items):
                aside.extend((i, len(blocks)) for i in items)  # related stories, not the article
            else:
                blocks.append("\n".join(items))
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


def _with_lxml(html: str) -> tuple[str, list[str], Aside, dict[str, Any]] | None:
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
