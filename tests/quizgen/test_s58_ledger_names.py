"""Stop 57: speaker names the ledger read wrong on the drops set's short lessons, each on constructed text of the
same shape."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyse
from quizgen.analysis.sources import SourceRegistry
from quizgen.generate import sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

FILLER = ("The harbour committee met in the old town hall on Tuesday evening to hear from residents. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 4


def _ctx_of(nlp, title, paragraphs):
    article = article_from_text(title + "\n\n" + "\n\n".join([*paragraphs, FILLER]) + "\n")
    return Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))


# "Rubio donor Luther Stan Pate IV … Pate claimed …": the surname is the word before the generation, so the bare
# "Pate" (which the tagger may call an organisation) is that man, and the next paragraph's "he said" is not given to
# another man named earlier.
@pytest.mark.parametrize("full, surname", [
    ("Luther Stan Pate IV", "Pate"),
    ("Tom Hale Jr.", "Hale"),
    ("Ann Marie Reyes III", "Reyes"),
])
def test_a_generation_after_a_name_is_no_surname(full, surname):
    reg = SourceRegistry()
    name = reg.register_person(full)
    assert reg.full_names[surname.lower()] == name
    assert name.startswith(full.rstrip(".")), name


def test_junior_keeps_its_full_stop_and_stays_apart_from_his_father():
    reg = SourceRegistry()
    father = reg.register_person("Donald Marlow")
    son = reg.register_person("Donald Marlow Jr.")
    assert son == "Donald Marlow Jr."
    assert reg.full_names["marlow"] == father  # the name met first keeps the bare surname


def test_a_two_word_name_ending_on_a_numeral_is_left_alone():
    reg = SourceRegistry()
    assert reg.register_person("Abdullah II") == "Abdullah II"
    assert "abdullah" in reg.full_names and "ii" in reg.full_names


def test_the_bare_surname_of_a_name_with_a_generation_is_that_person(nlp):
    ctx = _ctx_of(nlp, "Donor Behind Skywriting Stunt Speaks Out", [
        "The head of the group backing the governor, Mike Murphy, praised the stunt on Friday.",
        "But it turns out that Rubio donor Luther Stan Pate IV, a real estate tycoon, was the one behind the effort.",
        "Pate claimed in an interview with the Herald that he is not backing any particular candidate this year.",
        "“I have not had any conversations with any campaign in almost a year,” he said in the interview."])
    claimed = [a for a in ctx.analysis.attributions if a.cue == "claimed"]
    assert claimed and all(a.source_kind == "person" and "Pate" in a.source for a in claimed), \
        [(a.source, a.source_kind) for a in claimed]
    said = [a for a in ctx.analysis.attributions if "conversations" in a.content]
    assert said and all("Murphy" not in a.source for a in said), [(a.source, a.source_confidence) for a in said]
