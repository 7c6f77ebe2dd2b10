"""Person-name options must be people (judged blind, stop 34: "Which of these people does the article quote?"
offered "Heisman Trophy", from "Heisman Trophy winner Tim Tebow"), on a constructed article."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.base import Context
from quizgen.generate.distractors import implausible_filler, not_a_person
from quizgen.generate.sourcing import named_sources, quiet_names
from quizgen.model import ITEM_KINDS

RALLY = ("Former Star Backs Harbor Plan\n\n"
         "\"This town deserves a terminal that works for everyone,\" Mayor Dana Voss said at the event on "
         "Saturday.\n\n"
         "\"We have waited twenty years for this,\" said Paul Garner, who runs the fish market.\n\n"
         "The plan was drafted by lawyer Nora Quist and approved by the council in March.\n\n"
         "The crowd on Saturday included former Heisman Trophy winner Tim Tebow and several members of the town "
         "council.\n\n"
         "Governor Ruth Sommer has not taken a position on the terminal, which would cost $12 million.\n")


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def test_an_award_before_a_winners_name_is_no_person_option():
    ctx = _ctx(RALLY)
    assert "Heisman Trophy" not in quiet_names(ctx)
    item = named_sources(ctx)
    assert item is None or "Heisman Trophy" not in item.options, item.options
    assert implausible_filler(ctx, "Heisman Trophy", as_speaker=False)


def test_the_people_stay_options():
    ctx = _ctx(RALLY)
    quiet = quiet_names(ctx)
    assert "Nora Quist" in quiet and "Tim Tebow" in quiet, quiet


def test_not_a_person_names_awards_and_prizes_only():
    text = ("Heisman Trophy winner Tim Tebow met Nobel Prize laureate Ann Lee and Oscar winner Bo Kim. "
            "Trump adviser Cy Dunn and Clinton aide Di Roe watched, with Ann Hall and Tom Cup.")
    for thing in ("Heisman Trophy", "Nobel Prize", "Oscar"):
        assert not_a_person(text, thing), thing
    for person in ("Tim Tebow", "Ann Lee", "Trump", "Clinton", "Ann Hall", "Cy Dunn", "Tom Cup"):
        assert not not_a_person(text, person), person


def test_a_place_the_tagger_took_for_a_person_is_not_one():
    # seen in this stop's snapshot diff: "Broad Streets" (from "at Washington and Broad Streets") offered among
    # "which of these people does the article quote?"
    text = ("Dan Pell parked his bike at Washington and Broad Streets, near Union Square. Ann Street, Jin Park and "
            "Tom Lane marched down Market Avenue.")
    for place in ("Broad Streets", "Union Square", "Market Avenue"):
        assert not_a_person(text, place), place
    for person in ("Dan Pell", "Ann Street", "Jin Park", "Tom Lane"):
        assert not not_a_person(text, person), person
