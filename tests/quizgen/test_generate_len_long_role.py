"""Lesson length: a role given in apposition of nine or ten words ("a doctoral candidate at the Harbour
Institute of Marine Technology") is asked as "who does ¶N describe as …?"; one of more words still is not."""
from __future__ import annotations

from test_generate_h_key import _OFFICE_TEXT, _office_items


def test_a_nine_word_role_in_apposition_is_asked():
    text = _OFFICE_TEXT.replace("a letter from Fisheries Minister Ann Lee to the council.",
                                "a letter from Ann Lee, a doctoral candidate at the Harbour Institute of Marine "
                                "Technology, to the council.")
    items = [it for it in _office_items(text) if "doctoral candidate" in it.stem]
    assert items
    assert items[0].stem == ("Who does ¶6 describe as \"a doctoral candidate at the Harbour Institute of Marine "
                             "Technology\"?")
    assert items[0].options[items[0].answer] == "Ann Lee"


def test_a_role_of_more_than_ten_words_is_not():
    text = _OFFICE_TEXT.replace("a letter from Fisheries Minister Ann Lee to the council.",
                                "a letter from Ann Lee, a doctoral candidate at the New Harbour Institute of Marine "
                                "and Coastal Technology, to the council.")
    assert not [it for it in _office_items(text) if "doctoral candidate" in it.stem]


def test_a_description_opened_by_the_right_before_the_name_is_asked():
    text = _OFFICE_TEXT.replace("a letter from Fisheries Minister Ann Lee to the council.",
                                "a letter the veteran Harbour Board engineer Ann Lee wrote to the council.")
    items = [it for it in _office_items(text) if "engineer" in it.stem]
    assert items
    assert items[0].stem.startswith("Who does ¶6 describe as \"the veteran Harbour Board engineer\"?")
    answer = items[0].options[items[0].answer] if items[0].options else items[0].answer[0]
    assert answer == "Ann Lee"


def test_a_description_headed_by_no_role_noun_is_not():
    text = _OFFICE_TEXT.replace("a letter from Fisheries Minister Ann Lee to the council.",
                                "a letter the famous harbour Ann Lee wrote to the council.")
    assert not [it for it in _office_items(text) if "harbour\"" in it.stem or "famous" in it.stem]
