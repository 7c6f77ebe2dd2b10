"""An editor's note on the story ("Editor's note: …") is the publisher's, not the article's text: set aside, so no
question asks about it (judged blind, D5: a key-detail gap on the figure in a site's stock editor's note appended to a
story). Constructed text."""
from __future__ import annotations

import pytest

from quizgen.ingest import article_from_text
from quizgen.ingest.setaside import classify_line

BODY = ("Harbor Council Approves New Terminal\n\n"
        "The Harbor council voted on Tuesday to build a ferry terminal on the old pier, ending a debate that has "
        "lasted more than ten years.\n\n"
        "The terminal will cost $12 million and open in 2019, the harbor master said, and it will hire 40 people "
        "from the town.\n\n"
        "Residents who spoke at the meeting were divided, with fishermen worried about traffic near the market "
        "and shop owners hoping the visitors from the ferries would bring them more trade in the summer.\n\n"
        "The old pier closed in 2009 after a winter storm damaged its pilings, and the town has used the site as "
        "a car park since then, which brought in a small but steady income for the council and its schools "
        "every year.\n\n")


@pytest.mark.parametrize("note", [
    "Editor’s note: Mayor Dana Voss regularly misleads voters and has promised to close all 14 of the town's "
    "libraries.",
    "EDITOR'S NOTE: This story has been changed to correct the cost of the terminal.",
    "Editors' note — An earlier version of this article misstated the date of the vote.",
])
def test_an_editors_note_is_set_aside(note):
    article = article_from_text(BODY + note + "\n")
    assert all("note" not in p.text.lower() for p in article.paragraphs)
    assert any(note.strip() == line for line in article.set_aside)
    assert len(article.paragraphs) == 4


def test_a_sentence_about_a_note_stays():
    assert classify_line("The editor noted that the terminal would cost more than planned.") is None
    assert classify_line("Notes from the meeting show the council was divided.") is None
