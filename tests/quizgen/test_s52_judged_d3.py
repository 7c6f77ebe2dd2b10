"""Judged blind on set D3 (13 unseen PolNeAR articles): '"I figured out …," she said, as recalled by Walter Hewlett'
keyed to Hewlett; "Carson beat out Clinton by just one point, with ______ to Clinton's 46 percent" (the stem gives the
answer by arithmetic); "said just because ______" asked for a reason ("just because X did not mean Y" is a concession).
Constructed sentences of the same shapes."""
from __future__ import annotations

from factories import paragraph_ledger

from quizgen.generate.key_detail import trivia

FILLER = ("The bank has branches in every town of the region and employs about 900 people. Its board meets each "
          "spring to set the coming year's plans after a public hearing in the harbour hall.")


def _ledger(paragraph: str):
    return paragraph_ledger(paragraph, "Harbour Bank Merger Goes Ahead", FILLER)


def test_words_someone_only_recalled_are_not_theirs():
    atts = _ledger("Ann Lee told the board about the merger in 2001. \u201cI knew the other bank would come to us "
                   "and ask to be bought,\u201d she said, as recalled by Tom Reyes, her former partner, in his book.")
    assert not any("Reyes" in a.source for a in atts if "come to us" in a.content)
    atts = _ledger("\u201cI knew the other bank would come to us and ask to be bought,\u201d Tom Reyes recalled in his "
                   "book about the merger.")
    assert any("Reyes" in a.source for a in atts if "come to us" in a.content)  # his own memory: his words


def test_a_share_the_stem_gives_by_arithmetic_is_no_gap():
    s = "Lee beat out Ruiz by just one point, with 47 percent to Ruiz's 46 percent."
    assert trivia(s, s.index("47 percent"), s.index("47 percent") + 10)
    s = "Lee won 47 percent of the vote to Ruiz's 46 percent in the harbour ward."
    assert not trivia(s, s.index("47 percent"), s.index("47 percent") + 10)


def test_just_because_is_no_reason_given():
    from quizgen.generate.cause_effect import _DENIED_LINK
    assert _DENIED_LINK.search("The judge, in her dissent, said just because ")
    assert _DENIED_LINK.search("Just because ")
    assert not _DENIED_LINK.search("The ferry was stopped because ")
    assert not _DENIED_LINK.search("The match was stopped just because of ")  # "just because of the rain": a reason
