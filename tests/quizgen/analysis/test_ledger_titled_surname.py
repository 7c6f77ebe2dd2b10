"""A lone surname after Mr., Mrs. or Ms. is the person of that title's sex (judged blind on set J2: "Mr. Obama
said" was credited to "the first lady, Michelle Obama", the article's only full name of that surname, while the
president was only ever "President Obama" and "Mr. Obama"). Constructed articles, real parse."""
from __future__ import annotations

from factories import plain_article

from quizgen.analysis import analyse


def _sources(nlp, text):
    return {a.content.split(",")[0]: (a.source, a.source_confidence) for a in analyse(plain_article(text), nlp=nlp)
            .attributions if a.paragraph > 0}


def test_mr_is_not_the_first_lady_whose_full_name_is_the_only_one(nlp):
    found = _sources(nlp, "Obama urges black voters to turn out\n\n"
                          "President Obama spoke at a dinner in Washington on Saturday night about the election.\n\n"
                          "\"My name may not be on the ballot,\" Mr. Obama said at the dinner.\n\n"
                          "The campaign plans to send Mr. Obama and the first lady, Michelle Obama, to Ohio.\n")
    source, confidence = found["My name may not be on the ballot"]
    assert source == "President Obama" and confidence >= 0.8


def test_mr_and_mrs_pick_the_husband_and_the_wife(nlp):
    found = _sources(nlp, "Obama urges black voters to turn out\n\n"
                          "President Barack Obama spoke at a dinner in Washington on Saturday night.\n\n"
                          "First lady Michelle Obama joined him at the dinner and greeted guests at the door.\n\n"
                          "\"My name may not be on the ballot, but our progress is,\" Mr. Obama said.\n\n"
                          "\"We have work to do,\" Mrs. Obama said later in the evening.\n")
    assert found["My name may not be on the ballot"][0] == "Barack Obama"
    assert found["We have work to do"][0] == "Michelle Obama"


def test_a_title_of_the_one_full_names_sex_keeps_it(nlp):
    found = _sources(nlp, "Mayor backs the harbor plan\n\n"
                          "Mayor Dana Ortiz spoke to the council on Tuesday about the harbor.\n\n"
                          "\"The harbor plan will bring jobs to the town,\" Ms. Ortiz said.\n")
    assert found["The harbor plan will bring jobs to the town"][0] == "Dana Ortiz"


def test_a_claim_of_two_joined_sources_is_neither_ones_for_sure(nlp):
    """Judged blind (J2): "The New York Times and the Gannett newspaper chain filed a motion …, arguing …" was
    keyed to Gannett alone in a who-said item."""
    found = _sources(nlp, "Judge rejects request to unseal records\n\n"
                          "The Daily Star and the Harbor newspaper chain filed a motion to unseal the records, "
                          "arguing the move was needed for public debate over the nominee.\n\n"
                          "Mayor Dana Ortiz said the city would appeal the ruling next week.\n\n"
                          "Procter and Gamble said its plant in the city would stay open.\n")
    joint = next(v for k, v in found.items() if k.startswith("the move was needed"))
    assert joint[1] < 0.8, found
    mayor = next(v for k, v in found.items() if k.startswith("the city would appeal"))
    assert mayor == ("Dana Ortiz", mayor[1]) and mayor[1] >= 0.8, found


def test_he_after_an_interviewers_question_is_not_surely_the_interviewer(nlp):
    """Judged blind (J4): "Ryan also did not exude confidence when Tapper asked whether …" then '"…," he said'
    was credited to Tapper for sure; the answer is Ryan's, and the ledger may not be sure of either."""
    found = _sources(nlp, "Speaker says the race is open\n\n"
                          "House Speaker Paul Ryan spoke to CNN host Jake Tapper on Thursday about the election.\n\n"
                          "Ryan also did not sound sure when Tapper asked whether Republicans would keep the House.\n\n"
                          "\u201cThe one thing you can predict of this year is that it is gonna be "
                          "unpredictable,\u201d he said.\n")
    who = next(v for k, v in found.items() if k.startswith("The one thing you can predict"))
    assert who[0] == "Paul Ryan" or who[1] < 0.8, found
