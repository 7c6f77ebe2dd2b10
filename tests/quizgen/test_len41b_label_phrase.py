"""Issue 10 point 1 (len41b): "X has called climate change a hoax …" is a claim the ledger is sure of, whose
content is a noun phrase and its label, no clause: it is asked as "who has called climate change a hoax …?"
(the cue, its object and the label, in the reporter's words). Never a call for something ("called for"), a
call to someone ("called on", "called Reyes on Monday"), or a label of a pronoun ("called it a …").
Constructed texts."""
from __future__ import annotations

from harbour_help import claim_with as _attribution
from harbour_help import harbour_ctx as _ctx

from quizgen.generate import attribution

_OTHERS = ("Sam Ford, who runs the fish market, said the wall would save his business from ruin after three bad "
           "winters in a row.\n\n"
           "Jo Marsh, who has lived by the quay for forty years, said the floods had ruined her kitchen twice "
           "since the spring.\n\n"
           "Lena Cruz, a spokeswoman for the harbour board, said the board would publish its own costs in May.\n\n"
           "Paul Dunn, a professor of engineering at the state university, said the design would hold against a "
           "storm twice as strong as the last.\n\n"
           "The state has offered to pay half of the cost if the town raises the rest by June. Work could begin "
           "in the autumn.\n")


def test_label_is_asked_with_its_cue() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               "Council member Ann Holt has called the sea wall a waste of money raised from the fishing families.",
               _OTHERS)
    a = _attribution(ctx, "waste of money")
    assert a is not None
    body = attribution.who_phrase(ctx, a)
    assert body == "has called the sea wall a waste of money raised from the fishing families"
    it = attribution.who_said(ctx, a)
    assert it is not None
    assert it.stem == "According to ¶2, who has called the sea wall a waste of money raised from the fishing families?"
    assert it.options[it.answer] == "Ann Holt"


def test_label_with_a_participle_is_asked() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               "Council member Ann Holt has called the storm warnings a scare invented by developers to lift prices.",
               _OTHERS)
    a = _attribution(ctx, "a scare")
    assert a is not None
    assert attribution.who_phrase(ctx, a) == ("has called the storm warnings a scare invented by developers to lift "
                                              "prices")
    it = attribution.name_the_source(ctx, a)
    assert it is not None and "Ann Holt" in it.answer


def test_a_title_after_called_is_still_no_claim() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               "Council member Ann Holt wrote a book called Walls Against The Sea And Other Stories last year.",
               _OTHERS)
    a = _attribution(ctx, "Walls Against")
    assert a is None or attribution.who_said(ctx, a) is None


def test_no_label_phrase_for_a_pronoun() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               "Council member Ann Holt has called it a waste of money raised from the fishing families.",
               _OTHERS)
    a = _attribution(ctx, "waste of money")
    assert a is None or attribution.who_phrase(ctx, a) is None


def test_label_phrase_needs_a_label() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               "Council member Ann Holt called Reyes on Monday morning about the fishing families.",
               _OTHERS)
    a = _attribution(ctx, "Monday")
    assert a is None or attribution.who_phrase(ctx, a) is None
