"""The PDF as a printer sees it: pages drawn, fonts embedded, sizes, sheets, options, errors."""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest
from factories import sample_lesson
from PIL import Image
from pypdf import PdfReader
from ws_helpers import ROOT, TESTS, read_pdf, squash

from quizgen.model import Analysis, Attribution, Evidence, Judgment, Readability, Span
from quizgen.worksheet import WorksheetError, render_worksheet


@pytest.fixture(scope="module")
def lesson():
    return sample_lesson()


def fonts_of(data: bytes) -> dict[str, bool]:
    """Every font the PDF's pages use: base name -> embedded as TrueType (FontFile2)."""
    found: dict[str, bool] = {}

    def visit(font) -> None:
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        for child in font.get("/DescendantFonts") or []:
            visit(child)
        if descriptor is not None or "/DescendantFonts" not in font:
            desc = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = "/FontFile2" in desc

    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            visit(font)
    return found


def test_pages_render_and_none_is_blank(lesson, tmp_path):
    assert shutil.which("pdftoppm"), "pdftoppm is missing: `make test` installs poppler-utils"
    main, key = render_worksheet(lesson, versions=2, key="separate")
    for name, data in (("main", main), ("key", key)):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(data)
        subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / name)], check=True)
        pngs = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(pngs) == len(PdfReader(io.BytesIO(data)).pages)
        for png in pngs:
            gray = Image.open(png).convert("L")
            dark = sum(gray.histogram()[:128])
            assert dark > 0.005 * gray.width * gray.height, f"{png.name} looks blank"


def test_only_the_embedded_truetype_font_is_used(lesson):
    main, _ = render_worksheet(lesson, versions=2, ledger=False)
    fonts = fonts_of(main)
    assert fonts, "no fonts found"
    assert all(fonts.values()), f"fonts not embedded as TrueType: {fonts}"
    names = {n.split("+")[-1].lstrip("/") for n in fonts}
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}


def test_same_input_gives_the_same_bytes_even_in_another_process(lesson):
    first, _ = render_worksheet(lesson, versions=2)
    assert render_worksheet(lesson, versions=2)[0] == first
    code = (
        "import sys; sys.path[:0] = sys.argv[1:]\n"
        "from factories import sample_lesson\n"
        "from quizgen.worksheet import render_worksheet\n"
        "sys.stdout.buffer.write(render_worksheet(sample_lesson(), versions=2)[0])\n"
    )
    other = subprocess.run([sys.executable, "-c", code, str(ROOT), str(TESTS)], capture_output=True,
                           check=True, env={"PYTHONHASHSEED": "99", "PATH": ""}).stdout
    assert other == first


def test_paper_sizes(lesson):
    for paper, (w, h) in (("letter", (612, 792)), ("a4", (595.28, 841.89))):
        main, _ = render_worksheet(lesson, paper=paper, key="none")
        box = PdfReader(io.BytesIO(main)).pages[0].mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == (round(w, 1), round(h, 1))


def test_large_print_uses_bigger_type_and_more_pages(lesson):
    normal, _ = render_worksheet(lesson, key="none")
    large, _ = render_worksheet(lesson, key="none", large_print=True)

    def body_sizes(data: bytes) -> set[float]:
        sizes: set[float] = set()

        def visit(text, cm, tm, font, size):
            if text.strip() and font:
                sizes.add(round(size * tm[0], 1))

        PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
        return sizes

    assert max(body_sizes(normal)) < max(body_sizes(large))
    assert 12.0 in body_sizes(normal) and 15.0 in body_sizes(large)
    assert len(PdfReader(io.BytesIO(large)).pages) > len(PdfReader(io.BytesIO(normal)).pages)


@pytest.mark.parametrize("key, has_key_in_main, separate", [
    ("appended", True, False), ("separate", False, True), ("none", False, False)])
def test_key_modes(lesson, key, has_key_in_main, separate):
    main, second = render_worksheet(lesson, versions=2, key=key)
    _, sections = read_pdf(main)
    assert ("key A" in sections and "key B" in sections) == has_key_in_main
    assert (second is not None) == separate
    if separate:
        assert set(read_pdf(second)[1]) == {"key A", "key B"}


