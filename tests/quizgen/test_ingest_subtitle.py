"""Plain text: a subtitle (dek) under the headline is set aside, not taken as paragraph 1."""
from __future__ import annotations

from quizgen.ingest import article_from_text

HEADLINE = "Markets are never ready for the Fed;"
DEK = "Expect economic issues to roar back in the presidential election."
# an invented article of about 200 words
BODY = [
    "Janet Morrow is the chair of the central bank, and on Wednesday she told lawmakers that rates would "
    "stay where they are until prices calm down.",
    "Traders had expected a cut before the summer, and shares fell by two percent within an hour of her "
    "remarks, according to figures from the exchange.",
    "Morrow said the bank would watch wages and rents closely, because both had risen faster than "
    "expected in the first three months of the year.",
    "Two members of the committee argued for a small cut, saying that factories in the north were already "
    "laying off workers and orders had slowed.",
    "Economists at the state university said the decision was cautious but reasonable, given that "
    "inflation was still above the target of two percent.",
    "The committee will meet again in six weeks, and Morrow said it would publish new forecasts for "
    "growth and jobs at that meeting.",
]


def test_a_short_line_under_the_headline_is_a_subtitle_not_paragraph_one():
    text = f"{HEADLINE}\n{DEK}\n\n" + "\n\n".join(BODY) + "\n"
    article = article_from_text(text)
    assert article.title == HEADLINE
    assert article.paragraphs[0].text == BODY[0]
    assert len(article.paragraphs) == len(BODY)
    assert DEK in article.set_aside
    assert any("subtitle" in n and DEK in n for n in article.notes)
    for p in article.paragraphs:  # offsets still index the text as read
        assert article.text[p.start:p.start + len(p.text)] == p.text


def test_a_hard_wrapped_first_paragraph_under_the_headline_stays_the_first_paragraph():
    first = BODY[0].replace(" rates would ", " rates would\n")  # two lines, no blank line after the headline
    text = f"{HEADLINE}\n{first}\n\n" + "\n\n".join(BODY[1:]) + "\n"
    article = article_from_text(text)
    assert article.paragraphs[0].text == first
    assert len(article.paragraphs) == len(BODY)
    assert not article.notes and not article.set_aside


def test_a_text_without_blank_lines_keeps_every_line_as_a_paragraph():
    text = HEADLINE + "\n" + "\n".join(BODY) + "\n"
    article = article_from_text(text)
    assert article.title == HEADLINE
    assert [p.text for p in article.paragraphs] == BODY
    assert not article.notes


def test_a_long_first_block_of_body_text_is_not_cut():
    # no headline: the first block is a long paragraph (its first line over 40 words)
    long_first = BODY[0] + " " + BODY[1]
    text = long_first + "\nIt went on for a while.\n\n" + "\n\n".join(BODY[2:]) + "\n"
    article = article_from_text(text)
    assert article.paragraphs[0].text.startswith(long_first)
    assert "It went on for a while." in article.paragraphs[0].text
    assert not article.notes


def test_a_byline_under_the_headline_is_a_byline_not_a_subtitle():
    text = f"{HEADLINE}\nBy Jane Doe\n\n" + "\n\n".join(BODY) + "\n"
    article = article_from_text(text)
    assert article.byline == "Jane Doe"
    assert article.paragraphs[0].text == BODY[0]
    assert not any("subtitle" in n for n in article.notes)
