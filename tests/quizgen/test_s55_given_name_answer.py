"""A name gap's accepted answers include the given name alone when the article itself calls the person so ("a vote
for Hillary"), and no one else has that given name (judged blind, T10: only "Clinton" or "Hillary Clinton" accepted
in an article that says "Hillary" three times). Constructed texts."""
from __future__ import annotations

from quizgen.generate.key_detail import _given_name_alone, _given_name_unshared

BODY = ("Mayor Dana Voss opened the new library on Monday. Critics said Voss spent too much on it.\n"
        "But a vote against the library is a vote for Dana, her supporters said.")


def test_the_given_name_written_alone_counts():
    assert _given_name_alone(BODY, ["Dana", "Voss"])
    assert _given_name_alone("Dana's plan won. Dana Voss smiled.", ["Dana", "Voss"])


def test_the_given_name_only_before_the_surname_does_not():
    assert not _given_name_alone("Mayor Dana Voss opened the library. Voss spoke.", ["Dana", "Voss"])


def test_a_given_name_another_person_shares_is_never_an_answer():
    body = BODY + "\nDana Moss, a teacher, said the library was too small."
    assert not _given_name_unshared(body, ["Dana", "Voss"])
