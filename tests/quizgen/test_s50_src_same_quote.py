"""One quotation asked once in a full lesson (judged blind: the same quotation asked two or three times across
skills). A matching item offers several claims: one of them asked again by a "who said …?" item on the same
sentence is the same quotation twice, taken only to bring a lesson to its 10 items."""
from __future__ import annotations

from factories import filler_details

from quizgen.generate.base import make_item
from quizgen.generate.lesson import select
from quizgen.model import Support

CLAIMS = [("The bridge will reopen before the winter storms arrive", "Ana Lind", 2, 300),
          ("The council spent far too much money on the new design", "Tom Berg", 3, 500),
          ("The ferry will keep running until the bridge is finished", "Lisa Hunt", 4, 700)]




def _items():
    sups = [Support(p, at, at + len(c) + 12, f"\"{c},\" {who} said.") for c, who, p, at in CLAIMS]
    matching = make_item("attribution", "matching", "Match each source with a claim it makes in the article.",
                         [c for c, _, _, _ in CLAIMS], [[0, 0], [1, 1], [2, 2]], "x", sups,
                         prompts=[who for _, who, _, _ in CLAIMS])
    who = make_item("attribution", "multiple_choice", f"According to ¶2, who said, \"{CLAIMS[0][0]}\"?",
                    ["Ana Lind", "Tom Berg", "Lisa Hunt", "Paul Ames"], 0, "x", [sups[0]])
    return matching, who


def test_a_claim_of_a_matching_item_is_not_asked_again_in_a_full_lesson():
    matching, who = _items()
    chosen = select([matching, who, *filler_details(12)], 15)
    assert len(chosen) >= 10
    assert not (any(c is matching for c in chosen) and any(c is who for c in chosen)), [c.stem for c in chosen]


def test_a_lesson_short_of_its_ten_items_may_still_take_both():
    matching, who = _items()
    chosen = select([matching, who, *filler_details(6)], 15)
    assert any(c is matching for c in chosen) and any(c is who for c in chosen)
