"""Judged blind on J4: "According to ¶2, who said climate change is not happening?" keyed Ted Cruz and offered
Donald Trump, whom the next sentence reports as saying "he doesn't believe in it": two right answers. A source
reported right beside the keyed claim as saying the same thing (pointing back to it, or in its words) is never
a distractor; a source elsewhere in the article on the same topic stays (it may argue the other way)."""
from __future__ import annotations

from factories import claim, people_entities, plain_article, sentence_context

from quizgen.generate.distractors import same_view_sources, source_distractors

TEXT = ("A harbor tax that works\n\n"
        "Ana Ruiz says the harbor is not flooding. Tom Berg says he doesn't believe in it. "
        "Lena Holt argues that a harbor tax would ruin the town.\n\n"
        "Mary Cole said the harbor tax had raised money for new sea walls in three years.\n\n"
        "Dan Price said the fishing fleet had grown since the harbor tax began in the town.\n\n"
        "Rosa Diaz said the ferry company had moved its office to the harbor last spring.\n\n"
        "Sam Okafor said the harbor is flooding more every winter, whatever anyone says.\n")


def _atts(article):
    return [
        claim(article, "Ana Ruiz", "person", "Ana Ruiz", "says", "the harbor is not flooding"),
        claim(article, "Tom Berg", "person", "Tom Berg", "says", "he doesn't believe in it"),
        claim(article, "Lena Holt", "person", "Lena Holt", "argues", "a harbor tax would ruin the town"),
        claim(article, "Mary Cole", "person", "Mary Cole", "said",
              "the harbor tax had raised money for new sea walls in three years"),
        claim(article, "Dan Price", "person", "Dan Price", "said",
              "the fishing fleet had grown since the harbor tax began in the town"),
        claim(article, "Rosa Diaz", "person", "Rosa Diaz", "said",
              "the ferry company had moved its office to the harbor last spring"),
        claim(article, "Sam Okafor", "person", "Sam Okafor", "said",
              "the harbor is flooding more every winter, whatever anyone says"),
    ]


def test_a_source_saying_the_same_right_after_is_no_distractor():
    article = plain_article(TEXT)
    atts = _atts(article)
    names = ("Ana Ruiz", "Tom Berg", "Lena Holt", "Mary Cole", "Dan Price", "Rosa Diaz", "Sam Okafor")
    ctx = sentence_context(article, atts, people_entities(article, *names))
    same = same_view_sources(ctx, atts[0])
    assert "Tom Berg" in same
    assert "Sam Okafor" not in same and "Mary Cole" not in same  # other paragraphs: may disagree
    for seed in range(6):
        ctx.rng.seed(seed)
        got = source_distractors(ctx, atts[0], 5)
        assert "Tom Berg" not in got
        assert len(got) >= 3
