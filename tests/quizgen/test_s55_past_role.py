"""A role of a past year ("Mayor Holt's 2008 campaign manager", in a story of 2016) is over: no "what kind of source
gives this claim?" keys its holder as speaking for a body (judged blind, T14: Clinton's 2008 campaign manager keyed an
official of an organisation in 2016). Constructed texts."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_s55_source_kind_shown import _asked  # noqa: E402

from quizgen.generate.sourcing import OFFICIAL  # noqa: E402

QUOTE = ("\"In 2016 it is harder for her because of all the trust issues in the harbour,\" said Nora Quist, Mayor Dana "
         "Holt's {year}campaign manager.")


def test_a_past_years_role_is_not_keyed_as_speaking_for_a_body():
    items = _asked(QUOTE.format(year="2008 "), "trust issues")
    assert not any(it.options[it.answer] == OFFICIAL for it in items), [it.options[it.answer] for it in items]


def test_a_current_role_still_is():
    items = _asked(QUOTE.format(year=""), "trust issues")
    assert [it.options[it.answer] for it in items] == [OFFICIAL]
