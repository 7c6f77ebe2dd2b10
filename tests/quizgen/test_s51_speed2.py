"""The clashes of a lesson's candidate items, worked out once for the two picks of one lesson (s51speed2)."""
from __future__ import annotations

from factories import EVIDENCE_KIND_OPTIONS as EVIDENCE_OPTIONS
from factories import GAZETTE_SENTENCE as SENTENCE
from factories import SOURCE_KIND_OPTIONS as SOURCE_OPTIONS
from factories import filler_details

from quizgen.generate.base import make_item
from quizgen.generate.lesson import _clash_pairs
from quizgen.model import Support


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




def test_a_short_lesson_is_picked_again_only_when_the_preference_for_unasked_sentences_told(monkeypatch):
    """A lesson short of its count is picked again without the preference for sentences no chosen item asks
    about; when that preference never turned an item down, the second pick would be the first: not made."""
    from quizgen.generate import lesson

    calls: list[bool] = []
    real = lesson._choose

    def counted(*args, **kwargs):
        calls.append(kwargs["vary"])
        return real(*args, **kwargs)

    monkeypatch.setattr(lesson, "_choose", counted)
    items = filler_details(6)  # each on a sentence of its own
    assert len(lesson.select(items, 15)) == 6 and calls == [True]
    calls.clear()
    # two on one sentence, neither giving the other away: the preference tells, and the plain pick is made
    sup = Support(3, 375, 375 + len(SENTENCE), SENTENCE)
    evidence = make_item("evidence", "multiple_choice", "What kind of evidence does ¶3 give for Clinton's lead?",
                         EVIDENCE_OPTIONS, 3, "x", [sup])
    gap = make_item("key_detail", "short_answer", "Complete the detail from ¶3: \"Clinton led by about ______ "
                    "votes.\" Write the missing number.", [], ["1,500"], "x", [sup])
    lesson.select([evidence, gap, *items], 15)
    assert calls[:2] == [True, False]
