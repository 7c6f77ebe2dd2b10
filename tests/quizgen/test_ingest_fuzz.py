"""Property tests: random text and HTML give a consistent Article or an IngestError, nothing else."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import IngestError
from quizgen.ingest import article_from_html, article_from_text, looks_like_html
from quizgen.ingest.plaintext import article_from_parsed, parse_plain
from quizgen.model import Article

WORDS = ("the minister said on Tuesday that officials were accused of abuses in the region and critics "
         "disagree By Jane Doe Photo: AP Read more Subscribe Getty Images via WASHINGTON (Reuters) - "
         "China, Xinjiang, sanctions, \u201cquote\u201d \u2014 caf\u00e9 # ## --- title: date: <p> & "
         ).split(" ")
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

line = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)
long_line = st.lists(st.sampled_from(WORDS), min_size=8, max_size=60).map(" ".join)
separator = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\n\n\n", "\t\n"])
articles = st.builds(
    lambda head, parts: head + "".join(sep + text for sep, text in parts),
    st.sampled_from(["", "---\ntitle: T\nauthor: A\n---\n", "# Heading\n", "Headline\n\n", "\ufeff"]),
    st.lists(st.tuples(separator, st.one_of(line, long_line)), min_size=0, max_size=30),
)
tags = st.sampled_from(["p", "div", "h1", "h2", "article", "script", "style", "nav", "span", "li", "iframe",
                        "figcaption", "blockquote", "br", "table", "td"])
html_docs = st.recursive(
    long_line,
    lambda children: st.builds(
        lambda tag, attr, kids: f"<{tag}{attr}>{''.join(kids)}</{tag}>",
        tags, st.sampled_from(["", ' onclick="x()"', ' class="comments"', " id='a'"]),
        st.lists(children, max_size=6),
    ),
    max_leaves=30,
).map(lambda body: f"<html><head><title>T</title></head><body>{body}</body></html>")


def check(article: Article) -> None:
    for p in article.paragraphs:
        assert p.text and article.text[p.start:p.start + len(p.text)] == p.text
    assert article.text[article.title_start:article.title_start + len(article.title)] == article.title
    assert [p.number for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))
    assert article.word_count >= 120


@SETTINGS
@given(articles)
def test_random_text(text):
    try:
        article = article_from_text(text)
    except IngestError:
        return
    check(article)
    if not looks_like_html(text.removeprefix("\ufeff")):  # text starting with "<p>" is read as HTML
        assert article.text == text.removeprefix("\ufeff")


@SETTINGS
@given(articles)
def test_random_text_offsets_before_checks(text):
    """The reader itself (no length or language checks) keeps the offset invariant on any layout."""
    article = article_from_parsed(parse_plain(text), text)
    for p in article.paragraphs:
        assert p.text and p.text == p.text.strip()
        assert article.text[p.start:p.start + len(p.text)] == p.text
    assert article.text[article.title_start:article.title_start + len(article.title)] == article.title


@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_unicode(text):
    try:
        check(article_from_text(text))
    except IngestError:
        pass


@SETTINGS
@given(html_docs)
def test_random_html(html):
    try:
        article = article_from_html(html)
    except IngestError:
        return
    check(article)
    assert "<script" not in article.text and "onclick" not in article.text
