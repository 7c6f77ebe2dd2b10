"""Key-detail capacity (helper y_key), each on a constructed article: a paper that prints quotation
marks as two apostrophes has its quotation's opening marks left by the splitter at the end of the
sentence before (". ''" | "It will …,'' said …"); neither sentence is a cut-off quotation, so a
gap may go into either, and the stem and support quote the sentence with its own marks."""
from __future__ import annotations

import random

from factories import people_entities, plain_article

from quizgen.generate.base import Context
from quizgen.generate.key_detail import identity_items
from quizgen.model import ITEM_KINDS, Analysis, Readability, Sentence, Span

_PEOPLE = ("Ann Lee", "Bo Kim", "Cy Park", "Di Ross", "Ed Shaw")


def _ctx(text: str, splits: tuple[str, ...] = ()) -> Context:
    """Each paragraph a sentence, except where one of ``splits`` (a piece of text) starts a new one."""
    article = plain_article(text)
    sents: list[Sentence] = []
    for p in article.paragraphs:
        cuts = sorted(p.start + p.text.index(x) for x in splits if x in p.text)
        bounds = [p.start, *cuts, p.start + len(p.text)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            piece = text[a:b]
            end = a + len(piece.rstrip())
            sents.append(Sentence(Span(a, end, text[a:end]), p.number, len(sents)))
    ents = tuple(sorted(people_entities(article, *_PEOPLE), key=lambda e: e.span.start))
    analysis = Analysis(sentences=tuple(sents), entities=ents, attributions=(), evidence=(), hedges=(),
                        judgments=(), conflicts=(), quantities=(), vocabulary=(),
                        readability=Readability(8.0, 60.0, 200, 10, 1), main_ideas=tuple(sents[:1]))
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


_BODY = ("Harbour council backs a new pier plan\n\n"
         "The harbour council voted on Monday to back a new pier plan for the fishing crews of the town.\n\n"
         "{p2}\n\n"
         "Bo Kim, who runs the boat yard, asked the council for a second vote on the plan in June.\n\n"
         "Cy Park and Di Ross sat on the panel that wrote the plan over the winter months.\n\n"
         "Ed Shaw has fished from the old pier for thirty years and spoke at the meeting.\n")


def test_a_sentence_whose_opening_quotation_marks_the_splitter_left_behind_gets_its_gap():
    p2 = ("The plan passed by a wide margin. ''It will keep the crews in work for years,'' said Ann Lee, "
          "the harbour council chairwoman, after the vote.")
    items = identity_items(_ctx(_BODY.format(p2=p2), splits=("It will keep",)), set())
    asked = [it for it in items if "chairwoman" in it.stem]
    assert len(asked) == 1
    # the support quotes the sentence with the marks that open its quotation, not the sentence before
    quoted = asked[0].support[0].text
    assert quoted.startswith("''It will keep the crews") and quoted.endswith("after the vote.")


def test_a_sentence_ending_in_the_next_quotations_opening_marks_gets_its_gap():
    p2 = ("Ann Lee, the harbour council chairwoman, backed the plan after the vote. ''It will keep the crews "
          "in work for years,'' she said.")
    items = identity_items(_ctx(_BODY.format(p2=p2), splits=("It will keep",)), set())
    asked = [it for it in items if "chairwoman" in it.stem]
    assert len(asked) == 1
    assert asked[0].support[0].text.endswith("after the vote.")  # the next quotation's marks left out


def test_an_odd_quotation_that_no_sentence_before_opens_is_still_no_gap():
    p2 = ("It will keep the crews in work for years,'' said Ann Lee, the harbour council chairwoman, after "
          "the vote.")
    items = identity_items(_ctx(_BODY.format(p2=p2)), set())
    assert not [it for it in items if "chairwoman" in it.stem]
