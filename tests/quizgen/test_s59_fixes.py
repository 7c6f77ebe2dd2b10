"""Stop 58: failure shapes left open by stop 57's blind judging, each on constructed text of the same shape."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

FILLER = ("The harbour committee met in the old town hall on Tuesday evening to hear from residents. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 4


def _ctx_of(nlp, title, paragraphs):
    article = article_from_text(title + "\n\n" + "\n\n".join([*paragraphs, FILLER]) + "\n")
    return Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))


# T35: "Trump said Obama was the founder of ISIS on Wednesday at a Florida rally" was asked "how does the article
# present this claim?", keyed "attributed to a named source", while ¶7 says in the writer's words "Obama did not,
# however, personally found ISIS": the writer disputes it, which the key leaves out.
@pytest.mark.parametrize("later, contradicted", [
    ("Lund did not, however, personally found the ferry company.", True),
    ("The ferry company was never founded by Lund.", True),
    ("Lund founded the ferry company in 1998, the records show.", False),  # the same polarity: no dispute
    ("Lund did not attend the ferry company's meeting on Tuesday.", False),  # negated, but another fact
])
def test_no_certainty_item_on_a_claim_the_writer_contradicts_later(nlp, later, contradicted):
    from quizgen.generate.certainty import _presented, generate, writer_contradicts

    ctx = _ctx_of(nlp, "Ferry Row Goes On", [
        "Tom Hale said Peter Lund was the founder of the ferry company on Wednesday at a rally in Marlow.",
        "The council will meet again next month to discuss the budget for the coming year.",
        later])
    claims = [c for c in _presented(ctx)[0] if "ferry" in c[2]]
    assert claims, _presented(ctx)[0]
    assert writer_contradicts(ctx, claims[0][1], claims[0][2]) is contradicted
    asked = [it for it in generate(ctx) if "founder of the ferry" in it.stem]
    assert (not asked) is contradicted, [it.stem for it in asked]


# T37: "In ¶14, how does the article give what Donald Trump said?" keyed "it quotes his exact words", where ¶8 ("The
# woman's enthusiasm for Trump is recorded in detail:") opens an excerpt of another paper's piece that runs to ¶15:
# the words are given as that piece gives them.
@pytest.mark.parametrize("setup, relayed", [
    ("The rally is recorded in detail in the Gazette's piece:", True),
    ("Hannah Dale of the Gazette reports:", True),
    ("Reporters waited outside the hall for the mayor.", False),  # no setup of an excerpt
    ("The mayor said on Tuesday evening:", False),  # his own statement, quoted whole: no other piece
])
def test_no_quote_form_item_inside_an_excerpt_of_another_piece(nlp, setup, relayed):
    from quizgen.generate.attribution import in_relayed_excerpt, quoted_or_reported

    ctx = _ctx_of(nlp, "Mayor Speaks At Harbour Rally", [
        "The harbour rally drew a large crowd to the old quay on Saturday afternoon.",
        setup,
        "“Here comes the mayor,” one woman said, clapping as the band played.",
        "“We will rebuild the ferry pier and we will do it this year,” Tom Hale said, looking out on the crowd."])
    assert in_relayed_excerpt(ctx, 4) is relayed
    assert not in_relayed_excerpt(ctx, 1)
    hale = [a for a in ctx.analysis.attributions if a.paragraph == 4 and "Hale" in a.source]
    assert hale, [(a.source, a.content) for a in ctx.analysis.attributions]
    assert (quoted_or_reported(ctx, hale[0]) is None) is relayed


# T34: "… dismissed Wisconsin Gov. ______ as an ineffective leader" (keyed Scott Walker) beside another gap's stem
# "Trump went after Walker hours after the Wisconsin governor threw his support behind …": the second stem tells who
# the governor is, though the two sentences share nothing else.
@pytest.mark.parametrize("other, gives", [
    ("Hale went after Lund hours after the Marlow mayor backed the ferry plan of Sen. ______.", True),
    ("Hale went after Mayor Lund hours after the council backed the ferry plan of Sen. ______.", True),
    ("Hale went after Lund hours after the Marlow council backed the ferry plan of Sen. ______.", False),  # no office
    ("Hale went after the Marlow mayor hours after the council backed the plan of Sen. ______.", False),  # no name
])
def test_a_name_gap_is_given_away_by_another_stem_naming_and_describing_the_person(other, gives):
    from quizgen.generate.base import make_item
    from quizgen.generate.lesson import gives_away
    from quizgen.model import Support

    first = "Inside the hall, Hale on Tuesday dismissed Marlow Mayor Peter Lund as an ineffective leader."
    gap = make_item("key_detail", "short_answer", "Complete the detail from ¶7: \"Inside the hall, Hale on Tuesday "
                    "dismissed Marlow Mayor ______ as an ineffective leader.\" Write the missing name.", [],
                    ["Peter Lund", "Lund"], "¶7", [Support(7, 700, 700 + len(first), first)])
    later = make_item("key_detail", "short_answer", f"Complete the detail from ¶8: \"{other}\" Write the missing "
                      "name.", [], ["Tom Reyes", "Reyes"], "¶8", [Support(8, 900, 900 + len(other), other)])
    assert gives_away(gap, later) is gives
