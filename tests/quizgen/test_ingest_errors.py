"""Bad input: each refusal is an IngestError subclass whose message tells a teacher what to do."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from paths import ARTICLES, ROOT

from quizgen import cli
from quizgen.errors import (
    BinaryFileError,
    EmptyArticleError,
    NotEnglishError,
    TooLongError,
    TooShortError,
    UnsupportedFileError,
)
from quizgen.ingest import article_from_text, load_article

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"
SEED_TEXT = (ARTICLES / "00-seed-pompeo-xinjiang.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["", "   \n\n \t\n", "\ufeff"])
def test_empty(text):
    with pytest.raises(EmptyArticleError, match="The article is empty.*Paste the article's text"):
        article_from_text(text)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyArticleError, match="empty"):
        load_article(path)


def test_too_short_names_the_count_and_the_fix():
    text = "Council approves park\n\n" + " ".join(["The council approved the park on Tuesday."] * 5)
    with pytest.raises(TooShortError) as info:
        article_from_text(text)
    assert str(info.value) == (
        "This article has only 35 words; Quizgen needs at least 120 to make a lesson. "
        "Paste the whole article."
    )


def test_just_enough_words_passes():
    sentence = "The council approved the new park on Tuesday after a long debate. "  # 12 words
    article = article_from_text("Headline\n\n" + sentence * 10)
    assert article.word_count == 120


def test_set_aside_lines_do_not_count_towards_the_minimum():
    body = " ".join(["The council approved the park on Tuesday."] * 14)  # 98 words
    tags = "Council, Parks, Budget, Housing, Elections, Schools, Transport, Police, Weather"
    with pytest.raises(TooShortError, match="only 98 words"):
        article_from_text(f"Headline\n\n{body}\n\n{tags}\n")


def test_too_long():
    text = "Headline\n\n" + ("The council approved the park on Tuesday. " * 3000)  # 21,000 words
    with pytest.raises(TooLongError) as info:
        article_from_text(text)
    assert "21,001 words" in str(info.value) and "up to 20,000" in str(info.value)  # headline counts
    assert "Paste one article" in str(info.value)


@pytest.mark.parametrize("name", ["french.txt", "spanish.txt", "german.txt", "chinese.txt"])
def test_not_english(name):
    with pytest.raises(NotEnglishError, match="does not look like English.*paste an English article"):
        load_article(DATA / name)


def test_english_with_many_foreign_names_passes():
    names = (
        "Hua Chunying told reporters in Beijing that Xi Jinping, Wang Yi and Zhao Lijian met Nguyen Van "
        "Thanh, Olusegun Obasanjo and Jean-Luc M\u00e9lenchon at the Palais des Nations in Gen\u00e8ve "
        "on Tuesday, while Ngozi Okonjo-Iweala spoke with Le Monde and El Pa\u00eds about the summit. "
    )
    article = article_from_text("Leaders meet in Geneva\n\n" + names * 3)
    assert article.word_count > 120


def test_english_with_a_french_quote_passes():
    quote = ("\u00ab Nous attendions cet espace vert depuis longtemps, et nous sommes tr\u00e8s contents "
             "\u00bb, a-t-elle dit.")
    body = SEED_TEXT.split("\n\nMike Pompeo, China")[0]
    article = article_from_text(body + "\n\n" + quote)
    assert article.paragraphs[-1].text == quote and article.paragraphs[-1].number == 12


def test_binary_bytes():
    data = bytes(range(256)) * 40
    with pytest.raises(BinaryFileError, match="does not contain readable text"):
        load_article(data, filename="notes.txt")


def test_control_characters_in_pasted_text():
    with pytest.raises(BinaryFileError, match="Upload the article as"):
        article_from_text("Headline\n\n" + "\x01\x02\x03\x04abc" * 100)


def test_image_bytes_named_txt():
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)
    with pytest.raises(BinaryFileError, match="PNG image"):
        load_article(png, filename="article.txt")


@pytest.mark.parametrize(
    ("name", "what"),
    [("story.doc", "old Word .doc"), ("photo.jpg", "images"), ("data.xlsx", "spreadsheets"),
     ("story.odt", "OpenDocument")],
)
def test_unsupported_type(name, what):
    with pytest.raises(UnsupportedFileError) as info:
        load_article(b"anything at all", filename=name)
    assert what in str(info.value)
    assert "Save the article as .docx, PDF, HTML or plain text" in str(info.value)


def test_fake_docx():
    with pytest.raises(UnsupportedFileError, match="not a Word document"):
        load_article(b"just text " * 50, filename="story.docx")


def test_damaged_docx():
    with pytest.raises(UnsupportedFileError, match="could not open this .docx"):
        load_article(b"PK\x03\x04" + bytes(300), filename="story.docx")


def test_folder_is_refused(tmp_path):
    with pytest.raises(UnsupportedFileError, match="is a folder"):
        load_article(tmp_path)


def test_file_over_the_size_cap(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 3000)
    with pytest.raises(UnsupportedFileError, match="larger than 0.01 MB"):
        load_article(path, max_bytes=10_000)


def test_cli_prints_the_message_and_exits_2(tmp_path, capsys):
    path = tmp_path / "short.txt"
    path.write_text("Headline\n\nToo short to teach.\n", encoding="utf-8")
    code = cli.main(["generate", str(path)])  # `analyse` reads short texts; lessons need 120 words
    err = capsys.readouterr().err
    assert code == 2
    assert "quizgen: This article has only 4 words" in err
    assert "Traceback" not in err


def test_cli_subprocess_has_no_traceback(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text((ROOT / "tests" / "data" / "ingest" / "french.txt").read_text(encoding="utf-8"),
                    encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quizgen.cli", "analyse", str(path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2
    assert "does not look like English" in proc.stderr
    assert "Traceback" not in proc.stderr
