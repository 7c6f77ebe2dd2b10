"""A name the tagger cut after its first word ("Marcel | Lehel Lazar") at a paragraph's start is no gap."""
from __future__ import annotations

from quizgen.generate.key_detail import _name_continues
from quizgen.model import Entity, Span

TEXT = ("The court heard the case on Thursday.\n\nMarcel Lehel Lazar, 44, was sentenced to 52 months in prison. "
        "Judge Ann Roe read the sentence.")


def _entity(name: str) -> Entity:
    at = TEXT.index(name)
    return Entity(name, "PERSON", Span(at, at + len(name), name), 2)


def test_the_rest_of_a_name_opening_a_paragraph_continues_the_name() -> None:
    assert _name_continues(TEXT, _entity("Lehel Lazar"))


def test_a_whole_name_opening_a_paragraph_and_a_title_before_a_name_do_not() -> None:
    assert not _name_continues(TEXT, _entity("Marcel Lehel Lazar"))
    assert not _name_continues(TEXT, _entity("Ann Roe"))
