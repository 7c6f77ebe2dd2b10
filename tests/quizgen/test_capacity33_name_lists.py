"""Issue 10 point 1: a sentence that joins two to four people's names ("endorsed the re-election of Sen. Ann
Roe, Rep. Tom Hale and Gov. Lisa Moran") gives no name gap (what it says of one it says of the others), so
it is asked once, whole: "which people complete the sentence? choose all", every name of the list keyed,
the article's other people as wrong options, none the list's paragraph names or a sentence saying the same
thing. A list of examples, a denial, a speaking list or too few other people give no item. Constructed
texts."""
from __future__ import annotations

from test_generate_j13 import _ctx

from quizgen import kinds
from quizgen.generate import name_lists

_RALLY = ("Governor backs three lawmakers\n\n"
          "Governor Mark Fenwick on Friday endorsed the re-election of Sen. Ann Roe, Rep. Tom Hale and Gov. Lisa "
          "Moran at a rally in the state capital.\n\n"
          "The endorsements come a week after Fenwick told a newspaper that he was not ready to back any of them.\n\n"
          "Party chairman Victor Kemp was said to be furious with the governor for the delay.\n\n"
          "Julia Brandt, the state treasurer, has warned that the reserve fund is running low.\n\n"
          "Hale faces a primary challenge from businessman Carl Dunmore next month.\n\n"
          "Fenwick also praised the state's farmers, who have had two poor harvests in a row.\n\n"
          "The rally drew about 3,000 people to the fairground outside the capital on a cold afternoon.\n\n"
          "Farmers in the north of the state have asked the legislature for help with the cost of feed, and a "
          "committee will hear their case at the start of the next session in the spring.\n\n"
          "The state's budget office expects the cost of that help to be met from the reserve fund this year.\n")


def _lists(text):
    ctx, _ = _ctx(text)
    return name_lists.list_items(ctx, set())


def test_a_list_of_three_people_is_asked_whole_with_other_people_as_wrong_options():
    items = _lists(_RALLY)
    assert len(items) == 1, [it.stem for it in items]
    it = items[0]
    assert it.kind == "multiple_select" and it.skill == "key_detail"
    assert "endorsed the re-election of ______ at a rally" in it.stem, it.stem  # the first title is in the gap
    assert sorted(kinds.keyed_texts(it)) == ["Ann Roe", "Lisa Moran", "Tom Hale"]
    wrong = set(it.options) - set(kinds.keyed_texts(it))
    assert len(wrong) >= 2 and wrong <= {"Victor Kemp", "Carl Dunmore", "Julia Brandt"}, it.options
    assert "Mark Fenwick" not in it.options  # the sentence's own subject is no option
    assert {"Victor Kemp", "Julia Brandt"} <= wrong  # (the tests below take each out)
    assert not kinds.KINDS["multiple_select"].check(it, strict=True)


def test_a_person_named_in_the_lists_paragraph_is_no_wrong_option():
    text = _RALLY.replace("at a rally in the state capital.", "at a rally in the state capital. Victor Kemp, "
                          "the party chairman, stood beside them.")
    items = _lists(text)
    assert all("Victor Kemp" not in it.options for it in items), [it.options for it in items]


def test_a_person_a_sentence_saying_the_same_names_is_no_wrong_option():
    # "also endorsed … re-election": Dunmore would complete the sentence as well
    text = _RALLY.replace("Julia Brandt, the state treasurer, has warned that the reserve fund is running low.",
                          "Fenwick endorsed the re-election of Julia Brandt, the state treasurer, last year.")
    items = _lists(text)
    assert all("Julia Brandt" not in it.options for it in items), [it.options for it in items]


def test_a_list_of_examples_a_denial_or_a_speaking_list_gives_no_item():
    for old, new in (("endorsed the re-election of Sen. Ann Roe", "endorsed lawmakers, including Sen. Ann Roe"),
                     ("Governor Mark Fenwick on Friday endorsed the re-election of Sen. Ann Roe, Rep. Tom Hale and "
                      "Gov. Lisa Moran", "Sen. Ann Roe, Rep. Tom Hale and Gov. Lisa Moran did not attend the rally of "
                      "Governor Mark Fenwick on Friday")):
        text = _RALLY.replace(old, new)
        assert new in text
        assert not _lists(text), new
    spoke = _RALLY.replace("Governor Mark Fenwick on Friday endorsed the re-election of Sen. Ann Roe, Rep. Tom Hale "
                           "and Gov. Lisa Moran at a rally in the state capital.",
                           "Sen. Ann Roe and Rep. Tom Hale said the rally in the state capital was the largest of "
                           "the year.")
    assert not _lists(spoke)


def test_too_few_other_people_gives_no_item():
    text = _RALLY.replace("Party chairman Victor Kemp was said to be furious with the governor for the delay.\n\n",
                          "").replace("Julia Brandt, the state treasurer, has warned", "The state treasurer has warned")
    assert not _lists(text)



def test_an_award_the_tagger_took_for_a_person_is_no_option():
    # judged blind (stop 34 early set): "Heisman Trophy" offered among "these people" (from "Heisman Trophy
    # winner Tim Tebow"): a name-list option takes the same check as other person options
    from quizgen.model import Entity, Span

    text = _RALLY.replace("The rally drew about 3,000 people",
                          "Heisman Trophy winner Tim Tebow spoke first. The rally drew about 3,000 people")
    ctx, _ = _ctx(text)
    at = ctx.article.text.index("Heisman Trophy")
    award = Entity("Heisman Trophy", "PERSON", Span(at, at + 14, "Heisman Trophy"), 7)
    at = ctx.article.text.index("Tim Tebow")
    person = Entity("Tim Tebow", "PERSON", Span(at, at + 9, "Tim Tebow"), 7)
    assert name_lists._full_name(ctx, award) is None
    assert name_lists._full_name(ctx, person) == "Tim Tebow"
