"""Judged blind on J4: the summary's model answer gave as "why it matters or what follows" a detail ("Trump
described the country as beset by illegal immigrants, some of them killers."). That point comes only from a
sentence stating a consequence, a stake or a prospect; when the article's later main points are details, the
item asks for the point and who is involved, and its model answer and rubric leave "why it matters" out."""
from __future__ import annotations

from dataclasses import replace

from factories import people_entities, plain_article, sentence_context

from quizgen.generate import summary

HEAD = ("Mayor Dana Ortiz wins harbor vote\n\n"
        "Mayor Dana Ortiz won the harbor vote in Riverton on Tuesday by a wide margin over Sam Okafor, who "
        "conceded late at night. Turnout was high.\n\n"
        "Sam Okafor conceded the harbor vote to Mayor Dana Ortiz late on Tuesday night in the town hall.\n\n")
DETAIL = "Mayor Dana Ortiz described the harbor as full of old boats and rusting cranes along the shore.\n"
CONSEQUENCE = "The vote means the harbor plan will go ahead and the town will borrow twelve million dollars.\n"


def _ctx(text):
    article = plain_article(text)
    ctx = sentence_context(article, [], people_entities(article, "Dana Ortiz", "Sam Okafor"))
    sents = ctx.analysis.sentences
    return replace(ctx, analysis=replace(ctx.analysis, main_ideas=(sents[0], sents[-1])))


def test_a_detail_is_never_given_as_why_it_matters():
    item = summary.summary_item(_ctx(HEAD + DETAIL))
    assert item is not None
    assert "why it matters" not in item.stem
    # (judged blind, J6: the model summary now adds the article's next main point as "another key point",
    # never as why the point matters)
    assert "why it matters" not in item.answer[0]
    assert "why it matters" not in " ".join(r.description for r in item.rubric).lower()


def test_a_consequence_is_given_as_why_it_matters():
    item = summary.summary_item(_ctx(HEAD + CONSEQUENCE))
    assert item is not None and "why it matters" in item.stem
    assert "borrow twelve million dollars" in item.answer[0]
