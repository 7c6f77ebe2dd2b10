"""Judged blind (stop 34 early set): "Trump campaign spokeswoman Hope Hicks did not respond" made the model
answer say the article "reports Hicks' words on other matters" (it reports none): the spokeswoman speaks for
the campaign, whose side is the one missing."""
from __future__ import annotations

from factories import HARBOR_FILLER
from factories import claim as _att
from factories import missing_voice_answer as _model

TEXT = ("Ada Merkin shifts her harbor stance\n\n"
        "Ada Merkin took a hands-off approach to the harbor dispute in her first year as mayor.\n\n"
        "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
        "Merkin said the harbor deal was a terrible mistake and later denied saying so.\n\n"
        "Merkin campaign spokeswoman Nina Hale did not respond to the Ledger's request for comment.\n\n"
        + HARBOR_FILLER)


def test_a_spokeswoman_named_after_her_employer_speaks_for_the_employer():
    model = _model(TEXT, lambda a: [
        _att(a, "Zoe Lark", "person", "Zoe Lark", "said", "the harbor bill would bring new jobs to the town"),
        _att(a, "Ada Merkin", "person", "Merkin", "said", "the harbor deal was a terrible mistake",
             after=a.text.index("Merkin said")),
    ], ("Ada Merkin", "Merkin", "Zoe Lark", "Nina Hale"))
    assert model is None or "Hale' words" not in model and "Hale's words" not in model, model
    assert model is None or "Nina Hale" not in model.split("(¶")[0], model
