"""Issue 10 point 1, on articles built on a few speakers:

- "Which of these does the article give in X's own words, inside quotation marks?": a sure speaker's
  quotation among whole sentences of the writer's (no quotation mark, no verb of saying, not naming the
  speaker, not inside a quotation of several sentences); a quotation opening on "He" (no "who said" stem:
  who is he?) is asked this way, never one another attribution item asks about;
- "How does the article give what X said?": two of each form, each on a different speaker.

Constructed texts."""
from __future__ import annotations

from test_generate_j13 import _ctx

from quizgen import kinds
from quizgen.generate import attribution, own_words

_HARBOUR = ("Mayor backs the new harbour wall\n\n"
            "Mayor Ann Holt on Tuesday backed a plan to build a new sea wall along the old harbour.\n\n"
            "The wall would cost about $40 million and take four years to build.\n\n"
            "\"He has fought for this wall since the storm of 2012, and he deserves the credit,\" Holt said of the "
            "council leader, Tom Reyes.\n\n"
            "The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
            "The plan he drew up after that winter was smaller and cheaper.\n\n"
            "Fishing boats have moored in the next town since the spring.\n\n"
            "\"We cannot wait for another storm. Every winter costs the market its best weeks,\" Reyes said.\n\n"
            "The state has offered to pay half of the cost if the town raises the rest by June.\n\n"
            "The council will vote on the plan at its meeting next month.\n")


def test_a_quotation_opening_on_he_is_asked_among_the_writers_own_sentences():
    ctx, an = _ctx(_HARBOUR)
    items = own_words.generate(ctx)
    holt = [it for it in items if "Ann Holt's own words" in it.stem]
    assert holt, [it.stem for it in items]
    it = holt[0]
    keyed = kinds.keyed_texts(it)
    assert keyed == ["He has fought for this wall since the storm of 2012, and he deserves the credit"], keyed
    wrong = [o for o in it.options if o not in keyed]
    assert len(wrong) == 3
    for o in wrong:  # the writer's whole sentences, none in quotation marks, none naming the speaker
        assert o in _HARBOUR and "Holt" not in o and "said" not in o, o
        assert f"\"{o}" not in _HARBOUR, o
    assert not kinds.KINDS["multiple_choice"].check(it, strict=True)


def test_no_item_on_a_quotation_another_attribution_item_asks_about():
    ctx, an = _ctx(_HARBOUR)
    holt = [a for a in an.attributions if a.direct and "fought for this wall" in a.content]
    assert holt
    sup = attribution.attribution_support(ctx.article, holt[0])
    assert all("Ann Holt's own words" not in it.stem for it in own_words.generate(ctx, [sup]))


def test_a_sentence_inside_a_quotation_of_several_sentences_is_no_wrong_option():
    ctx, _ = _ctx(_HARBOUR)
    for it in own_words.generate(ctx):
        assert "Every winter costs the market its best weeks" not in it.options, it.options


def test_a_sentence_whose_he_points_outside_it_is_no_wrong_option():
    ctx, _ = _ctx(_HARBOUR)
    items = own_words.generate(ctx)
    assert items
    for it in items:
        assert "The plan he drew up after that winter was smaller and cheaper" not in it.options, it.options


def test_a_quotation_in_the_first_person_gets_no_item():
    # "We cannot wait …": an "I" or "we" sets it apart from the writer's sentences at a glance
    ctx, _ = _ctx(_HARBOUR)
    assert all("Reyes's own words" not in it.stem for it in own_words.generate(ctx))


_PANEL = ("Council hears four views on the harbour wall\n\n"
          + "".join(f"{name} spoke at the council's hearing on the wall on Monday evening.\n\n"
                    f"\"The wall is the only plan that protects the {place} before next winter,\" said {name}.\n\n"
                    for name, place in (("Ann Holt", "market"), ("Tom Reyes", "boats"), ("Lisa Moran", "homes"),
                                        ("Carl Dunmore", "school")))
          + "The council will vote on the plan at its meeting next month, and the state will pay half.\n")


def test_the_quoted_form_is_asked_twice_on_two_speakers():
    ctx, _ = _ctx(_PANEL)
    stems = [it.stem for it in attribution.generate(ctx) if "how does the article give what" in it.stem]
    speakers = {s.split("give what ")[1].split(" said")[0] for s in stems}
    assert len(stems) == 2 and len(speakers) == 2, stems
