"""Key-detail capacity: a sum whose currency sign the tagger left outside its span ("gave $[5,000] to the
fund") was refused, since a gap after a bare "$" ("gave $______") gives the options' form away. The sign
is now taken into the gap ("gave ______" keyed "$5,000", among sums written with the sign too); the
shape the refusal was made for (a "$" left before the gap) is still refused. Constructed articles only."""
from __future__ import annotations

from test_generate_key_detail_capacity import _ctx, _doc

from quizgen.generate.key_detail import number_items, with_currency
from quizgen.model import Quantity, Span

FUND = ("Harbour fund raises donations\n\n"
        "A local bakery gave $5,000 to the harbour fund on Monday, records show.\n\n"
        "Two fishing firms gave donations to the harbour fund the same day, totaling $12,500.\n\n"
        "A shipping company gave $7,500 to the harbour fund that week.\n\n"
        "The harbour fund had raised $23,100 by Friday, its treasurer wrote.\n")
# each sum as the tagger spans it: the digits alone, the sign outside
SUMS = (("money", "5,000"), ("money", "12,500"), ("money", "7,500"), ("money", "23,100"))


def _stems(items):
    return [it.stem for it in items]


def _item_on(items, words):
    found = [it for it in items if words in it.stem]
    assert len(found) == 1, _stems(items)
    return found[0]


def test_a_sum_whose_sign_the_tagger_left_out_is_asked_whole_among_sums_with_the_sign():
    article, analysis = _doc(FUND, quantities=SUMS)
    items = number_items(_ctx(article, analysis))
    item = _item_on(items, "A local bakery gave ______ to the harbour fund")
    assert item.kind == "multiple_choice"
    assert item.options[item.answer] == "$5,000"
    assert len(item.options) == 4 and all(o.startswith("$") for o in item.options), item.options
    assert "$______" not in item.stem
    # every sum of the article is now asked, each keyed with its sign
    keyed = sorted(it.options[it.answer] for it in items if it.kind == "multiple_choice")
    assert keyed == ["$12,500", "$23,100", "$5,000", "$7,500"]


def test_a_sum_with_too_few_others_is_written_in_with_or_without_its_sign():
    text = ("Harbour fund sells its old boathouse\n\n"
            "The harbour fund sold its old boathouse for $510,000 on Monday, and the money will pay for a new "
            "pier, records show.\n")
    article, analysis = _doc(text, quantities=(("money", "510,000"),))
    items = number_items(_ctx(article, analysis))
    item = _item_on(items, "sold its old boathouse for ______ on Monday")
    assert item.kind == "short_answer"
    assert {"$510,000", "510,000", "510,000 dollars"} <= set(item.answer)


def test_a_gap_after_a_bare_sign_is_still_refused():
    # the tagger took "5,000" for a plain number, not a sum: the sign stays before the gap, so no item
    article, analysis = _doc(FUND, quantities=(("number", "5,000"), ("number", "7,500"), ("number", "12,500"),
                                               ("number", "23,100")))
    items = number_items(_ctx(article, analysis))
    assert not any("$______" in s for s in _stems(items)), _stems(items)
    assert not any("bakery gave" in s for s in _stems(items)), _stems(items)


def test_with_currency_takes_in_only_a_sign_written_right_before_a_sum():
    text = "It cost $5,000, then 7,500 dollars, then £300 and a further $ 40 and 90 more, and US$60 at last."

    def q(kind, phrase):
        i = text.index(phrase)
        return Quantity(kind, Span(i, i + len(phrase), phrase), 1)

    assert with_currency(text, q("money", "5,000")).span.text == "$5,000"
    assert with_currency(text, q("money", "300")).span.text == "£300"
    assert with_currency(text, q("money", "$5,000")).span.text == "$5,000"  # the sign already in
    assert with_currency(text, q("money", "7,500 dollars")).span.text == "7,500 dollars"  # a currency word
    assert with_currency(text, q("money", "40")).span.text == "40"  # "$ 40": no sign right before
    assert with_currency(text, q("number", "5,000")).span.text == "5,000"  # no sum: left as it is
    assert with_currency(text, q("money", "90")).span.text == "90"  # nothing before it
    assert with_currency(text, q("money", "60")).span.text == "60"  # "US$": taking "$" alone would leave "US______"


MARKET = ("Harbour market prices climb\n\n"
          "Harbour market prices for fish rose to $4.25 a pound on Monday, traders said.\n\n"
          "Harbour market prices for crab rose to $9.80 a pound, and oysters rose to $1.15 each.\n\n"
          "Harbour market prices for mussels closed at $2.375 a pound, the highest this year.\n\n"
          "Harbour market prices for lobster rose to $12.60 a pound, up from last week.\n")
PRICES = (("money", "4.25"), ("money", "9.80"), ("money", "1.15"), ("money", "2.375"), ("money", "12.60"))


def test_a_sum_written_to_other_decimals_than_the_rest_is_never_offered_among_them():
    article, analysis = _doc(MARKET, quantities=PRICES)
    items = number_items(_ctx(article, analysis))
    odd = _item_on(items, "mussels closed at ______ a pound")
    # "$2.375" among "$4.25", "$9.80", "$12.60" would stand out unread: written in instead
    assert odd.kind == "short_answer" and "$2.375" in odd.answer
    for it in items:
        if it.kind == "multiple_choice":
            assert "$2.375" not in it.options, it.options
            assert len({o.split(".")[-1].__len__() for o in it.options}) == 1, it.options
    fish = _item_on(items, "fish rose to ______ a pound")
    assert fish.kind == "multiple_choice" and fish.options[fish.answer] == "$4.25"
