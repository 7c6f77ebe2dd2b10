"""Perspective items on constructed articles, from the blind judging of dev set H.

The trust-a-source item ("Why might X want readers to believe this?") is made only for a whole
claim with its own subject, from a speaker with a stake the article states (not a member of the
public, not an ad), when other paragraphs bear on the claim. The missing-voice item merges spellings
of one person and names an accused person whose reply the article does not report."""
from __future__ import annotations

import random

from factories import paragraph_of as _par
from factories import people_entities as _people
from factories import plain_analysis, plain_article
from factories import span_at as _span

from quizgen.generate.base import Context
from quizgen.generate.perspective import missing_voice, trust_source
from quizgen.model import ITEM_KINDS, Attribution


def _att(article, source, source_text, cue, content, *, direct=False, kind="person", after=""):
    base = article.text.index(after, article.paragraphs[0].start) if after else article.paragraphs[0].start
    c = _span(article, content, base)
    para = article.paragraphs[_par(article, c.start) - 1]
    s = _span(article, source_text, para.start)  # the speaker named in the claim's own paragraph
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, para.start), content=content, content_spans=(c,), direct=direct,
                       paragraph=_par(article, s.start), source_confidence=0.95)



def _ctx(article, atts, names=()):
    analysis = plain_analysis(article, attributions=tuple(atts), entities=_people(article, *names))
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


# ---------------------------------------------------------------- trust a source

MAYOR = ("Mayor defends bridge tolls\n\n"
         "Mayor Dana Holt, who proposed the tolls, spoke on Monday.\n\n"
         "\"The tolls will pay for the new bridge within ten years,\" Holt said.\n\n"
         "A city audit found the bridge tolls raised less money than planned last year.\n\n"
         "Road engineers said the new bridge would need repairs within ten years.\n")


def test_an_official_s_whole_quoted_sentence_with_other_material_makes_the_item():
    art = plain_article(MAYOR)
    a = _att(art, "Dana Holt", "Holt", "said", "The tolls will pay for the new bridge within ten years",
             direct=True)
    item = trust_source(_ctx(art, [a], ["Dana Holt"]))
    assert item is not None
    assert "The tolls will pay for the new bridge within ten years" in item.stem
    assert "…" not in item.stem


def test_no_item_when_nothing_else_in_the_article_bears_on_the_claim():
    art = plain_article(MAYOR.replace("A city audit found the bridge tolls raised less money than planned last year.",
                                      "The weather was cold.")
                        .replace("Road engineers said the new bridge would need repairs within ten years.",
                                 "Schools open next week."))
    a = _att(art, "Dana Holt", "Holt", "said", "The tolls will pay for the new bridge within ten years",
             direct=True)
    assert trust_source(_ctx(art, [a], ["Dana Holt"])) is None


def test_a_claim_whose_subject_stands_before_the_speaker_makes_no_item():
    art = plain_article("Papers look for readers\n\n"
                        "Rob Pane, chief executive of the news firm Pane Media, is starting a new site.\n\n"
                        "Profit, Mr. Pane says, depends on giving readers short stories they want every day.\n\n"
                        "Readers of long stories gave the site more money than readers of short stories.\n")
    a = _att(art, "Rob Pane", "Mr. Pane", "says", "depends on giving readers short stories they want every day")
    assert trust_source(_ctx(art, [a], ["Rob Pane", "Pane"])) is None


def test_a_noun_phrase_quoted_from_an_ad_makes_no_item():
    art = plain_article("Group attacks candidate\n\n"
                        "An ad paid for by Carl Pell's group attacks Jo Ward.\n\n"
                        "The Pell ad hits Ward for taking 'forty times more money from banks than from farmers' "
                        "in the race.\n\n"
                        "Ward took money from banks and from farmers, records show.\n")
    a = _att(art, "Carl Pell", "The Pell ad", "hits", "forty times more money from banks than from farmers",
             direct=True)
    assert trust_source(_ctx(art, [a], ["Carl Pell", "Jo Ward"])) is None


def test_a_member_of_the_public_is_never_given_a_motive():
    art = plain_article("Town loses shops\n\n"
                        "Ann Vole, 67, a retiree from Dover, was shopping on Main Street.\n\n"
                        "\"Shops are closing all over town and people are losing their jobs,\" Vole said.\n\n"
                        "Town figures show shops closing and jobs lost in each of the last three years.\n")
    a = _att(art, "Ann Vole", "Vole", "said", "Shops are closing all over town and people are losing their jobs",
             direct=True)
    assert trust_source(_ctx(art, [a], ["Ann Vole"])) is None


# ---------------------------------------------------------------- missing voice

EMAILS = ("Emails show reporter helped aide\n\n"
          "Emails suggest that a TV reporter, Elsa Marbott, coordinated posts with an aide, Pete Rand.\n\n"
          "\"Great job today,\" Marbbot said to Rand in one email.\n\n"
          "Marbott was suspended last year after critics accused her of bias.\n\n"
          "Marbott wrote on Monday that the vote was a sad day.\n\n"
          "According to Tom Kerr, the emails show a reporter who posts on request.\n")


def test_a_misspelt_surname_is_merged_and_the_accused_speaker_is_named_for_her_reply():
    art = plain_article(EMAILS)
    atts = [_att(art, "Marbbot", "Marbbot", "said", "Great job today", direct=True),
            _att(art, "Elsa Marbott", "Marbott", "wrote", "the vote was a sad day", after="Marbott wrote"),
            _att(art, "Tom Kerr", "Tom Kerr", "According to", "the emails show a reporter who posts on request")]
    item = missing_voice(_ctx(art, atts, ["Elsa Marbott", "Marbott", "Marbbot", "Pete Rand", "Rand", "Tom Kerr"]))
    assert item is not None
    model = item.answer[0]
    assert "Marbbot" not in model
    assert "Elsa Marbott" in model and "accus" in model
    minimal = item.rubric[-1].description
    assert "already reports" not in minimal or "accusation" in minimal


SENATOR = ("Party hopes to win seats\n\n"
           "Greens say they have a strong new weapon this year.\n\n"
           "Sen. Bo Tarn, who runs the Green campaign arm, derided efforts by Tom Grell and Ann Sayle to keep "
           "their distance from the leader.\n\n"
           "\"We feel very good about our chances,\" Tarn said.\n\n"
           "Even Grell, chairman of the Rules Committee, and Sayle, chairman of the Budget Committee, are in "
           "trouble, Tarn said.\n")


def test_one_senator_is_not_reported_as_a_party_among_others_and_the_criticised_are_named():
    art = plain_article(SENATOR)
    atts = [_att(art, "Greens", "Greens", "say", "they have a strong new weapon this year", kind="organisation"),
            _att(art, "Bo Tarn", "Tarn", "said", "We feel very good about our chances", direct=True),
            _att(art, "Bo Tarn", "Tarn", "said", "Even Grell, chairman of the Rules Committee, and Sayle",
                 after="Even Grell")]
    item = missing_voice(_ctx(art, atts, ["Bo Tarn", "Tarn", "Tom Grell", "Grell", "Ann Sayle", "Sayle"]))
    assert item is not None
    model = item.answer[0]
    assert "Greens, among others" not in model and "views of Greens" not in model
    assert "Tom Grell" in model or "Ann Sayle" in model
