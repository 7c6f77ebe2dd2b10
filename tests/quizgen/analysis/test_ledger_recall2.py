"""More of the ledger's recall (issue 9): what a poll, study or report shows is listed as the study's
unsure claim, and a quotation opened with two apostrophes ('') finds its speaker in its own sentence.
Constructed sentences, and negatives that stay no claim."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def body(nlp, *paragraphs: str):
    text = "Council Budget Row Deepens\n\n" + "\n\n".join([FILLER, *paragraphs])
    return [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph >= 2]


def show(found):
    return [(a.source, a.cue, a.content, a.claim_confidence) for a in found]


@pytest.mark.parametrize("paragraph,cue,source_has,content_has", [
    ("A new poll of likely voters released on Tuesday shows Anna Berg with a clear lead over her rival.",
     "shows", "poll", "Anna Berg with a clear lead"),
    ("The audit found widespread errors in the count of the postal ballots.",
     "found", "audit", "widespread errors in the count"),
    ("Two polls released this week showed a ten-point lead for the mayor over her rival.",
     "showed", "polls", "ten-point lead for the mayor"),
])
def test_what_a_study_shows_is_its_unsure_claim(nlp, paragraph, cue, source_has, content_has):
    found = [a for a in body(nlp, paragraph) if a.cue == cue]
    assert found and content_has in found[0].content, show(body(nlp, paragraph))
    assert source_has in found[0].source_text.lower(), show(found)
    assert found[0].claim_confidence < CONFIDENT, show(found)


@pytest.mark.parametrize("paragraph", [
    "The report did not find any sign of fraud in the count of the ballots.",  # nothing it shows
    "The shop found a buyer for the old building near the harbour last week.",  # no study
    "The video was shown to the jury on the second day of the long trial.",  # passive, no content
    "The data suggest that most parents would pay more for a longer school day.",  # bare figures: evidence
])
def test_no_study_claim(nlp, paragraph):
    found = body(nlp, paragraph)
    assert not [a for a in found if a.cue in ("find", "found", "shown", "suggest")], show(found)


def test_two_apostrophe_quotation_finds_its_own_sentence_cue(nlp):
    # the sentence splitter leaves the opening '' at the end of the sentence before it
    paragraph = ("Tom Hale, who runs the bakery, was furious about the vote on Monday. "
                 "''This budget is a disgrace to our town and to all of its people.''")
    found = [a for a in body(nlp, paragraph) if "disgrace" in a.content]
    assert found and found[0].source == "Tom Hale", show(body(nlp, paragraph))
