"""Main idea: the three distractors :func:`_matched` picks are three different sentences.

When only one detail is within 1.6 times the key's length and the one as long as the key comes from the wider band
(up to 1.8 times it), that long detail was picked first and then again among the rest: an item of three options
with one printed twice (the lint then dropped it, though a third detail was at hand).
"""
from quizgen.generate.main_idea import _matched


def _sentence(words: list[str], size: int) -> str:
    out = ""
    i = 0
    while len(out) < size:
        out = (out + " " + words[i % len(words)]).strip()
        i += 1
    return out[:size]


KEY = _sentence("The city council voted on Tuesday to close the old harbour bridge for repairs".split(), 100)
CLOSE = _sentence("Repair crews said the work on the bridge would take most of a year".split(), 70)
LONG = _sentence("A ferry service across the harbour will run every twenty minutes while the bridge is shut, "
                 "and the council will pay for extra buses on the ring road".split(), 170)
SHORT = _sentence("Shops near the bridge expect fewer customers".split(), 45)


def test_no_distractor_is_picked_twice() -> None:
    picked = _matched(KEY, [CLOSE, LONG, SHORT])
    assert len(picked) == 3
    assert len(set(picked)) == 3
    assert set(picked) == {CLOSE, LONG, SHORT}
    assert picked[0] == LONG  # the one as long as the key or longer comes first


def test_too_few_details_still_give_none() -> None:
    assert _matched(KEY, [CLOSE, LONG]) == []
