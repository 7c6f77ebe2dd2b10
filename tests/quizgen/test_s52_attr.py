"""Attribution in short lessons: more sure claims asked, none doubtful (stop 52).

Constructed sentences only. A speaker the ledger surely resolves from a lower-case "he" is named by the
short-answer item as by "who said …?"; a person's "pointed out"/"revealed" and a body's "reported" are cues of
saying; a quotation whose later sentence holds a "he" is asked by its sentences before that one; "And yet it …"
opens on a pronoun pointing outside the claim; the name loop passes over an item spread() would drop.
"""
from __future__ import annotations

from dataclasses import replace

from factories import plain_article
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx, _ents

from quizgen.generate.attribution import (
    commitment_claim,
    name_the_source,
    same_speaker_sentence,
    speech_cue,
    starts_with_context,
    who_phrase,
    who_said,
)
from quizgen.model import Span

HARBOR = ("Harbor dispute\n\n"
          "The council met on Monday to discuss the harbor fees.\n\n"
          "Tom Haas, the harbor master, spoke to the council after the vote. \"We will fight this plan in court "
          "for as long as it takes,\" he said.\n\n"
          "\"The harbor belongs to the town,\" Mary Cole said.\n\n"
          "\"Nobody asked the fishermen before the vote,\" Ann Diaz said.\n\n"
          "\"The council should listen to the people who live here,\" Sam Ruiz said.\n")
HAAS = "We will fight this plan in court for as long as it takes"


def _harbor(text=HARBOR, content=HAAS, source_text="he", confidence=0.85, cue="said", direct=True,
            kind="person"):
    a = plain_article(text)
    first = _att(a, "Tom Haas", kind, "Tom Haas", cue, content, direct=direct, source_confidence=confidence,
                 cue_after=a.text.index(f" {source_text} said") + 1)
    at = a.text.index(f" {source_text} said") + 1  # the mention at the cue ("he said"), not the name before
    first = replace(first, source_text=source_text, source_span=Span(at, at + len(source_text), source_text))
    atts = [first]
    for name, words in (("Mary Cole", "The harbor belongs to the town"),
                        ("Ann Diaz", "Nobody asked the fishermen before the vote"),
                        ("Sam Ruiz", "The council should listen to the people who live here")):
        atts.append(_att(a, name, "person", name, "said", words, direct=True))
    ents = _ents(a, "PERSON", "Tom Haas", "Mary Cole", "Ann Diaz", "Sam Ruiz")
    return _ctx(a, atts, entities=ents), first


def test_a_sure_lower_case_he_is_named_by_the_short_answer():
    ctx, att = _harbor()
    it = name_the_source(ctx, att)
    assert it is not None
    assert it.answer[0] == "Tom Haas" and "Haas" in it.answer
    assert it.stem.startswith("According to ¶2, who said, \"We will fight this plan in court")
    assert any("Tom Haas" in sup.text for sup in it.support)  # the cited passage names him


def test_an_unsure_he_and_a_group_get_no_short_answer():
    ctx, att = _harbor(confidence=0.75)
    assert name_the_source(ctx, att) is None  # the ledger's unsure "he": no name keyed
    text = HARBOR.replace("he said.", "his lawyers said.")
    ctx, att = _harbor(text=text, source_text="his lawyers")
    assert name_the_source(ctx, att) is None  # a group's lower-case head, as before


def test_cues_of_making_known():
    ctx, att = _harbor()
    assert speech_cue(replace(att, cue="pointed out"))
    assert speech_cue(replace(att, cue="revealed"))
    assert speech_cue(replace(att, cue="has emphasized"))
    assert not speech_cue(replace(att, cue="pointed out", source_kind="document"))  # a person's cue only
    assert speech_cue(replace(att, cue="reported", source_kind="organisation"))
    assert speech_cue(replace(att, cue="concluded", source_kind="government"))
    assert not speech_cue(replace(att, cue="shows", source_kind="document"))  # figures show: no one's words
    assert speech_cue(replace(att, cue="released a statement saying"))
    assert speech_cue(replace(att, cue="issued a statement Tuesday saying"))
    assert not speech_cue(replace(att, cue="released a statement saying", source_kind="document"))


MARINA = ("Marina vote\n\n"
          "The council met on Monday to discuss the marina.\n\n"
          "Lena Ortiz pointed out that the marina has lost money in every one of the last five years.\n\n"
          "\"The harbor belongs to the town,\" Mary Cole said.\n\n"
          "\"Nobody asked the fishermen before the vote,\" Ann Diaz said.\n\n"
          "\"The council should listen to the people who live here,\" Sam Ruiz said.\n")


def test_a_person_who_pointed_out_is_asked_who():
    a = plain_article(MARINA)
    att = _att(a, "Lena Ortiz", "person", "Lena Ortiz", "pointed out",
               "the marina has lost money in every one of the last five years")
    atts = [att] + [_att(a, n, "person", n, "said", w, direct=True) for n, w in (
        ("Mary Cole", "The harbor belongs to the town"), ("Ann Diaz", "Nobody asked the fishermen before the vote"),
        ("Sam Ruiz", "The council should listen to the people who live here"))]
    ctx = _ctx(a, atts, entities=_ents(a, "PERSON", "Lena Ortiz", "Mary Cole", "Ann Diaz", "Sam Ruiz"))
    it = who_said(ctx, att)
    assert it is not None and it.options[it.answer] == "Lena Ortiz"
    assert "who pointed out that the marina has lost money" in it.stem


