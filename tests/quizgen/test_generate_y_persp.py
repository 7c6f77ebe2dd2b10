"""The missing-voice item names only a party the story is about, for a true reason (judged blind on two
kept-aside sets): never a politician named in passing in a vote tally or criticised in one clause of a
story about someone else, an agreement used as a topic, an obituary's subject under another name, the
dead victims of an attack, nor someone whose view the article reports; "X makes claims about Y" only
when Y is the subject of X's claim; the employer of a spokeswoman who did not respond, and a lawyer's
client, are the parties whose side is missing."""
from __future__ import annotations

from factories import HARBOR_FILLER
from factories import claim as _att
from factories import missing_voice_answer as _model

FILLER = HARBOR_FILLER


def test_a_senator_named_in_passing_in_a_vote_tally_is_no_missing_voice():
    text = ("Harbor bill passes the Senate\n\n"
            "The harbor bill passed the Senate on Monday after a long debate.\n\n"
            "Senate leader Ann Sole said that Senator Dan Crow and ten others voted against the bill.\n\n"
            "Senator Dan Crow has voted against two harbor bills.\n\n" + FILLER)

    def atts(a):
        return [_att(a, "Ann Sole", "person", "Senate leader Ann Sole", "said",
                     "Senator Dan Crow and ten others voted against the bill")]

    model = _model(text, atts, ("Ann Sole", "Dan Crow", "Crow"))
    assert model is None or "Crow" not in model, model


def test_a_rival_criticised_in_one_clause_of_a_long_story_is_no_missing_voice():
    text = ("Mayor defends harbor bill\n\n"
            "Mayor Dana Holt said the harbor bill would bring new jobs to the town.\n\n"
            "Holt also attacked Governor Ben Tull over the state budget.\n\n" + FILLER +
            "Governor Ben Tull signed a budget in March.\n")

    def atts(a):
        return [_att(a, "Dana Holt", "person", "Mayor Dana Holt", "said",
                     "the harbor bill would bring new jobs to the town")]

    model = _model(text, atts, ("Dana Holt", "Holt", "Ben Tull", "Tull"))
    assert model is None or "Tull" not in model, model


def test_the_headline_subject_criticised_and_never_quoted_is_still_offered():
    text = ("Critics attack Governor Ben Tull over harbor cuts\n\n"
            "Harbor workers accused Governor Ben Tull of cutting their pay.\n\n"
            "Union leader Ann Sole said the cuts would hurt families in the town.\n\n"
            "Tull cut the harbor budget in March.\n")

    def atts(a):
        return [_att(a, "Ann Sole", "person", "Union leader Ann Sole", "said",
                     "the cuts would hurt families in the town")]

    model = _model(text, atts, ("Ann Sole", "Ben Tull", "Tull"))
    assert model is not None and "Ben Tull (¶1)" in model, model


def test_an_agreement_criticised_in_the_headline_is_a_topic_not_a_party():
    text = ("Senator attacks Nafta at harbor rally\n\n"
            "Senator Ann Sole attacked Nafta at a rally in the harbor town on Monday.\n\n"
            "Senator Ann Sole said the port had lost jobs for twenty years.\n\n"
            "Nafta took effect in 1994, and trade at the port changed.\n")

    def atts(a):
        return [_att(a, "Ann Sole", "person", "Senator Ann Sole", "said", "the port had lost jobs for twenty years",
                     after=a.text.index("Senator Ann Sole said"))]

    model = _model(text, atts, ("Ann Sole", "Sole"), ("Nafta",))
    assert model is None or "Nafta" not in model, model


def test_an_obituary_s_subject_under_her_maiden_name_is_no_missing_voice():
    text = ("Town librarian dies at 90\n\n"
            "The town's first librarian died on Sunday at her home. She was 90.\n\n"
            "Born Mary Lind in Dover, she ran the town library for forty years.\n\n"
            "Lind fought the council over library money in 1980.\n\n"
            "Mayor Dana Holt said the town had lost a friend of every reader.\n\n"
            "Lind also taught reading to adults at night.\n")

    def atts(a):
        return [_att(a, "Dana Holt", "person", "Mayor Dana Holt", "said", "the town had lost a friend of every reader")]

    model = _model(text, atts, ("Dana Holt", "Mary Lind", "Lind"))
    assert model is None or "Lind" not in model, model


def test_the_employer_of_a_spokeswoman_who_did_not_respond_is_the_missing_voice():
    text = ("Mayor's picture angers teachers\n\n"
            "Mayor Dana Holt posted a picture of the school that angered many teachers.\n\n"
            "Ann Vole, a teacher at the school, said the picture mocked her pupils.\n\n"
            "Lee Fenn, a spokeswoman for Holt, did not respond to a request for comment.\n")

    def atts(a):
        return [_att(a, "Ann Vole", "person", "Ann Vole", "said", "the picture mocked her pupils")]

    model = _model(text, atts, ("Dana Holt", "Holt", "Ann Vole", "Lee Fenn"))
    assert model is not None and "Dana Holt (¶3)" in model and "Fenn" not in model, model


