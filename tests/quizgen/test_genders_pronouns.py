"""Who "he"/"she" is when the article names people of both sexes: a common given name tells a person's
sex when the article itself does not (Mr./Mrs., "spokeswoman", her own "she" tell it first), so a
woman's '"...," she wrote' is never credited to a man named between her quotations. Sure only under
the strict conditions of resolve._certain_pronoun. Constructed texts."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.analysis.attributions.firstnames import given_name_gender
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def pronoun_claims(nlp, *paragraphs: str):
    text = "Columnist Leaves A Last Word\n\n" + "\n\n".join([FILLER, *paragraphs])
    analysis = analyse(article_from_text(text), nlp=nlp)
    return [a for a in analysis.attributions
            if a.paragraph >= 2 and a.source_text.strip().lower() in ("he", "she")]


def show(found):
    return [(a.source, a.source_text, round(a.source_confidence, 2), a.content) for a in found]


def one(nlp, paragraphs, words):
    found = [a for a in pronoun_claims(nlp, *paragraphs) if words in a.content]
    assert len(found) == 1, show(pronoun_claims(nlp, *paragraphs))
    return found[0]


@pytest.mark.parametrize("name,gender", [
    ("Donald Trump", "m"), ("Mikhail Gorbachev", "m"), ("Phyllis Schlafly", "f"), ("Hillary Clinton", "f"),
    ("Sen. Bernie Sanders", "m"), ("Gov. Nikki Haley", "f"), ("Nancy Pelosi", "f"),
    # a title is not a given name; a lone word may be a surname ("Warren"); unisex names tell nothing
    ("Sen. Warren", None), ("Warren", None), ("Jordan Peterson", None), ("Taylor Swift", None),
    ("Casey Brand", None), ("Kim Lee", None), ("Jean Moreau", None), ("Dana Ortiz", None), ("Robin Hale", None),
])
def test_given_name_table(name, gender):
    assert given_name_gender(name) == gender


SCHLAFLY = [
    "Conservative writer Norma Vance used her final column to praise Donald Trump. Vance died on Monday.",
    '"He is the leader this country has waited for," she wrote.',
    "The column recalled the meeting between Ronald Reagan and Soviet leader Mikhail Gorbachev in Iceland. "
    "Norma Vance had followed the talks closely.",
    '"Our side won that day because we did not blink," she wrote.',
    "Donald Trump praised the column on Tuesday. He acknowledged her backing in a short message.",
    "Norma Vance was remembered by her readers.",
    '"He will not let the voters down," she wrote.',
]


@pytest.mark.parametrize("words", ["leader this country", "did not blink", "not let the voters down"])
def test_she_wrote_is_the_woman_not_the_men_named_between(nlp, words):
    found = one(nlp, SCHLAFLY, words)
    assert found.source == "Norma Vance", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])


def test_a_lone_surname_between_leaves_her_unsure(nlp):
    # "Reagan" alone may be a woman (Nancy Reagan): "she" is Norma Vance, but not surely
    paragraphs = [*SCHLAFLY[:2], SCHLAFLY[2].replace("Ronald Reagan", "Reagan"), SCHLAFLY[3]]
    found = one(nlp, paragraphs, "did not blink")
    assert found.source == "Norma Vance" and found.source_confidence < CONFIDENT, show([found])


def test_she_wrote_with_only_men_named_since_her_last_quotation(nlp):
    # she is not named again before this one: not Trump, not Gorbachev; her, but not surely
    paragraphs = [*SCHLAFLY[:4], "Donald Trump praised the column on Tuesday. He acknowledged her backing.",
                  '"He will not let the voters down," she wrote.']
    found = one(nlp, paragraphs, "not let the voters down")
    assert found.source in ("Norma Vance", ""), show([found])


def test_a_man_named_between_is_not_she(nlp):
    found = one(nlp, ["Ms. Anna Berg opened the meeting. Later Peter Lund spoke to the press. "
                      "She said the library would stay open."], "library would stay open")
    assert found.source == "Anna Berg", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])


def test_a_unisex_given_name_tells_nothing(nlp):
    # Jordan may be "she": the one woman is not surely the speaker
    found = one(nlp, ["Ms. Anna Berg opened the meeting. Later Jordan Blake spoke to the press. "
                      "She said the library would stay open."], "library would stay open")
    assert found.source_confidence < CONFIDENT, show([found])


def test_the_article_beats_the_name_list(nlp):
    # "Mrs." says Donald Hale is a woman here (the name list would say a man)
    found = one(nlp, ["Mrs. Donald Hale opened the meeting. Mr. Peter Lund left early. "
                      "She said the library would stay open."], "library would stay open")
    assert found.source == "Donald Hale", show([found])


def nobody_surely(nlp, paragraphs, words, wrong):
    found = [a for a in pronoun_claims(nlp, *paragraphs) if words in a.content]
    assert all(a.source != wrong and a.source_confidence < CONFIDENT for a in found), show(found)


def test_a_male_named_speaker_is_not_a_later_she(nlp):
    # no woman named: "she" is nobody the ledger can name (the claim is left out), never Peter Lund
    nobody_surely(nlp, ["Peter Lund said the budget was fair.", FILLER, "She said the library would stay open."],
                  "library would stay open", "Peter Lund")


def test_he_after_a_woman_senator_is_not_her(nlp):
    nobody_surely(nlp, ["Sen. Mary Holt spoke for an hour on Monday. He said the library would stay open."],
                  "library would stay open", "Mary Holt")
