"""Fixtures of the export tests: every round trip runs on the sample and the hostile lesson."""
from __future__ import annotations

import pytest
from exporthelp import hostile_lesson
from factories import sample_lesson


@pytest.fixture(params=["sample", "hostile"])
def any_lesson(request):
    """Each test that takes this runs on the sample lesson and on the hostile one."""
    return sample_lesson() if request.param == "sample" else hostile_lesson()
