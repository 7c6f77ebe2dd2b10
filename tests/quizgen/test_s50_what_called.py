"""Attribution, session 50 (judged blind on the kept-aside k=6 set): "… to denounce what Malcolm Turnbull called
North Korea's 'reckless, provocative, dangerous' actions" was asked "According to ¶15, who called North Korea's
'reckless, provocative, dangerous' actions?", a stem with no complement. Constructed articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates


def _who_called(nlp, sentence: str) -> list[str]:
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [
        COUNCIL_FILLER, "Mayor Tom Reyes said on Monday that the council would vote on the harbour plan next month.",
        sentence, "Reyes said the vote would go ahead as planned, whatever the critics said at the meeting."],
        ["attribution"])
    return [it.stem for it in items if it.kind == "short_answer" and "who called" in it.stem]


def test_what_x_called_gives_no_who_called_stem(nlp):
    got = _who_called(nlp, "Other leaders used particularly blunt language to denounce what Ruritanian Prime "
                           "Minister Tom Hale called Borduria's \"reckless, provocative, dangerous\" actions.")
    assert got == [], got


def test_x_called_y_z_is_still_asked(nlp):
    got = _who_called(nlp, "Harbour Trust chair Nora Hale called the council's plan \"reckless, costly and "
                           "dangerous\" at a meeting on Tuesday.")
    assert got, "no who-called item"
