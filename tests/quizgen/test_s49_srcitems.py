"""Source items on short lessons (stop 49, issue 10 point 1): a speaker's own "he" after a sentence that already
calls that speaker "he" (attribution.self_claim), and certainty items on such self claims, shown with the speaker's
surname in brackets for the pronoun ("[Reed] would ask …")."""
from __future__ import annotations

import random

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.attribution import self_claim
from quizgen.generate.base import Context
from quizgen.generate.certainty import NAMED, speaker_subject
from quizgen.generate.certainty import generate as certainty_items
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS


def _parts(nlp, *paragraphs: str):
    text = "Harbor Plan Wins Support\n\n" + "\n\n".join([COUNCIL_FILLER, *paragraphs])
    article = article_from_text(text)
    analysis = sure_claims(analyse(article, nlp=nlp))
    return analysis, Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


SAME_MAN = ("Dale Reed spoke to the harbor board on Tuesday afternoon. He also pledged to repair the old pier before "
            "the summer. Reed said he would ask the county for two new ferries next spring.")
OTHER_MAN = SAME_MAN.replace("Dale Reed spoke", "Tom Haas spoke").replace("Reed said", "Dale Reed said")


def _ferries(analysis):
    return next(a for a in analysis.attributions if a.content.startswith("he would ask the county"))


def test_a_he_before_the_name_that_points_to_the_speaker_leaves_the_claim_his(nlp):
    analysis, ctx = _parts(nlp, SAME_MAN)
    a = _ferries(analysis)
    assert self_claim(ctx, a)
    assert speaker_subject(ctx, a)


def test_a_he_before_the_name_that_points_to_another_man_keeps_the_claim_unsure(nlp):
    # "Tom Haas spoke … He also pledged … Dale Reed said he would …": the first "he" is Haas, and so may the last be
    analysis, ctx = _parts(nlp, OTHER_MAN)
    a = _ferries(analysis)
    assert not self_claim(ctx, a)
    assert not speaker_subject(ctx, a)
    assert not [it for it in certainty_items(ctx) if "two new ferries" in it.stem]


def test_a_self_claim_is_asked_how_it_is_presented_with_the_name_in_brackets(nlp):
    _, ctx = _parts(nlp, SAME_MAN)
    items = certainty_items(ctx)
    asked = [it for it in items if "two new ferries" in it.stem]
    # (the wording of the question is one of three, by the item's place among the article's: test_s51_certainty_order)
    assert [it.stem.split("claim")[-1] for it in asked] == [" from ¶2: \"[Reed] would ask the county for two new "
                                                            "ferries next spring\"?"]
    it = asked[0]
    assert it.skill == "certainty" and it.options[it.answer] == NAMED
    assert "Reed said he would" in it.support[0].text  # the passage cited shows who said it


def test_no_true_false_on_naming_the_source_when_the_name_is_in_brackets(nlp):
    # "The article names who made this claim: '[Reed] would …'": the bracketed name gives the answer away
    _, ctx = _parts(nlp, SAME_MAN)
    assert not [it for it in certainty_items(ctx) if it.kind == "true_false" and "[Reed]" in it.stem]


def test_a_possessive_self_claim_is_not_rewritten(nlp):
    # "Reed said his crew would …": "[Reed's] crew" would be a guess at the possessive's form; not asked
    analysis, ctx = _parts(nlp, SAME_MAN.replace("he would ask the county", "his crew would ask the county"))
    assert not [it for it in certainty_items(ctx) if "[Reed" in it.stem]


# "the United States" and "battleground states" name places, no one's words: a claim holding them is still one
# speaker's claim (the speech-word test took "States" for the verb "states")
def test_the_united_states_in_a_claim_is_no_other_voice(nlp):
    _, ctx = _parts(nlp, "\"The United States has sent two new ferries to the harbor for the summer,\" Mayor Ann Lee "
                         "said at the meeting on Tuesday.")
    asked = [it for it in certainty_items(ctx) if "two new ferries" in it.stem and it.skill == "certainty"]
    assert asked and asked[0].options[asked[0].answer] == NAMED


def test_a_verb_states_that_is_still_another_voice(nlp):
    _, ctx = _parts(nlp, "\"The harbor report states that the county has sent two new ferries to the harbor,\" Mayor "
                         "Ann Lee said at the meeting on Tuesday.")
    assert not [it for it in certainty_items(ctx) if "two new ferries" in it.stem]


