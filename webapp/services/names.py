"""Students' names: cleaning what was typed, comparing names, and reading a teacher's class list.

A name must show on the teacher's screen as what it is: invisible characters (zero-width
spaces and joiners, direction marks, soft hyphens, controls) are removed, any kind of space
becomes one plain space, and what is left must hold a letter or a digit. Two names are the
same name when they match after that, ignoring case and accents' encoding (NFKC, casefold), so
"Ada", "ada" and "A\u200bda" are one student's name to the teacher.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

NAME_MAX = 60
CODE_MAX = 20
ROSTER_MAX = 200
_CODE = re.compile(r"^[A-Za-z0-9-]{1,20}$")
# Letters that draw nothing (Hangul fillers), a blank Braille cell, and marks that join nothing.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180e")


def clean_name(raw: str | None) -> str:
    """The name as it will be stored and shown, or "" when nothing visible is left."""
    text = unicodedata.normalize("NFC", raw or "")
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in _BLANK or (cat in ("Cf", "Cc", "Cs", "Co", "Cn") and not ch.isspace()):
            continue  # invisible: format marks, controls, unassigned
        kept.append(" " if ch.isspace() or cat in ("Zs", "Zl", "Zp") else ch)
    name = " ".join("".join(kept).split())[:NAME_MAX].strip()
    if not any(unicodedata.category(ch)[0] in "LN" for ch in name):
        return ""
    return name


def name_key(name: str) -> str:
    """What two names must share to be the same student's name."""
    return unicodedata.normalize("NFKC", clean_name(name)).casefold()


@dataclass(frozen=True)
class RosterLine:
    name: str
    code: str | None


class RosterError(ValueError):
    """The class list has a line that cannot be used; the message names the line and the fix."""


def parse_roster(text: str) -> list[RosterLine]:
    """A class list: one student a line, optionally a comma (or tab) and that student's code.

    Blank lines are skipped. Raises :class:`RosterError` for a line with no visible name, a bad
    code, a name given twice, or more than ``ROSTER_MAX`` names.
    """
    out: list[RosterLine] = []
    seen: dict[str, int] = {}
    for number, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        raw_name, sep, raw_code = line.replace("\t", ",").rpartition(",") if "," in line or "\t" in line \
            else (line, "", "")
        name = clean_name(raw_name)
        if not name:
            raise RosterError(f"Line {number} has no name: type one name a line (a comma, then a code, if you "
                              "want codes).")
        if len(" ".join(raw_name.split())) > NAME_MAX:
            raise RosterError(f"Line {number}: a name can be at most {NAME_MAX} characters.")
        code = raw_code.strip() or None
        if code is not None and not _CODE.match(code):
            raise RosterError(f"Line {number}: the code \u201c{code[:30]}\u201d should be 1\u2013{CODE_MAX} letters, "
                              "digits or dashes.")
        key = name_key(name)
        if key in seen:
            raise RosterError(f"\u201c{name}\u201d is on line {seen[key]} and line {number}: give each student "
                              "a name of their own (add an initial).")
        seen[key] = number
        out.append(RosterLine(name, code))
    if len(out) > ROSTER_MAX:
        raise RosterError(f"A class list can have at most {ROSTER_MAX} names.")
    return out


def roster_text(lines: list[RosterLine]) -> str:
    """The class list as the teacher typed it (for editing it again)."""
    return "\n".join(f"{r.name}, {r.code}" if r.code else r.name for r in lines)
