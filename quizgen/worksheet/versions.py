"""Versions A, B, C…: the same items in another order, with options shuffled.

Version A keeps the lesson's own order (the order the teacher reviewed, and the one the
online quiz and the exports use), so a class with one version gets what the teacher saw.
Versions B, C… are shuffled from a ``random.Random`` seeded with ``f"{seed}:{letter}"``:
the same lesson and letter always give the same version, in any process.
"""
from __future__ import annotations

import random
import re
import string
from dataclasses import replace

from quizgen.model import ITEM_KINDS, Item, Lesson
from quizgen.worksheet.errors import WorksheetError
from quizgen.worksheet.text import SECTION_TITLES, section_of

LETTERS = string.ascii_uppercase
MAX_VERSIONS = len(LETTERS)
# Options that only make sense in last place ("None of the above") stay there.
_PINNED_LAST = re.compile(r"^\s*(none|all|both|neither) of (the )?(above|these)\b", re.IGNORECASE)


def version_letters(count: int) -> tuple[str, ...]:
    """The letters of ``count`` versions: ``("A", "B", ...)``.

    Raises:
        WorksheetError: when count is not between 1 and 26.
    """
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_VERSIONS:
        raise WorksheetError(
            f"versions must be a whole number from 1 to {MAX_VERSIONS}, got {count!r}"
        )
    return tuple(LETTERS[:count])


def check_item(item: Item) -> None:
    """Raise WorksheetError if the item's answer does not fit its kind and options."""
    where = f"item {item.id!r} ({item.kind})"
    if item.kind not in ITEM_KINDS:
        raise WorksheetError(f"{where}: unknown kind; expected one of {', '.join(ITEM_KINDS)}")
    n = len(item.options)

    def is_index(v: object, size: int) -> bool:
        return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < size

    if item.kind in ("multiple_choice", "true_false"):
        if n < 2 or not is_index(item.answer, n):
            raise WorksheetError(f"{where}: answer {item.answer!r} is not an index into its {n} options")
    elif item.kind == "multiple_select":
        if n < 2 or not isinstance(item.answer, list) or not item.answer or not all(
            is_index(a, n) for a in item.answer
        ):
            raise WorksheetError(f"{where}: answer {item.answer!r} must list option indexes (0 to {n - 1})")
    elif item.kind == "matching":
        pairs = item.answer
        ok = isinstance(pairs, list) and bool(pairs) and all(
            isinstance(p, (list, tuple)) and len(p) == 2
            and is_index(p[0], len(item.prompts)) and is_index(p[1], n)
            for p in pairs
        )
        if not ok:
            raise WorksheetError(
                f"{where}: answer {pairs!r} must be [prompt, option] index pairs "
                f"for its {len(item.prompts)} prompts and {n} options"
            )
    elif not isinstance(item.answer, list):
        raise WorksheetError(f"{where}: answer must be a list of strings, got {item.answer!r}")


def shuffle_item(item: Item, rng: random.Random) -> Item:
    """The item with its options in a new order and its answer remapped to match.

    True/false keeps "True, False"; matching keeps its prompts and shuffles the right
    column; short and open answers have no options to shuffle.
    """
    if item.kind in ("true_false", "short_answer", "open_response") or len(item.options) < 2:
        return item
    movable = [i for i, o in enumerate(item.options) if not _PINNED_LAST.match(o)]
    pinned = [i for i in range(len(item.options)) if i not in movable]
    rng.shuffle(movable)
    order = movable + pinned  # order[new_index] = old_index
    new_of_old = {old: new for new, old in enumerate(order)}
    options = tuple(item.options[old] for old in order)
    if item.kind == "multiple_choice":
        answer = new_of_old[item.answer]
    elif item.kind == "multiple_select":
        answer = sorted(new_of_old[a] for a in item.answer)
    else:  # matching
        answer = sorted([p, new_of_old[o]] for p, o in item.answer)
    return replace(item, options=options, answer=answer)


def shuffle_lesson(lesson: Lesson, letter: str) -> tuple[Item, ...]:
    """The lesson's items as they appear in version ``letter``.

    Version "A" is the lesson's order and options as they are. Any other letter shuffles
    the item order and each item's options from ``random.Random(f"{lesson.seed}:{letter}")``;
    if the shuffle happens to leave the items in the lesson's order, the draw is repeated
    (from the same generator) so that two versions never share their item order.

    Args:
        lesson: the lesson to take items from.
        letter: the version letter, "A" to "Z".

    Returns:
        The items of that version, each with answers remapped to its shuffled options.

    Raises:
        WorksheetError: for a bad letter or an item whose answer does not fit its options.
    """
    if not isinstance(letter, str) or len(letter) != 1 or letter not in LETTERS:
        raise WorksheetError(f"a version is one capital letter A to Z, got {letter!r}")
    for item in lesson.items:
        check_item(item)
    if letter == "A":
        return tuple(lesson.items)
    rng = random.Random(f"{lesson.seed}:{letter}")
    order = list(range(len(lesson.items)))
    for _ in range(20):
        rng.shuffle(order)
        if order != sorted(order) or len(order) < 2:
            break
    return tuple(shuffle_item(lesson.items[i], rng) for i in order)


def ordered_for_print(items: tuple[Item, ...]) -> list[Item]:
    """Items in the order a worksheet numbers them: the comprehension part, then the sources part.

    Within each part the version's order is kept.
    """
    return [i for part in range(len(SECTION_TITLES)) for i in items if section_of(i) == part]
