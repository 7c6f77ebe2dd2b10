"""Sourcing, session 50 (judged blind on the kept-aside k=6 set): "'…,' said Len Burman, head of the centrist
Tax Policy Center" was keyed "a named person speaking for an organisation", and the expert's option was not
offered; the head of a research centre giving his view is an expert as much. Constructed articles only.
"""
from __future__ import annotations

from factories import sourcing_keys as _keys

from quizgen.generate.sourcing import OFFICIAL


def test_the_head_of_a_research_centre_is_not_keyed_an_official(nlp):
    keys = _keys(nlp, "\"I don't think the tax will raise what the town expects,\" said Mara Quill, head of the "
                      "centrist Harbour Policy Center.")
    assert OFFICIAL not in keys, keys


def test_the_head_of_a_council_office_is_still_an_official(nlp):
    keys = _keys(nlp, "\"The tax will pay for the new sea wall within ten years,\" said Mara Quill, head of the "
                      "town's finance office.")
    assert keys == [OFFICIAL], keys
