"""Ingest of plain text and Markdown: offsets, headline, paragraphs, set-aside lines, encodings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import ARTICLES, LESSONS

from quizgen.errors import IngestError
from quizgen.ingest import article_from_text, load_article
from quizgen.model import Article

SEED = ARTICLES / "00-seed-pompeo-xinjiang.txt"
SHARED = sorted(ARTICLES.glob("*.txt")) + sorted(LESSONS.glob("*.md"))
SEED_TAGS = "Mike Pompeo, China, Xinjiang, sanctions, human rights"
SEED_CAPTION_START = "This photo taken on June 2, 2019"


def assert_offsets(article: Article) -> None:
    """Every paragraph and the headline sit at their offsets in Article.text."""
    for p in article.paragraphs:
        assert article.text[p.start:p.start + len(p.text)] == p.text
        assert p.text == p.text.strip() and p.text
    assert article.text[article.title_start:article.title_start + len(article.title)] == article.title
    assert [p.number for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))


def body_of(path: Path) -> list[str]:
    """The shared articles' layout, read independently: headline, blank line, blank-line blocks."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return blocks[1:]


def test_shared_files_are_found():
    assert len(SHARED) == 12


@pytest.mark.parametrize("path", SHARED, ids=lambda p: p.name)
def test_offsets_index_the_file_exactly(path):
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert_offsets(article)


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_paragraph_one_is_first_body_paragraph(path):
    article = load_article(path)
    blocks = body_of(path)
    headline = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert article.title == headline and article.title_start == 0
    assert article.paragraphs[0].text == blocks[0]
    if path != SEED:  # 01-05 have no set-aside lines: every block is a paragraph
        assert [p.text for p in article.paragraphs] == blocks


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.gold.json")), ids=lambda p: p.name)
def test_gold_quotes_are_in_their_numbered_paragraph(path):
    """Paragraph numbering matches the gold files: each gold quote is inside its ¶."""
    article = load_article(path.with_name(path.name.replace(".gold.json", ".txt")))
    gold = json.loads(path.read_text(encoding="utf-8"))
    pairs = [(a["quote"], a["paragraph"]) for a in gold["attributions"]]
    pairs += [(e["text"], e["paragraph"]) for e in gold["evidence"]]
    assert len(pairs) >= 10
    for quote, number in pairs:
        assert quote in article.paragraph(number).text, (number, quote)
    for hedged in gold["hedged"]:  # hedged spans carry no paragraph (one is in a headline)
        assert hedged in article.text


@pytest.mark.parametrize("path", [SEED, LESSONS / "00-seed-pompeo-xinjiang.md"], ids=lambda p: p.name)
def test_seed_caption_and_tag_line_are_set_aside(path):
    article = load_article(path)
    assert len(article.paragraphs) == 11
    assert article.set_aside[0] == SEED_TAGS
    assert article.set_aside[1].startswith(SEED_CAPTION_START)
    assert article.set_aside[1].endswith("GREG BAKER/AFP via Getty Images/Getty")
    for p in article.paragraphs:
        assert SEED_TAGS not in p.text and "This photo taken" not in p.text
    assert article.paragraphs[-1].text.startswith('"The United States is taking action today')


def test_seed_matches_hand_made_factory(seed_article):
    article = load_article(SEED)
    assert article.title == seed_article.title
    assert article.paragraphs == seed_article.paragraphs
    assert article.set_aside == seed_article.set_aside


def test_front_matter_fills_metadata():
    path = LESSONS / "01-uk-asylum-questionnaire.md"
    article = load_article(path)
    assert article.title.startswith("Reports: 'streamlined' UK asylum process")
    assert article.source_name == "Wikinews"
    assert article.date == "2023-02-23"
    assert article.source_url.startswith("https://en.wikinews.org/wiki/Reports:")
    assert article.license == "Text from Wikinews (https://en.wikinews.org), CC BY 2.5"
    assert article.text.startswith("---\n")  # the front matter stays in the text
    assert article.paragraphs[0].text.startswith("The United Kingdom Home Office today")
    assert [p.text for p in article.paragraphs] == body_of(ARTICLES / path.with_suffix(".txt").name)
    assert_offsets(article)


SEED_BODY = "\n\n".join(body_of(SEED)[:11])


def test_markdown_heading_is_the_title():
    text = "# Pompeo invited to Xinjiang\n\n" + SEED_BODY + "\n"
    article = article_from_text(text)
    assert article.title == "Pompeo invited to Xinjiang"
    assert article.title_start == 2
    assert len(article.paragraphs) == 11
    assert_offsets(article)


def test_a_labelled_byline_above_the_headline_is_no_title():
    # a news database's export puts "BYLINE: …" first: the headline is the next line, the byline the author
    article = article_from_text("BYLINE: Jane Doe.\n\nPompeo invited to Xinjiang\n\n" + SEED_BODY)
    assert article.title == "Pompeo invited to Xinjiang"
    assert article.byline == "Jane Doe"
    assert_offsets(article)


def test_front_matter_author_and_repeated_heading():
    text = ("---\ntitle: \"Pompeo invited\"\nauthor: Jane Doe\nurl: https://example.org/a\n---\n\n"
            "# Pompeo invited\n\n## Background\n\n" + SEED_BODY)
    article = article_from_text(text)
    assert article.title == "Pompeo invited"
    assert article.byline == "Jane Doe"
    assert article.source_url == "https://example.org/a"
    assert len(article.paragraphs) == 11
    assert "## Background" in article.set_aside
    assert_offsets(article)


