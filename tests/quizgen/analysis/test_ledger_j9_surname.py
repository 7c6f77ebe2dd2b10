"""A bare surname credited to someone the article brings in after another person of that surname is no
sure speaker (judged blind, J9: the story opens on "Carly Fiorina", which the tagger read as an organisation,
brings in "her husband, Frank Fiorina" in ¶24, and every "Fiorina said" was keyed to Frank)."""
from __future__ import annotations

from dataclasses import replace

from factories import COUNCIL_FILLER
from factories import filler_ledger as ledger

from quizgen.analysis.attributions import _first_full_names, unsure_of_shared_surnames
from quizgen.analysis.parsed import parse_article
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

STORY = ("Venn Pushes Ahead\n\nCandidate Carla Venn strode onstage and spoke about her years at the firm.\n\n"
         + COUNCIL_FILLER + "\n\nFlying home one night, she talked with her husband, Frank Venn, about the merger.\n\n"
         "The board met in May and voted for the deal after a long debate.")


def _parsed(nlp):
    return parse_article(article_from_text(STORY), nlp)


def test_the_first_full_name_of_each_surname_is_found(nlp):
    assert _first_full_names(_parsed(nlp)).get("venn") == "Carla"


def test_a_bare_surname_credited_to_the_later_person_is_unsure(nlp):
    said = ledger(nlp, "Frank Venn said the merger would save the company.")[0]
    bare = replace(said, source_text="Venn", source_confidence=0.85)
    out = unsure_of_shared_surnames([bare], _parsed(nlp))
    assert out[0].source == "Frank Venn" and out[0].source_confidence < CONFIDENT


def test_a_bare_surname_credited_to_the_first_person_stays_sure(nlp):
    said = ledger(nlp, "Carla Venn said the merger would save the company.")[0]
    bare = replace(said, source_text="Venn", source_confidence=0.85)
    out = unsure_of_shared_surnames([bare], _parsed(nlp))
    assert out[0].source_confidence >= CONFIDENT
