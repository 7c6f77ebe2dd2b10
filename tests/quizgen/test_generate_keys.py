"""Keyed letters: balanced over a lesson, deterministic by seed, the keyed text unchanged."""
from __future__ import annotations

from collections import Counter

from factories import make_item

from quizgen.generate.lesson import balance_keys


def _mc(n: int, answer: int = 0):
    """A constructed who-said item whose generator always keyed the first option."""
    options = [f"Person {n}", "Ann Other", "Bea Third", "Cy Fourth"]
    return make_item("attribution", "multiple_choice", f"Who said thing {n}?", options, answer,
                     "¶1: \"Person said thing.\"", [])


def test_keys_always_first_become_balanced():
    items = [_mc(n) for n in range(12)]
    out = balance_keys(items, seed=0, article_text="An article.")
    letters = Counter(it.answer for it in out)
    assert letters == {0: 3, 1: 3, 2: 3, 3: 3}
    for before, after in zip(items, out, strict=True):
        assert after.options[after.answer] == before.options[0]  # the key is still the same text
        assert sorted(after.options) == sorted(before.options)
        assert [o for o in after.options if o != before.options[0]] == list(before.options[1:])  # order kept


def test_same_seed_same_letters_other_seed_or_article_other_letters():
    items = [_mc(n) for n in range(12)]
    a = [it.answer for it in balance_keys(items, seed=5, article_text="An article.")]
    b = [it.answer for it in balance_keys(items, seed=5, article_text="An article.")]
    others = {tuple(it.answer for it in balance_keys(items, seed=s, article_text=t))
              for s, t in ((6, "An article."), (5, "Another article."), (7, "A third."))}
    assert a == b
    assert others - {tuple(a)}


def test_other_kinds_are_left_alone():
    tf = make_item("certainty", "true_false", "The article says X. True or false?", ["True", "False"], 0, "¶1", [])
    out = balance_keys([tf, _mc(1)], seed=1, article_text="x")
    assert out[0] is tf


def test_a_short_lesson_takes_a_fourth_item_of_a_skill_before_stopping_under_ten():
    from quizgen.generate.lesson import select

    items = [make_item(skill, "multiple_choice", f"{skill} question {n}?", ["A a", "B b", "C c", "D d"], 0,
                       "¶1: \"x\"", [])
             for skill, n_items in (("attribution", 8), ("key_detail", 2), ("certainty", 1), ("sourcing", 1))
             for n in range(n_items)]
    chosen = select(items, 15)
    # the caps (3 a skill) allow 7; the lesson takes more who-said items rather than stop under 10
    assert len(chosen) == 10
    assert sum(it.skill == "attribution" for it in chosen) == 6


def test_a_second_open_response_only_to_reach_ten_items():
    from quizgen.generate.lesson import select

    def item(skill, kind, n):
        opts = [] if kind == "open_response" else ["A a", "B b", "C c", "D d"]
        return make_item(skill, kind, f"{skill} {kind} {n}?", opts, ["Answers vary."] if not opts else 0,
                         "¶1: \"x\"", [])

    items = [item("attribution", "multiple_choice", n) for n in range(5)]
    items += [item("key_detail", "multiple_choice", n) for n in range(4)]
    items += [item("perspective", "open_response", n) for n in range(2)]
    items += [item("certainty", "multiple_choice", 0), item("sourcing", "multiple_choice", 0)]
    assert sum(it.kind == "open_response" for it in select(items, 15)) == 1  # 11 others reach 10
    short = [it for it in items if it.skill != "attribution" or it.stem.endswith(("0?", "1?"))]
    chosen = select(short, 15)
    assert len(chosen) == 10 and sum(it.kind == "open_response" for it in chosen) == 2


def test_true_false_statements_are_not_all_true():
    """Judged blind: every true/false statement of a lesson was keyed True. With a false statement
    to choose, the second statement is not another true one."""
    from quizgen.generate.lesson import select

    def tf(n, answer):
        return make_item("attribution", "true_false", f"In ¶{n}, Ann Lee said thing {n}.", ["True", "False"],
                         answer, f"¶{n}: \"Ann Lee said thing.\"", [])

    chosen = select([tf(1, 0), tf(2, 0), tf(3, 1)], 2)
    assert sorted(it.answer for it in chosen) == [0, 1]
