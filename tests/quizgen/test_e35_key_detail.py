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


def test_a_number_inside_a_name_of_the_form_group_of_is_trivia():
    # judged blind on J35: "Putin met during a Group of ______ meeting in China" keyed "20"
    from quizgen.generate.key_detail import trivia
    s = "Obama and Putin met during a Group of 20 meeting in China on Monday."
    at = s.index("20")
    assert trivia(s, at, at + 2)
    s = "The council voted 20 to 3 for the plan, a group of 20 residents said."
    at = s.rindex("20")
    assert not trivia(s, at, at + 2)  # "a group of 20 residents": a count


def test_a_cloze_never_cuts_a_name_in_two():
    # judged blind on J35: "…Clinton, the presidential candidate's daughter, … worked for ______" for Chelsea
    # Clinton read as the candidate herself
    from quizgen.generate.base import cloze
    text = ("Like many other children of famous parents, Chelsea Clinton, the presidential candidate's daughter, "
            "also worked for NBC News, although she left in 2014.")
    at = text.index("NBC News")
    out = cloze(text, at, at + len("NBC News"), window=8)
    assert out.startswith("…Chelsea Clinton,"), out
    out = cloze("One two three four five six seven eight nine ten eleven twelve", 0, 3, window=4)
    assert out.startswith("______"), out
