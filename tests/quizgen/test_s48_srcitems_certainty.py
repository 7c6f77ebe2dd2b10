"""Certainty items on a quotation of several sentences (stop 48, issue 10 point 1): its first sentence is asked
about alone, keyed "attributed to a named source", where the whole quotation gave no item ("no one claim")."""
from __future__ import annotations

import random

import pytest
from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.base import Context
from quizgen.generate.certainty import NAMED, quoted_first_sentence
from quizgen.generate.certainty import generate as certainty_items
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS


def _lesson_parts(nlp, *paragraphs: str):
    text = "Mill Plan Wins Support\n\n" + "\n\n".join([COUNCIL_FILLER, *paragraphs])
    article = article_from_text(text)
    analysis = sure_claims(analyse(article, nlp=nlp))
    return article, analysis, Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


TWO_SENTENCES = ("\"The new mill will bring two hundred jobs to the valley. We checked the figures with the county "
                 "twice,\" Mayor Ann Lee said at the meeting on Monday.")


@pytest.fixture(scope="module")
def two_sentences(nlp):
    return _lesson_parts(nlp, TWO_SENTENCES)


def test_the_first_sentence_of_a_quotation_is_asked_about_keyed_named(two_sentences):
    _, _, ctx = two_sentences
    items = [it for it in certainty_items(ctx) if it.skill == "certainty"]
    asked = [it for it in items if "two hundred jobs to the valley\"?" in it.stem]
    assert asked, [it.stem for it in items]
    it = asked[0]
    assert it.options[it.answer] == NAMED
    assert "checked the figures" not in it.stem  # one sentence, one claim
    assert "Ann Lee" in it.support[0].text  # the passage cited shows who said it


def test_only_a_quotation_of_several_sentences_is_cut(two_sentences):
    _, analysis, ctx = two_sentences
    a = next(a for a in analysis.attributions if "two hundred jobs" in a.content)
    first = quoted_first_sentence(ctx, a)
    assert first.content == "The new mill will bring two hundred jobs to the valley."
    assert first.content_spans[0].text == first.content
    assert quoted_first_sentence(ctx, first) == first  # one sentence: as it is


def test_a_quotation_cut_by_the_writer_is_not_cut_again(nlp):
    _, analysis, ctx = _lesson_parts(nlp, "\"The new mill will bring two hundred jobs … We checked the figures "
                                          "with the county twice,\" Mayor Ann Lee said at the meeting on Monday.")
    for a in analysis.attributions:
        assert quoted_first_sentence(ctx, a) is a


def test_a_first_sentence_that_leans_on_the_rest_is_not_asked_alone(nlp):
    # "Nobody did this to them." asked alone says nothing a student could weigh (read on a train lesson)
    _, analysis, ctx = _lesson_parts(nlp, "\"Nobody did this to the farmers in the valley. They failed on their own "
                                          "terms,\" Mayor Ann Lee said at the meeting on Monday.")
    a = next(a for a in analysis.attributions if "Nobody" in a.content)
    assert quoted_first_sentence(ctx, a) is a
    assert not [it for it in certainty_items(ctx) if "Nobody did this" in it.stem]


def test_a_denial_of_another_sentence_of_the_quotation_keys_nothing_on_the_first(nlp):
    # the ledger ties Bo Kim's denial to the whole quotation, but he denies only its second sentence: the first,
    # asked alone, would be keyed "explicitly denied" wrongly
    _, _, ctx = _lesson_parts(
        nlp, "\"The new mill will bring two hundred jobs to the valley. The river will stay clean for the farmers,\" "
             "Mayor Ann Lee said at the meeting on Monday.",
        "Union leader Bo Kim denied that the river will stay clean for the farmers.")
    assert not [it for it in certainty_items(ctx) if "two hundred jobs" in it.stem]


LEAD = ("Mill vote\n\n"
        "The council met on Monday evening to discuss the budget for next year.\n\n"
        "Mayor Ann Lee spoke first at the meeting. The hall was full.\n\n"
        "\"The new mill will bring two hundred jobs to the valley,\" she said.\n")


def _she_said(text: str):
    from factories import attribution, plain_article, sentence_context

    a = plain_article(text)
    lee = attribution(a, "Ann Lee", "she", "said", ["The new mill will bring two hundred jobs to the valley"],
                      direct=True)
    return sentence_context(a, [lee])


def test_a_speaker_named_only_the_paragraph_before_is_cited_with_that_sentence():
    # judged blind (J3): '"…," she said' cited alone, its speaker named in the paragraph before, rested "named
    # source" on text the item left out; it was dropped. Now both paragraphs are cited and pointed to
    items = [it for it in certainty_items(_she_said(LEAD)) if "two hundred jobs" in it.stem]
    assert [it.kind for it in items] == ["multiple_choice"], items  # never "names who made this claim (¶4)"
    it = items[0]
    assert it.stem.startswith("How does the article present this claim from ¶2–3:"), it.stem
    assert it.options[it.answer] == NAMED
    assert [s.paragraph for s in it.support] == [2, 3]
    assert "Mayor Ann Lee spoke first" in it.support[0].text


def test_no_item_when_the_paragraph_before_does_not_name_the_speaker():
    text = LEAD.replace("Mayor Ann Lee spoke first at the meeting.", "The mayor spoke first at the meeting.")
    text = text.replace("The council met on Monday evening", "Mayor Ann Lee and the council met on Monday evening")
    assert not [it for it in certainty_items(_she_said(text)) if "two hundred jobs" in it.stem]


def test_thanks_opening_a_quotation_is_no_claim_to_weigh(nlp):
    # read on the shared NASA lesson: '"We want to thank all of the locations that expressed an interest …"' asked
    # "how does the article present this claim?": a speech act of thanks, no claim
    _, _, ctx = _lesson_parts(nlp, "\"We want to thank all of the towns in the valley for the work on the new mill,\" "
                                   "Mayor Ann Lee said on Monday. \"The choice was a very hard one for the council.\"")
    assert not [it for it in certainty_items(ctx) if "thank" in it.stem], [it.stem for it in certainty_items(ctx)]