BOARD = ("Board report\n\n"
         "The board met on Monday to discuss the fees.\n\n"
         "Mary Cole spoke after the meeting. \"The board settled the fee questions. Its report answered every "
         "complaint. The findings showed his claims were false,\" Mary Cole said.\n\n"
         "\"Nobody asked the fishermen before the vote,\" Ann Diaz said.\n\n"
         "\"The council should listen to the people who live here,\" Sam Ruiz said.\n\n"
         "\"We will fight this plan in court,\" Tom Haas said.\n")
COLE = ("The board settled the fee questions. Its report answered every complaint. "
        "The findings showed his claims were false")


def _board(text=BOARD, content=COLE):
    a = plain_article(text)
    att = _att(a, "Mary Cole", "person", "Mary Cole", "said", content, direct=True,
               after=text.index("spoke after"))
    atts = [att] + [_att(a, n, "person", n, "said", w, direct=True) for n, w in (
        ("Ann Diaz", "Nobody asked the fishermen before the vote"),
        ("Sam Ruiz", "The council should listen to the people who live here"),
        ("Tom Haas", "We will fight this plan in court"))]
    return _ctx(a, atts, entities=_ents(a, "PERSON", "Mary Cole", "Ann Diaz", "Sam Ruiz", "Tom Haas")), att


def test_a_quotation_is_cut_before_its_sentence_with_his():
    ctx, att = _board()
    # whole, the quotation fits the stem: only its "his" kept it out
    assert who_phrase(ctx, att) == 'said, "The board settled the fee questions. Its report answered every complaint…"'


def test_a_quotation_whose_first_sentence_holds_his_is_not_cut():
    first = "The board settled his fee questions"
    ctx, att = _board(BOARD.replace("The board settled the fee questions", first),
                      COLE.replace("The board settled the fee questions", first))
    assert who_phrase(ctx, att) is None


def test_and_yet_it_leans_outside_the_claim():
    assert starts_with_context("And yet it would seal the deal for the mayor")
    assert starts_with_context("Yet it would seal the deal for the mayor")
    assert not starts_with_context("And yet the vote would seal the deal for the mayor")


def test_the_name_loop_passes_over_an_item_on_the_same_persons_sentence():
    ctx, att = _harbor()
    named = name_the_source(ctx, att)
    assert named is not None
    other = who_said(ctx, att)  # an item keyed to Tom Haas on the same quotation
    assert other is not None
    assert same_speaker_sentence(ctx, [(other, att)], named, att)
    cole = ctx.analysis.attributions[1]
    assert not same_speaker_sentence(ctx, [(other, cole)], named, att)  # another person's item: no clash


def test_a_middle_initial_is_no_part_of_the_first_and_last_name():
    text = HARBOR.replace("Tom Haas, the harbor master", "Tom R. Haas, the harbor master")
    a = plain_article(text)
    att = _att(a, "Tom R. Haas", "person", "Tom R. Haas", "said", HAAS, direct=True, source_confidence=0.85,
               cue_after=a.text.index(" he said") + 1)
    at = a.text.index(" he said") + 1
    att = replace(att, source_text="he", source_span=Span(at, at + 2, "he"))
    atts = [att] + [_att(a, n, "person", n, "said", w, direct=True) for n, w in (
        ("Mary Cole", "The harbor belongs to the town"), ("Ann Diaz", "Nobody asked the fishermen before the vote"))]
    ctx = _ctx(a, atts, entities=_ents(a, "PERSON", "Tom R. Haas", "Mary Cole", "Ann Diaz"))
    it = name_the_source(ctx, att)
    assert it is not None
    assert "Tom R. Haas" in it.answer and "Tom Haas" in it.answer


PIER = ("Pier vote\n\n"
        "The council met on Monday to discuss the old pier.\n\n"
        "Lena Ortiz pledged to rebuild the old pier before the summer season.\n\n"
        "Tom Haas pledged to leave such spending untouched for a whole year.\n\n"
        "\"The harbor belongs to the town,\" Mary Cole said.\n\n"
        "\"Nobody asked the fishermen before the vote,\" Ann Diaz said.\n\n"
        "\"The council should listen to the people who live here,\" Sam Ruiz said.\n")


def _pier():
    a = plain_article(PIER)
    ortiz = _att(a, "Lena Ortiz", "person", "Lena Ortiz", "pledged", "to rebuild the old pier before the summer season")
    haas = _att(a, "Tom Haas", "person", "Tom Haas", "pledged", "to leave such spending untouched for a whole year")
    atts = [ortiz, haas] + [_att(a, n, "person", n, "said", w, direct=True) for n, w in (
        ("Mary Cole", "The harbor belongs to the town"), ("Ann Diaz", "Nobody asked the fishermen before the vote"),
        ("Sam Ruiz", "The council should listen to the people who live here"))]
    ents = _ents(a, "PERSON", "Lena Ortiz", "Tom Haas", "Mary Cole", "Ann Diaz", "Sam Ruiz")
    return _ctx(a, atts, entities=ents), ortiz, haas


def test_a_pledge_to_do_something_is_asked_who():
    ctx, ortiz, haas = _pier()
    assert commitment_claim(ortiz)
    it = who_said(ctx, ortiz)
    assert it is not None and it.options[it.answer] == "Lena Ortiz"
    assert "who pledged to rebuild the old pier before the summer season" in it.stem


def test_a_pledge_pointing_outside_itself_or_a_bare_infinitive_elsewhere_is_not():
    ctx, ortiz, haas = _pier()
    assert not commitment_claim(haas)  # "such spending": which?
    assert not commitment_claim(replace(ortiz, cue="said"))  # "said to rebuild …": no pledge's complement
    assert not commitment_claim(replace(ortiz, source_kind="organisation"))
