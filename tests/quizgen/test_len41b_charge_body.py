"""Issue 10 point 1 (len41b): a charge laid on a named body ("accused the Harbour Board of hiding …") is asked
as "who accused the Harbour Board of hiding …?", as one laid on a named person is; never on a body named in
lower case ("accused the board of …": which board?) nor the body itself an option. Constructed texts."""
from __future__ import annotations

from harbour_help import claim_with as _attribution
from harbour_help import harbour_ctx as _ctx

from quizgen.generate import attribution

_OTHERS = ("Sam Ford, who runs the fish market, said the wall would save his business from ruin after three bad "
           "winters in a row.\n\n"
           "Jo Marsh, who has lived by the quay for forty years, said the floods had ruined her kitchen twice "
           "since the spring.\n\n"
           "Lena Cruz, a spokeswoman for the town council, said the council would publish its own costs in May.\n\n"
           "Paul Dunn, a professor of engineering at the state university, said the design would hold against a "
           "storm twice as strong as the last.\n")


def test_charge_on_a_named_body_is_asked() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               "Council member Ann Holt accused the Harbour Board of hiding the true cost of the wall from the town.",
               _OTHERS)
    a = _attribution(ctx, "Harbour Board")
    assert a is not None
    assert attribution.who_phrase(ctx, a) == ("accused the Harbour Board of hiding the true cost of the wall from "
                                              "the town")
    it = attribution.who_said(ctx, a)
    assert it is not None
    assert it.options[it.answer] == "Ann Holt"
    assert not any("Harbour" in o for o in it.options)


def test_no_charge_phrase_on_a_body_in_lower_case() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               "Council member Ann Holt accused the board of hiding the true cost of the wall from the town.",
               _OTHERS)
    a = _attribution(ctx, "hiding")
    assert a is None or attribution.charge_phrase(ctx, a, 26) is None
