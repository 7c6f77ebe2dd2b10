"""Hostile inputs: web addresses that are really paths, zip bombs in .docx, PDF stream bombs.

Every hostile file is built here, in the test, small on disk and huge once unpacked; each must be
refused with a friendly IngestError before it costs the server seconds of CPU or gigabytes.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from paths import LESSONS, ROOT

from quizgen.errors import FetchError, IngestError, UnsupportedFileError
from quizgen.ingest import load_article, load_url, web_address

_SEED = (LESSONS / "00-seed-pompeo-xinjiang.md").read_text(encoding="utf-8").split("---\n", 2)[2].strip()
SEED_BLOCKS = ["China Invites Pompeo to Visit Xinjiang, Says There Are No Rights Abuses", *_SEED.split("\n\n")]


# --- issue 11.1: the web-address field takes web addresses only --------------------------------

@pytest.mark.parametrize("typed", [
    "README.md", "webapp/__init__.py", "quizgen/ingest/__init__.py", "/etc", "/etc/passwd",
    "../README.md", "./README.md", "~/notes.txt", "file:///etc/passwd", "FILE:///etc/passwd",
    "C:\\Users\\x\\story.docx", "\\\\server\\share\\story.txt", "ftp://example.org/story.txt",
    "javascript:alert(1)", "data:text/html,<p>x</p>", "Makefile", "", "   ",
])
def test_a_path_or_other_scheme_is_not_a_web_address(typed):
    with pytest.raises(FetchError) as info:
        load_url(typed)
    message = str(info.value)
    assert "web address" in message and "https://" in message
    assert "Traceback" not in message


def test_a_broken_https_address_says_so():
    with pytest.raises(FetchError, match="not a complete web address"):
        load_url("https:/example.org/story")


def test_a_server_file_is_never_read_through_the_address(monkeypatch):
    monkeypatch.chdir(ROOT)  # README.md and webapp/__init__.py exist right here
    for typed in ("README.md", "webapp/__init__.py", str(ROOT / "README.md")):
        with pytest.raises(FetchError):
            load_url(typed)


@pytest.mark.parametrize(("typed", "url"), [
    ("www.example.org/news/story", "https://www.example.org/news/story"),
    ("  example.org/news/story?id=3#top ", "https://example.org/news/story?id=3#top"),
    ("news.example.co.uk", "https://news.example.co.uk"),
    ("example.org:8443/a", "https://example.org:8443/a"),
    ("http://example.org/a", "http://example.org/a"),
    ("HTTPS://Example.org/a", "HTTPS://Example.org/a"),
    ("//example.org/a", "https://example.org/a"),
])
def test_an_address_without_scheme_gets_https(typed, url):
    assert web_address(typed) == url


def test_an_address_without_scheme_is_fetched_not_opened():
    # "localhost/story" gets https:// and then meets the private-address rule: it was taken as
    # a web address (a path "localhost/story" would have been "no such file")
    with pytest.raises(FetchError, match="private or local network"):
        load_url("localhost/story")


def test_the_cli_still_reads_files_and_says_when_an_address_is_missing_its_scheme(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\n\n".join(SEED_BLOCKS), encoding="utf-8")
    assert load_article(str(path)).title == SEED_BLOCKS[0]
    with pytest.raises(FetchError, match="private or local network"):
        load_article("localhost/news/story")  # no such file, but a web address: fetched over https


# --- issue 11.5: zip bombs in .docx -------------------------------------------------------------

def _docx(extra_parts: dict[str, bytes] | None = None, document: bytes | None = None,
          comments_rel: bool = False) -> bytes:
    """A real .docx from python-docx, with parts replaced or added (re-zipped with deflate)."""
    from docx import Document

    doc = Document()
    doc.add_heading(SEED_BLOCKS[0], level=0)
    for p in SEED_BLOCKS[1:12]:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml" and document is not None:
                data = document
            if info.filename == "word/_rels/document.xml.rels" and comments_rel:
                data = data.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/comments" Target="comments.xml"/></Relationships>'))
            if info.filename == "[Content_Types].xml" and comments_rel:
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/word/comments.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'))
            zf.writestr(info.filename, data)
        for name, data in (extra_parts or {}).items():
            with zf.open(name, "w", force_zip64=True) as part:
                part.write(data)
    return out.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_a_plain_docx_still_reads():
    article = load_article(_docx(), filename="story.docx")
    assert article.title == SEED_BLOCKS[0] and len(article.paragraphs) == 11


def test_docx_with_a_huge_comment_part_is_refused():
    # the 444 KB upload of issue 11: a comments part of 400 MB (here 60 MB: over every limit)
    text = b"A" * 60_000_000
    comments = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ' + W
                + b'><w:comment w:id="0" w:author="x"><w:p><w:r><w:t>' + text
                + b"</w:t></w:r></w:p></w:comment></w:comments>")
    data = _docx({"word/comments.xml": comments}, comments_rel=True)
    assert len(data) < 200_000
    with pytest.raises(UnsupportedFileError) as info:
        load_article(data, filename="story.docx")
    assert "too large once unpacked" in str(info.value) and "paste" in str(info.value)


def test_docx_whose_document_unpacks_to_millions_of_paragraphs_is_refused():
    # a 97 KB-class upload that cost 22 s and 756 MB: a document part of tiny repeated paragraphs
    para = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    document = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W
                + b"><w:body>" + para * 900_000 + b"</w:body></w:document>")
    data = _docx(document=document)
    assert len(data) < 200_000
    with pytest.raises(UnsupportedFileError, match="too large once unpacked"):
        load_article(data, filename="story.docx")


def test_docx_with_a_highly_compressed_part_is_refused():
    # under the size limits, but a compression ratio no real Word document has
    data = _docx({"word/media/blank.bin": bytes(6_000_000)})
    with pytest.raises(UnsupportedFileError, match="compressed"):
        load_article(data, filename="story.docx")


def test_docx_with_thousands_of_parts_is_refused():
    buf = io.BytesIO(_docx())
    with zipfile.ZipFile(buf, "a") as zf:
        for i in range(6000):
            zf.writestr(f"junk/item{i}.xml", b"")
    with pytest.raises(UnsupportedFileError, match="parts"):
        load_article(buf.getvalue(), filename="story.docx")


def test_docx_whose_declared_sizes_lie_is_refused_not_crashed():
    data = bytearray(_docx())
    # shrink the uncompressed size of word/document.xml in the central directory to 10 bytes
    name = b"word/document.xml"
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[at + 24:at + 28] = struct.pack("<I", 10)
    with pytest.raises(IngestError):
        load_article(bytes(data), filename="story.docx")


def test_malformed_xml_in_a_docx_is_a_friendly_refusal():
    data = _docx(document=b'<?xml version="1.0"?><w:document ' + W + b"><w:body><w:p>")
    with pytest.raises(UnsupportedFileError, match="could not open this .docx"):
        load_article(data, filename="story.docx")


# --- issue 11.5: PDF stream bombs ---------------------------------------------------------------

def _pdf(contents: list[bytes]) -> bytes:
    """A minimal PDF: one page per content stream (FlateDecode), Helvetica as /F1."""
    objects: list[bytes] = []
    n_pages = len(contents)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, content in enumerate(contents):
        packed = zlib.compress(content, 9)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
                       + packed + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _text_ops(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


def test_a_plain_hand_made_pdf_still_reads():
    words = " ".join(SEED_BLOCKS[1:4]).split()
    lines = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    article = load_article(_pdf([_text_ops(lines)]), filename="story.pdf")
    assert article.word_count == len(words)


def test_pdf_with_a_stream_that_unpacks_to_80_mb_is_refused():
    data = _pdf([b" " * 80_000_000])
    assert len(data) < 200_000
    with pytest.raises(UnsupportedFileError) as info:
        load_article(data, filename="story.pdf")
    assert "too large once unpacked" in str(info.value) and "paste" in str(info.value)


def test_pdf_with_a_20_mb_content_stream_of_text_is_refused():
    # under pypdf's own 75 MB limit, but tens of seconds of text extraction
    ops = b"BT /F1 11 Tf 72 720 Td " + b"(x) Tj " * 3_000_000 + b"ET"
    data = _pdf([ops])
    with pytest.raises(UnsupportedFileError, match="too large once unpacked"):
        load_article(data, filename="story.pdf")


def test_pdf_whose_pages_together_unpack_to_too_much_is_refused():
    # each page under the per-stream limits (3.6 MB, 280,000 tokens), five pages over the budget
    page = b"BT /F1 11 Tf 72 720 Td " + b"(xxxxxxxxxxxxxxxxxxx) Tj " * 140_000 + b"ET"
    data = _pdf([page] * 5)
    with pytest.raises(UnsupportedFileError, match="too large once unpacked"):
        load_article(data, filename="story.pdf")