def test_the_client_of_a_named_lawyer_who_did_not_respond_is_the_missing_voice():
    text = ("Aide sent secret files to a home account\n\n"
            "An aide, Carl Pope, sent secret files to a home account, records show.\n\n"
            "Inspector Ann Sole said the files should never have left the office.\n\n"
            "Pope's lawyer Beth Ward did not respond to a request for comment.\n")

    def atts(a):
        return [_att(a, "Ann Sole", "person", "Inspector Ann Sole", "said",
                     "the files should never have left the office")]

    model = _model(text, atts, ("Carl Pope", "Pope", "Ann Sole", "Beth Ward"))
    assert model is not None and "Carl Pope (¶3)" in model and "Ward" not in model, model


def test_the_victims_a_parade_remembers_after_an_attack_are_not_the_missing_voice():
    text = ("Parades pause for the victims\n\n"
            "Parades in three cities paused on Sunday to remember the victims of the nightclub attack.\n\n"
            "Marchers carried photos of the victims through the streets.\n\n"
            "Jo Marsh, a marcher from Dover, said the day was sad and proud at once.\n")

    def atts(a):
        return [_att(a, "Jo Marsh", "person", "Jo Marsh", "said", "the day was sad and proud at once")]

    model = _model(text, atts, ("Jo Marsh",))
    assert model is None or "victims" not in model, model


def test_a_person_whose_contention_the_article_reports_is_heard():
    text = ("Inspector backs Ruiz on secret files\n\n"
            "Inspector Ann Sole said many files were marked secret only after they were sent.\n\n"
            "Her remarks support the contention of Senator Ana Ruiz that the files were over-classified.\n\n"
            "Ruiz sent forty files from her home account. Ruiz has handed the files to the office.\n")

    def atts(a):
        return [_att(a, "Ann Sole", "person", "Inspector Ann Sole", "said",
                     "many files were marked secret only after they were sent")]

    model = _model(text, atts, ("Ann Sole", "Ana Ruiz", "Ruiz"))
    assert model is None or "Ruiz" not in model, model


def test_a_claim_that_names_someone_only_in_passing_is_no_claim_about_them():
    text = ("Files sent to Rice aides moved to storage\n\n"
            "The office moved a dozen files sent to aides of Governor Tia Rice, a memo shows.\n\n"
            "Officer Pat Kane wrote that ten files sent to aides who worked for Rice have been placed in storage.\n\n"
            "Rice left office in 2009.\n")

    def atts(a):
        return [_att(a, "Pat Kane", "person", "Officer Pat Kane", "wrote",
                     "ten files sent to aides who worked for Rice have been placed in storage")]

    model = _model(text, atts, ("Pat Kane", "Tia Rice", "Rice"))
    assert model is None or "makes claims about" not in model, model


def test_a_party_a_critic_links_to_a_hate_group_is_still_the_missing_voice():
    text = ("Mayor's picture angers teachers\n\n"
            "Mayor Dana Holt posted a picture of a star and a pile of cash on Saturday.\n\n"
            "\"Holt again plays to the white supremacists,\" wrote Ann Vole, a critic of Holt.\n\n"
            "Holt did not respond to a request for comment.\n")

    def atts(a):
        return [_att(a, "Ann Vole", "person", "Ann Vole", "wrote", "Holt again plays to the white supremacists",
                     direct=True)]

    model = _model(text, atts, ("Dana Holt", "Holt", "Ann Vole"))
    assert model is not None and "Dana Holt (¶3)" in model, model


def test_a_column_offers_only_someone_the_writer_argues_about_not_one_named_in_an_aside():
    body = "".join(f"I think the {n} deal of the year was the harbor merger.\n\n" for n in
                   ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"))
    text = ("Roasts and toasts for the year\n\n" + body +
            "Carl Ikon has assured me he will keep the dinner short, and Mr. Ikon has invited two guests.\n\n"
            "Jo Marsh said the harbor merger would cut prices for families.\n")

    def atts(a):
        return [_att(a, "Jo Marsh", "person", "Jo Marsh", "said", "the harbor merger would cut prices for families")]

    model = _model(text, atts, ("Carl Ikon", "Ikon", "Jo Marsh"))
    assert model is None or "Ikon" not in model, model
    argued = text.replace("Carl Ikon has assured me he will keep the dinner short",
                          "I doubt Carl Ikon will keep the dinner short")
    model = _model(argued, atts, ("Carl Ikon", "Ikon", "Jo Marsh"))
    assert model is not None and "Carl Ikon" in model, model
