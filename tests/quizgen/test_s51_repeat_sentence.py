"""One sentence asked about once where the article allows (judged blind: a who-said item, a "how does the
article present this claim" item and a key-detail gap all on one sentence). An item on a sentence a chosen item
already asks about is taken only when no other item can take its place, and never makes a lesson shorter."""
from __future__ import annotations

from quizgen.generate.base import make_item
from quizgen.generate.lesson import select
from quizgen.model import Item, Support

PARAS = [
    "\"The harbour bridge will reopen in May,\" said Mayor Ana Lind on Tuesday.",
    "The bridge carried 14,000 cars a day before it closed.",
    "Repairs have cost the town 3 million dollars so far.",
    "Engineers found 40 cracked bolts under the eastern span.",
    "The ferry now makes 12 crossings each morning.",
    "Shops near the bridge lost 25 percent of their trade.",
    "A second crew of 60 workers joined the repairs in March.",
    "The town council approved the budget in a tense meeting.",
    "Critics called the plan reckless and costly.",
    "According to the local paper, the council met behind closed doors.",
    "The bridge may have been unsafe for years, some engineers believe.",
]
TEXT = "Harbour bridge to reopen\n\n" + "\n\n".join(PARAS)


def _sup(k: int) -> Support:
    start = TEXT.index(PARAS[k])
    return Support(k + 1, start, start + len(PARAS[k]), PARAS[k])


def _gap(k: int, number: str) -> Item:
    stem = PARAS[k].replace(number, "______", 1)
    return make_item("key_detail", "short_answer", f"Complete the detail from ¶{k + 1}: \"{stem}\" Write the missing "
                     "number.", [], [number], "x", [_sup(k)])


def _items() -> tuple[list[Item], Item, Item]:
    who = make_item("attribution", "multiple_choice", "According to ¶1, who said the harbour bridge will reopen "
                    "in May?", ["Ana Lind", "Tom Berg", "Lisa Hunt", "Paul Ames"], 0, "x", [_sup(0)])
    how = make_item("certainty", "multiple_choice", "Which best describes how the article presents the mayor's "
                    "promise about the date in ¶1?", ["As a fact the article states itself",
                                                      "As a claim it attributes to a named source",
                                                      "As a rumour it cannot confirm",
                                                      "As a claim it disputes"], 1, "x", [_sup(0)])
    hedged = make_item("certainty", "multiple_choice", "Which best describes how the article presents the "
                       "engineers' view of the bridge's safety in ¶11?", ["As a fact the article states itself",
                                                                          "As a claim it attributes to a named source",
                                                                          "As a belief it hedges",
                                                                          "As a claim it disputes"], 2, "x",
                       [_sup(10)])
    gaps = [_gap(k, n) for k, n in ((1, "14,000"), (2, "3"), (3, "40"), (4, "12"), (5, "25"), (6, "60"))]
    main = make_item("main_idea", "multiple_choice", "Which sentence best states the main idea of the article?",
                     ["The town council approved the budget in a tense meeting.", "The ferry has stopped running.",
                      "The bridge was built by volunteers.", "The shops near the bridge have closed for good."],
                     0, "x", [_sup(7)])
    vocab = make_item("vocabulary_in_context", "multiple_choice", "In ¶9, what does \"reckless\" mean?",
                      ["careless of danger", "very slow", "well planned", "cheap"], 0, "x", [_sup(8)])
    src = make_item("sourcing", "multiple_choice", "In ¶10, what kind of source tells that the council met behind "
                    "closed doors?", ["A news outlet", "A named official", "An anonymous source", "A document"],
                    0, "x", [_sup(9)])
    return [who, hedged, how, *gaps, main, vocab, src], who, how


def _on_one_sentence(chosen: list[Item]) -> int:
    seen: set[tuple[int, int]] = set()
    n = 0
    for it in chosen:
        spans = {(s.start, s.end) for s in it.support}
        n += bool(spans & seen)
        seen |= spans
    return n


def test_a_second_item_on_one_sentence_gives_its_place_to_another_item():
    kept, who, how = _items()
    chosen = select(kept, 10)
    assert len(chosen) == 10
    assert _on_one_sentence(chosen) == 0, [c.stem for c in chosen]
    assert any(c is who for c in chosen) != any(c is how for c in chosen)


def test_a_second_item_on_one_sentence_still_fills_a_place_nothing_else_can():
    kept, who, how = _items()
    kept = [it for it in kept if "¶7" not in it.stem and "¶6" not in it.stem]  # 10 items for 10 places
    chosen = select(kept, 10)
    assert len(chosen) == 10
    assert any(c is who for c in chosen) and any(c is how for c in chosen)


def test_every_lesson_length_keeps_its_items_and_asks_each_sentence_once():
    kept, _, _ = _items()
    for count in range(3, 16):
        chosen = select(kept, count)
        assert len(chosen) == min(count, 10)  # the balanced lesson stops at its 10 items, as before
        assert _on_one_sentence(chosen) == 0, (count, [c.stem for c in chosen])


def test_a_skills_first_item_keeps_its_place_though_on_an_asked_sentence():
    kept, who, how = _items()
    kept = [it for it in kept if "¶11" not in it.stem]  # the only certainty item is on ¶1's asked sentence
    chosen = select(kept, 10)
    assert any(c is how for c in chosen) and any(c is who for c in chosen)
