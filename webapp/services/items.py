"""Teacher edits to items: form text <-> quizgen Item, lint, delete, reorder, add by hand."""
from __future__ import annotations

import hashlib
import secrets
import string
from typing import Any

from flask import abort

from quizgen.model import ITEM_KINDS, SKILLS, Article, Item, RubricLevel
from quizgen.serialize import item_from_dict, to_plain
from quizgen.validate import lint_item
from webapp.db import db, transaction
from webapp.models import Item as ItemRow
from webapp.models import Lesson as LessonRow

LETTERS = string.ascii_uppercase


class ItemFormError(ValueError):
    """A field of the item form does not make a valid item; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def letter(i: int) -> str:
    return LETTERS[i] if 0 <= i < len(LETTERS) else str(i + 1)


def key_to_text(item: Item) -> str:
    """The key as the teacher types it: "B", "A, C", "1-A, 2-C" or accepted answers one a line."""
    a = item.answer
    if item.kind in ("multiple_choice", "true_false"):
        return letter(int(a)) if isinstance(a, int) else ""
    if item.kind == "multiple_select":
        return ", ".join(letter(int(i)) for i in a or [])
    if item.kind == "matching":
        return ", ".join(f"{p + 1}-{letter(o)}" for p, o in a or [])
    return "\n".join(str(x) for x in a or [])


def rubric_to_text(item: Item) -> str:
    return "\n".join(f"{r.points} | {r.label} | {r.description}" for r in item.rubric)


def _letter_index(token: str, n: int, field: str = "key") -> int:
    t = token.strip().upper()
    if len(t) == 1 and t in LETTERS[:n]:
        return LETTERS.index(t)
    raise ItemFormError(field, f"“{token.strip()}” is not one of the option letters A–{letter(n - 1)}.")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


def parse_key(kind: str, text: str, options: list[str], prompts: list[str]) -> Any:
    """Read the key field for ``kind``; raises ItemFormError with a message the teacher can act on."""
    n = len(options)
    text = (text or "").strip()
    if kind in ("multiple_choice", "true_false"):
        if not text:
            raise ItemFormError("key", "Give the letter of the right option.")
        if kind == "true_false" and text.lower() in ("true", "false"):
            return 0 if text.lower() == "true" else 1
        return _letter_index(text, n)
    if kind == "multiple_select":
        picks = sorted({_letter_index(t, n) for t in text.replace(";", ",").split(",") if t.strip()})
        if not picks:
            raise ItemFormError("key", "Give the letters of the right options, e.g. “A, C”.")
        return picks
    if kind == "matching":
        pairs = []
        for token in (t for t in text.replace(";", ",").split(",") if t.strip()):
            left, sep, right = token.partition("-")
            if not sep or not left.strip().isdigit():
                raise ItemFormError("key", f"“{token.strip()}” should look like “1-A” (prompt number, option letter).")
            p = int(left) - 1
            if not 0 <= p < len(prompts):
                raise ItemFormError("key", f"There is no prompt number {p + 1}.")
            pairs.append([p, _letter_index(right, n)])
        if len(pairs) != len(prompts) or len({p for p, _ in pairs}) != len(prompts):
            raise ItemFormError("key", "Match every prompt exactly once, e.g. “1-B, 2-A, 3-C”.")
        return sorted(pairs)
    if kind == "short_answer":
        accepted = _lines(text)
        if not accepted:
            raise ItemFormError("key", "Give at least one accepted answer (one a line).")
        return accepted
    return _lines(text)[:1]


def parse_rubric(text: str) -> tuple[RubricLevel, ...]:
    levels = []
    for ln in _lines(text):
        parts = [p.strip() for p in ln.split("|", 2)]
        if len(parts) != 3 or not parts[0].isdigit():
            raise ItemFormError("rubric", f"“{ln}” should look like “3 | Full | what a full answer does”.")
        levels.append(RubricLevel(int(parts[0]), parts[1], parts[2]))
    return tuple(levels)


def item_from_fields(fields: dict[str, str], base: Item | None = None) -> Item:
    """Build an Item from the edit form's fields, keeping ``base``'s id and support."""
    kind, skill = fields.get("kind", ""), fields.get("skill", "")
    if kind not in ITEM_KINDS:
        raise ItemFormError("kind", "Choose a question type.")
    if skill not in SKILLS:
        raise ItemFormError("skill", "Choose a skill.")
    stem = (fields.get("stem") or "").strip()
    if not stem:
        raise ItemFormError("stem", "The question needs a stem.")
    options = _lines(fields.get("options", ""))
    prompts = _lines(fields.get("prompts", "")) if kind == "matching" else []
    if kind == "true_false":
        options = ["True", "False"]
    if kind in ("multiple_choice", "multiple_select", "matching") and len(options) < 2:
        raise ItemFormError("options", "Give at least two options, one a line.")
    if kind in ("short_answer", "open_response"):
        options = []
    if kind == "matching" and len(prompts) < 2:
        raise ItemFormError("prompts", "A matching question needs at least two prompts, one a line.")
    answer = parse_key(kind, fields.get("key", ""), options, prompts)
    rubric = parse_rubric(fields.get("rubric", "")) if kind == "open_response" else ()
    try:
        points = int(fields.get("points") or 1)
    except ValueError:
        points = 0
    if not 1 <= points <= 100:
        raise ItemFormError("points", "Points must be a whole number from 1 to 100.")
    fresh = hashlib.sha1(f"{skill}\n{stem}\n{secrets.token_hex(4)}".encode(), usedforsecurity=False).hexdigest()
    item_id = base.id if base else "t" + fresh[:11]
    return Item(
        id=item_id, skill=skill, kind=kind, stem=stem, options=tuple(options), answer=answer,
        explanation=(fields.get("explanation") or "").strip(),
        support=base.support if base else (), difficulty=(base.difficulty if base else "medium"),
        prompts=tuple(prompts), rubric=rubric, points=points,
    )


def lint(item: Item, article: Article) -> list[str]:
    """quizgen's quality warnings for an item."""
    return list(lint_item(item, article))


def get_item(lesson: LessonRow, item_id: int) -> ItemRow:
    """The lesson's item with this id, else 404."""
    row = db.session.get(ItemRow, item_id)
    if row is None or row.lesson_id != lesson.id:
        abort(404)
    return row


def save_item(row: ItemRow, item: Item) -> None:
    """Store the edited item; commits."""
    with transaction():
        row.data = to_plain(item)
        row.uid = item.id


def add_item(lesson: LessonRow, item: Item) -> ItemRow:
    """Append a hand-written item to the lesson; commits."""
    with transaction():
        position = max((it.position for it in lesson.items), default=-1) + 1
        row = ItemRow(position=position, uid=item.id, data=to_plain(item))
        lesson.items.append(row)
    return row


def delete_item(row: ItemRow) -> None:
    with transaction():
        db.session.delete(row)


def move_item(lesson: LessonRow, row: ItemRow, step: int) -> None:
    """Move an item up (step -1) or down (step 1) by swapping it with its neighbour."""
    with transaction():
        items = list(lesson.items)
        i = items.index(row)
        j = i + step
        if 0 <= j < len(items):
            items[i], items[j] = items[j], items[i]
            for pos, it in enumerate(items):
                it.position = pos


def item_value(row: ItemRow) -> Item:
    return item_from_dict(row.data)
