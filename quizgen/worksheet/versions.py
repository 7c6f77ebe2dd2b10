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

from quizgen import kinds
from quizgen.model import Item, Lesson
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
    problems = kinds.check(item)
    if problems:
        raise WorksheetError(f"item {item.id!r} ({item.kind}): {'; '.join(problems)}")


def shuffle_item(item: Item, rng: random.Random) -> Item:
    """The item with its options in a new order and its answer remapped to match.

    True/false keeps "True, False"; matching keeps its prompts and shuffles the right
    column; short and open answers have no options to shuffle.
    """
    kind = kinds.KINDS[item.kind]
    if not kind.shuffles or len(item.options) < 2:
        return item
    movable = [i for i, o in enumerate(item.options) if not _PINNED_LAST.match(o)]
    pinned = [i for i in range(len(item.options)) if i not in movable]
    rng.shuffle(movable)
    return kind.reordered(item, movable + pinned)


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
