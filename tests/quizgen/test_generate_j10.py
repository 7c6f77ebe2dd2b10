"""Judged blind on J10, each shape on a constructed article:

1. "How does the article present this claim from ¶11: "Nov. 4, 2014 The one that got away"?" keyed "stated as
   fact": a timeline's dated heading, a figure of speech, no statement to check. A date run into a sentence's
   capitalised first word is no plain fact of the article.
"""
from __future__ import annotations

from factories import FERRY_FILLER, labelled_entities, plain_article, sentence_context

from quizgen.generate import certainty

TIMELINE = ("Ferry Service Returns To The Island\n\n"
            "The ferry line to the island reopened in 2019 after a long repair of its main pier.\n\n"
            "March 2014 The one that got away from the harbor board at last.\n\n"
            + FERRY_FILLER)


def test_a_dated_heading_is_no_plain_fact_of_the_article():
    article = plain_article(TIMELINE)
    ents = labelled_entities(article, "DATE", "2019", "March 2014")
    ctx = sentence_context(article, [], ents)
    facts = [f.text for f in certainty._plain_facts(ctx)]
    assert not any("got away" in f for f in facts), facts
    assert any("reopened in 2019" in f for f in facts), facts  # the writer's own plain statement stays
