"""Certainty items judged misfits by blind teacher-judges (stop 34), on constructed claims: a quoted "claim"
that is a fragment of the sentence's claim, and a value judgement or a belief offered as a claim to weigh."""
from __future__ import annotations

from factories import plain_article
from test_generate_certainty import _att, _ctx

from quizgen.generate.certainty import full_claim, value_judgement
from quizgen.generate.certainty import generate as certainty_items

TEXT = ("Vote may go to the council\n\n"
        "The Daily Ledger reported on Monday, based on the current vote count, if the mayor wins the harbor "
        "ward and her rival wins the hill ward, the race will almost certainly be decided by the council.\n\n"
        "Farmer Bo Kim said last week that the council had never asked the farmers about the new road.\n\n"
        "Reader Tom Krystal said the flood was a punishment from God and the town should repent of its sins.\n\n"
        "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n")


def _atts(a):
    return [
        _att(a, "The Daily Ledger", "news_outlet", "The Daily Ledger", "reported",
             "the current vote count, if the mayor wins the harbor ward and her rival wins the hill ward"),
        _att(a, "Bo Kim", "person", "Farmer Bo Kim", "said",
             "last week that the council had never asked the farmers about the new road"),
        _att(a, "Tom Krystal", "person", "Reader Tom Krystal", "said",
             "the flood was a punishment from God and the town should repent of its sins"),
        _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said", "the new mill will bring two hundred jobs to the valley"),
    ]


def _stems():
    a = plain_article(TEXT)
    return [it.stem for it in certainty_items(_ctx(a, _atts(a))) if it.skill == "certainty"]


def test_a_noun_phrase_and_an_if_clause_is_no_claim_to_quote():
    # judged blind: the item quoted "the current delegates count, if Sen. Marco Rubio wins … Ohio", a cut span
    stems = _stems()
    assert not any("vote count" in s for s in stems), stems
    assert not full_claim("the current vote count, if Mayor Ann Lee wins the harbor ward and Bo Kim wins the hill ward")
    assert full_claim("the plan, if the council passes it, would cost the town $5 million")
    assert full_claim("if Ann Lee wins the harbor ward, the race will be decided by the council")


def test_a_claim_opening_on_a_time_phrase_and_that_is_a_cut_span():
    stems = _stems()
    assert not any("last week that" in s for s in stems), stems
    assert not full_claim("last week that the council had never asked the farmers about the new road")
    assert not full_claim("on Monday that the council would vote on the road")
    assert full_claim("last week the council voted against the road")


def test_a_belief_or_a_verdict_is_no_claim_for_a_certainty_item():
    # judged blind: a commenter's religious opinion, keyed "attributed to the named source", did not fit the skill
    stems = _stems()
    assert not any("punishment from God" in s for s in stems), stems
    assert value_judgement("the flood was a punishment from God and the town should repent of its sins")
    assert value_judgement("abortion is morally wrong")
    assert not value_judgement("the new mill will bring two hundred jobs to the valley")
    assert not value_judgement("the church raised $4,000 for the flood victims")


def test_a_plain_checkable_claim_is_still_asked():
    assert any("two hundred jobs" in s for s in _stems())


HEADED = ("Big ideas from the race\n\n"
          "Ann Lee: Harbor fees Some big ideas do come to pass, and the mayor said the fees had fallen by half since "
          "the vote.\n\n"
          "Farmer Bo Kim said the harvest this year was the best in a decade.\n")


def test_no_claim_is_quoted_from_a_run_in_subheading():
    # judged blind: a heading run into its sentence ("______: Student loans Some big ideas …") reads garbled
    a = plain_article(HEADED)
    atts = [_att(a, "Ann Lee", "person", "the mayor", "said", "the fees had fallen by half since the vote"),
            _att(a, "Bo Kim", "person", "Farmer Bo Kim", "said", "the harvest this year was the best in a decade")]
    stems = [it.stem for it in certainty_items(_ctx(a, atts))]
    assert not any("fees had fallen" in s for s in stems), stems
    assert any("harvest" in s for s in stems), stems
