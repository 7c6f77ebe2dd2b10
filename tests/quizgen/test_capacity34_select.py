"""Issue 10 point 1: what the lesson selection leaves out of a short lesson. A "which of these words from the
article means …?" item offers four words of the article: its keyed word printed in another item's stem (a gap
on the sentence the word stands in) tells nothing of what the word means, and gives nothing away.
Constructed items."""
from __future__ import annotations

from quizgen.generate.lesson import gives_away, select
from quizgen.model import Item, Support

_SENT = "The parents are on trial for manslaughter after the death of their nine-month-old child."


def _vocab() -> Item:
    return Item(id="v", skill="vocabulary_in_context", kind="multiple_choice",
                stem="Which of these words from the article means \"killing a person without meaning to\"?",
                options=("malnutrition", "manslaughter", "eczema", "negligence"), answer=1, explanation="",
                support=(Support(1, 0, len(_SENT), _SENT),))


def _gap() -> Item:
    return Item(id="g", skill="key_detail", kind="short_answer",
                stem="Complete the detail from ¶1: \"The parents are on trial for manslaughter after the death of "
                     "their ______-month-old child.\" Write the missing number.",
                options=(), answer=["nine", "9"], explanation="", support=(Support(1, 0, len(_SENT), _SENT),))


def test_a_word_printed_in_another_stem_gives_no_meaning_away():
    assert not gives_away(_vocab(), _gap())
    chosen = select([_vocab(), _gap()], 15)
    assert len(chosen) == 2


def test_a_gap_printed_in_a_word_question_still_gives_itself_away():
    # the other way round nothing changes: a gap's answer printed elsewhere is given away
    gap = _gap()
    other = Item(id="o", skill="main_idea", kind="multiple_choice", stem="Which sentence best states the main idea?",
                 options=("The parents of a nine-month-old child are on trial for manslaughter.", "A", "B", "C"),
                 answer=0, explanation="", support=(Support(1, 0, len(_SENT), _SENT),))
    assert gives_away(gap, other)
