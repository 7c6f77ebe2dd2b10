"""Entries whose content is no claim of the speaker's (round pnp36). Constructed texts only."""
from __future__ import annotations

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text


def _claims(nlp, *paragraphs: str) -> list[tuple[str, str, str]]:
    article = article_from_text("Council Budget Row Deepens\n\n" + "\n\n".join([COUNCIL_FILLER, *paragraphs]))
    return [(a.source, a.cue, a.content) for a in analyse(article, nlp=nlp).attributions]


def test_a_scene_clause_after_the_cue_is_no_content(nlp):
    """'"X," Moss said, as workers cleared the hall': the as-clause is the reporter's scene, not what Moss said."""
    claims = _claims(nlp, "“The budget will pass next week,” Moss said, as a few workers cleared the chairs from the "
                          "hall, while outside some people stopped to take photos.")
    assert [c for s, cue, c in claims if s == "Moss"] == ["The budget will pass next week"], claims


def test_a_that_clause_after_an_aside_is_still_the_content(nlp):
    """The as-clause holding the that-clause is kept: what Moss said is inside it."""
    claims = _claims(nlp, "Moss said, as the meeting ended, that the budget would pass next week.")
    assert any(s == "Moss" and c.endswith("the budget would pass next week") for s, _, c in claims), claims


def test_the_listener_of_told_is_no_content(nlp):
    """'"X," Moss told the Daily Courier': the newspaper is who heard it, not what was told."""
    claims = _claims(nlp, "After Hale accused him of waste, he warned, “Certainly if they cut the parks budget, "
                          "that will be a fight,” Moss told the Daily Courier when asked about the plan.")
    assert not any(cue == "told" and "Daily Courier" in c for _, cue, c in claims), claims
    assert any(c.startswith("Certainly if they cut") for _, _, c in claims), claims


def test_what_is_told_after_the_listener_stays_the_content(nlp):
    claims = _claims(nlp, "Moss told the Daily Courier the budget would pass next week.")
    assert any(s == "Moss" and c == "the budget would pass next week" for s, _, c in claims), claims


def test_a_clause_the_parse_hung_on_the_listener_stays_told(nlp):
    """'told a meeting of ... that few people understood ...': the that-clause, hung on the listener by the
    parse, is what was told, so the entry stays."""
    claims = _claims(nlp, "On Wednesday, Moss told a meeting of regional council members that few people understood "
                          "the stakes of the budget better than the residents of their part of the county.")
    assert any(s == "Moss" and cue == "told" and "few people understood" in c for s, cue, c in claims), claims
