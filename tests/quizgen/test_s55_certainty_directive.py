"""An instruction passed on ("officials have told residents not to drink the water") is no claim whose presentation a
certainty item can ask about (judged blind, D4: "How does the article present this claim: 'Flint residents not to
drink the brown stuff …'?" keyed "attributed to unnamed officials", while the story states the instruction as a
fact of its own). All texts are constructed."""
from __future__ import annotations

import pytest
from factories import claim, plain_article, sentence_context

from quizgen.generate.certainty import directive
from quizgen.generate.certainty import generate as certainty_items

OTHER = ("Ann Lee, the county clerk, said the new voting machines would be ready for the autumn election.\n\n"
         "Ben Ortiz, a member of the board, said the county had bought two hundred machines in March.\n")


def _ctx(sentence: str, source_text: str, cue: str, content: str):
    article = plain_article(f"Water worries in Harbor\n\n{sentence}\n\n{OTHER}")
    told = claim(article, "officials", "unnamed_group", source_text, cue, content)
    lee = claim(article, "Ann Lee", "person", "Ann Lee", "said",
                "the new voting machines would be ready for the autumn election")
    return sentence_context(article, [told, lee])


def _asked(ctx, words: str):
    return [it for it in certainty_items(ctx) if words in it.stem]


@pytest.mark.parametrize("sentence,cue,content", [
    ("Since April, city officials have told residents not to drink the brown water coming out of their taps.",
     "have told", "residents not to drink the brown water coming out of their taps"),
    ("Last week city officials ordered the staff of the two plants to leave the buildings before noon.",
     "ordered", "the staff of the two plants to leave the buildings before noon"),
    ("On Monday city officials warned families in the river district to boil their water for a week.",
     "warned", "families in the river district to boil their water for a week"),
])
def test_an_instruction_is_not_asked_about(sentence, cue, content):
    ctx = _ctx(sentence, "city officials", cue, content)
    assert directive(ctx.analysis.attributions[0], ctx.article.text)
    assert not _asked(ctx, max(content.split(), key=len))


@pytest.mark.parametrize("sentence,cue,content", [
    # a claim told to someone: true or false of the water
    ("Since April, city officials have told residents that the brown water from their taps is safe to drink.",
     "have told", "the brown water from their taps is safe to drink"),
    # the cue's object does not open the content: a claim whose subject follows a comma
    ("If the levy fails, city officials warned, families in the river district plan to leave the city for good.",
     "warned", "families in the river district plan to leave the city for good"),
    # "warned that": a claim
    ("On Monday city officials warned that the water in the river district would stay brown for a week.",
     "warned", "the water in the river district would stay brown for a week"),
])
def test_a_claim_told_or_warned_is_still_asked_about(sentence, cue, content):
    ctx = _ctx(sentence, "city officials", cue, content)
    assert not directive(ctx.analysis.attributions[0], ctx.article.text)
    assert _asked(ctx, max(content.split(), key=len))

