"""A candidate's campaign or team, written with the surname of a person the article names in full ("Mrs.
Hale's campaign", "the Hale campaign", "Hale's team"), is a sure source: no one else's. Not "the campaign"
alone, nor a campaign of someone the article never names in full, nor one inside a relative clause whose
verb's words may be others'. Constructed texts."""
from __future__ import annotations

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

OPENING = ("Senator Margaret Hale and Governor Peter Lund are fighting for every delegate in the state this week, "
           "and both have spent heavily on television advertising since the start of the month.")
FILLER = ("Voters in the north of the state will go to the polls on Tuesday. Turnout in the last primary was the "
          "highest in twenty years, and officials expect the lines to be long again. ") * 3


def claim(nlp, paragraph: str, words: str):
    text = "Race Tightens Before The Primary\n\n" + "\n\n".join([OPENING, FILLER, paragraph])
    analysis = analyse(article_from_text(text), nlp=nlp)
    found = [a for a in analysis.attributions if words in a.content]
    assert len(found) == 1, [(a.source, a.source_text, a.source_confidence, a.content) for a in analysis.attributions]
    return found[0]


def test_the_named_candidates_campaign_is_a_sure_source(nlp):
    found = claim(nlp, "The Hale campaign said that the governor had broken the spending rules twice this year.",
                  "broken the spending rules")
    assert found.source_text == "The Hale campaign"
    assert found.source_confidence >= CONFIDENT


def test_a_possessive_campaign_with_a_title_is_a_sure_source(nlp):
    found = claim(nlp, "Mrs. Hale's campaign said that the governor had broken the spending rules twice this year.",
                  "broken the spending rules")
    assert found.source_confidence >= CONFIDENT


def test_the_campaign_alone_stays_unsure(nlp):
    found = claim(nlp, "The campaign said that the governor had broken the spending rules twice this year.",
                  "broken the spending rules")
    assert found.source_confidence < CONFIDENT


def test_a_campaign_of_someone_never_named_in_full_stays_unsure(nlp):
    found = claim(nlp, "The Brandt campaign said that the governor had broken the spending rules twice this year.",
                  "broken the spending rules")
    assert found.source_confidence < CONFIDENT
