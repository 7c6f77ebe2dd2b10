"""The second round of speed-ups gives what the plain computations gave: results kept for the last
article belong to that article only, and the cheap pre-tests never skip a text the full test accepts."""
from __future__ import annotations

import random
import re
from re import _constants as sre_constants
from re import _parser as sre_parser

from quizgen.analysis import analyse
from quizgen.generate import attribution, perspective, sure_claims
from quizgen.generate.base import Context
from quizgen.generate.key_detail import _ABBREV_END, _CUT_END, _CUT_TAIL
from quizgen.generate.main_idea import _alike, _shared_loosely, _synonyms, _words
from quizgen.generate.sourcing import _whole_word_spans
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

_HARBOUR = """Harbour wall plan approved

The town council approved the harbour wall plan on Monday after a long debate about its cost.

"This wall will protect the families on the seafront for fifty years," said Mayor Ann Lee, who proposed it.

Residents said the plan would raise their taxes. "We were never asked what we wanted," said Tom Pike, a fisherman.

Council engineer Raj Patel said the wall would be finished before the winter storms arrive next year.

The plan was first put forward two years ago, when a storm flooded forty homes near the old pier. Builders will
start work in March, and the road along the seafront will close for six weeks while the foundations are laid.

"The cost is high, but the cost of doing nothing is higher," Lee told the meeting.
"""

_SCHOOL = """School opens new science wing

The Elmford school board opened a new science wing on Friday, three years after the old one burned down.

"Our students finally have laboratories that work," said principal Mara Quist, who led the fund drive.

Parents praised the building but teachers said the school still needs more staff to use it well.

Board chair Owen Dale said the district will hire four science teachers before the autumn term begins.

The wing has six laboratories, a greenhouse on the roof and a lecture hall that seats two hundred people. It
cost twelve million dollars, most of it raised by local businesses and a bond that voters approved last spring.

"We built this for the next fifty years of students," Dale told the crowd at the opening.
"""


def _ctx(article, analysis):
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


def test_last_article_results_are_that_articles_own(nlp):
    a1, a2 = article_from_text(_HARBOUR), article_from_text(_SCHOOL)
    an1, an2 = sure_claims(analyse(a1, nlp=nlp)), sure_claims(analyse(a2, nlp=nlp))
    # fresh computations, then the kept ones in an order that swaps the articles back and forth
    plain1, plain2 = attribution._find_candidates(_ctx(a1, an1)), attribution._find_candidates(_ctx(a2, an2))
    assert [a.source for a in plain1] != [a.source for a in plain2]
    for article, analysis, plain in ((a1, an1, plain1), (a2, an2, plain2), (a1, an1, plain1), (a1, an1, plain1)):
        got = attribution._candidates(_ctx(article, analysis))
        assert got == plain
        got.clear()  # a caller changing its list changes nothing kept
    assert attribution._candidates(_ctx(a1, an1)) == plain1
    # the group words of each sentence ("residents", "families"; "students", "parents", "teachers")
    groups1 = {m.group(1) for found in perspective._affected_mentions(_ctx(a1, an1)) for m in found}
    groups2 = {m.group(1) for found in perspective._affected_mentions(_ctx(a2, an2)) for m in found}
    assert {"residents", "families"} <= groups1 and not groups1 & {"students", "parents", "teachers"}
    assert {"students", "parents", "teachers"} <= groups2 and "residents" not in groups2
    assert len(perspective._affected_mentions(_ctx(a1, an1))) == len(an1.sentences)


def _literal_starts(items) -> set[str]:
    """The literal text every way through a parsed pattern starts with (lower case), as far as it is literal."""
    out = {""}
    for op, av in items:
        if op == sre_constants.AT:
            continue
        if op == sre_constants.LITERAL:
            out = {s + chr(av).lower() for s in out}
            continue
        if op == sre_constants.SUBPATTERN:
            return {s + t for s in out for t in _literal_starts(av[-1])}
        if op == sre_constants.BRANCH:
            return {s + t for s in out for b in av[1] for t in _literal_starts(b)}
        return out
    return out


def test_cue_keys_cover_every_alternative_of_their_patterns():
    for pattern, keys in ((perspective._SPEECH_CUE, perspective._SPEECH_CUE_KEYS),
                          (perspective._CRITIC_CUE, perspective._CRITIC_CUE_KEYS)):
        starts = _literal_starts(sre_parser.parse(pattern.pattern, pattern.flags))
        assert "" not in starts
        assert [s for s in starts if not any(s.startswith(k) for k in keys)] == []


def test_cue_pre_test_never_skips_a_sentence_the_pattern_matches():
    sentences = [
        "The mayor SAID the wall was safe.", "Lee, SAYING the plan was sound, left.", "Critics ACCUSED him of lying.",
        "The firm Declined To Comment on the report.", "He has not yet responded.", "She couldn’t be reached.",
        "The senator ſaid nothing new.",  # a long s the case-blind pattern reads as "s"
        "The board criticized the budget.", "According to the report, the cost rose.", "Nothing here at all.",
        "The official was not available for comment.", "Pike told reporters the town would lose money.",
    ]
    for text in sentences:
        for pattern, keys in ((perspective._SPEECH_CUE, perspective._SPEECH_CUE_KEYS),
                              (perspective._CRITIC_CUE, perspective._CRITIC_CUE_KEYS),
                              (perspective._DECLINED, perspective._DECLINED_KEYS),
                              (perspective._SPEAKING, perspective._SPEAKING_KEYS)):
            if pattern.search(text):
                assert perspective._may_match(text, keys), (pattern.pattern[:40], text)
    assert not perspective._may_match("Nothing here at all.", perspective._SPEECH_CUE_KEYS)


def test_whole_word_finds_are_the_patterns_finds():
    rng = random.Random(3)
    chars = ["a", "B", " ", "_", "'", "’", ".", "é", "1", "-"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        key = "".join(rng.choice(chars) for _ in range(rng.randint(1, 3)))
        assert _whole_word_spans(text, key) == [(m.start(), m.end()) for m in
                                                re.finditer(rf"\b{re.escape(key)}\b", text)]
        assert attribution._word_mentions(text, key) == [m.start() for m in re.finditer(
            r"(?<![\w'’])" + re.escape(key) + r"(?!\w)", text)]
    assert _whole_word_spans("Ann Lee and Lee Ann met Leeds", "Lee") == [(4, 7), (12, 15)]


def test_cut_sentence_tests_on_the_tail_are_the_whole_text_tests():
    texts = ["then-Fed Chair Ben S.", "He met Gov.", "the U.S.", "in the U.S.A.\"", "It rose in Sept.'", "Sept.",
             "a plan", "No.", "X.", "the A.B.C. report", "He said so."]
    for text in texts:
        for pattern in (_CUT_END, _ABBREV_END):
            assert bool(pattern.search(text)) == bool(pattern.search(text, max(0, len(text) - _CUT_TAIL)))


def test_shared_loosely_is_the_plain_pairs_test():
    heads = frozenset({"back", "dead", "shuttle", "testy", "campaign", "war"})
    for text in ("The senator will throw his support behind the shuttles", "A deadlocked vote on the campus",
                 "The testier debate and the war", "Nothing alike"):
        words = _words(text)
        plain = {h for h in heads if any(_alike(h, w) or any(_alike(x, w) for x in _synonyms(h)) for w in words)}
        assert set(_shared_loosely(heads, text)) == plain
