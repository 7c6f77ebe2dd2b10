"""Capacity (lesson length) without doubtful items: a quality-gate rule that dropped sound items.

Constructed sentences only. The rule's true positives stand beside the false positives fixed, so the gate
stays as strict where the fault is real.
"""
from __future__ import annotations

import pytest
from factories import item_id, seed_article, support

from quizgen.model import Item
from quizgen.validate import lint_item

ART = seed_article()
HUA = support(ART, 2, "there were no human rights abuses taking place in Xinjiang")
GOOD_EXPL = '¶2: "there were no human rights abuses taking place in Xinjiang".'


def item(stem: str, *, kind: str = "multiple_choice", options=("Hua Chunying", "Mike Pompeo", "Reuters",
                                                                 "Former inmates"), answer=0) -> Item:
    return Item(item_id("attribution", stem), "attribution", kind, stem, tuple(options), answer, GOOD_EXPL, (HUA,))


def plural_who(it: Item) -> bool:
    return any("plural verb" in w for w in lint_item(it, ART))


@pytest.mark.parametrize("stem", [
    "According to ¶2, who show that there were no human rights abuses taking place in Xinjiang?",
    "Who say that there were no human rights abuses taking place in Xinjiang?",
    "In ¶2, who claim that there were no human rights abuses taking place in Xinjiang?",
])
def test_a_question_who_with_a_plural_verb_is_still_a_fault(stem):
    assert plural_who(item(stem))


@pytest.mark.parametrize("stem", [
    # a true/false statement: "who" here is a relative pronoun after its plural noun, not the question word
    "In ¶2, Mike Pompeo said that two officials who have visited the region saw no human rights abuses.",
    "According to ¶2, who said that the farmers who have left the region were well paid?",
    "In ¶2, Hua Chunying said that reporters who were there saw the camps.",
])
def test_a_relative_who_after_its_plural_noun_is_no_grammar_fault(stem):
    kind = "true_false" if not stem.endswith("?") else "multiple_choice"
    opts = ("True", "False") if kind == "true_false" else ("Hua Chunying", "Mike Pompeo", "Reuters", "Former inmates")
    assert not plural_who(item(stem, kind=kind, options=opts, answer=1 if kind == "true_false" else 0))
