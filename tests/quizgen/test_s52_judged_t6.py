"""Judged blind (stop 52, set T6), each failure as a constructed article of its shape:

- the missing-voice model answer offered "the Harlan campaign", which "did not respond", as a voice "quoted on other
  matters", while the candidate himself answered on that very matter: the campaign's silence is no missing side when
  the person it works for is heard;
- "The article names who made this claim: 'I ask you … not to protest'" called a request a claim;
- a Fed governor the article also counts among dissenting economists was keyed "an official" (a named expert is
  defensible too): no kind-of-source item on such a person.
"""
from __future__ import annotations

from factories import HARBOR_FILLER
from factories import claim as _att
from factories import missing_voice_answer as _model

CAMPAIGN = ("Harlan keeps his old jet flying\n\n"
            "Rex Harlan has flown to rallies in an old jet that lost its registration in January.\n\n"
            "Zoe Lark said the jet was a danger to the people who flew on it.\n\n"
            "Harlan said in an interview that the jet was safe and that he did not own it.\n\n"
            "The Harlan campaign did not respond to several questions about the jet.\n\n"
            + HARBOR_FILLER)


def _campaign_ledger(a):
    return [
        _att(a, "Zoe Lark", "person", "Zoe Lark", "said", "the jet was a danger to the people who flew on it"),
        _att(a, "Rex Harlan", "person", "Harlan", "said", "the jet was safe and that he did not own it",
             after=a.text.index("Harlan said")),
    ]


def test_a_campaign_silent_while_its_candidate_answers_is_no_missing_voice():
    model = _model(CAMPAIGN, _campaign_ledger, ("Rex Harlan", "Harlan", "Zoe Lark"), ("Harlan campaign",))
    assert model is None or "Harlan campaign" not in model, model


def test_a_campaign_silent_while_its_candidate_is_not_heard_stays_a_missing_voice():
    # the same article without the candidate's own answer: his campaign's side is missing (the old behaviour)
    text = CAMPAIGN.replace("Harlan said in an interview that the jet was safe and that he did not own it.\n\n", "")
    model = _model(text, lambda a: [_att(a, "Zoe Lark", "person", "Zoe Lark", "said",
                                         "the jet was a danger to the people who flew on it")],
                   ("Rex Harlan", "Harlan", "Zoe Lark"), ("Harlan campaign",))
    assert model is not None and "Harlan campaign" in model, model


def _claim_stems(nlp, sentence: str) -> list[str]:
    from factories import COUNCIL_FILLER, skill_candidates

    items = skill_candidates(nlp, "Harbour Vote Looms", [COUNCIL_FILLER, sentence], ["certainty", "attribution"])
    return [it.stem for it in items if "harbour" in it.stem.lower() and "claim" in it.stem]


def test_a_request_is_no_claim_to_ask_about(nlp):
    # "I ask you … not to …" asks something of the listeners: there is nothing in it to be true or false
    got = _claim_stems(nlp, "\u201cI ask you as a personal favour to me not to shout during the harbour vote,\u201d "
                            "Councillor Ruth Amsel said.")
    assert got == [], got


def test_a_statement_beside_it_is_still_asked(nlp):
    got = _claim_stems(nlp, "\u201cThe harbour office will close for good in March,\u201d Councillor Ruth Amsel said.")
    assert got, got


_GOVERNOR = ("\u201cWe should not take the strength of harbour trade for granted,\u201d Nora Quill, a Harbour Bank "
             "governor, said in a speech last month.")
_ECONOMISTS = ("Even so, some economists, including members of the bank's own board, warn that the harbour bank could "
               "stall growth by raising rates too soon.")


def _kind_stems(nlp, *paragraphs: str) -> list[str]:
    from factories import COUNCIL_FILLER, skill_candidates

    items = skill_candidates(nlp, "Harbour Bank Weighs Rates", [COUNCIL_FILLER, *paragraphs], ["sourcing"])
    return [it.stem for it in items if "What kind of source" in it.stem and "Quill" in it.stem]


def test_an_official_the_article_counts_among_economists_gets_no_kind_of_source_item(nlp):
    assert _kind_stems(nlp, _ECONOMISTS, _GOVERNOR) == []


def test_an_official_with_no_economists_beside_her_is_still_asked(nlp):
    assert _kind_stems(nlp, "The harbour bank meets again in June to set its rates.", _GOVERNOR)
