"""Judged blind (stop 35 early set): a missing-voice model answer named "FOIA", a law (the Freedom of
Information Act, spelt out in the article), as a party to hear from; and the model answer's reason read
"hearing from Donald Trump would give readers their own account, not only what others say of them" (a
plural pronoun for one person)."""
from __future__ import annotations

from factories import HARBOR_FILLER
from factories import claim as _att
from factories import missing_voice_answer as _model
from factories import unheard_parties as _unheard

LAW_TEXT = ("Judge opens harbor records under HRPA\n\n"
            "A federal judge granted Harbor Watch's Harbor Records Protection Act (HRPA) requests on Monday.\n\n"
            "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
            "The HRPA has pushed the harbor board for two years.\n\n"
            "Port owners say the HRPA moved the talks along quickly.\n\n"
            "The HRPA office has a long backlog of harbor files.\n\n" + HARBOR_FILLER)
LARK = "the harbor bill would bring new jobs to the town"


def test_a_law_named_by_its_initials_is_no_missing_voice():
    model = _unheard(LAW_TEXT, lambda a: [_att(a, "Zoe Lark", "person", "Zoe Lark", "said", LARK)],
                   ("Zoe Lark",), ("HRPA",))
    assert "HRPA" not in model, model


def test_an_agency_named_by_its_initials_is_still_a_missing_voice():
    text = LAW_TEXT.replace("Harbor Records Protection Act", "Harbor Records Protection Agency")
    model = _unheard(text, lambda a: [_att(a, "Zoe Lark", "person", "Zoe Lark", "said", LARK)],
                     ("Zoe Lark",), ("HRPA",))
    assert "the HRPA (¶1)" in model, model


PERSON_TEXT = ("Ada Merkin signs the harbor deal\n\n"
               "Chancellor Ada Merkin signed the harbor deal with the islands on Monday.\n\n"
               "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
               "Merkin has pushed the harbor deal for two years.\n\n"
               "Port owners accused Merkin of hiding the cost of the deal.\n\n" + HARBOR_FILLER)


def test_the_model_answer_names_one_persons_own_account_not_their():
    model = _model(PERSON_TEXT, lambda a: [
        _att(a, "Zoe Lark", "person", "Zoe Lark", "said", "the harbor bill would bring new jobs to the town"),
    ], ("Ada Merkin", "Merkin", "Zoe Lark"))
    assert model is not None and "Merkin" in model, model
    assert "their own account" not in model and "say of them" not in model, model
    assert "hearing from Ada Merkin would give readers Merkin's own account, not only what others say about Merkin" \
        in model, model