def test_single_newlines_split_paragraphs_when_no_blank_line():
    text = SEED_BODY.replace("\n\n", "\n")
    article = article_from_text("Headline here\n" + text)
    assert article.title == "Headline here"
    assert len(article.paragraphs) == 11
    assert_offsets(article)


def test_inner_single_newlines_kept_when_blank_lines_exist():
    wrapped = SEED_BODY.replace("in the restive province.", "in the restive\nprovince.")
    article = article_from_text("Headline\n\n" + wrapped)
    assert article.paragraphs[0].text.endswith("in the restive\nprovince.")
    assert len(article.paragraphs) == 11
    assert_offsets(article)


def test_crlf_kept_and_offsets_exact(tmp_path):
    raw = ("Headline\r\n\r\n" + SEED_BODY.replace("\n", "\r\n") + "\r\n").encode("utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    article = load_article(path)
    assert article.text == raw.decode("utf-8")
    assert "\r\n" in article.text
    assert len(article.paragraphs) == 11
    assert_offsets(article)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252", "utf-8"])
def test_encodings(tmp_path, encoding):
    text = ("Caf\u00e9 owners \u201cwelcome\u201d the plan \u2014 mostly\n\n"
            + SEED_BODY.replace("Hua said", "Hua said \u2018softly\u2019 \u2013"))
    path = tmp_path / "enc.txt"
    path.write_bytes(text.encode(encoding))
    article = load_article(path)
    assert article.text == text  # BOM dropped, curly quotes and dashes kept as they are
    assert article.title == "Caf\u00e9 owners \u201cwelcome\u201d the plan \u2014 mostly"
    assert "\u2018softly\u2019 \u2013" in article.paragraphs[2].text
    assert_offsets(article)


def test_pasted_text_with_bom_character():
    article = article_from_text("\ufeffHeadline\n\n" + SEED_BODY)
    assert article.text.startswith("Headline") and article.title_start == 0
    assert_offsets(article)


def test_bytes_upload_uses_filename():
    article = load_article(("# Title\n\n" + SEED_BODY).encode(), filename="upload.md")
    assert article.title == "Title"
    assert len(article.paragraphs) == 11


def test_boilerplate_around_the_body_is_set_aside():
    text = (
        "Advertisement\n\nPompeo invited to Xinjiang\n\nBy Jane Doe and Li Wei, Reuters\n\n"
        "WASHINGTON (Reuters) -\n\n" + SEED_BODY
        + "\n\nRead more: China news\n\nSubscribe to our newsletter\n\n"
        "(AP Photo/Evan Vucci)\n"
    )
    article = article_from_text(text)
    assert article.title == "Pompeo invited to Xinjiang"
    assert article.byline == "Jane Doe and Li Wei, Reuters"
    assert len(article.paragraphs) == 11
    assert set(article.set_aside) == {
        "Advertisement", "By Jane Doe and Li Wei, Reuters", "WASHINGTON (Reuters) -",
        "Read more: China news", "Subscribe to our newsletter", "(AP Photo/Evan Vucci)",
    }
    assert_offsets(article)


def test_short_real_paragraphs_stay_in_the_body():
    short = ["Critics disagree.", "He declined to comment.", "By Tuesday, the toll had risen to 40.",
             "Apples, oranges, and pears are on sale.", "The vote was 12 to 3."]
    text = "Headline\n\n" + SEED_BODY + "\n\n" + "\n\n".join(short)
    article = article_from_text(text)
    assert [p.text for p in article.paragraphs[11:]] == short
    assert article.set_aside == ()


def test_long_first_line_is_a_paragraph_not_a_headline():
    article = article_from_text(SEED_BODY)
    assert article.paragraphs[0].text.startswith("A Chinese foreign ministry spokesperson")
    assert len(article.paragraphs) == 11
    assert article.title.startswith("A Chinese foreign ministry spokesperson") and article.title.endswith(".")
    assert_offsets(article)


def test_dateline_prefix_inside_paragraph_one_is_set_aside():
    text = "Headline\n\nWASHINGTON (Reuters) - " + SEED_BODY
    article = article_from_text(text)
    assert article.paragraphs[0].text.startswith("A Chinese")  # no stem or option carries the dateline
    assert article.set_aside == ("WASHINGTON (Reuters)",)
    assert_offsets(article)


def test_html_looking_paste_goes_through_html_reader():
    paras = "".join(f"<p>{p}</p>" for p in body_of(SEED)[:11])
    article = article_from_text(f"<html><body><h1>Pompeo invited</h1>{paras}</body></html>")
    assert article.title == "Pompeo invited"
    assert len(article.paragraphs) == 11
    assert "<p>" not in article.text


def test_a_paragraph_about_html_is_not_html():
    text = "Headline\n\n<b> tags make text bold, the guide says.\n\n" + SEED_BODY
    article = article_from_text(text)
    assert article.paragraphs[0].text.startswith("<b> tags")


def test_ingest_error_is_the_base_class():
    with pytest.raises(IngestError):
        article_from_text("")
