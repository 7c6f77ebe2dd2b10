"""Shapes judged blind on K32 (kept-aside PolNeAR train articles): a dated paper is a study, not the news
outlet the article named before it; a gap stem never opens on a quotation's closing mark."""
from __future__ import annotations

from test_speaker_errors import ledger, show


def test_the_dated_paper_is_the_study_not_the_last_news_outlet(nlp):
    # judged blind (K32): "according to the 2009 paper" (a think tank's report named in the paragraph before)
    # keyed "a news outlet", read as the newspaper of a reporter the article had named earlier
    found = ledger(nlp,
                   "Reuters' Ann Roe argued that the plan was naive.",
                   "A 2009 report by the Center for Fair Budgets found that a small tax on trades would raise "
                   "$220 billion a year.",
                   "Even if the tax cut trading by half, it would still raise $110 billion a year, according to "
                   "the 2009 paper.")
    paper = [a for a in found if "110 billion" in a.content]
    assert paper, show(found)
    assert all(a.source_kind != "news_outlet" and "Reuters" not in (a.source or "") for a in paper), show(paper)


def test_the_paper_after_a_named_newspaper_is_still_that_newspaper(nlp):
    found = ledger(nlp,
                   "Reuters examined the council's accounts for a year.",
                   "The council spent twice what it had planned on the bridge, the paper reported.")
    spent = [a for a in found if "twice" in a.content]
    assert spent and spent[0].source_kind == "news_outlet" and "Reuters" in spent[0].source, show(found)


def test_a_gap_stem_never_opens_inside_a_quotation_on_its_closing_mark():
    # judged blind (K32): "Complete the detail from ¶18: "…well as Mexico' and that the U.S. Chamber …""
    from quizgen.generate.base import cloze

    text = ('In the capital, the senator endured a lecture from the president, who said that the pact has been '
            'good for "the country as well as its neighbours" and that the chamber thinks that more than 6 '
            'million jobs rely on the trade.')
    i = text.index("6 million")
    stem = cloze(text, i, i + 1)
    assert "neighbours'" not in stem and "neighbours\u2019" not in stem and 'neighbours"' not in stem
    assert stem.startswith("…and that the chamber") and "______ million jobs" in stem
    # a cut outside any quotation keeps its fourteen words
    plain = text.replace('"', "")
    j = plain.index("6 million")
    assert cloze(plain, j, j + 1).startswith("…country as well as its neighbours and")


def _gap(paragraph: int, sentence: str, start: int, answer: list[str]):
    from quizgen.generate.base import cloze, make_item
    from quizgen.model import Support

    sup = Support(paragraph, 100 * paragraph, 100 * paragraph + len(sentence), sentence)
    stem = f"Complete the detail from ¶{paragraph}: \"{cloze(sentence, start, start + len(answer[0]))}\" " \
           "Write the missing number."
    return make_item("key_detail", "short_answer", stem, [], answer, f"¶{paragraph}", [sup])


def test_a_four_digit_figure_printed_in_another_items_stem_gives_its_gap_away():
    # judged blind (K32): "… if he does not secure the ______ delegates needed to win outright" (¶3) beside
    # "… now needs ______ of remaining delegates to reach 1,237" (¶5)
    from quizgen.generate.lesson import gives_away

    first = "The senator hopes to stop the governor if he does not secure the 1,237 delegates needed to win outright."
    second = "He lost badly in the state this month, and now needs 61 percent of remaining delegates to reach 1,237."
    a = _gap(3, first, first.index("1,237"), ["1,237", "1237"])
    b = _gap(5, second, second.index("61 percent"), ["61 percent", "61"])
    assert gives_away(a, b)
    # a small number printed elsewhere is no give-away ("12" of 12 delegates beside another sentence's 12 states)
    third = "The governor won 12 delegates in the state on Tuesday after a long and costly campaign."
    fourth = "The senator has campaigned in 12 states since the summer, his aides told reporters on Monday."
    c = _gap(3, third, third.index("12"), ["12", "twelve"])
    d = _gap(7, fourth, fourth.index("summer"), ["summer"])
    assert not gives_away(c, d)
