"""A "she said" claim of a person the article names just before: the ledger is less sure which person
"she" is (source confidence under CONFIDENT), but "Attributed to a named source" is the key whoever she
is of the people named there. Asked about only when the named person comes right before the pronoun
(this paragraph or the one before), no person the article does not name stands in between, and the
article gives that person the pronoun's gender; the explanation names no one. Constructed texts."""
from __future__ import annotations

import random
from dataclasses import replace

from factories import claim, people_entities, plain_analysis, plain_article

from quizgen.generate import certainty
from quizgen.generate.base import Context
from quizgen.generate.certainty import NAMED, named_by_pronoun
from quizgen.model import ITEM_KINDS

HEAD = "Council approves harbour plan\n\nThe city council approved a plan to rebuild the old harbour on Monday.\n\n"
CLAIM = "the rebuilt harbour will open to ferries within three years"


def _ctx(body: str, *, confidence: float = 0.75, source: str = "Maria Keller", pron: str = "She"):
    article = plain_article(HEAD + body)
    at = article.text.index(f"{pron} said")
    a = replace(claim(article, source, "person", pron, "said", CLAIM, after=at), source_confidence=confidence)
    analysis = plain_analysis(article, attributions=(a,), entities=people_entities(article, "Maria Keller"))
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)), a


def test_she_right_after_the_named_person_is_a_named_source():
    ctx, a = _ctx(f"Maria Keller, the planning chief, spoke after the vote. She said {CLAIM}.")
    assert named_by_pronoun(ctx, a)
    items = [it for it in certainty.generate(ctx) if it.skill == "certainty"]
    assert len(items) == 1
    it = items[0]
    assert it.options[it.answer] == NAMED
    # the explanation's own words name no one (which person "she" is the ledger is less sure of); the cited
    # passage starts at the sentence naming her, so the student sees whom the paragraph names (judged blind, J5)
    cited, why = it.explanation.split(" — ", 1)
    assert "Maria Keller" not in why and "names just before" in why
    assert "Maria Keller" in it.support[0].text and "She said" in it.support[0].text


def test_the_named_person_in_the_paragraph_before_counts():
    ctx, a = _ctx(f"Maria Keller, the planning chief, spoke after the vote.\n\nShe said {CLAIM}.")
    assert named_by_pronoun(ctx, a)
    # judged blind (J3): an item pointing to the claim's paragraph alone, which names no one, rested "named source"
    # on text it left out; since stop 48 it cites the naming sentence of the paragraph before too and points to both
    for c in (ctx, _ctx(f"Maria Keller, the planning chief, spoke after the vote.\n\nShe said {CLAIM}.",
                        confidence=0.9)[0]):
        for it in certainty.generate(c):
            assert it.skill == "certainty", it.stem  # never "names who made this claim (¶3)"
            if it.options[it.answer] == NAMED:
                assert "from ¶2–3:" in it.stem, it.stem
                assert "Maria Keller" in it.support[0].text and "She said" in it.support[-1].text


def test_an_unnamed_person_in_between_may_be_the_speaker():
    ctx, a = _ctx(f"Maria Keller, the planning chief, spoke to a local resident. She said {CLAIM}.")
    assert not named_by_pronoun(ctx, a)
    assert not [it for it in certainty.generate(ctx) if it.skill == "certainty"]


def test_no_mention_before_the_pronoun_no_item():
    ctx, a = _ctx(f"She said {CLAIM}.\n\nMaria Keller, the planning chief, spoke after the vote.")
    assert not named_by_pronoun(ctx, a)
    assert not [it for it in certainty.generate(ctx) if it.skill == "certainty"]


def test_a_pronoun_of_the_other_gender_than_the_article_gives_no_item():
    # the article calls Ms. Keller "she" elsewhere: a "he said" is not hers
    body = f"Ms. Keller, the planning chief, spoke after the vote. He said {CLAIM}."
    ctx, a = _ctx(body, pron="He")
    assert not named_by_pronoun(ctx, a)


def test_a_doubtful_resolution_stays_out():
    ctx, a = _ctx(f"Maria Keller, the planning chief, spoke after the vote. She said {CLAIM}.", confidence=0.5)
    assert not named_by_pronoun(ctx, a)
    assert not [it for it in certainty.generate(ctx) if it.skill == "certainty"]
