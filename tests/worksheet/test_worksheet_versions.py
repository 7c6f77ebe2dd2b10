"""The version shuffle: deterministic, meaning-preserving, different from version A."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest
from factories import make_item, sample_lesson
from ws_helpers import ROOT, TESTS

from quizgen.worksheet import WorksheetError, ordered_for_print, shuffle_lesson, version_letters
from quizgen.worksheet.versions import shuffle_item


def keyed_meaning(item):
    """What the key means, independent of option order: texts of the keyed options/pairs."""
    if item.kind in ("multiple_choice", "true_false"):
        return item.options[item.answer]
    if item.kind == "multiple_select":
        return sorted(item.options[a] for a in item.answer)
    if item.kind == "matching":
        return sorted((item.prompts[p], item.options[o]) for p, o in item.answer)
    return item.answer


def test_version_a_is_the_lesson_as_it_is():
    lesson = sample_lesson()
    assert shuffle_lesson(lesson, "A") == lesson.items


@pytest.mark.parametrize("letter", list("BCDE"))
def test_other_versions_reorder_the_same_items_and_keep_every_answer(letter):
    lesson = sample_lesson()
    shuffled = shuffle_lesson(lesson, letter)
    assert [i.id for i in shuffled] != [i.id for i in lesson.items]
    assert sorted(i.id for i in shuffled) == sorted(i.id for i in lesson.items)
    by_id = {i.id: i for i in lesson.items}
    for item in shuffled:
        original = by_id[item.id]
        assert sorted(item.options) == sorted(original.options)
        assert keyed_meaning(item) == keyed_meaning(original)
        assert item.stem == original.stem and item.prompts == original.prompts


def test_options_really_move_in_some_version():
    lesson = sample_lesson()
    moved = {
        item.id
        for letter in "BCDEF"
        for item in shuffle_lesson(lesson, letter)
        if item.kind in ("multiple_choice", "multiple_select", "matching")
        and item.options != next(i for i in lesson.items if i.id == item.id).options
    }
    assert len(moved) == 4  # both multiple choice items, the multiple select and the matching


def test_true_false_keeps_true_then_false():
    lesson = sample_lesson()
    for letter in "BCDEFG":
        tf = next(i for i in shuffle_lesson(lesson, letter) if i.kind == "true_false")
        assert tf.options == ("True", "False") and tf.answer == 1


def test_same_seed_and_letter_give_the_same_version_and_another_seed_another():
    assert shuffle_lesson(sample_lesson(7), "B") == shuffle_lesson(sample_lesson(7), "B")
    orders = {tuple(i.id for i in shuffle_lesson(sample_lesson(seed), "B")) for seed in range(1, 6)}
    assert len(orders) > 1


def test_shuffle_does_not_depend_on_python_hash_seed():
    code = (
        "import sys, json; sys.path[:0] = sys.argv[1:]\n"
        "from factories import sample_lesson\n"
        "from quizgen.worksheet import shuffle_lesson\n"
        "items = shuffle_lesson(sample_lesson(), 'C')\n"
        "print(json.dumps([[i.id, list(i.options), i.answer] for i in items]))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code, str(ROOT), str(TESTS)], capture_output=True, text=True, check=True,
            env={"PYTHONHASHSEED": str(h), "PATH": ""},
        ).stdout
        for h in (1, 2, 3)
    }
    assert len(runs) == 1
    in_process = [[i.id, list(i.options), i.answer] for i in shuffle_lesson(sample_lesson(), "C")]
    assert json.loads(runs.pop()) == in_process


def test_none_of_the_above_stays_last():
    item = make_item("key_detail", "multiple_choice", "Which?", ["red", "green", "blue", "None of the above"],
                     3, "", [])
    import random

    for seed in range(30):
        out = shuffle_item(item, random.Random(seed))
        assert out.options[-1] == "None of the above" and out.answer == 3


def test_multiple_select_answer_stays_sorted():
    lesson = sample_lesson()
    for letter in "BCDEFGH":
        ms = next(i for i in shuffle_lesson(lesson, letter) if i.kind == "multiple_select")
        assert ms.answer == sorted(ms.answer)
        assert sorted(ms.options[a] for a in ms.answer) == [
            "A hedged estimate of how many are held", "Testimony from former inmates"]


def test_ordered_for_print_puts_comprehension_first_and_keeps_order_within_parts():
    items = shuffle_lesson(sample_lesson(), "B")
    printed = ordered_for_print(items)
    families = [i.skill in ("key_detail", "vocabulary_in_context") for i in printed]
    assert families == sorted(families, reverse=True)
    comprehension = [i.id for i in items if i.skill in ("key_detail", "vocabulary_in_context")]
    sources = [i.id for i in items if i.id not in comprehension]
    assert [i.id for i in printed] == comprehension + sources


@pytest.mark.parametrize("count", [0, 27, -1, "2", True])
def test_version_count_out_of_range_is_refused(count):
    with pytest.raises(WorksheetError, match="versions must be"):
        version_letters(count)


def test_version_letters():
    assert version_letters(3) == ("A", "B", "C")


@pytest.mark.parametrize("letter", ["a", "AB", "1", ""])
def test_bad_letter_is_refused(letter):
    with pytest.raises(WorksheetError, match="capital letter"):
        shuffle_lesson(sample_lesson(), letter)


@pytest.mark.parametrize("answer", [4, [9], "A", None])
def test_answer_that_does_not_fit_the_options_is_named(answer):
    lesson = sample_lesson()
    kind = "multiple_select" if isinstance(answer, list) else "multiple_choice"
    bad = replace(lesson.items[0], kind=kind, answer=answer)
    with pytest.raises(WorksheetError, match=bad.id):
        shuffle_lesson(replace(lesson, items=(bad,) + lesson.items[1:]), "B")


def test_matching_pairs_out_of_range_are_named():
    lesson = sample_lesson()
    matching = next(i for i in lesson.items if i.kind == "matching")
    bad = replace(matching, answer=[[0, 5]])
    with pytest.raises(WorksheetError, match="prompt, option"):
        shuffle_lesson(replace(lesson, items=(bad,)), "A")
