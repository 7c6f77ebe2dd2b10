"""Judged blind on set T7 (12 unseen PolNeAR articles, kept aside and judged on the final code; fixed after): a
who-said stem cut inside its last "that" clause right after the subject ("who thought that … and that the result, as
he later explained…?"), and "a Republican administration" keyed "a named government". Constructed sentences."""
from __future__ import annotations

from factories import analysed_context

from quizgen.generate.attribution import that_clause_cut


def test_a_stem_cut_right_after_its_last_clause_s_subject_is_no_stem():
    assert that_clause_cut("thought that the bank kept rates too low to help the mayor and that the result, as he "
                           "later explained…")
    assert that_clause_cut("said that the council would meet in May and that the plan…")
    assert not that_clause_cut("said that the council would meet in May and that the plan was…")  # its verb shown
    assert not that_clause_cut("said that prices rose sharply in the spring…")  # a verb no list knows, a long run
    assert not that_clause_cut("said the council met on Monday")  # no cut


def test_an_indefinite_body_is_no_named_government():
    from quizgen.generate import sourcing
    text = ("Harbour Bank Cuts Rates Again\n\n"
            "The harbour bank cut its lending rate again on Tuesday, the third cut this year, as prices kept falling "
            "across the region and more firms closed their doors.\n\n"
            "A Republican administration said in 2004 that aggressive cuts to rates can reduce the depth of a "
            "recession.\n\n"
            "The Harbour County government said on Monday that it would hold a hearing on the bank's rates.\n\n"
            "Bank officials will meet again in June to decide whether a fourth cut is needed. Several firms have "
            "asked the bank to hold rates where they are until the summer season, when most of them hire staff.\n\n"
            "Shop owners along the harbour front said the cuts had done little so far, since few of their customers "
            "borrow money, and several said they expected a slow summer whatever the bank decides.\n")
    ctx, an = analysed_context(text)
    indefinite = [a for a in an.attributions if "depth of a recession" in a.content]
    named = [a for a in an.attributions if "hold a hearing" in a.content]
    assert indefinite and named, [(a.source, a.source_kind, a.content) for a in an.attributions]
    assert sourcing.source_category(ctx, indefinite[0]) is None
    assert sourcing.source_category(ctx, named[0]) == sourcing.OFFICIAL
