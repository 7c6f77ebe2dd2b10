"""Item shapes a blind judge found weak (set J11), one constructed text each: a quotation that is a bare list
of words ("Latino, non-Latino, Mexican, non-Mexican, Caucasian") is no claim to match or to quote."""
from __future__ import annotations

from factories import plain_article
from test_generate_judge5b import _att

from quizgen.generate.attribution import claim_text, word_list

_FORUM = ("Candidates meet voters at the harbour forum\n\n"
          "\"River people, hill people, farmers, fishers, newcomers,\" Ana Ruiz said of the crowd.\n\n"
          "\"The new bridge will cost the town far more than the council admits,\" Tom Reyes said.\n")


def test_a_quoted_list_of_words_is_no_claim():
    assert word_list("Latino, non-Latino, Mexican, non-Mexican, Caucasian")
    assert word_list("River people, hill people, farmers, fishers, newcomers")
    assert word_list("red, white and blue")
    assert not word_list("The new bridge will cost the town far more than the council admits")
    assert not word_list("Taxes, fees and tolls went up, and nobody noticed")  # a verb: a clause
    assert not word_list("Taxes went up")
    a = plain_article(_FORUM)
    ruiz = _att(a, "Ana Ruiz", "person", "Ana Ruiz", "said",
                "River people, hill people, farmers, fishers, newcomers,", direct=True)
    reyes = _att(a, "Tom Reyes", "person", "Tom Reyes", "said",
                 "The new bridge will cost the town far more than the council admits,", direct=True)
    assert claim_text(ruiz) is None
    assert claim_text(reyes) is not None



_DEBATE = ("Candidates meet voters at the harbour forum\n\n"
           "\"River people, hill people, farmers, fishers, newcomers,\" Ana Ruiz said of the crowd.\n\n"
           "\"The new bridge will cost the town far more than the council admits,\" Tom Reyes said.\n\n"
           "\"The ferry has been late on every day of this month,\" Sue Park said.\n\n"
           "\"Our school roof has leaked through two whole winters now,\" Bob Yates said.\n")


def test_no_one_is_asked_to_have_said_a_list_of_words():
    from test_generate_judge5b import _ctx

    from quizgen.generate.attribution import who_said
    a = plain_article(_DEBATE)
    atts = [_att(a, "Ana Ruiz", "person", "Ana Ruiz", "said", "River people, hill people, farmers, fishers, newcomers,",
                 direct=True)]
    for name, words in (("Tom Reyes", "The new bridge will cost the town far more than the council admits,"),
                        ("Sue Park", "The ferry has been late on every day of this month,"),
                        ("Bob Yates", "Our school roof has leaked through two whole winters now,")):
        atts.append(_att(a, name, "person", name, "said", words, direct=True))
    ctx = _ctx(a, atts)
    assert who_said(ctx, atts[1]) is not None  # a statement: asked
    assert who_said(ctx, atts[0]) is None
