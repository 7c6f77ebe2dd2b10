"""Shapes found in stop 37's blind judging and review, each on a constructed article first."""
from __future__ import annotations

from test_capacity34_venue import _COLUMN
from test_generate_j13 import _ctx

from quizgen import kinds
from quizgen.generate import venue
from quizgen.validate import validate


def test_the_written_venue_key_is_not_dropped_as_a_long_key_beside_spoken_venues():
    # "…," Holt wrote: keyed "in writing" among three spoken venues; the label of the written venue must not
    # be so much longer than the spoken ones that the quality gate drops it as a giveaway
    ctx, an = _ctx(_COLUMN)
    items = [it for it in venue.generate(ctx) if "cost every family" in it.stem]
    assert items, "no venue item on the column's quotation"
    assert kinds.keyed_texts(items[0]) == [venue.VENUES["writing"]]
    kept, dropped = validate(items, ctx.article, an)
    assert kept, [r for _, r in dropped]


def test_a_meaning_whose_dictionary_gloss_is_split_into_bare_parts_is_no_key():
    # judged blind twice (E37, E38): "disavow these comments" keyed "refuse to acknowledge", the first of three
    # partial glosses ("refuse to acknowledge; disclaim knowledge of; responsibility for, or association with"):
    # the speaker plainly acknowledges the comments, so the bare part reads as wrong; the later parts are
    # fragments ending on a preposition, no option either
    from quizgen import wordnet
    from quizgen.generate.vocabulary import key_definition

    wn = wordnet.load()
    disavow = wn.senses("disavow", "VERB")[0]
    assert disavow.definition.count(";") >= 2
    assert key_definition(wn, "disavow", "disavow", disavow) is None
    # a whole first gloss stays the key, also one of two parts ("excuse, overlook, …; be lenient with")
    condone = wn.senses("condone", "VERB")[0]
    assert key_definition(wn, "condone", "condone", condone) == "excuse, overlook, or make allowances for"
    demote = wn.senses("demote", "VERB")[0]
    assert key_definition(wn, "demote", "demote", demote) == "assign to a lower position"


def test_a_quoted_sentence_shown_in_a_stem_drops_the_next_quotation_s_opening_mark():
    # judged blind (E38): the sentence split kept the next quotation's opening marks ("… Mr. Ryan said. ''"),
    # printed as a dangling '' in the stem
    from quizgen.generate.vocabulary import _around

    text = "''I disavow these comments,'' Mr. Ryan said. ''"
    shown = _around(text, 4, 11)
    assert shown.rstrip('"').endswith("said."), shown
    assert "disavow" in shown
    for opener in ("“", "\""):
        text = f"“I disavow these comments,” Ryan said. {opener}"
        assert _around(text, 3, 10).endswith('said."'), _around(text, 3, 10)
    # a closing mark after the sentence's end stays: it closes what the sentence opened
    text = "Ryan said: “I disavow these comments.”"
    assert _around(text, 14, 21).endswith('comments.’"'), _around(text, 14, 21)  # inner quotes as single marks