# a quoted sentence that opens on a clause set off by a comma is whole ("If …, we …"): asked how it is presented
def test_a_quoted_sentence_opening_on_an_if_clause_is_asked_about(nlp):
    _, ctx = _parts(nlp, "\"If the county pays for the pier, we will build two new ferries before the summer,\" Mayor "
                         "Ann Lee said at the meeting on Tuesday.")
    asked = [it for it in certainty_items(ctx) if "two new ferries" in it.stem and it.skill == "certainty"]
    assert asked and asked[0].options[asked[0].answer] == NAMED
    assert "\"If the county pays for the pier, we will build" in asked[0].stem


def test_opening_then_clause_needs_a_statement_after_the_comma():
    from quizgen.generate.certainty import opening_then_clause
    from quizgen.model import Attribution, Span

    def att(content: str) -> Attribution:
        return Attribution(source="Ann Lee", source_text="Ann Lee", source_span=None, source_kind="person", cue="said",
                           cue_span=None, content=content, content_spans=(Span(0, len(content), content),),
                           direct=True, paragraph=2)
    assert opening_then_clause(att("If the county pays for the pier, we will build two new ferries"))
    assert not opening_then_clause(att("If the county pays for the pier, and the state"))  # no clause after it
    assert not opening_then_clause(att("if the county pays for the pier, we will build two new ferries"))  # cut
    assert not opening_then_clause(att("The county pays for the pier, and we will build two new ferries"))
    # a third person's pronoun points outside the quotation ("If he is elected, he wants …")
    assert not opening_then_clause(att("If he is elected mayor, he wants to build two new ferries"))
    assert not opening_then_clause(att("As far as the ferries, they will carry cars all winter"))


# an article quoting one person: "how does the article give what X said?" once keyed "quoted" and once "reported",
# on two statements of the same speaker (each form on another speaker first, when there are others)
ONE_SPEAKER = ("\"The new ferries will carry cars and bicycles across the harbor all winter,\" Mayor Ann Lee said.",
               "Lee said the county would pay for the repairs to the old pier before the summer.")


def _how_given(ctx):
    from quizgen.generate.attribution import generate as attribution_items
    mc_only = Context(ctx.article, ctx.analysis, random.Random(0), frozenset({"multiple_choice"}))
    return [it for it in attribution_items(mc_only) if "how does the article give what" in it.stem]


def test_one_speaker_is_asked_how_each_of_two_statements_is_given(nlp):
    _, ctx = _parts(nlp, *ONE_SPEAKER)
    items = _how_given(ctx)
    keys = {it.options[it.answer] for it in items}
    assert len(items) == 2, [it.stem for it in items]
    assert {it.support[0].paragraph for it in items} == {2, 3}
    assert len(set(keys)) == 2  # one keyed on the quotation marks, one on the writer's own words


def test_one_speaker_is_never_asked_twice_on_the_same_form(nlp):
    _, ctx = _parts(nlp, ONE_SPEAKER[0], "\"The county will pay for the repairs to the old pier before the summer,\" "
                                         "Lee said.")
    assert len(_how_given(ctx)) == 1


def test_a_speaker_named_inside_a_dash_aside_makes_no_self_claim():
    from quizgen.generate.attribution import aside_opened
    assert aside_opened("Her plan for the harbor at the meeting in Dover -")
    assert aside_opened("Her plan for the harbor at the meeting in Dover — ")
    assert aside_opened("Her plan (")
    assert not aside_opened("DOVER — ")  # a dateline
    assert not aside_opened("Her plan — a costly one — won, and ")
    assert not aside_opened("On Tuesday, ")


def test_a_self_claim_inside_an_aside_is_not_asked(nlp):
    # the parser may end a sentence on "-Mrs.": the aside is read from the sentence's true start
    analysis, ctx = _parts(nlp, "Ann Lee spoke to the harbor board on Tuesday afternoon. Her plan for the harbor at "
                                "the board meeting in Dover -Mrs. Lee said she would ask the county for two new "
                                "ferries-is a likely fight next spring.")
    for a in analysis.attributions:
        if a.content.startswith("she would ask"):
            assert not self_claim(ctx, a)
    assert not [it for it in certainty_items(ctx) if "[Lee]" in it.stem]


def test_a_self_claim_ending_on_a_participle_after_a_comma_is_not_shown(nlp):
    # "Reed said he would …, drawing a fresh round of complaints": whose words the participle is, unsure
    analysis, ctx = _parts(nlp, SAME_MAN.replace("two new ferries next spring.", "two new ferries next spring, "
                                                 "drawing a fresh round of complaints from the council."))
    a = _ferries(analysis)
    assert not speaker_subject(ctx, a)
    assert not [it for it in certainty_items(ctx) if "[Reed]" in it.stem]
