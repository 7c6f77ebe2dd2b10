"""Main idea, s48: a detail opening with "He"/"She" is offered with the name it plainly stands for (the subject of
the sentence before, no one else named there, the article writing that name with the pronoun's sex and never the
other's, the subject outside any quotation); no detail whose subject was parted from its verb by a lost aside
("Carson, has begun …"), none opening on "The new investment …" or pointing at "that report", none in the
writer's "my"."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.generate import main_idea
from quizgen.generate.base import Context

KEY = "The council of Dover voted on Monday to close the old river bridge to all traffic"
FILLER = ("A later hearing on the cost is set for the second week of June with the planners.\n\n"
          "The ferry to the islands will run twice a day until the end of the summer season.\n\n")


def _ctx(text: str) -> Context:
    from quizgen import analyse
    from quizgen.nlp import load

    art = plain_article(text)
    return Context(art, analyse(art, nlp=load()), random.Random(1), frozenset({"multiple_choice"}))


def _sentence(ctx: Context, start: str):
    return next(s for s in ctx.analysis.sentences if s.span.text.strip().startswith(start))


def _named(body: str, start: str) -> str | None:
    ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}{body}\n")
    s = _sentence(ctx, start)
    return main_idea._named_pronoun(ctx, s, s.span.text.strip())


SHE = "She was the mayor of Dover for nine years before she joined the harbour board."


def test_she_after_a_named_subject_is_that_name() -> None:
    body = f"Ann Holt gave her reasons to the planners in a long letter on Monday. {SHE}"
    assert _named(body, "She was") == ("Ann Holt was the mayor of Dover for nine years before she joined the "
                                       "harbour board.")


def test_no_name_when_the_sentence_before_names_two_people() -> None:
    body = f"Ann Holt gave her reasons to Tom Reed in a long letter on Monday. {SHE}"
    assert _named(body, "She was") is None


def test_no_name_when_the_article_writes_it_with_the_other_sex() -> None:
    body = (f"Ann Holt gave the reasons to the planners in a long letter on Monday. {SHE}\n\n"
            "Holt said his office would answer every letter about the bridge.")
    assert _named(body, "She was") is None


def test_no_name_for_the_subject_of_a_quotation() -> None:
    body = ("\u201cTom Reed does not believe the harbour board can pay for a new bridge.\u201d He said the board "
            "would meet again in the autumn to look at the accounts.\n\n"
            "Tom Reed said his board had no money left for the bridge this year.")
    assert _named(body, "He said") is None


def test_a_detail_opening_with_he_is_offered_with_the_name() -> None:
    body = ("Tom Reed runs the ferry company that carries most of the island traffic in the summer.\n\n"
            "Tom Reed said his boats were full every day in August. "
            "He has asked the harbour board for a second landing stage at the north quay since the spring.")
    ctx = _ctx(f"Dover closes old bridge\n\n{KEY}.\n\n{FILLER}{body}\n")
    pool, _ = main_idea._details(ctx, KEY, _sentence(ctx, "The council"))
    assert ("Tom Reed has asked the harbour board for a second landing stage at the north quay since the spring"
            in [p.rstrip(".") for p in pool]), pool


def test_lost_aside_and_pointing_openings_give_no_detail() -> None:
    assert main_idea._LOST_ASIDE.match("Carson, has begun to attract more attention to his life story.")
    assert not main_idea._LOST_ASIDE.match("In Dover, the council has begun to attract more visitors.")
    assert main_idea._POINTS_AT.search("The new investment comes amid signs the campaign is gaining ground.")
    assert main_idea._POINTS_AT.search("Carson called that report Friday a lie.")
    assert not main_idea._POINTS_AT.search("The new ferry runs twice a day to the islands.")
    assert main_idea._FIRST_PERSON.search("The mayor did not respond to my requests for comment.")
