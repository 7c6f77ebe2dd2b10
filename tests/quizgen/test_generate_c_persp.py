"""Perspective shapes judged blind on set C, each on a constructed article: a missing voice naming a
party the article does hear (a reply given in person after a paragraph on a written editorial; a
"senator" by description who declined one question while quoted in that paragraph); "X makes claims
about Y" when X only praises Y; a trust-a-source model answer pointing to paragraphs chosen by shared
words, and a trust item made on an expressed concern."""
from __future__ import annotations

from dataclasses import replace

from factories import claim as _att
from factories import entities_at as _ents
from factories import plain_article
from factories import sentence_context as _ctx

from quizgen.generate.perspective import missing_voice, trust_source
from quizgen.model import Conflict


def _missing(text, atts, people):
    a = plain_article(text)
    return missing_voice(_ctx(a, atts(a), _ents(a, "PERSON", *people)))


# 1. The accused answered in person ("he said") after a paragraph on what an editorial board wrote.
EDITORIAL = ("Mayor's camp to hand out paper's attack on rival\n\n"
             "The Dover Star accused Nell Fane of running a campaign built on fiction.\n\n"
             "Aides to Mayor Ray Cobb said volunteers would hand out copies of the piece.\n\n"
             "\u201cShe sells a story the town wants to hear,\u201d the paper's board wrote of Nell Fane.\n\n"
             "On Friday, Fane hit back at a breakfast. \u201cAsk where these editors were when the mill closed,"
             "\u201d she said.\n\n"
             "The paper then accused Fane of dodging the question of cost.\n")


def _editorial_atts(a):
    return [_att(a, "Ray Cobb", "person", "Aides to Mayor Ray Cobb", "said",
                 "volunteers would hand out copies of the piece"),
            _att(a, "Nell Fane", "person", "she", "said",
                 "Ask where these editors were when the mill closed", direct=True,
                 after=a.text.index("On Friday"))]


def test_the_accused_who_replied_in_person_is_never_said_to_give_no_reply():
    item = _missing(EDITORIAL, _editorial_atts, ("Nell Fane", "Fane", "Ray Cobb"))
    assert item is None or "no reply from Nell Fane" not in item.answer[0], item.answer


# 2. "The Ohio senator would not say …" in a paragraph where Senator Jon Pole is quoted: Pole is heard.
COURT = ("Candidate demands judge quit over remarks\n\n"
         "Candidate Amy Roe demanded that Judge Ida Vail resign after Vail criticised her in an interview.\n\n"
         "Roe said Vail had shamed the court with her remarks.\n\n"
         "Senator Jon Pole said he agreed with Vail's remarks. The Ohio senator would not say whether a "
         "sitting judge should criticise a candidate.\n\n"
         "A court spokeswoman did not respond to a request for comment.\n")


def _court_atts(a):
    return [_att(a, "Amy Roe", "person", "Roe", "said", "Vail had shamed the court with her remarks"),
            _att(a, "Jon Pole", "person", "Senator Jon Pole", "said", "he agreed with Vail's remarks")]


def test_a_person_by_description_who_declined_one_question_beside_his_own_words_is_no_missing_voice():
    item = _missing(COURT, _court_atts, ("Amy Roe", "Roe", "Ida Vail", "Vail", "Jon Pole"))
    assert item is None or "Ohio senator" not in item.answer[0], item.answer


# 3. Praise asks for no reply: a governor calling a man "the epitome" of courage charges him with nothing.
PRAISE = ("Network founder leaves after lawsuit\n\n"
          "Gus Hale stepped down as head of the network after a lawsuit was filed against him.\n\n"
          "\u201cGus Hale is the epitome of a man with the guts to say what people think,\u201d said Gov. Lou "
          "Marr, who hired Hale for his campaigns.\n\n"
          "Hale built the network over twenty years. Hale's exit leaves the network's future unclear.\n\n"
          "Producer Kim Toll said Gus Hale ran every part of the network himself.\n")


def _praise_atts(a):
    return [_att(a, "Lou Marr", "person", "Gov. Lou Marr", "said",
                 "Gus Hale is the epitome of a man with the guts to say what people think", direct=True),
            _att(a, "Kim Toll", "person", "Producer Kim Toll", "said",
                 "Gus Hale ran every part of the network himself")]


def test_praise_is_never_a_claim_the_praised_must_answer():
    item = _missing(PRAISE, _praise_atts, ("Gus Hale", "Hale", "Lou Marr", "Kim Toll"))
    assert item is None or "Lou Marr makes claims about" not in item.answer[0], item.answer


# 4-5. Trust a source: only paragraphs the ledger links to the claim; never on an expressed concern.
RACE = ("Rivals brace for close primary\n\n"
        "Campaign manager Zoe Lark said: \u201cOur candidate will win the northern counties by a wide margin.\u201d\n\n"
        "In the other party, Tom Vick held a wide lead in the northern counties and looked set to win.\n\n"
        "Pollster Ben Ash said the rival candidate led in the northern counties by ten points.\n")


def _race(direct_claim="Our candidate will win the northern counties by a wide margin."):
    a = plain_article(RACE.replace("Our candidate will win the northern counties by a wide margin.", direct_claim))
    atts = [_att(a, "Zoe Lark", "person", "Campaign manager Zoe Lark", "said", direct_claim, direct=True),
            _att(a, "Ben Ash", "person", "Pollster Ben Ash", "said",
                 "the rival candidate led in the northern counties by ten points")]
    return a, atts


def test_trust_model_answer_names_no_paragraph_picked_by_shared_words_alone():
    a, atts = _race()
    item = trust_source(_ctx(a, atts))
    assert item is not None
    model = item.answer[0]
    assert "¶2" not in model and "¶3" not in model  # another party's race; the poll is not linked in the ledger
    assert "the rest of the article" in model


def test_trust_model_answer_names_the_paragraph_the_ledger_says_conflicts_with_the_claim():
    a, atts = _race()
    ctx = _ctx(a, atts)
    ctx = replace(ctx, analysis=replace(ctx.analysis, conflicts=(Conflict(0, 1, "disagree"),)))
    model = trust_source(ctx).answer[0]
    assert "¶3 (\"Pollster Ben Ash said the rival candidate led" in model and "¶2" not in model


def test_no_trust_item_on_an_expressed_concern():
    a, atts = _race("The worry would be that the northern counties vote early. We want every vote counted.")
    assert trust_source(_ctx(a, atts)) is None
