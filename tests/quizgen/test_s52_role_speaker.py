"""s52 ledger: a role description as the speaker ("the Vermont senator said") is the one person the article named
with that role BEFORE it (constructed articles, real parse).

- The person's description may be written after the name: "Sen. Maria Lane of Vermont", or in the parenthesis of
  party and state ("Sen. Maria Lane (D-Vt.)", "(R-Fla.)"); "GOP" is "Republican", "Democrat" is "Democratic".
- Only people named before the description count: one named only after is never meant, and a second bearer named
  only after does not make the first doubtful.
- Still unsure: two bearers before, none, a plural, a modifier (a place, a party, "former") the person's
  description lacks, a possessive description ("the company's chief executive").
- The source as written stays the article's words ("the Vermont senator"); the source is the resolved name.
"""
from __future__ import annotations

import pytest
from factories import plain_article

from quizgen.analysis import analyse
from quizgen.model import CONFIDENT

OPENING = ("Harbor levy splits the town\n\n"
           "The town council met on Monday evening to discuss the harbor levy and the budget for next year. "
           "Residents filled the hall and many waited outside in the rain.\n\n")
CLAIM = "needed more money"


def _about(nlp, body):
    atts = analyse(plain_article(OPENING + body), nlp=nlp).attributions
    return [a for a in atts if CLAIM in a.content]


@pytest.mark.parametrize("body,speaker,written", [
    # "X of Vermont": the place after the name
    ("Sen. Maria Lane of Vermont spoke at the rally on Monday.\n\n"
     "The Vermont senator told reporters that the harbor needed more money.", "Maria Lane", "The Vermont senator"),
    # the party and state in a parenthesis
    ("Sen. Maria Lane (D-Vt.) spoke at the rally on Monday.\n\n"
     "The Vermont senator told reporters that the harbor needed more money.", "Maria Lane", "The Vermont senator"),
    ("Senate Minority Leader Tom Hale (D-Nev.) spoke at the rally on Monday.\n\n"
     "The Senate Democratic leader told reporters that the harbor needed more money.", "Tom Hale",
     "The Senate Democratic leader"),
    # the parenthesis alone: its party is the role, its state a modifier
    ("Rep. Tom Hale (R-Utah) spoke at the rally on Monday.\n\n"
     "The Utah Republican told reporters that the harbor needed more money.", "Tom Hale", "The Utah Republican"),
    # "GOP" is "Republican"
    ("GOP front-runner Tom Hale spoke at the rally on Monday.\n\n"
     "The Republican front-runner argued that the harbor needed more money.", "Tom Hale",
     "The Republican front-runner"),
    # "former" and a place, both in the title before the name and after it
    ("Former Gov. Tom Hale of Florida spoke at the rally on Monday.\n\n"
     "The former Florida governor told reporters that the harbor needed more money.", "Tom Hale",
     "The former Florida governor"),
    # a second senator named only after the description is not a rival
    ("Sen. Maria Lane spoke at the rally on Monday.\n\n"
     "The senator told reporters that the harbor needed more money.\n\n"
     "Sen. Tom Hale will visit the harbor next week.", "Maria Lane", "The senator"),
])
def test_a_role_description_is_the_one_person_named_with_it_before(nlp, body, speaker, written):
    found = _about(nlp, body)
    assert found and all(a.source == speaker and a.source_kind == "person" and a.source_confidence >= CONFIDENT
                         and a.source_text == written for a in found), \
        [(a.source, a.source_text, a.source_confidence) for a in found]


@pytest.mark.parametrize("body", [
    # named only after the description
    "The Vermont senator told reporters that the harbor needed more money.\n\n"
    "Vermont Sen. Maria Lane will visit the harbor next week.",
    # two senators before
    "Sen. Maria Lane of Vermont and Sen. Tom Hale of Vermont spoke at the rally on Monday.\n\n"
    "The Vermont senator told reporters that the harbor needed more money.",
    # a governor before, no senator
    "Gov. Maria Lane spoke at the rally on Monday.\n\n"
    "The senator told reporters that the harbor needed more money.",
    # a plural
    "Sen. Maria Lane and Sen. Tom Hale spoke at the rally on Monday.\n\n"
    "The senators told reporters that the harbor needed more money.",
    # a party the person's description lacks
    "Sen. Maria Lane of Vermont spoke at the rally on Monday.\n\n"
    "The Republican senator told reporters that the harbor needed more money.",
    # a party the parenthesis contradicts
    "Sen. Maria Lane (D-Vt.) spoke at the rally on Monday.\n\n"
    "The Republican senator told reporters that the harbor needed more money.",
    # the party of a parenthesis alone, with no place: too broad
    "Rep. Tom Hale (R-Utah) spoke at the rally on Monday.\n\n"
    "The Republican told reporters that the harbor needed more money.",
    # the parenthesis is another person's
    "Sen. Maria Lane and Rep. Tom Hale (D-Vt.) spoke at the rally on Monday.\n\n"
    "The Vermont senator told reporters that the harbor needed more money.",
    # "former" the person's description lacks
    "Gov. Tom Hale of Florida spoke at the rally on Monday.\n\n"
    "The former Florida governor told reporters that the harbor needed more money.",
    # a title written before a name only after the description
    "The president told reporters that the harbor needed more money.\n\n"
    "President Tom Hale will visit the harbor next week.",
    # two chief executives, a possessive description
    "Tom Hale, the chief executive of Harbor Freight, and Anna Berg, the chief executive of Dockline, spoke at "
    "the rally on Monday.\n\n"
    "The company's chief executive told reporters that the harbor needed more money.",
])
def test_a_role_description_without_one_earlier_bearer_stays_unsure(nlp, body):
    found = _about(nlp, body)
    assert found and not [a for a in found if a.source_kind == "person" and a.source_confidence >= CONFIDENT], \
        [(a.source, a.source_text, a.source_confidence) for a in found]
