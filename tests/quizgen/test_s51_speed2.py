"""The clashes of a lesson's candidate items, worked out once for the two picks of one lesson (s51speed2)."""
from __future__ import annotations

from quizgen.generate.base import make_item
from quizgen.generate.lesson import _clash_pairs
from quizgen.model import Support

SENTENCE = ("Clinton led by about 1,500 votes out of nearly 620,000 cast in unofficial returns, according to the "
            "Northfield Gazette.")
EVIDENCE_OPTIONS = ["A document, such as a letter, memo or court filing", "The opinion of an expert",
                    "A statement by an official", "A report by a news outlet"]
SOURCE_OPTIONS = ["A named person who saw or took part in the events (a witness, player, member or resident)",
                  "A news outlet (a newspaper, broadcaster or news agency)",
                  "A named expert giving an opinion (a scientist, professor or analyst)",
                  "An unnamed person or group (the article does not say exactly who)"]


def _items() -> list:
    sup = Support(3, 375, 375 + len(SENTENCE), SENTENCE)
    evidence = make_item("evidence", "multiple_choice", f"¶3 says: \"{SENTENCE}\" What kind of evidence does this "
                         "sentence give for the claim?", EVIDENCE_OPTIONS, 3, "x", [sup])
    sourcing = make_item("sourcing", "multiple_choice", f"In ¶3 the article says: \"{SENTENCE}\" What kind of source "
                         "gives this claim?", SOURCE_OPTIONS, 1, "x", [sup])
    other = Support(9, 2000, 2050, "The harbour wall was rebuilt in 1998 by the town.")
    detail = make_item("key_detail", "short_answer", "Complete the detail from ¶9: \"The harbour wall was rebuilt "
                       "in ______ by the town.\" Write the missing year.", [], ["1998"], "x", [other])
    return [evidence, sourcing, detail]


def test_clashes_are_those_of_the_items_given_whatever_was_asked_before():
    evidence, sourcing, detail = items = _items()
    clash = _clash_pairs(items)
    assert clash[id(evidence)] == {id(sourcing)} and clash[id(sourcing)] == {id(evidence)} and not clash[id(detail)]
    assert _clash_pairs(list(items)) is clash  # the same items again: the answer kept
    fewer = _clash_pairs([evidence, detail])  # other items: worked out for them
    assert set(fewer) == {id(evidence), id(detail)} and not fewer[id(evidence)]
    again = _clash_pairs(_items())  # items of the same text, other objects: no answer of the others
    assert again is not clash and len(again) == 3
