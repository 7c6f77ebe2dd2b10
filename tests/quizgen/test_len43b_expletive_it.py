"""len43b: "It is a (national) disgrace / shame / tragedy / scandal that …" opens on an expletive "it" that stands for
the clause after it, not on a pronoun for something named before: a quotation or claim of that shape is asked like
any other ("who said, "It is a national disgrace that …"?"), and the ledger never makes "it" (or the last speaker)
the source of such a sentence the writer states. "It's a large community that …" still leans on what "it" is; a
real "it" speaker ("The Daily Courier reported … It said …") is still the outlet. Constructed texts."""
from __future__ import annotations

import pytest
from factories import council_attributions
from harbour_help import claim_with as _claim
from harbour_help import harbour_ctx as _ctx

from quizgen.generate import attribution
from quizgen.generate.attribution import starts_with_context
from quizgen.generate.base import expletive_it, starts_with_pronoun


@pytest.mark.parametrize("text", [
    "It is a national disgrace that the town still charges families to park at the hospital",
    "It is a shame that the town still charges families to park at the hospital",
    "It was a shame that the town still charged families to park at the hospital",
    "It's a scandal that the town still charges families to park at the hospital",
    "It’s a real tragedy that the town still charges families to park at the hospital",
    "that it is a disgrace that the town still charges families to park at the hospital",
    "\u201cIt is a national disgrace that the town still charges families to park at the hospital,\u201d",
])
def test_an_expletive_it_of_judgement_leans_on_nothing_outside(text):
    assert not starts_with_context(text)
    assert not starts_with_pronoun(text.removeprefix("that "))


@pytest.mark.parametrize("text", [
    "It's a large community that votes as one bloc in every election",
    "It's a slow-moving issue that nobody in the town wants to talk about",
    "It was built in the spring and cost the town far more than planned",
    "It is a disgrace to the whole town and everyone who works there",
])
def test_an_it_that_stands_for_something_named_before_still_leans_on_it(text):
    assert not expletive_it(text)
    assert starts_with_pronoun(text)


_OTHERS = ("Sam Ford, who runs the fish market, said the wall would save his business from ruin after three bad "
           "winters in a row.\n\n"
           "Jo Marsh, who has lived by the quay for forty years, said the floods had ruined her kitchen twice "
           "since the spring.\n\n"
           "Lena Cruz, a spokeswoman for the town council, said the council would publish its own costs in May.\n\n"
           "Paul Dunn, a professor of engineering at the state university, said the design would hold against a "
           "storm twice as strong as the last, and that work could begin on the wall in the autumn.\n")


def test_a_quotation_opening_on_an_expletive_it_is_asked():
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               'Council member Ann Holt opposes the wall. "It is a national disgrace that the town spends millions '
               'on a wall while families cannot pay their rent," she said.',
               _OTHERS)
    a = _claim(ctx, "national disgrace")
    assert a is not None and a.direct and a.source == "Ann Holt"
    it = attribution.who_said(ctx, a)
    assert it is not None, "no who-said item"
    assert "It is a national disgrace that" in it.stem and it.options[it.answer] == "Ann Holt", it.stem


def _listed(atts):
    return [(a.paragraph, a.source, a.source_text, a.cue, a.content[:50]) for a in atts]


@pytest.mark.parametrize("paragraphs", [
    ["The Daily Courier reported that the mayor had resigned. It is a national disgrace that the city lost its "
     "mayor so soon after the vote."],
    ["The Daily Courier reported that the mayor had resigned.",
     "It's a scandal that the city still charges families for parking at the hospital, and nobody has stopped it."],
    ['"The fees are fair," Ms. Berg said.',
     "It was a shame that the city still charged families for parking at the hospital all through the winter."],
])
def test_the_ledger_gives_a_writers_expletive_sentence_no_source(nlp, paragraphs):
    atts = council_attributions(nlp, *paragraphs)
    assert not [a for a in atts if "disgrace" in a.content or "scandal" in a.content or "shame" in a.content], \
        _listed(atts)


def test_a_real_it_speaker_is_still_the_outlet_named_before(nlp):
    atts = council_attributions(nlp, "The Daily Courier reported that the mayor had resigned. It said she would "
                                     "leave the hall in May after the vote.")
    found = [a for a in atts if "leave the hall in May" in a.content]
    assert len(found) == 1 and found[0].source == "Daily Courier" and found[0].source_text == "It", _listed(atts)
