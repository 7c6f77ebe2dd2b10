"""Source kinds, one constructed paragraph (or two) each: who the source is and what kind of
source, as a teacher would mark it. Kinds do not overlap: a government or organisation's voice, a
named person, a news outlet (a state news agency too), a document, a group nobody names."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5


def claims(nlp, *paragraphs: str):
    text = "Budget Row Deepens\n\n" + "\n\n".join([FILLER, *paragraphs])
    return [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph >= 2]


# (paragraphs, words of the claim's content, words of the canonical source ("" = none), kind)
CASES = [
    # named people, however they are introduced
    (["Mayor Anna Berg said the budget would be cut by ten percent."], "cut by ten percent", "Anna Berg", "person"),
    (["Facebook founder Mark Zuckerberg said the company would hire more moderators."], "hire more moderators",
     "Mark Zuckerberg", "person"),
    (["Curator Jane Doe said the painting had been restored twice."], "restored twice", "Jane Doe", "person"),
    (["Professor Ian Holt, an economist at the university, said prices would rise."], "prices would rise",
     "Ian Holt", "person"),
    (["Lydia Marsh, a council spokeswoman, said the bridge was safe."], "bridge was safe", "Lydia Marsh", "person"),
    (["According to Dr Sara Quint, the vaccine was tested on 300 people."], "vaccine was tested", "Sara Quint",
     "person"),
    (['"We will not back down," said union leader Paul Grant.'], "not back down", "Paul Grant", "person"),
    (["Senator Maria Keane told reporters the vote would be close."], "vote would be close", "Maria Keane",
     "person"),
    (["Health Minister Omar Diallo warned that hospitals were full."], "hospitals were full", "Omar Diallo",
     "person"),
    (["Olympic champion Kim Lee said the new track was too slow."], "track was too slow", "Kim Lee", "person"),
    (["Nurse Ellen Ward, who treated the victims, said most had minor burns."], "most had minor burns",
     "Ellen Ward", "person"),
    (["Ambassador to the United Nations Ruth Adler said the talks had failed."], "talks had failed",
     "Ruth Adler", "person"),
    # governments and their voices
    (["Moscow says the sanctions are illegal."], "sanctions are illegal", "Russian government", "government"),
    (["The Kremlin said the report was a fabrication."], "report was a fabrication", "Russian government",
     "government"),
    (["Beijing insisted that the camps were schools."], "camps were schools", "Chinese government", "government"),
    (["The Ministry of Health said the outbreak was under control."], "outbreak was under control", "Ministry",
     "government"),
    (["The government said it would appeal the ruling."], "would appeal the ruling", "government", "government"),
    (["The State Department said the embassy would stay open."], "embassy would stay open", "State Department",
     "government"),
    (["The police said three men had been arrested."], "three men had been arrested", "police", "government"),
    (["The White House said the president would sign the bill."], "would sign the bill", "U.S. government",
     "government"),
    # organisations
    (["Amnesty International said the trial was unfair."], "trial was unfair", "Amnesty International",
     "organisation"),
    (["The Red Cross said supplies would arrive on Friday."], "supplies would arrive", "Red Cross",
     "organisation"),
    (["Tesla said deliveries rose in the third quarter."], "deliveries rose", "Tesla", "organisation"),
    (["The World Bank warned that growth would slow."], "growth would slow", "World Bank", "organisation"),
    (["Gateway executives said sales had doubled."], "sales had doubled", "Gateway", "organisation"),
    (["The union said its members would strike next week."], "members would strike", "union", "organisation"),
    # news outlets, a state news agency included
    (["The Guardian reported that the minister had resigned."], "minister had resigned", "Guardian",
     "news_outlet"),
    (["Reuters reported that the factory had closed."], "factory had closed", "Reuters", "news_outlet"),
    (["According to the BBC, the match was cancelled because of the storm."], "match was cancelled", "BBC",
     "news_outlet"),
    (["The Korean Central News Agency said the launch was a success."], "launch was a success",
     "Korean Central News Agency", "news_outlet"),
    (["Xinhua reported that the floods had forced thousands from their homes."], "floods had forced", "Xinhua",
     "news_outlet"),
    (["The state news agency IRNA said the talks would resume."], "talks would resume", "IRNA", "news_outlet"),
    (["The Daily Herald reported that the mayor had lied."], "mayor had lied", "Daily Herald", "news_outlet"),
    (["Local media reported that the bridge had collapsed."], "bridge had collapsed", "media", "news_outlet"),
    # documents
    (["According to the complaint, the company hid the losses from investors."], "hid the losses", "complaint",
     "document"),
    (["The report said the river was badly polluted."], "river was badly polluted", "report", "document"),
    (["A leaked memo shows that the minister knew about the delays."], "minister knew about the delays", "memo",
     "document"),
    (["The lawsuit alleges that the landlord ignored repeated complaints."], "landlord ignored", "lawsuit",
     "document"),
    (["According to court documents, the suspect bought the van in May."], "suspect bought the van",
     "court documents", "document"),
    (["The study found that children slept less than ten years ago."], "children slept less", "study",
     "document"),
    (["The letter states that the school will close in June."], "school will close", "letter", "document"),
    (["Polling averages show the mayor with a lead of about four points."], "mayor with a lead", "averages",
     "document"),
    (["New polls show the senator ahead in three of the four counties."], "senator ahead in three", "polls",
     "document"),
    (["According to the indictment, the men laundered the money through a bakery."], "laundered the money",
     "indictment", "document"),
    # nobody named
    (["Critics say the sanctions are too weak."], "sanctions are too weak", "Critics", "unnamed_group"),
    (["Officials who spoke on condition of anonymity said the cabinet was divided."], "cabinet was divided",
     "Officials", "unnamed_group"),
    (["Residents said the water had smelled of petrol for weeks."], "smelled of petrol", "Residents",
     "unnamed_group"),
    (["Witnesses said the car did not stop."], "car did not stop", "Witnesses", "unnamed_group"),
    (["Recent reports have revealed that the dam was never inspected."], "dam was never inspected", "",
     "unnamed_group"),
    (["Some experts believe that the virus came from bats."], "virus came from bats", "experts", "unnamed_group"),
    (["Analysts expect that prices will fall next year."], "prices will fall", "Analysts", "unnamed_group"),
    # the speaker, not the subject of the claim
    (["Institutional recipients, said Mauer, are required to report every grant."], "required to report",
     "Mauer", "person"),
    (["Mayor Anna Berg said that the police had ignored the warnings."], "police had ignored", "Anna Berg",
     "person"),
    (["The union's leader, Paul Grant, said the company had broken the law."], "company had broken the law",
     "Paul Grant", "person"),
    # pronouns and plurals
    (["Mayor Anna Berg spoke on Tuesday.", "She said the budget was fair."], "budget was fair", "Anna Berg",
     "person"),
    (["Gateway executives said sales had doubled.", "They claim that the new model is the cause."],
     "new model is the cause", "Gateway", "organisation"),
    (["Critics say the law is too weak. They argue that fines should be doubled."], "fines should be doubled",
     "Critics", "unnamed_group"),
    (["The Guardian reported that the mayor had resigned. It said she would leave in May."],
     "she would leave in May", "Guardian", "news_outlet"),
    (["Professor Ian Holt said prices would rise.", "He described the plan as reckless."], "reckless",
     "Ian Holt", "person"),
    (["Mayor Anna Berg said the budget was fair.", "Berg added that she would not resign."], "would not resign",
     "Anna Berg", "person"),
    (["Amnesty International said the trial was unfair.", "The group said the judge had been biased."],
     "judge had been biased", "Amnesty International", "organisation"),
    (["A team from Oxford University studied the river for a year.",
      "The researchers said the fish had vanished."], "fish had vanished", "Oxford University", "organisation"),
]


@pytest.mark.parametrize("paragraphs,words,source,kind", CASES, ids=[c[1] for c in CASES])
def test_source_and_kind(nlp, paragraphs, words, source, kind):
    found = [a for a in claims(nlp, *paragraphs) if words in a.content]
    assert found, f"no claim holding {words!r}: {[a.content for a in claims(nlp, *paragraphs)]}"
    a = found[0]
    assert source.lower() in a.source.lower(), (a.source, a.source_kind)
    if not source:
        assert not a.source or a.source.lower() in {"reports", "recent reports"}, a.source
    assert a.source_kind == kind, (a.source, a.source_kind)


NOT_CLAIMS = [
    ("Investigators are trying to find out how such documents wound up on the street.", "wound up on the street"),
    ("Reporters asked how such documents wound up on the street.", "wound up on the street"),
    ("Intel denied AMD access to its factories for a decade.", "access to its factories"),
    ("The results show a steep fall in crime since 2019.", "steep fall in crime"),
    ("Mayor Anna Berg defended the plan.", "the plan"),
    ("Officials have not said why the vote was cancelled.", "vote was cancelled"),
    ("Citing privacy rules, officials refused to name the patients.", "privacy rules"),
    ("The figures indicate that unemployment is rising.", "unemployment is rising"),
    ("Do you think the plan will work?", "the plan will work"),
    ("The company announced.", "announced"),
    ("That said, the plan could still fail in the senate.", "plan could still fail"),
    ('President Anna Berg signed the order. The girls were let in because their visit would be a "significant '
     'public benefit."', "significant public benefit"),
]


@pytest.mark.parametrize("paragraph,words", NOT_CLAIMS, ids=[c[1] for c in NOT_CLAIMS])
def test_not_a_claim(nlp, paragraph, words):
    assert not [a for a in claims(nlp, paragraph) if words in a.content and a.source]


def test_a_person_named_later_is_never_the_pronoun(nlp):
    found = claims(nlp, "Professor Ian Holt said prices would rise. He described the plan as reckless.",
                   "Later, Mayor Anna Berg said the plan was sound.")
    reckless = [a for a in found if "reckless" in a.content]
    assert reckless and reckless[0].source == "Ian Holt"


def test_a_state_news_agency_is_one_kind_everywhere(nlp):
    found = claims(nlp, "The Korean Central News Agency said the launch was a success.",
                   "According to KCNA, the leader watched the test.",
                   "The agency added that more launches would follow.")
    kinds = {a.source_kind for a in found if a.source}
    assert kinds == {"news_outlet"}, [(a.source, a.source_kind) for a in found]


def test_every_case_counts():
    assert len(CASES) + len(NOT_CLAIMS) + 2 >= 60


def test_kind_confidence_follows_what_the_rule_had_to_go_on(nlp):
    found = claims(nlp, "Recent reports have revealed that the dam was never inspected. Gateway executives said "
                        "sales had doubled. Critics say the fines are too low. Mayor Anna Berg said the dam was safe.")
    by_source = {a.source: a for a in found}
    assert by_source["Anna Berg"].kind_confidence >= 0.9  # a name
    assert by_source["Critics"].kind_confidence >= 0.8  # nobody named, and the article says so
    assert by_source["Gateway executives"].kind_confidence < 0.8  # an organisation guessed from a name
    assert by_source["Recent reports"].kind_confidence < 0.8  # news, perhaps; nobody says whose
