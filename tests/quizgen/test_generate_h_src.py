"""More sure source-evaluation items (all texts constructed): a certainty item for a long named
claim and for the first sentence of a quotation that runs on past "X said."; none for a quotation
that is a piece of the reporter's sentence; a kind-of-source item for each source, never with the
source cut off its stem; a news-report evidence item whose outlet's own "reported" keeps an
official's statement and an expert's opinion as distractors."""
from __future__ import annotations

import random

from factories import attribution as _att
from factories import plain_analysis, plain_article, span_at

from quizgen.generate import certainty, evidence, sourcing
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Evidence


def _ctx(article, atts, **kw):
    analysis = plain_analysis(article, attributions=tuple(atts), **kw)
    return Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS))


def _mc(items):
    return [it for it in items if it.kind == "multiple_choice"]


def test_a_long_named_claim_is_asked_about_whole():
    text = ("Dam plans approved\n\n"
            "Mara Quist, the county engineer, said the new dam on the Orle River will hold back the spring "
            "floods that have swamped the lower town for three years in a row.\n")
    article = plain_article(text)
    claim = ("the new dam on the Orle River will hold back the spring floods that have swamped the lower town "
             "for three years in a row")
    items = _mc(certainty.generate(_ctx(article, [_att(article, "Mara Quist", "Mara Quist", "said", [claim])])))
    assert len(items) == 1
    assert "will hold back the spring floods that have swamped the lower town for three years in a row" in items[0].stem
    assert items[0].options[items[0].answer] == certainty.NAMED


def test_a_quotation_running_past_said_is_asked_about_by_its_first_sentence():
    text = ("Dam inspection\n\n"
            "\"The new dam on the Orle River is safe for the town,\" engineer Mara Quist said. \"Her team "
            "checked every gate twice last spring.\"\n")
    article = plain_article(text)
    att = _att(article, "Mara Quist", "Mara Quist", "said",
               ["The new dam on the Orle River is safe for the town",
                "Her team checked every gate twice last spring."], direct=True)
    items = _mc(certainty.generate(_ctx(article, [att])))
    assert len(items) == 1
    assert "\"The new dam on the Orle River is safe for the town\"" in items[0].stem
    assert "checked every gate" not in items[0].stem
    assert items[0].options[items[0].answer] == certainty.NAMED


def test_a_quotation_the_reporters_sentence_runs_on_past_is_no_claim():
    text = ("Dam inspection\n\n"
            "Engineer Mara Quist said: \"In hindsight, whatever the council decides, we should have seen\" the "
            "cracks in the wall much sooner.\n")
    article = plain_article(text)
    att = _att(article, "Mara Quist", "Mara Quist", "said",
               ["In hindsight, whatever the council decides, we should have seen"], direct=True)
    assert _mc(certainty.generate(_ctx(article, [att]))) == []


def test_a_quoted_piece_opening_mid_clause_is_no_claim():
    text = ("Dam inspection\n\n"
            "Engineer Mara Quist apologised for the reports, saying they were old and have \"nothing to do with "
            "the dam the town relies on today, and nothing to do with the new gates.\"\n")
    article = plain_article(text)
    att = _att(article, "Mara Quist", "Mara Quist", "saying",
               ["nothing to do with the dam the town relies on today, and nothing to do with the new gates."],
               direct=True)
    assert _mc(certainty.generate(_ctx(article, [att]))) == []


def test_each_official_gets_a_kind_of_source_item():
    text = ("Harbour reopens\n\n"
            "Harbour Minister Tomas Reyl said the north quay will reopen to fishing boats on Monday morning.\n\n"
            "Port Secretary Elin Varga said the new cranes at the south quay have doubled the daily cargo.\n")
    article = plain_article(text)
    atts = [_att(article, "Tomas Reyl", "Tomas Reyl", "said",
                 ["the north quay will reopen to fishing boats on Monday morning"]),
            _att(article, "Elin Varga", "Elin Varga", "said",
                 ["the new cranes at the south quay have doubled the daily cargo"], start=text.index("Port"))]
    items = sourcing.kind_of_source(_ctx(article, atts))
    assert len(items) == 2
    assert {it.options[it.answer] for it in items} == {sourcing.OFFICIAL}
    assert {it.support[0].paragraph for it in items} == {1, 2}


def test_no_kind_of_source_item_when_the_stem_would_cut_off_the_source():
    claim = ("in a message posted in May, hours after the fire at the old timber yard beside the river, the account "
             "blamed the owners of the yard for the blaze, for the smoke over the school and for the damage "
             "to the homes on Mill Lane and Water Street that week")
    text = ("Yard fire\n\n"
            f"{claim[0].upper()}{claim[1:]}, according to a report from the River Safety Group.\n")
    article = plain_article(text)
    att = _att(article, "report", "a report", "according to", [f"{claim[0].upper()}{claim[1:]}"], kind="document")
    assert sourcing.kind_of_source(_ctx(article, [att])) == []


def test_a_news_report_keeps_an_officials_statement_as_a_distractor():
    text = ("Bridge closed\n\n"
            "The county closed the old bridge on Elm Road after the spring floods damaged its supports, the "
            "Valley Courier reported.\n")
    article = plain_article(text)
    claim = "The county closed the old bridge on Elm Road after the spring floods damaged its supports"
    att = _att(article, "Valley Courier", "Valley Courier", "reported", [claim], kind="news_outlet")
    ev = Evidence("news report", span_at(article, "the Valley Courier reported"), 1, confidence=0.9)
    items = evidence.generate(_ctx(article, [att], evidence=(ev,)))
    assert len(items) == 1
    it = items[0]
    # judged blind (set D): the usual label's words in the stem gave it away; reworded then
    assert it.options[it.answer] in evidence._KEY_LABELS["news report"]
    assert evidence.LABELS["testimony"] not in it.options  # the outlet's reporter may have been there
    assert evidence.LABELS["official statement"] in it.options or evidence.LABELS["expert"] in it.options


def test_two_reported_clauses_joined_by_and_that_are_no_one_claim():
    text = ("Dam inspection\n\n"
            "Engineer Mara Quist noted that \"the gates on the north side are still untested by the crews\" and "
            "that, \"The town can be confident the dam will hold this spring.\"\n")
    article = plain_article(text)
    att = _att(article, "Mara Quist", "Mara Quist", "noted",
               ["the gates on the north side are still untested by the crews\" and that, \"The town can be "
                "confident the dam will hold this spring."], direct=True)
    assert _mc(certainty.generate(_ctx(article, [att]))) == []
