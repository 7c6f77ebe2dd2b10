"""Evidence kinds, hedges and disputes, one constructed paragraph (or two) each. A number is a
statistic only when it measures something; the kind of a sourced claim follows the speaker's role,
the same way everywhere; a denial anywhere disputes the claim it answers; a hedge is tied to the
claim it covers."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def ledger(nlp, *paragraphs: str):
    text = "Budget Row Deepens\n\n" + "\n\n".join([FILLER, *paragraphs])
    return analyse(article_from_text(text), nlp=nlp)


def evidence(nlp, *paragraphs: str):
    return [e for e in ledger(nlp, *paragraphs).evidence if e.paragraph >= 2]


# (paragraphs, words the evidence span holds, kind)
CASES = [
    # statistics: counts, amounts, rates, shares, measured times
    (["Unemployment rose to 7.5% in March."], "7.5%", "statistic"),
    (["The council spent $4 million on the new bridge."], "$4 million", "statistic"),
    (["The acceptance rate is already above 95%."], "acceptance rate is already above 95%", "statistic"),
    (["More than 2,000 people attended the rally."], "2,000 people", "statistic"),
    (["Knife attacks have killed dozens of people in the province."], "dozens", "statistic"),
    (["The storm killed seven people on the coast."], "seven people", "statistic"),
    (["The rocket exploded 73 seconds after liftoff."], "73 seconds", "statistic"),
    (["The team had only two weeks to build the robot."], "two weeks", "statistic"),
    (["Prices have risen by a third since 2019, to 450 euros a tonne."], "450 euros", "statistic"),
    (["The river rose 3 metres overnight."], "3 metres", "statistic"),
    (["About 12,000 refugees applied for asylum last year."], "12,000 refugees", "statistic"),
    (["The hospital treated 340 patients in a single weekend."], "340 patients", "statistic"),
    # studies, reports and documents
    (["A new study of 1,700 children found that many lacked iodine."], "study", "study/report"),
    (["The report says the decline is due to changes in farming."], "report says", "study/report"),
    (["A leaked internal letter seen by Sky News says the scheme will close."], "leaked internal letter",
     "document"),
    (["The Home Office letter reads: the questionnaire must be returned within 20 days."], "letter reads",
     "document"),
    (["According to court documents, the suspect bought the van in May."], "court documents", "document"),
    (["The memo shows that the minister knew about the delays."], "memo", "document"),
    # news reports
    (["Reuters reported that the factory had closed."], "Reuters reported", "news report"),
    (["According to the Sydney Morning Herald, the trial will last a month."], "Sydney Morning Herald",
     "news report"),
    (["The Korean Central News Agency said the launch was a success."], "Korean Central News Agency",
     "news report"),
    # observation by the article's own reporter
    (["A reporter saw police officers blocking the road."], "reporter saw", "observation"),
    (["Wikinews observed long queues outside the polling station."], "Wikinews observed", "observation"),
    # the speaker's role decides: official, expert, first-hand
    (["Health Minister Omar Diallo said hospitals were full."], "Omar Diallo", "official statement"),
    (["The Ministry of Health said the outbreak was under control."], "Ministry of Health",
     "official statement"),
    (["Police spokesman Tom Reyes said the road would reopen on Friday."], "Tom Reyes", "official statement"),
    (["Professor Ian Holt, an economist, said prices would keep rising."], "Ian Holt", "expert"),
    (["Dr Sara Quint, an epidemiologist, said the virus spreads in crowds."], "Sara Quint", "expert"),
    (["Residents said the water had smelled of petrol for weeks."], "Residents said", "testimony"),
    (["Witnesses said the car did not stop."], "Witnesses said", "testimony"),
    (["According to the team's coach, Alireza Mehraban, the robot scored two points."], "Alireza Mehraban",
     "testimony"),
    (["Former inmates have described a wide range of abuses in the camps."], "Former inmates have described",
     "testimony"),
    (["Hua Chunying told a news conference that there were no abuses in the region."], "Hua Chunying",
     "official statement"),
    (["Senator John Cornyn issued a statement praising the decision."], "issued a statement",
     "official statement"),
]


@pytest.mark.parametrize("paragraphs,words,kind", CASES, ids=[c[1] for c in CASES])
def test_evidence_kind(nlp, paragraphs, words, kind):
    found = evidence(nlp, *paragraphs)
    match = [e for e in found if words in e.span.text and e.kind == kind]
    assert match, [(e.kind, e.span.text) for e in found]
    assert 0 < match[0].confidence <= 1


NOT_STATISTICS = [
    ("Under section 12 of the act, the council must publish its accounts.", "12"),
    ("The bridge opened on January 28, 1986, after years of delay.", "1986"),
    ("Jane Doe, 45, said the bridge was unsafe.", "45"),
    ("The app's version 3.1 fixed the login problem.", "3.1"),
    ("Two Syrian teams also took part in the contest.", "Two"),
    ("The vote was held two years ago.", "two years"),
]


@pytest.mark.parametrize("paragraph,number", NOT_STATISTICS, ids=[c[1] for c in NOT_STATISTICS])
def test_a_number_that_measures_nothing_is_no_statistic(nlp, paragraph, number):
    assert not [e for e in evidence(nlp, paragraph) if e.kind == "statistic" and number in e.span.text]


def test_a_number_inside_a_quote_is_the_speakers_evidence(nlp):
    found = evidence(nlp, 'Professor Ian Holt, an economist, said: "Prices will rise by 40 percent this year."')
    in_quote = [e for e in found if "40 percent" in e.span.text]
    assert in_quote and all(e.kind == "expert" for e in in_quote)


def test_a_number_inside_an_unknown_speakers_quote_is_no_evidence(nlp):
    found = evidence(nlp, 'Tom Reyes said: "We lost 40 percent of our sales this year."')
    assert not [e for e in found if "40 percent" in e.span.text]


def test_one_speaker_is_one_kind_everywhere(nlp):
    found = evidence(nlp, "Health Minister Omar Diallo said hospitals were full.",
                     '"We need more nurses," Diallo said.')
    kinds = {e.kind for e in found if "Diallo" in e.span.text}
    assert kinds == {"official statement"}


DISPUTES = [
    (["The bishop is accused of hiding the abuse for years.", "The Church denied these allegations."],
     "hiding the abuse"),
    (["Critics said the plan would cost jobs.", "The minister dismissed the claims as scaremongering."],
     "would cost jobs"),
    (["A report by the watchdog said the prison was overcrowded.", "The ministry rejected the report."],
     "prison was overcrowded"),
]


@pytest.mark.parametrize("paragraphs,words", DISPUTES, ids=[c[1] for c in DISPUTES])
def test_a_denial_anywhere_disputes_the_claim(nlp, paragraphs, words):
    an = ledger(nlp, *paragraphs)
    claim = [a for a in an.attributions if words in a.content]
    assert claim and claim[0].certainty == "disputed", [(a.content, a.certainty) for a in an.attributions]


HEDGES = [
    ("The minister reportedly took bribes from the firm.", "reportedly"),
    ("The mayor allegedly ordered the audit herself.", "allegedly"),
    ("The suspect is believed to have fled the country.", "believed"),
    ("The new rules may cost farmers millions.", "may"),
    ("The leak appears to have started in the basement.", "appears"),
    ("An estimated 3,000 people lost their homes.", "estimated"),
    ("The data suggests that the drug works.", "suggests"),
    ("The dam could fail within weeks.", "could"),
    ("Unconfirmed reports say the general has resigned.", "Unconfirmed"),
]


@pytest.mark.parametrize("paragraph,word", HEDGES, ids=[c[1] for c in HEDGES])
def test_hedge_words(nlp, paragraph, word):
    an = ledger(nlp, paragraph)
    assert [h for h in an.hedges if h.paragraph == 2 and word in h.words], [h.words for h in an.hedges]


def test_a_hedge_is_tied_to_the_claim_it_sits_in(nlp):
    an = ledger(nlp, "Mayor Anna Berg said the minister reportedly took bribes from the firm.")
    hedge = [h for h in an.hedges if h.words == "reportedly"]
    assert hedge and hedge[0].claim is not None
    claim = an.attributions[hedge[0].claim]
    assert claim.source == "Anna Berg" and "took bribes" in claim.content
    assert claim.certainty == "hedged" and claim.hedge == "reportedly"


def test_a_modal_is_tied_but_does_not_make_the_claim_hedged(nlp):
    an = ledger(nlp, "Mayor Anna Berg said the bridge could close next year.")
    hedge = [h for h in an.hedges if h.words == "could"]
    assert hedge and an.attributions[hedge[0].claim].certainty == "attributed"


def test_every_case_counts():
    assert len(CASES) + len(NOT_STATISTICS) + 3 >= 40
