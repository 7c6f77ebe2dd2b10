"""Shapes judged blind on stop 34's early set (PolNeAR train articles never tuned on): the source's relative
clause is no part of the claim; a party is not its youth wing; a report whose cue the parser hung under the
main clause reports that main clause, not the "based on" phrase before it."""
from __future__ import annotations

from test_speaker_errors import ledger, show


def test_according_to_a_source_with_a_relative_clause_leaves_the_clause_out_of_the_claim(nlp):
    # judged blind: "who said that Teenage undergraduates … might not be so lucky who was an informal adviser to
    # the Bush campaign?"
    found = ledger(nlp,
                   "Many people who need more than that will probably be well served by private lenders. Young "
                   "students with no credit histories might not be so lucky, according to Dana Pollard, who was "
                   "an informal adviser to the governor's campaign.")
    lucky = [a for a in found if "so lucky" in a.content]
    assert lucky and lucky[0].source == "Dana Pollard", show(found)
    assert "adviser" not in lucky[0].content and "who was" not in lucky[0].content, show(lucky)


def test_according_to_a_source_and_its_relative_clause_before_the_claim(nlp):
    found = ledger(nlp,
                   "According to Dana Pollard, who advised the governor for a decade, the new loan cap will hurt "
                   "young students the most.")
    cap = [a for a in found if "loan cap" in a.content]
    assert cap and cap[0].source == "Dana Pollard", show(found)
    assert "advised" not in cap[0].content, show(cap)


def test_the_party_is_not_its_youth_wing(nlp):
    # judged blind: "According to ¶29, who is campaigning against …? Give the person's name." keyed "Junge SVP"
    # (the youth wing named in ¶19) where ¶29 says "the SVP"
    found = ledger(nlp,
                   "From 2010 to 2013 the SVP led a series of referenda against votes for foreigners. In 2013, the "
                   "SVP youth wing, Junge SVP, went a step further. The Junge SVP launched a referendum in Bern, "
                   "calling for all foreigners sentenced to two or more years in prison to be deported.",
                   "Party leader Karl Brenner said the campaign would go on.",
                   "Moreover, despite Brenner's statements, the SVP has called a referendum for June 5 against the "
                   "government's refugee proposals. Specifically, the SVP is campaigning against plans to "
                   "unconditionally provide free legal aid to all refugee claimants.")
    aid = [a for a in found if "legal aid" in a.content]
    assert aid, show(found)
    assert all(a.source != "Junge SVP" for a in aid), show(aid)
    assert all(a.source_kind != "person" for a in aid), show(aid)


def test_a_report_parsed_under_the_main_clause_reports_the_main_clause(nlp):
    # judged blind: "How does the article present this claim from ¶1: "the current delegates count, if Sen.
    # Marco Rubio wins his home state of Florida and Gov. John Kasich wins his home state of Ohio"?"
    found = ledger(nlp,
                   "The Daily Ledger reported on Monday, based on the current delegates count, if Sen. Mark Olsen "
                   "wins his home state of Utah and Gov. Ray Dunn wins his home state of Iowa, the party's nominee "
                   "will almost certainly be decided at the convention in July.")
    post = [a for a in found if "Ledger" in (a.source or "")]
    assert post, show(found)
    for a in post:
        assert "decided at the convention" in a.content, show(post)
        assert not a.content.startswith("the current delegates count"), show(post)
