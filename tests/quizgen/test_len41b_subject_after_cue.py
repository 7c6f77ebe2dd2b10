"""Issue 10 point 1 (len41b): a partial quotation that opens on its verb, its subject written between "said" and
the quotation ('Holt said the harbour board "has never once published its costs"'), is asked with that subject
("who said that the harbour board "has never once published …"?"), as one after "said that" is; never when the
words between are a pronoun ('said they "have …"': whose "they"?), an object of another verb ('told the crowd to
"go …"') or hold a comma, and never after a cue other than a plain verb of saying. Constructed texts."""
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
           "storm twice as strong as the last, and that work could begin on the wall in the autumn.\n")


def test_subject_between_said_and_the_quotation_is_asked() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               'Council member Ann Holt said the harbour board "has never once published the true costs of the '
               'wall."',
               _OTHERS)
    a = _attribution(ctx, "never once")
    assert a is not None and a.direct
    body = attribution.who_phrase(ctx, a)
    assert body is not None
    assert body.startswith('said that the harbour board "has never once published')
    it = attribution.who_said(ctx, a)
    assert it is not None and it.options[it.answer] == "Ann Holt"


def test_no_subject_from_a_pronoun_between() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               'Council member Ann Holt said they "have never once published the true costs of the wall."',
               _OTHERS)
    a = _attribution(ctx, "never once")
    assert a is None or attribution.who_phrase(ctx, a) is None


def test_named_subject_between_said_and_the_quotation_is_asked() -> None:
    ctx = _ctx("Mayor Tom Reyes wants a sea wall built along the quay before the winter storms arrive.",
               'Council member Ann Holt said Reyes has "never once published the true costs of the wall."',
               _OTHERS)
    a = _attribution(ctx, "never once")
    assert a is not None and a.direct
    body = attribution.who_phrase(ctx, a)
    assert body is not None and body.startswith('said that Reyes has "never once published')
    it = attribution.who_said(ctx, a)
    assert it is not None and it.options[it.answer] == "Ann Holt"
    assert not any("Reyes" in o for o in it.options)


def test_a_day_between_said_and_the_quotation_is_no_subject() -> None:
    assert attribution._NAME_BETWEEN.fullmatch("Monday the board") is None
    assert attribution._NAME_BETWEEN.fullmatch("Reyes has") is not None
