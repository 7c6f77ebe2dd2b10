"""Item shapes judged weak on set J17 (9 PolNeAR dev articles, judged blind), each on constructed text."""
from __future__ import annotations

from test_generate_j16 import _speaker


def test_a_name_after_a_closing_quotation_and_an_appositive_is_the_speaker_who_told():
    # judged blind (J17): "'… the labels of "criminal,"' ______, the executive director at the Center …, told
    # The Daily Post" was a key-detail gap on the speaker of the quotation before it
    text = ("\u201cThe story is pushed by the media, where we find the labels of \u2018criminal,\u2019\u201d "
            "Dana Ruiz, the executive director at the Center for Fair News and a guest on the show, "
            "told The Daily Post.")
    assert _speaker(text, "Dana Ruiz")


def test_a_name_that_told_something_with_no_quotation_before_it_is_still_a_detail():
    # the act of telling, not the speaker of words quoted before it
    text = "Dana Ruiz, the executive director at the Center for Fair News, told the board about the new budget."
    assert not _speaker(text, "Dana Ruiz")
