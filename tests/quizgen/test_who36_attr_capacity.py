"""Issue 10 point 1 (more who-said and sourcing candidates, never doubtful ones), helper who36.

- A "he said" the ledger leaves unsure is counted sure when the person it names is the only one of
  that gender named in its paragraph or the one before, and no unnamed person ("another", "a resident")
  nor a clause of someone else's ("Another said he …", "whether she thought …") is there.
- A quotation opening on "He"/"She" is asked with whom it means in brackets ("[Tom Reyes] has fought
  …") when that is the only other person of that gender named there; never when two could be meant.
- "Ford accused Reyes of ignoring …": the charge is asked as "who accused Reyes of …?", and Reyes,
  named in the stem, is never an option.
- A named person giving their own account, tied by no word near the name to an office, a body or a
  trade, is keyed "speaking for no government or organisation" among options that cannot overlap.
- "Contributing: …" under the story is the credit line, never a speaker; a gerund subject is lowered
  after "said that".

Constructed texts."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyse
from quizgen.generate import attribution, sourcing, sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT, ITEM_KINDS

_SCENE = ("Mayor Tom Reyes visited the harbour on Monday with council member Ann Holt. The tide was low and the "
          "quay was quiet. Rain fell all morning on the empty stalls. Fishing boats rocked in the bay while gulls "
          "circled overhead.")
_OTHERS = ("Sam Ford, who runs the fish market, accused Reyes of ignoring the fish market for a decade. Ford said "
           "the wall would save his business from ruin after three bad winters in a row.\n\n"
           "Jo Marsh, who has lived by the quay for forty years, said the floods had ruined her kitchen twice "
           "since the spring.\n\n"
           "Lena Cruz, a spokeswoman for the harbour board, said the board would publish its own costs in May.\n\n"
           "Paul Dunn, a professor of engineering at the state university, said the design would hold against a "
           "storm twice as strong as the last.\n\n"
           "The state has offered to pay half of the cost if the town raises the rest by June. Work could begin "
           "in the autumn.\n\n"
           "Contributing: Nora Hale.\n")


def _ctx(*paragraphs: str) -> Context:
    article = article_from_text("Harbour wall plan\n\n" + "\n\n".join(paragraphs))
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def _claim(ctx: Context, words: str):
    hits = [a for a in ctx.analysis.attributions if words in a.content]
    assert hits, [a.content for a in ctx.analysis.attributions]
    return hits[0]


def _who_said(ctx: Context, words: str):
    for a in attribution._candidates(ctx):
        if words in a.content:
            return attribution.who_said(ctx, a)
    return None


@pytest.fixture(scope="module")
def he_said():
    return _ctx(_SCENE, '"The new wall will keep the old town dry for fifty years," he said.', _OTHERS)


@pytest.fixture(scope="module")
def bracket():
    return _ctx(_SCENE, '"He has fought for this wall since the storm, and he deserves the credit for it," Holt '
                'said.', _OTHERS)


def test_the_only_man_named_before_he_said_is_its_speaker(he_said):
    a = _claim(he_said, "keep the old town dry")
    assert a.source == "Tom Reyes" and a.source_confidence < CONFIDENT  # the ledger left it unsure
    assert attribution.pronoun_speaker_sure(he_said, a)
    it = _who_said(he_said, "keep the old town dry")
    assert it is not None
    assert it.options[it.answer] == "Tom Reyes", it.options


def test_a_second_man_named_there_leaves_he_unsure():
    ctx = _ctx(_SCENE.replace("council member Ann Holt", "council member Sam Ford"),
               '"The new wall will keep the old town dry for fifty years," he said.', _OTHERS)
    a = _claim(ctx, "keep the old town dry")
    assert not attribution.pronoun_speaker_sure(ctx, a)
    assert _who_said(ctx, "keep the old town dry") is None


def test_an_unnamed_person_there_leaves_he_unsure():
    ctx = _ctx(_SCENE.replace("The tide was low", "Another fisherman joined them. The tide was low"),
               '"The new wall will keep the old town dry for fifty years," he said.', _OTHERS)
    a = _claim(ctx, "keep the old town dry")
    assert not attribution.pronoun_speaker_sure(ctx, a)


def test_a_quotation_opening_on_he_shows_whom_it_means_in_brackets(bracket):
    it = _who_said(bracket, "has fought for this wall")
    assert it is not None
    assert "\"[Tom Reyes] has fought for this wall" in it.stem, it.stem
    assert it.options[it.answer] == "Ann Holt", it.options
    assert "Tom Reyes" not in it.options  # whom the claim is about is never offered as its speaker


def test_no_brackets_when_two_men_could_be_meant():
    ctx = _ctx(_SCENE.replace("council member Ann Holt", "council member Ann Holt and builder Sam Ford"),
               '"He has fought for this wall since the storm, and he deserves the credit for it," Holt said.',
               _OTHERS)
    a = _claim(ctx, "has fought for this wall")
    assert attribution.quoted_referent(ctx, a) is None
    assert _who_said(ctx, "has fought for this wall") is None


def test_a_charge_is_asked_with_its_verb_and_never_offers_whom_it_charges(bracket):
    it = _who_said(bracket, "ignoring the fish market")
    assert it is not None
    assert it.stem.endswith("who accused Reyes of ignoring the fish market for a decade?"), it.stem
    assert it.options[it.answer] == "Sam Ford"
    assert not any("Reyes" in o for o in it.options), it.options


def test_a_person_tied_to_nothing_speaks_for_herself(bracket):
    items = {it.stem.split("says: ")[1][:12]: it for it in sourcing.kind_of_source(bracket)}
    marsh = items.get('"Jo Marsh, w')
    assert marsh is not None, list(items)
    assert marsh.options[marsh.answer] == sourcing.SELF
    # the other options are kinds that cannot be hers: a body's voice, a document, an unnamed source
    assert set(marsh.options) == {sourcing.SELF, sourcing.OFFICIAL, sourcing.DOCUMENT, sourcing.UNNAMED}
    cruz = items.get('"Lena Cruz, ')
    assert cruz is not None and cruz.options[cruz.answer] == sourcing.OFFICIAL  # a spokeswoman: never "herself"


def test_a_person_with_a_trade_near_the_name_is_not_keyed_as_speaking_for_herself():
    ctx = _ctx(_SCENE, _OTHERS.replace("Jo Marsh, who has lived by the quay for forty years,",
                                       "Jo Marsh, who owns the quay cafe,"))
    a = _claim(ctx, "ruined her kitchen")
    assert not sourcing.speaks_for_self(ctx, a)


def test_a_bare_name_tells_nothing_of_whom_she_speaks_for():
    ctx = _ctx(_SCENE, _OTHERS.replace("Jo Marsh, who has lived by the quay for forty years,", "Jo Marsh"))
    a = _claim(ctx, "ruined her kitchen")
    assert not sourcing.speaks_for_self(ctx, a)


def test_contributing_line_is_the_credit_line(bracket):
    assert attribution.credited_staff(bracket, "Nora Hale")
    assert not attribution.credited_staff(bracket, "Jo Marsh")


def test_a_gerund_subject_is_lowered_after_said_that():
    assert attribution.lower_first("Bringing the show back feels right") == "bringing the show back feels right"
    assert attribution.lower_first("Reyes said so") == "Reyes said so"
