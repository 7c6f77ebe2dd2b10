"""How sure the ledger is of a "he"/"she" source: sure enough to key a question on (CONFIDENT) only when
the article leaves no doubt who it is; below it whenever another person might be meant."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def pronoun_claims(nlp, *paragraphs: str):
    text = "Council Budget Row Deepens\n\n" + "\n\n".join([FILLER, *paragraphs])
    analysis = analyse(article_from_text(text), nlp=nlp)
    return [a for a in analysis.attributions
            if a.paragraph >= 2 and a.source_text.strip().lower() in ("he", "she")]


def show(found):
    return [(a.source, a.source_text, round(a.source_confidence, 2), a.content) for a in found]


@pytest.mark.parametrize("paragraphs,speaker,words", [
    # the quotation goes on after the sentence that named its speaker
    (['Councillor Tom Hale said the budget was fair. "We will keep the library open," he said.'],
     "Tom Hale", "library open"),
    # a name in what the speaker said is no other speaker
    (['Councillor Tom Hale said the vote would start with Peter Lund. "There is no reason to wait," he said.'],
     "Tom Hale", "no reason to wait"),
    # across a paragraph break, with no one else in between; the speaker's gender need not be known
    (['"The library must stay open," said Lin Mei, who runs the reading group.',
      '"We have asked for a meeting," she said.'], "Lin Mei", "asked for a meeting"),
    # the one woman named: a title tells who is who
    (["Mr. Tom Hale and Ms. Anna Berg met the press on Monday. She said the budget was fair."],
     "Anna Berg", "budget was fair"),
    # a gendered noun tells it
    (["Anna Berg, a council spokeswoman, answered questions for an hour. Mr. Tom Hale left early. "
      "She said the tests were old."], "Anna Berg", "tests were old"),
])
def test_a_certain_pronoun_is_sure(nlp, paragraphs, speaker, words):
    found = [a for a in pronoun_claims(nlp, *paragraphs) if words in a.content]
    assert len(found) == 1, show(found)
    assert found[0].source == speaker and found[0].source_confidence >= CONFIDENT, show(found)


@pytest.mark.parametrize("paragraphs", [
    # two women named: either may be "she"
    ["Ms. Anna Berg met Ms. Jane Roe on Monday. She said the budget was fair."],
    # a name the article gives no gender: "she" may be someone else
    ["Anna Berg met the council on Monday. She said the budget was fair."],
    # another speaker named between the quoted one and the pronoun
    ['"We will win the vote," said Tom Hale. Peter Lund disagreed. "It will fail," he said.'],
    # someone unnamed in between, whom "he" may well be
    ["Councillor Tom Hale said the budget was fair.",
     "The council's treasurer disagreed, saying the figures were old.",
     '"We cannot pay for it," he said.'],
    # the last speaker, of a gender the article never tells, and another person just named (the
    # spokeswoman a Trump "he" was once given to)
    ["Lin Mei said the mayor had not answered the letter.",
     'Tom Hale has not always praised the plan. He says he "loves the library" but wants it shut.'],
    # the speaker named only after the pronoun
    ["Ms. Anna Berg opened the meeting.", FILLER,
     "Later she said the library would stay open, as Ms. Anna Berg had promised in the spring."],
    # a quotation that names its supposed speaker: someone else is speaking of him
    ['Councillor Tom Hale said the plan was fair. "Tom Hale has never lost a vote here," he said.'],
])
def test_a_doubtful_pronoun_stays_unsure(nlp, paragraphs):
    found = pronoun_claims(nlp, *paragraphs)
    assert found, "no pronoun claim found"
    assert all(a.source_confidence < CONFIDENT for a in found), show(found)
