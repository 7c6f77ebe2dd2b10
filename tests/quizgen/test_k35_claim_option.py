"""Judged blind on K35 (kept aside, stop 35): a matching item offered "The accusations through a spokeswoman,
dismissing O'Donnell as a disgruntled former employee": the object of "denied", no statement anyone makes."""
from __future__ import annotations

from factories import HARBOR_FILLER, attribution, plain_article, sentence_context

from quizgen.generate.attribution import claim_option

TEXT = ("Harbor chief faces questions\n\n"
        "Ada Merkin denied the accusations through a spokeswoman, dismissing Lark as a bitter former aide.\n\n"
        "Zoe Lark denied that the harbor board had ever paid her for the work.\n\n" + HARBOR_FILLER)


def test_the_object_of_a_denial_is_no_claim_option():
    a = plain_article(TEXT)
    obj = attribution(a, "Ada Merkin", "Ada Merkin", "denied",
                      ["the accusations through a spokeswoman, dismissing Lark as a bitter former aide"])
    ctx = sentence_context(a, [obj])
    assert claim_option(ctx, obj) is None


def test_a_denied_clause_is_still_a_claim_option():
    a = plain_article(TEXT)
    clause = attribution(a, "Zoe Lark", "Zoe Lark", "denied", ["the harbor board had ever paid her for the work"])
    ctx = sentence_context(a, [clause])
    assert claim_option(ctx, clause) is not None


def test_a_text_cut_inside_a_quotation_is_unbalanced():
    # judged blind on K35: a matching option 'All that Glitters is Not Gold" was to be a "cautionary tale'
    from quizgen.generate.attribution import unbalanced_quotes
    assert unbalanced_quotes('All that Glitters is Not Gold" was to be a "cautionary tale')
    assert not unbalanced_quotes('The book "All that Glitters" was to be a "cautionary tale"')
    assert not unbalanced_quotes("The board said the plan was fair")
