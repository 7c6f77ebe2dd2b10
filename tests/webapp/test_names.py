"""Students' names: invisible characters removed, blank names refused, class lists read strictly."""
from __future__ import annotations

import pytest

from webapp.services.names import RosterError, RosterLine, clean_name, name_key, parse_roster, roster_text


@pytest.mark.parametrize("raw", [
    "", "   ", "\u200b", "\u200b\u200c\u200d\u2060\ufeff", "\u00ad", "\u202e\u202d", "\u3164", "\u2800",
    "\t\n", "\u3000\u2028", "\x00\x07", "...", "\u0301\u0301",
])
def test_blank_and_invisible_names_are_refused(raw):
    assert clean_name(raw) == ""


@pytest.mark.parametrize("raw, shown", [
    ("Ada", "Ada"),
    ("  Ada   Lovelace ", "Ada Lovelace"),
    ("A\u200bda", "Ada"),
    ("\u202eadA", "adA"),  # a direction override cannot make a name read backwards
    ("Zo\u00eb", "Zo\u00eb"),
    ("Zoe\u0308", "Zo\u00eb"),  # the same letter typed two ways is stored one way
    ("\u674e\u96f7", "\u674e\u96f7"),
    ("Ada\u3000L.", "Ada L."),
    ("O'Brien-Smith", "O'Brien-Smith"),
    ("x" * 80, "x" * 60),
])
def test_visible_names_are_kept_tidy(raw, shown):
    assert clean_name(raw) == shown


def test_one_student_s_name_however_it_is_typed():
    assert name_key("Ada") == name_key(" ada ") == name_key("A\u200bDA") == name_key("\uff21da")
    assert name_key("Ada") != name_key("Ada L.")


def test_class_list_with_and_without_codes():
    text = "Ada Lovelace, 4821\n\n  Grace Hopper  \nAlan\tT-99\n"
    lines = parse_roster(text)
    assert lines == [RosterLine("Ada Lovelace", "4821"), RosterLine("Grace Hopper", None), RosterLine("Alan", "T-99")]
    assert parse_roster(roster_text(lines)) == lines


@pytest.mark.parametrize("text, words", [
    ("Ada\n\u200b\nGrace", "Line 2 has no name"),
    ("Ada\nada", "line 1 and line 2"),
    ("Ada, 12 34", "letters, digits or dashes"),
    ("Ada, " + "9" * 21, "letters, digits or dashes"),
    ("\n".join(f"Student {n}" for n in range(201)), "at most 200"),
])
def test_class_list_errors_name_the_line_and_the_fix(text, words):
    with pytest.raises(RosterError, match=words):
        parse_roster(text)
