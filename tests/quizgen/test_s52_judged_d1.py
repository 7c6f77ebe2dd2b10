"""Judged blind on set D1 (13 unseen PolNeAR articles): "Super Glass", a law's name ("Super Glass-Steagall") cut at
its hyphen by the tagger, offered twice as a person who said something; a written cause keyed "familial obligations"
alone, where "family obligations" or "family reasons" is as right. Constructed sentences of the same shapes."""
from __future__ import annotations

from quizgen.generate.cause_effect import _cause_forms
from quizgen.generate.distractors import only_in_compounds


def test_a_name_the_article_writes_only_inside_a_hyphenated_word_is_no_person_option():
    text = ("Ruiz backs a new Super Glass-Steagall act. Lee said a Super Glass-Steagall law would split the banks. "
            "Voters at a pro-Hale rally cheered. Hale spoke next.")
    assert only_in_compounds(text, "Super Glass")
    assert not only_in_compounds(text, "Hale")  # also written alone
    assert not only_in_compounds(text, "Ruiz")
    assert not only_in_compounds(text, "Nobody Here")  # not in the text at all: other tests decide


def test_a_written_cause_is_one_word_or_an_intensity_word_and_its_noun():
    local = "He turned the job down because of ______."
    assert _cause_forms("familial obligations", local) == []
    assert _cause_forms("health problems", local) == []
    assert _cause_forms("severe eczema", local) == ["severe eczema", "eczema"]
    assert _cause_forms("the storm", local) == ["the storm", "storm"]
