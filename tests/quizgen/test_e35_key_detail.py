"""Judged blind (stop 35 early set): "…the ______ reported." keyed the Washington Post as a key detail: which
outlet reported the words is the sourcing skill's question, not a detail of the story."""
from __future__ import annotations

from quizgen.generate.key_detail import outlet_reports


def test_the_outlet_that_reported_the_words_is_no_key_detail():
    assert outlet_reports(" reported.")
    assert outlet_reports(" first reported on Monday that the board had met.")
    assert outlet_reports(" has reported that the board met.")
    assert not outlet_reports(" has covered the ferry contract for two years")
    assert not outlet_reports("'s reporter was at the meeting")


def test_the_one_who_asked_a_quoted_question_is_no_key_detail():
    # judged blind on K35: "'… why wouldn't you want to raise the potential?' asked ______, now a partner at …"
    from quizgen.generate.key_detail import asker_of_quoted_question
    assert asker_of_quoted_question("\u2018why wouldn\u2019t you want to raise the potential?\u2019 asked ")
    assert asker_of_quoted_question('"Who pays for it?" asked ')
    assert not asker_of_quoted_question("The board asked ")
    assert not asker_of_quoted_question('"We will pay for it," said ')
