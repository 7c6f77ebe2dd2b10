"""Random text and hostile HTML through ingest + analysis + generation: a valid Lesson or an
IngestError, never anything else."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.analysis import analyse
from quizgen.errors import IngestError
from quizgen.generate import build_lesson
from quizgen.ingest import article_from_html, article_from_text
from quizgen.model import ITEM_KINDS, SKILLS
from quizgen.serialize import lesson_from_json, lesson_to_json

WORDS = ("the minister said that officials believe critics argue according to report data million "
         "percent Reuters reported warned urged accused he she they it was were is are not never "
         "camp school budget vote city council police Beijing Washington Smith Jones Maria Lee "
         "allegedly reportedly may could 12 1,000 2019 Tuesday last week because after before so").split()
PUNCT = (".", ",", "", "", "", ":", ";", "?", "!")
QUOTES = ('"', "“", "”", "'", "’", "")

token = st.tuples(st.sampled_from(QUOTES), st.sampled_from(WORDS), st.sampled_from(PUNCT), st.sampled_from(QUOTES))
paragraph = st.lists(token, min_size=40, max_size=90).map(lambda ts: " ".join("".join(t) for t in ts))
article_text = st.tuples(
    st.text(min_size=0, max_size=60),
    st.lists(paragraph, min_size=3, max_size=8),
).map(lambda t: t[0].replace("\n", " ") + "\n\n" + "\n\n".join(t[1]))

HOSTILE = ("<script>alert(1)</script>", "<p onclick='x()'>", "<iframe src=x></iframe>", "<!-- c -->",
           "<style>p{}</style>", "<nav>Home | News</nav>", "</p>", "<b>", "&amp;", "&#0;", "<p>", "<br>")
html_doc = st.tuples(st.lists(paragraph, min_size=3, max_size=6), st.lists(st.sampled_from(HOSTILE), max_size=8)).map(
    lambda t: "<html><head><title>Budget row</title></head><body><article>"
    + "".join(f"<p>{p}</p>{h}" for p, h in zip(t[0], t[1] + [""] * len(t[0]), strict=False))
    + "</article></body></html>")


def check(article, nlp) -> None:
    lesson = build_lesson(article, analysis=analyse(article, nlp=nlp), count=12, seed=1)
    assert lesson_from_json(lesson_to_json(lesson)) == lesson
    for item in lesson.items:
        assert item.skill in SKILLS and item.kind in ITEM_KINDS
        for s in item.support:
            assert article.text[s.start:s.end] == s.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(article_text)
def test_random_text_makes_a_lesson_or_a_clear_error(nlp, text):
    try:
        article = article_from_text(text)
    except IngestError as exc:
        assert str(exc)
        return
    check(article, nlp)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(html_doc)
def test_hostile_html_makes_a_lesson_or_a_clear_error(nlp, html):
    try:
        article = article_from_html(html)
    except IngestError as exc:
        assert str(exc)
        return
    assert "<script" not in article.text and "alert(1)" not in article.text
    check(article, nlp)
