"""The grader against an independent oracle written from the README's grading rules.

README ("Grading"): multiple choice and true/false exact; choose-all-that-apply partial credit
(right picks - wrong picks) / keyed options, never below 0; matching per pair; short answer
case-, space- and punctuation-insensitive against the accepted answers; open responses wait for
the teacher; a key that is a bare number also takes that number with one unit word after it
("75 dollars" for "75": the stem asked for the number), never a word that changes its size
("75 thousand"). ``webapp/grading.py`` adds: a missing or malformed response scores 0, a prompt
matched twice counts its first pair, ``all_or_nothing`` gives multiple select full points only
for the exact set. Nothing of the grader's own helpers is used here.

Left out on purpose (the rules do not say): digit strings as option indexes, and repeated
picks in a multiple-select answer (the quiz form never sends either).
"""
from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quizgen.model import Item
from webapp.grading import grade

EXAMPLES = 6000 if os.environ.get("QUIZGEN_SOAK") == "1" else 600


# --- the oracle ----------------------------------------------------------------------------------

def squash(text: str) -> str:
    """Compatibility-fold, case-fold, turn every character that is not a letter, digit or space into a
    space (the underscore too: it is punctuation to a reader), and collapse the spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(c if c.isalnum() or c.isspace() else " " for c in text)
    return " ".join(kept.split())


MAGNITUDES = frozenset("hundred hundreds thousand thousands million millions billion billions trillion trillions "
                       "k m bn".split())


def number_and_unit(given: str, key: str) -> bool:
    """A bare-number key (ASCII digits, maybe in groups) written with one unit word after it: "75 dollars"
    for "75", never "75 thousand"."""
    head, _, unit = given.rpartition(" ")
    return (head == key and bool(key) and all(c in "0123456789 " for c in key) and key[0] != " "
            and unit.isalpha() and unit not in MAGNITUDES)


def as_index(v) -> int | None:
    """An option number: an int (bools and floats are not), or a string of ASCII digits with an
    optional minus sign, as a form posts it."""
    if type(v) is int:
        return v
    if isinstance(v, str) and v.strip() and all(c in "0123456789" for c in v.strip().removeprefix("-")) \
            and v.strip().removeprefix("-"):
        return int(v.strip())
    return None


def is_index(v) -> bool:
    return as_index(v) is not None


def oracle(item: Item, response, mode: str = "partial") -> tuple[float | None, bool | None]:
    """(points, correct) by the written rules."""
    full = float(item.points)
    if item.kind == "open_response":
        return None, None
    if response is None:
        return 0.0, False
    if item.kind in ("multiple_choice", "true_false"):
        ok = as_index(response) == item.answer
        return (full if ok else 0.0), ok
    if item.kind == "multiple_select":
        if not isinstance(response, list) or not all(is_index(v) for v in response):
            return 0.0, False
        key = set(item.answer)
        picks = {as_index(v) for v in response}  # ticking the same box twice is one pick
        right = len(picks & key)
        wrong = len(picks - key)
        exact = picks == key
        if mode == "all_or_nothing":
            return (full if exact else 0.0), exact
        return full * max(0, right - wrong) / len(key), exact
    if item.kind == "matching":
        first: dict[int, int] = {}
        if isinstance(response, list):
            for pair in response:
                if (isinstance(pair, list) and len(pair) == 2 and is_index(pair[0]) and is_index(pair[1])
                        and as_index(pair[0]) not in first):
                    first[as_index(pair[0])] = as_index(pair[1])
        hits = sum(1 for p, o in item.answer if first.get(p) == o)
        return full * hits / len(item.answer), hits == len(item.answer)
    if item.kind == "short_answer":
        if not isinstance(response, str) or not squash(response):
            return 0.0, False
        ok = any(squash(response) == squash(a) or number_and_unit(squash(response), squash(a)) for a in item.answer)
        return (full if ok else 0.0), ok
    raise AssertionError(item.kind)


# --- random quizzes and answers ------------------------------------------------------------------------

words = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs", "Mn"]),
                min_size=1, max_size=12)
junk = st.one_of(st.none(), st.booleans(), st.floats(allow_nan=False), st.text(max_size=5),
                 st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.just([]), st.just([[]]))


@st.composite
def item_and_response(draw):
    kind = draw(st.sampled_from(["multiple_choice", "true_false", "multiple_select", "matching",
                                 "short_answer", "open_response"]))
    points = draw(st.integers(1, 5))
    n = 2 if kind == "true_false" else draw(st.integers(2, 6))
    options = tuple(f"option {i}" for i in range(n))
    prompts: tuple[str, ...] = ()
    index = st.integers(-1, n + 1)  # a few out of range on purpose
    if kind in ("multiple_choice", "true_false"):
        answer = draw(st.integers(0, n - 1))
        response = draw(st.one_of(index, junk))
    elif kind == "multiple_select":
        answer = sorted(draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n)))
        response = draw(st.one_of(st.lists(index, unique=True, max_size=n + 2), junk,
                                  st.lists(st.one_of(index, st.text(max_size=2)), min_size=1, max_size=3)))
    elif kind == "matching":
        k = draw(st.integers(1, 5))
        prompts = tuple(f"prompt {i}" for i in range(k))
        answer = [[p, draw(st.integers(0, n - 1))] for p in range(k)]
        pair = st.lists(st.one_of(index, st.integers(0, k)), min_size=2, max_size=2)
        response = draw(st.one_of(
            st.lists(st.one_of(pair, st.lists(index, max_size=3), junk), max_size=k + 3),
            st.permutations(answer).map(list),  # the key itself, in any order
            junk))
    elif kind == "short_answer":
        answer = draw(st.lists(st.lists(words, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=3))
        noisy = st.sampled_from(answer).flatmap(lambda a: st.sampled_from([
            a, a.upper(), f"  {a}  ", a.replace(" ", "   "), f"{a}.", f"\u201c{a}\u201d", a.replace(" ", "_"),
            unicodedata.normalize("NFD", a), a.title(), f"{a}!?", f"{a} x"]))
        response = draw(st.one_of(noisy, words, junk))
    else:
        answer = ["a model answer"]
        response = draw(st.one_of(words, junk))
    item = Item(id="i1", skill="key_detail", kind=kind, stem="Q?", options=() if kind in (
        "short_answer", "open_response") else options, answer=answer, explanation="", support=(),
        prompts=prompts, points=points)
    return item, response


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item_and_response(), st.sampled_from(["partial", "all_or_nothing"]))
# found by the fuzzer: a number key with a unit word after it is right, a word that changes its size is not
@example((Item(id="i1", skill="key_detail", kind="short_answer", stem="Q?", options=(), answer=["0"], explanation="",
               support=()), "0 x"), "partial")
@example((Item(id="i1", skill="key_detail", kind="short_answer", stem="Q?", options=(), answer=["75"], explanation="",
               support=()), "75 thousand"), "partial")
def test_the_grader_agrees_with_the_oracle(case, mode):
    item, response = case
    g = grade(item, response, mode=mode)
    points, correct = oracle(item, response, mode)
    assert g.max_points == item.points
    if points is None:
        assert g.points is None and g.correct is None
        return
    assert abs(g.points - points) < 1e-9, (item.kind, item.answer, response, g, points)
    assert g.correct == correct, (item.kind, item.answer, response, g, correct)
    assert 0.0 <= g.points <= g.max_points  # never above the item's points, never negative
    assert (g.points == g.max_points) >= bool(correct)  # right means full marks


def test_the_oracle_itself_on_hand_worked_cases():
    """The oracle is only as good as these: worked by hand from the README."""
    ms = Item(id="m", skill="evidence", kind="multiple_select", stem="?", options=("a", "b", "c", "d"),
              answer=[0, 2], explanation="", support=(), points=2)
    assert oracle(ms, [0, 2]) == (2.0, True)
    assert oracle(ms, [0]) == (1.0, False)
    assert oracle(ms, [0, 1]) == (0.0, False)  # one right, one wrong
    assert oracle(ms, [1, 3]) == (0.0, False)  # never below 0
    assert oracle(ms, [0, 2, 3]) == (1.0, False)
    mt = Item(id="t", skill="corroboration", kind="matching", stem="?", options=("x", "y"),
              answer=[[0, 1], [1, 0], [2, 1]], prompts=("p", "q", "r"), explanation="", support=(), points=3)
    assert oracle(mt, [[0, 1], [1, 1], [2, 1]]) == (2.0, False)
    assert oracle(mt, [[0, 0], [0, 1]]) == (0.0, False)  # the first pair for a prompt counts
    sa = Item(id="s", skill="vocabulary_in_context", kind="short_answer", stem="?", options=(),
              answer=["amicable"], explanation="", support=())
    assert oracle(sa, "  AMICABLE. ") == (1.0, True)
    assert oracle(sa, "amic able") == (0.0, False)
    assert squash("Re-education  camps!") == "re education camps"


def test_a_box_ticked_twice_counts_once():
    """Found by the fuzz run: a repeated pick must not double the credit (grader and oracle agree)."""
    item = Item("i1", "key_detail", "multiple_select", "Q?", ("a", "b"), [0], "", ())
    for mode in ("partial", "all_or_nothing"):
        assert grade(item, [0, 0], mode=mode).points == 1.0
        assert oracle(item, [0, 0], mode) == (1.0, True)
