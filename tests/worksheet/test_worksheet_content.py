"""Long articles paginate; accented names and typographic punctuation print."""
from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from ws_helpers import ACCENTED, accented_lesson, big_lesson, read_pdf, squash

from quizgen.worksheet import make_styles, ordered_for_print, render_worksheet, shuffle_lesson


@pytest.fixture(scope="module")
def big():
    return big_lesson()


def test_big_lesson_is_as_big_as_the_issue_asks(big):
    assert big.article.word_count >= 5000 and len(big.items) == 20


def test_five_thousand_words_and_twenty_items_paginate(big):
    main, key = render_worksheet(big, versions=2, key="separate")
    reader, copies = read_pdf(main)
    _, keys = read_pdf(key)
    for letter in "AB":
        text = squash(copies[letter].text)
        assert len(copies[letter].pages) >= 10  # the article alone fills many pages
        for item in shuffle_lesson(big, letter):
            assert squash(item.stem) in text
            for option in item.options:
                assert squash(option) in text
        # every paragraph, numbered, in order: the article flowed across pages without loss
        at = [text.index(f"¶{p.number}" + squash(p.text[:30])) for p in big.article.paragraphs]
        assert at == sorted(at)
        assert len(re.findall(r"Answer:", keys[f"key {letter}"].text)) == 20


def test_a_question_is_never_split_across_pages(big):
    main, _ = render_worksheet(big, key="none")
    reader = PdfReader(io.BytesIO(main))
    page_texts = [squash(p.extract_text()) for p in reader.pages]
    for item in ordered_for_print(big.items):
        stem = squash(item.stem)
        page = next(t for t in page_texts if stem in t)
        after = page[page.index(stem):]
        for option in item.options + item.prompts:
            assert squash(option) in after, f"{item.stem!r}: {option!r} is not on the stem's page"


def test_accented_names_curly_quotes_and_dashes_print(tmp_path):
    lesson = accented_lesson()
    main, key = render_worksheet(lesson, key="separate", paper="a4")
    text = read_pdf(main)[1]["A"].text
    for words in ("Hua Chunying", "São Paulo", "Łódź", "“long overdue”", "city’s", "‘twin’", "Monday –",
                  "she said —", "Zürich’s", "Kraków’s", "Ñuño Pérez", "Málaga", "Agência Brasil",
                  "João Gonçalves"):
        assert words in text, words
    assert "Łódź" in read_pdf(key)[1]["key A"].text


def test_the_embedded_font_has_a_glyph_for_every_character_of_the_accented_article():
    styles = make_styles()
    for name in (styles.font, styles.bold):
        face = pdfmetrics.getFont(name).face
        missing = {ch for ch in ACCENTED if not ch.isspace() and ord(ch) not in face.charToGlyph}
        assert not missing, f"{name} lacks {sorted(missing)}"
