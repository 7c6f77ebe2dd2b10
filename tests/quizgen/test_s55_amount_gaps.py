"""Number gaps (judged blind, T13 and T14): a sum of money or a number with a scale word is asked as "the missing
amount", not "number" (a student's "30.4" for "$30.4 billion" was marked wrong under "Write the missing number"); and
no gap on an amount the tagger ran a name into ("the technology-heavy ______" keyed "Nasdaq 1.2 percent")."""
from __future__ import annotations

from test_generate_r_key import _HEAD, _ctx, _number_item

from quizgen.generate import key_detail
from quizgen.generate.key_detail import _name_in_amount


def test_money_is_asked_as_an_amount():
    item = _number_item("The harbour company said on Friday that its revenue fell to $30.4 billion last year, the "
                        "lowest in a decade.", ("money", "$30.4 billion"))
    assert item.stem.endswith("Write the missing amount."), item.stem
    assert "$30.4 billion" in item.answer and "30.4 billion" in item.answer


def test_no_gap_on_an_amount_holding_a_name():
    assert _name_in_amount("Nasdaq 1.2 percent")
    assert not any(_name_in_amount(k) for k in ("Seventeen", "Twenty-five", "$30.4 billion", "2 degrees Celsius"))
    ctx = _ctx(_HEAD + "Its shares helped lift the technology-heavy Nasdaq 1.2 percent on the day, traders said.\n",
               [("percent", "Nasdaq 1.2 percent")], kinds={"short_answer"})
    assert key_detail.generate(ctx) == []
    # an amount with no name in it is asked
    ctx = _ctx(_HEAD + "Its shares rose 1.2 percent on the day after the report, traders in the harbour said.\n",
               [("percent", "1.2 percent")], kinds={"short_answer"})
    assert [it.answer[0] for it in key_detail.generate(ctx)] == ["1.2 percent"]
