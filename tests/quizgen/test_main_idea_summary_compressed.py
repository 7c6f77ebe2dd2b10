"""The summary's model answer never pastes the one-sentence lede paragraph; until now a lede no clause cut
could shorten gave no summary at all (a lesson short of its 10 items then lacked it). The lede is now
shortened at its asides: an appositive on its subject ("Anna Holt, the leader of the transport union,
…"), a label in parentheses ("(D-Maine)"), an opening phrase before its subject; never so that who said
it is lost (constructed articles)."""
from __future__ import annotations

from dataclasses import replace

from factories import people_entities, plain_article, sentence_context

from quizgen.generate import summary

LEDE = ("Governor Anna Holt, the leader of the coastal party, on Friday endorsed the re-election of Senator Tom "
        "Berg (D-Maine) and Senator Jo Park (D-Ohio).")
TEXT = ("Holt endorses Berg and Park for re-election\n\n"
        f"{LEDE}\n\n"
        "Anna Holt had refused for months to back the two senators after they voted against her ferry plan.\n\n"
        "The endorsement is widely seen as a boost for Tom Berg, who faces a hard race against a popular mayor.\n\n"
        "Jo Park thanked Anna Holt at a rally in the harbor town and said the party would win in the autumn.\n\n"
        "Tom Berg had said in May that he would welcome the support of every member of the party.\n")


def _ctx():
    article = plain_article(TEXT)
    ents = [e for e in people_entities(article, "Anna Holt", "Tom Berg", "Jo Park")
            if e.span.start >= article.paragraphs[0].start]
    ctx = sentence_context(article, [], sorted(ents, key=lambda e: e.span.start))
    sents = ctx.analysis.sentences
    mains = (sents[0], *(s for s in sents if "widely seen" in s.span.text))
    return replace(ctx, analysis=replace(ctx.analysis, main_ideas=mains))


def test_a_one_sentence_lede_is_shortened_at_its_asides_for_the_model_answer():
    item = summary.summary_item(_ctx())
    assert item is not None
    model = item.answer[0]
    assert LEDE not in model  # never the paragraph pasted
    assert "Governor Anna Holt endorsed the re-election of Senator Tom Berg and Senator Jo Park." in model
    assert "boost for Tom Berg" in model  # why it matters
