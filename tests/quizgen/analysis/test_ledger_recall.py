"""The ledger's broad shapes (issue 9): headlines, stances, plans, topics and "I think" in an
interview (when its "I" resolves) are listed as claims the ledger is unsure of (``claim_confidence``
below CONFIDENT), and lessons never see them. One constructed sentence per shape, and negatives that stay no claim."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyse
from quizgen.generate import build_lesson, generate_items, sure_claims
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT, SOURCE_SKILLS

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def analysis_of(nlp, *paragraphs: str, title: str = "Council Budget Row Deepens"):
    return analyse(article_from_text(title + "\n\n" + "\n\n".join([FILLER, *paragraphs])), nlp=nlp)


def body(nlp, *paragraphs: str):
    return [a for a in analysis_of(nlp, *paragraphs).attributions if a.paragraph >= 2]


def show(found):
    return [(a.source, a.cue, a.content, a.claim_confidence) for a in found]


@pytest.mark.parametrize("paragraph,cue,content_has", [
    # a finite clause after a verb of knowing or realising
    ("Mayor Anna Berg knows the budget will not pass this year.", "knows", "budget will not pass"),
    # a topic: "talked about", "voted for", "pushed for"
    ("Tom Hale talked about the closing of the old library on Friday.", "talked", "closing of the old library"),
    ("Anna Berg voted for the new parking plan in March.", "voted", "new parking plan"),
    ("Tom Hale pushed for a ban on fireworks in the park.", "pushed", "ban on fireworks"),
    # a stance or judgment on a person or a plan
    ("Tom Hale denounced the mayor's housing plan at the meeting.", "denounced", "mayor's housing plan"),
    ("Tom Hale sided with the teachers in the long pay dispute.", "sided", "teachers"),
    # an intent of a named person
    ("Anna Berg declined to give a date for the vote.", "declined", "give a date"),
])
def test_broad_shape_is_an_unsure_claim(nlp, paragraph, cue, content_has):
    found = [a for a in body(nlp, paragraph) if a.cue.endswith(cue)]
    assert found and content_has in found[0].content, show(body(nlp, paragraph))
    assert found[0].claim_confidence < CONFIDENT, show(found)


@pytest.mark.parametrize("paragraph", [
    "The storm made sure that the bridge stayed closed for a week.",  # a thing, and "make sure"
    "It means the library will close at noon on Fridays.",  # "it" holds no view
    "Tom Hale tried to fix the leaking roof on Saturday.",  # an attempt, not a view
    "The organization plans to hold the fair in a new town every year.",  # a common noun's plan
    "Anna Berg celebrated the opening of the new bridge on Tuesday.",  # an action
    "Tom Hale spent the morning at the hardware store in town.",  # an action
])
def test_not_a_claim(nlp, paragraph):
    assert body(nlp, paragraph) == [], show(body(nlp, paragraph))


@pytest.mark.parametrize("title,source_has,content_has", [
    ("Tom Hale: The Budget Is Far Too Small For Our Town", "Hale", "Budget Is Far Too Small"),
    ("Library Will Close On Fridays, Anna Berg Says", "Berg", "Library Will Close"),
    ("Former Council Member Says Budget Will Fail", "Former Council Member", "Budget Will Fail"),
])
def test_headline_attribution(nlp, title, source_has, content_has):
    analysis = analyse(article_from_text(title + "\n\n" + FILLER), nlp=nlp)
    heads = [a for a in analysis.attributions if a.paragraph == 0]
    assert heads and source_has in heads[0].source_text and content_has in heads[0].content, show(heads)
    assert heads[0].claim_confidence < CONFIDENT
    assert analysis.attributions[0].paragraph == 0  # reading order: the headline first


@pytest.mark.parametrize("title", ["The Latest: Council Votes On The Budget Tonight",
                                   "Breaking: Storm Closes The Bridge For A Week"])
def test_headline_label_is_no_speaker(nlp, title):
    analysis = analyse(article_from_text(title + "\n\n" + FILLER), nlp=nlp)
    assert [a for a in analysis.attributions if a.paragraph == 0] == []


def test_sure_claims_keep_their_hedges_and_conflicts(nlp):
    """An unsure entry before a hedged, sure claim: the hedge's index still points at that claim
    in the full ledger, and at it again in the lessons' shorter one."""
    analysis = analysis_of(nlp, "Tom Hale denounced the mayor's housing plan at the meeting.",
                           "Tom Hale said the mayor reportedly took money from a builder.")
    unsure = [i for i, a in enumerate(analysis.attributions) if a.claim_confidence < CONFIDENT]
    hedged = [h for h in analysis.hedges if h.claim is not None]
    assert unsure and hedged, show(analysis.attributions)
    assert "took money" in analysis.attributions[hedged[0].claim].content
    sure = sure_claims(analysis)
    assert all(a.claim_confidence >= CONFIDENT for a in sure.attributions)
    assert len(sure.attributions) == len(analysis.attributions) - len(unsure)
    claim = next(h.claim for h in sure.hedges if h.claim is not None)
    assert "took money" in sure.attributions[claim].content


def test_lessons_never_quiz_an_unsure_claim(nlp):
    text = ("Tom Hale: The Budget Is Far Too Small For Our Town\n\n" + FILLER + "\n\n"
            "Anna Berg sided with the teachers in the long pay dispute.\n\n"
            "Tom Hale denounced the mayor's housing plan at the meeting.\n\n"
            "Mayor Anna Berg said the library would close on Fridays because the budget is small.")
    article = article_from_text(text)
    analysis = analyse(article, nlp=nlp)
    assert any(a.claim_confidence < CONFIDENT for a in analysis.attributions)
    items = generate_items(article, analysis, rng=random.Random(1))
    lesson = build_lesson(article, analysis=analysis, seed=1)
    for it in [*items, *lesson.items]:
        if it.skill not in SOURCE_SKILLS:
            continue  # a cloze or detail item may quote any sentence; the source skills read the ledger
        words = " ".join([it.stem, *it.options, *(s.text for s in it.support)])
        assert "pay dispute" not in words and "housing plan" not in words, it.stem
