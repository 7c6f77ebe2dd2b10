"""A claim another source made first, that the ledger's speaker echoes: judged blind, a matching item keyed the
one who repeated it ("He notes that the Commission on Presidential Debates announced earlier Friday that there
was an issue with Trump's microphone", keyed Trump). Items keyed on who said a claim skip such claims when the
first source is named. Constructed text."""
from __future__ import annotations

import random
from dataclasses import replace

from factories import attribution, plain_article, sentence_context

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.attribution import echoes_another_source, generate
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS

FLOOD = ("Mayor questions flood response\n\n"
         "Mayor Ann Cole is raising questions about the pump failures during Monday's storm.\n\n"
         "She notes that the State Water Board announced earlier Friday that there was a fault with the town's "
         "pumps. The pumps ran at half speed for most of the night.\n\n"
         "She says, \"Fixing those pumps was a lot harder than beating my opponent.\"\n\n"
         "Her rival, Tom Berg, said the mayor had ignored warnings about the pumps for two years.\n\n"
         "\"The council should have replaced them in 2014,\" said Lisa Hunt, who chairs the residents' group.\n\n"
         "Engineer Paul Ames said the new pumps would arrive in March.\n")


def test_no_item_keys_the_echo_of_another_sources_announcement():
    article = plain_article(FLOOD)
    ctx = Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))
    items = generate(ctx)
    assert items, "no attribution items at all"
    for it in items:
        assert "Water Board announced" not in " ".join([it.stem, *it.options]), (it.stem, it.options)


def test_a_named_sources_announcement_or_finding_is_an_echo_and_a_plain_claim_is_not():
    text = ("Budget row\n\n"
            "Ann Cole said the State Audit Office had found that the council overspent by a million dollars.\n\n"
            "Tom Berg said the council had overspent by a million dollars.\n\n"
            "Lisa Hunt said the mayor had told the board that the pool would close.\n")
    a = plain_article(text)
    atts = [attribution(a, "Ann Cole", "Ann Cole", "said",
                        ["the State Audit Office had found that the council overspent by a million dollars"]),
            attribution(a, "Tom Berg", "Tom Berg", "said", ["the council had overspent by a million dollars"],
                        start=a.text.index("Tom Berg")),
            attribution(a, "Lisa Hunt", "Lisa Hunt", "said", ["the mayor had told the board that the pool would close"],
                        start=a.text.index("Lisa Hunt"))]
    ctx = sentence_context(a, atts)
    assert echoes_another_source(ctx, atts[0])
    assert not echoes_another_source(ctx, atts[1])
    # no named source: the speaker may tell what she heard, and "who said it?" is hers (test_e36_fixes)
    assert not echoes_another_source(ctx, atts[2])


def test_a_belief_the_ledger_finds_inside_the_claim_is_no_echo():
    # "told friends that Ann Lee … thought …": a belief of Lee's the speaker tells, no statement Lee made first
    text = ("Deal under fire\n\n"
            "Paul Reed told friends that Ann Lee knew all about the deal and thought the criticism was a badge of "
            "honor.\n")
    a = plain_article(text)
    reed = attribution(a, "Paul Reed", "Paul Reed", "told",
                       ["Ann Lee knew all about the deal and thought the criticism was a badge of honor"])
    lee = attribution(a, "Ann Lee", "Ann Lee", "thought", ["the criticism was a badge of honor"],
                      start=a.text.index("Ann Lee"))
    assert not echoes_another_source(sentence_context(a, [reed, lee]), reed)
    # the same nesting with a verb of saying: Lee's statement, which Reed repeats
    assert echoes_another_source(sentence_context(a, [reed, replace(lee, cue="said")]), reed)
