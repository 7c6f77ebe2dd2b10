"""Judged blind on J6: the missing-voice model answer named (1) "voters" as a party because the lede
said the senator bragged to voters -- a group named only as someone spoken to is no party with a stake --
and (2) "the White House" as never heard, while "White House officials", aides and the president's
deputy national security adviser speak throughout: a body whose officials, aides or advisers are heard
is heard (constructed articles)."""
from __future__ import annotations

from factories import attribution, missing_voice_answer, unheard_parties

ADDRESSEE = (
    "Senator Tom Blake seeks a truce with his colleagues\n\n"
    "Senator Tom Blake, who fought with fellow senators and boasted about it to voters, now wants to make "
    "peace with his colleagues in the chamber.\n\n"
    "Senator Ann Cole said she expects Blake to play a large role in the fight for the chamber this fall.\n\n"
    "Blake has raised money for several colleagues this spring and plans to visit their states.\n\n"
    "Independent voters in Ohio have cooled on several of the senators he is helping.\n\n"
    "Senator Ray Dunn said the truce would help the party hold its seats in November.\n")


def _addressee_atts(a):
    return [attribution(a, "Ann Cole", "Senator Ann Cole", "said",
                        ["she expects Blake to play a large role in the fight for the chamber this fall"]),
            attribution(a, "Ray Dunn", "Senator Ray Dunn", "said",
                        ["the truce would help the party hold its seats in November"])]


def test_a_group_named_only_as_the_people_spoken_to_is_no_missing_voice():
    model = missing_voice_answer(ADDRESSEE, _addressee_atts, people=("Tom Blake", "Blake", "Ann Cole",
                                                                     "Ray Dunn"))
    assert model is None or "voters" not in model.lower()


def test_a_group_the_lede_is_about_is_still_offered():
    text = ADDRESSEE.replace("who fought with fellow senators and boasted about it to voters",
                             "whose votes angered voters across the state")
    model = missing_voice_answer(text, _addressee_atts, people=("Tom Blake", "Blake", "Ann Cole", "Ray Dunn"))
    assert model is not None and "voters" in model.lower()


STAFFED = (
    "Two leaders meet again after years of strain\n\n"
    "When Prime Minister Ari Stein arrived at the White House on Monday, he and President Kay Moss had "
    "reasons to mend their ties.\n\n"
    "The White House arranged the first visit quickly in 2010. To White House officials, it was a sign of "
    "respect to make time for Stein that day.\n\n"
    "Stein felt slighted and left the White House early. No photographers were invited to the meeting.\n\n"
    "The two leaders first met in 2007. They got along well, said Ben Roth, the president's deputy national "
    "security adviser.\n\n"
    "Stein returned to the White House in 2013. Aides said Moss believed in airing differences openly.\n\n"
    "The visit was the high point of their relationship, said Dan Ross, a former envoy.\n")


def _staffed_atts(a):
    return [attribution(a, "Ben Roth", "Ben Roth", "said", ["They got along well"]),
            attribution(a, "aides", "Aides", "said", ["Moss believed in airing differences openly"], kind="group"),
            attribution(a, "Dan Ross", "Dan Ross", "said", ["The visit was the high point of their relationship"])]


def test_a_body_whose_officials_and_advisers_speak_is_no_missing_voice():
    model = missing_voice_answer(STAFFED, _staffed_atts, people=("Ari Stein", "Stein", "Kay Moss", "Moss",
                                                                 "Ben Roth", "Dan Ross"),
                                 orgs=("White House",))
    assert model is None or "white house" not in model.lower()


def test_a_body_no_one_speaks_for_is_still_offered():
    text = (STAFFED.replace("To White House officials, it was a sign of respect to make time for Stein that day.",
                            "It made time for Stein that day.")
            .replace(", the president's deputy national security adviser", ", a historian")
            .replace("Aides said Moss believed", "Many said Moss believed"))

    def atts(a):
        return [attribution(a, "Ben Roth", "Ben Roth", "said", ["They got along well"]),
                attribution(a, "Dan Ross", "Dan Ross", "said",
                            ["The visit was the high point of their relationship"])]

    # (every unheard party: since stop 35 a body only named often is no model answer's example, judged blind)
    model = unheard_parties(text, atts, people=("Ari Stein", "Stein", "Kay Moss", "Moss", "Ben Roth",
                                                "Dan Ross"), orgs=("White House",))
    assert "white house" in model.lower()
