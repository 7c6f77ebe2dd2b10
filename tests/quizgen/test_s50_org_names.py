"""Ledger, session 50: a body's name that holds a joining word is one source, not its first noun.

"The Centers for Disease Control and Prevention estimates …" gave the source "Centers", an unnamed group
(found reading a short lesson); "The Committee to Protect Journalists said …" cut at "to Protect" and then
resolved "The Committee" to another body named earlier, a wrong speaker; "Doctors Without Borders said …"
gave "Doctors", an unnamed group. Constructed articles only.
"""
from __future__ import annotations

import pytest
from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

_FILLER = COUNCIL_FILLER


def _sources(nlp, sentence: str, before: str = "") -> list[tuple[str, str, str]]:
    paras = [_FILLER] + ([before] if before else []) + [sentence]
    article = article_from_text("Sea Wall Vote Nears in Harbour Town\n\n" + "\n\n".join(paras))
    analysis = analyse(article, nlp=nlp)
    return [(a.source, a.source_kind, a.content) for a in analysis.attributions]


@pytest.mark.parametrize("sentence, name", [
    ("The Centers for Disease Control and Prevention estimates that one in 45 children in the county has asthma.",
     "Centers for Disease Control and Prevention"),
    ("The Institute for Policy Studies said that the new tax would fall hardest on small shops.",
     "Institute for Policy Studies"),
    ("The Committee to Protect Journalists said that at least 40 reporters were jailed in the region last year.",
     "Committee to Protect Journalists"),
    ("Doctors Without Borders said that its clinic near the harbour was flooded twice last winter.",
     "Doctors Without Borders"),
    ("The Department of Health and Human Services said that the new rules would take effect next year.",
     "Department of Health and Human Services"),
])
def test_a_named_body_with_a_joining_word_is_one_named_source(nlp, sentence, name):
    got = _sources(nlp, sentence)
    assert len(got) == 1, got
    source, kind, _ = got[0]
    assert source == name
    assert kind in ("organisation", "government")


def test_the_committee_is_not_a_body_named_before(nlp):
    """The cut name "The Committee" was resolved to the body named in the paragraph before: a wrong speaker."""
    got = _sources(nlp, "The Committee to Protect Journalists said that at least 40 reporters were jailed last year.",
                   before="The National Institutes of Health found that the drug cut deaths by a third in a trial.")
    jailed = [g for g in got if "reporters" in g[2]]
    assert [g[0] for g in jailed] == ["Committee to Protect Journalists"]


@pytest.mark.parametrize("sentence", [
    "Doctors at the clinic said that the flooding had closed two wards.",
    "Officials from the Department of State said that the talks would resume.",
])
def test_a_group_before_a_lowercase_phrase_stays_an_unnamed_group(nlp, sentence):
    """Only capitalised joining words mid-sentence make a name: "Doctors at the clinic" is a group of people."""
    got = _sources(nlp, sentence)
    assert [(g[0], g[1]) for g in got] == [(sentence.split()[0], "unnamed_group")]


# "the board", "the commission": the one body named before whose name holds the description's words. Found
# reading a short lesson: "the board of elections … rejected both objections" after "the Illinois Board of
# Elections" in ¶1 was left an unsure "board of elections", so no item could use the board's ruling.

def _named(nlp, first: str, later: str) -> list:
    text = "\n\n".join(["Ballot Challenge Fails in Springfield", COUNCIL_FILLER, first, later])
    return [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph == 3]


@pytest.mark.parametrize("first, later, name", [
    ("The challenge went to the Springfield Board of Elections, which met on Monday afternoon.",
     "The board said that the candidate was eligible to appear on the ballot in March.",
     "Springfield Board of Elections"),
    ("The challenge went to the Springfield Board of Elections, which met on Monday afternoon.",
     "The board of elections said that the candidate was eligible to appear on the ballot in March.",
     "Springfield Board of Elections"),
    ("The complaint was sent to the Federal Maritime Commission in the spring.",
     "The commission said that the port fees broke no rule of the trade agreement.",
     "Federal Maritime Commission"),
])
def test_the_board_is_the_one_board_named_before(nlp, first, later, name):
    got = _named(nlp, first, later)
    assert [(a.source, a.source_confidence >= 0.8) for a in got] == [(name, True)]


@pytest.mark.parametrize("first", [
    # two boards named: "the board" could be either
    "The challenge went to the Springfield Board of Elections and then to the Illinois Board of Health.",
    # no body named with the word: the committee is not the institutes
    "The National Institutes of Health found that the drug cut deaths by a third in a large trial.",
])
def test_the_board_is_left_unsure_when_no_single_body_fits(nlp, first):
    noun = "committee" if "Institutes" in first else "board"
    got = _named(nlp, first, f"The {noun} said that the candidate was eligible to appear on the ballot in March.")
    assert len(got) == 1 and got[0].source_confidence < 0.8, [(a.source, a.source_confidence) for a in got]


# the whole-name rule above went too far, found on the shared gold articles (source accuracy .94 → .91): a person
# speaking for a body the tagger read as one organisation with her, and a name running into its bracket

@pytest.mark.parametrize("sentence, name", [
    ("Nora Quist for Harbour Standards Authority says they are looking at new rules on the sea wall.", "Nora Quist"),
    ("The World Harbour Organisation (WHO) says every town should check its sea wall each year.",
     "World Harbour Organisation"),
])
def test_the_whole_name_stops_at_a_person_and_at_a_bracket(nlp, sentence, name):
    got = _sources(nlp, sentence)
    assert got and got[0][0] == name, got