@pytest.mark.parametrize("large_print", [False, True])
def test_every_section_starts_on_a_front_side(lesson, large_print):
    main, _ = render_worksheet(lesson, versions=3, key="appended", large_print=large_print)
    reader, sections = read_pdf(main)
    for name in ("A", "B", "C", "key A"):
        assert sections[name].pages[0] % 2 == 1, f"{name} starts on the back of a sheet"
    for name in ("A", "B", "C"):
        last = sections[name].pages[-1]
        assert last % 2 == 0 or reader.pages[last].extract_text().find("blank on purpose") >= 0


def test_odd_length_copies_get_a_blank_back_page(lesson):
    # lengthen the vocabulary box until version A runs to an odd number of pages
    for copies in range(1, 30):
        longer = replace(lesson, vocabulary=lesson.vocabulary * copies)
        main, _ = render_worksheet(longer, versions=2, key="appended")
        reader, sections = read_pdf(main)
        if len(sections["A"].pages) % 2:
            break
    else:
        pytest.fail("test setup: no vocabulary length gave version A an odd page count")
    after_a = sections["A"].pages[-1] + 1
    assert after_a in sections["blank"].pages
    assert "Version A · This page is blank on purpose" in reader.pages[after_a - 1].extract_text()
    assert sections["B"].pages[0] == after_a + 1


def test_join_code_and_url_print_on_every_copy(lesson):
    main, _ = render_worksheet(lesson, versions=2, key="none", join_code="XK4-92Q",
                               join_url="https://qz.example/j/XK4")
    _, sections = read_pdf(main)
    for name in ("A", "B"):
        assert "XK4-92Q" in sections[name].text and "https://qz.example/j/XK4" in sections[name].text
    without, _ = render_worksheet(lesson, key="none")
    assert "online" not in read_pdf(without)[1]["A"].text


def _hand_made_analysis(lesson) -> Analysis:
    a = lesson.article

    def span(phrase: str) -> Span:
        i = a.text.index(phrase)
        return Span(i, i + len(phrase), phrase)

    hua = span("there were no human rights abuses taking place in Xinjiang")
    return Analysis(
        sentences=(), entities=(),
        attributions=(
            Attribution("Hua Chunying", "Hua Chunying", span("Hua Chunying"), "person", "told",
                        span("told"), hua.text, (hua,), False, 2),
            Attribution("", "", None, "none", "is believed", span("is believed"),
                        "China has imprisoned around 1 million people", (), False, 4,
                        certainty="hedged", hedge="is believed to"),
        ),
        evidence=(Evidence("testimony", span("Former inmates have described"), 5),
                  Evidence("statistic", span("around 1 million people"), 4)),
        hedges=(),
        judgments=(Judgment(span("an Orwellian surveillance state"), 6, ("Orwellian",)),),
        conflicts=(), quantities=(), vocabulary=(),
        readability=Readability(12.0, 35.0, 493, 25, 3), main_ideas=(),
    )


def test_ledger_appendix_from_a_given_analysis(lesson):
    analysis = _hand_made_analysis(lesson)
    main, key = render_worksheet(lesson, key="separate", ledger=True, analysis=analysis)
    text = squash(read_pdf(key)[1]["other"].text)
    for words in ("Teacher appendix: the claim ledger", "Hua Chunying", "person", "told",
                  "is believed to", "hedged", "statistic", "an Orwellian surveillance state"):
        assert squash(words) in text, words
    assert "claim ledger" not in read_pdf(main)[1]["A"].text


def test_ledger_without_the_analysis_module_is_a_clear_error(lesson, monkeypatch):
    import quizgen

    def missing(article):
        raise ModuleNotFoundError("No module named 'quizgen.analysis'", name="quizgen.analysis")

    monkeypatch.setattr(quizgen, "analyse", missing)
    with pytest.raises(WorksheetError, match="without --ledger"):
        render_worksheet(lesson, ledger=True)


@pytest.mark.parametrize("options, message", [
    ({"key": "both"}, "key must be one of"),
    ({"paper": "legal"}, "paper must be"),
    ({"versions": 0}, "versions must be"),
])
def test_bad_options_are_named(lesson, options, message):
    with pytest.raises(WorksheetError, match=message):
        render_worksheet(lesson, **options)


def test_a_lesson_without_items_is_refused(lesson):
    with pytest.raises(WorksheetError, match="no items"):
        render_worksheet(replace(lesson, items=()))
