"""A body the tagger calls a person ("When Border Patrol agents find the tunnels") is no person: judged
blind, "Border Patrol" keyed among three people's names gave itself away by its form."""
from __future__ import annotations

import pytest

from quizgen.generate.distractors import looks_like_person


@pytest.mark.parametrize("name", ["Border Patrol", "Coast Guard", "Marine Corps", "Air Force", "Secret Service",
                                  "Capitol Police", "Justice Department", "Joint Command", "Federal Bureau"])
def test_a_body_of_people_is_not_a_persons_name(name):
    assert not looks_like_person(name)


@pytest.mark.parametrize("name", ["Rosa Lund", "Tom Hale", "Kevin Forcey", "Gilbert Guardado"])
def test_a_persons_name_still_looks_like_one(name):
    assert looks_like_person(name)
