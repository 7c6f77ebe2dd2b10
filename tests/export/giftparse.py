"""A strict GIFT reader written for the tests from Moodle's GIFT documentation.

It follows the rules Moodle documents (and its importer applies): questions are separated by
blank lines; lines starting with ``//`` are comments; ``::title::``; answers in ``{...}``;
``=`` right, ``~`` wrong, ``%n%`` weights, ``#`` feedback, ``####`` general feedback,
``=a -> b`` matching, ``{T}``/``{FALSE}`` true/false, ``{}`` essay, no braces = description;
``[format]`` prefixes; escapes ``\\~ \\= \\# \\{ \\} \\: \\\\`` and ``\\n`` for a line break.

Stricter than Moodle on purpose: an unknown escape, an unescaped special character inside a
text, text after the closing brace or an unbalanced brace raises GiftSyntaxError, so a writer
that forgets to escape something fails loudly here instead of importing as something else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

ESCAPABLE = "~=#{}:\\"
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


class GiftSyntaxError(ValueError):
    pass


# A text is held as a list of (char, escaped) so structure is found only in unescaped chars.
Chars = list[tuple[str, bool]]


def _lex(text: str) -> Chars:
    out: Chars = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            if i + 1 >= len(text):
                raise GiftSyntaxError("a backslash ends the text")
            nxt = text[i + 1]
            if nxt == "n":
                out.append(("\n", True))
            elif nxt in ESCAPABLE:
                out.append((nxt, True))
            else:
                raise GiftSyntaxError(f"unknown escape \\{nxt}")
            i += 2
        else:
            out.append((ch, False))
            i += 1
    return out


def _plain(chars: Chars, forbid: str = "~=#{}") -> str:
    for ch, esc in chars:
        if not esc and ch in forbid:
            raise GiftSyntaxError(f"unescaped {ch!r} inside a text")
    return "".join(ch for ch, _ in chars)


def _find(chars: Chars, token: str, start: int = 0) -> int:
    for i in range(start, len(chars) - len(token) + 1):
        if all(chars[i + k] == (token[k], False) for k in range(len(token))):
            return i
    return -1


def _rfind(chars: Chars, token: str) -> int:
    for i in range(len(chars) - len(token), -1, -1):
        if all(chars[i + k] == (token[k], False) for k in range(len(token))):
            return i
    return -1


def _split(chars: Chars, seps: str) -> list[tuple[str, Chars]]:
    """Split on unescaped separator characters, keeping which one opened each part."""
    parts: list[tuple[str, Chars]] = []
    current: Chars = []
    opener = ""
    for ch, esc in chars:
        if not esc and ch in seps:
            if opener:
                parts.append((opener, current))
            elif "".join(c for c, _ in current).strip():
                raise GiftSyntaxError("text before the first answer marker")
            opener, current = ch, []
        else:
            current.append((ch, esc))
    if opener:
        parts.append((opener, current))
    elif "".join(c for c, _ in current).strip():
        raise GiftSyntaxError("answers must start with a marker")
    return parts


def _strip(chars: Chars) -> Chars:
    start, end = 0, len(chars)
    while start < end and chars[start][0].isspace() and not chars[start][1]:
        start += 1
    while end > start and chars[end - 1][0].isspace() and not chars[end - 1][1]:
        end -= 1
    return chars[start:end]


def _with_format(chars: Chars) -> tuple[str, str]:
    chars = _strip(chars)
    fmt = "moodle"
    m = re.match(r"^\[(moodle|html|plain|markdown)\]", "".join(c for c, _ in chars))
    if m and all(not esc for _, esc in chars[: m.end()]):
        fmt, chars = m.group(1), chars[m.end():]
    return fmt, _plain(_strip(chars)).strip()


@dataclass
class Answer:
    text: str
    weight: float
    feedback: str = ""


@dataclass
class Question:
    title: str | None
    text: str
    text_format: str
    qtype: str
    answers: list[Answer] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    general_feedback: str = ""
    truth: bool | None = None
    wrong_feedback: str = ""
    right_feedback: str = ""


def _answer(chars: Chars, default_weight: float, weighted: bool = True) -> Answer:
    """One answer; Moodle reads a %weight% after '~' (and in short answers), never after '='."""
    chars = _strip(chars)
    flat = "".join(c for c, _ in chars)
    weight = default_weight
    m = _WEIGHT.match(flat) if weighted else None
    if m:
        weight = float(m.group(1))
        chars = chars[m.end():]
    hash_at = _find(chars, "#")
    body, feedback = (chars, []) if hash_at < 0 else (chars[:hash_at], chars[hash_at + 1:])
    return Answer(_with_format(body)[1], weight, _with_format(feedback)[1] if feedback else "")


def parse_block(lines: list[str]) -> Question | None:
    kept = [ln for ln in lines if not ln.strip().startswith("//")]
    if not "".join(kept).strip():
        return None
    chars = _strip(_lex("\n".join(kept)))
    title = None
    if _find(chars, "::") == 0:
        end = _find(chars, "::", 2)
        if end < 0:
            raise GiftSyntaxError("title without its closing ::")
        title = _plain(chars[2:end], forbid="~=#{}:")
        chars = chars[end + 2:]
    open_at, close_at = _find(chars, "{"), _find(chars, "}")
    if open_at < 0 and close_at < 0:
        fmt, text = _with_format(chars)
        return Question(title, text, fmt, "description")
    if open_at < 0 or close_at < open_at:
        raise GiftSyntaxError("unbalanced braces")
    if "".join(c for c, _ in chars[close_at + 1:]).strip():
        raise GiftSyntaxError("text after the closing brace")
    fmt, text = _with_format(chars[:open_at])
    inner = _strip(chars[open_at + 1:close_at])
    if _find(inner, "{") >= 0:
        raise GiftSyntaxError("nested brace")
    general = ""
    gf = _rfind(inner, "####")
    if gf >= 0:
        general = _with_format(inner[gf + 4:])[1]
        inner = _strip(inner[:gf])
    flat = "".join(c if not e else "\0" for c, e in inner)
    q = Question(title, text, fmt, "", general_feedback=general)
    if not inner:
        q.qtype = "essay"
    elif "~" in flat:
        q.qtype = "multichoice"
        for opener, part in _split(inner, "~="):
            q.answers.append(_answer(part, 100.0 if opener == "=" else 0.0, weighted=opener == "~"))
    elif "=" in flat and "->" in flat:
        q.qtype = "matching"
        for opener, part in _split(inner, "="):
            arrow = _find(part, "->")
            if opener != "=" or arrow < 0:
                raise GiftSyntaxError("a matching pair needs '=prompt -> answer'")
            q.pairs.append((_with_format(part[:arrow])[1], _plain(_strip(part[arrow + 2:]))))
    elif flat.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE"):
        q.qtype = "truefalse"
        pieces, start = [], 0
        while (at := _find(inner, "#", start)) >= 0 and len(pieces) < 2:
            pieces.append(inner[start:at])
            start = at + 1
        pieces.append(inner[start:])
        q.truth = "".join(c for c, _ in pieces[0]).strip() in ("T", "TRUE")
        q.wrong_feedback = _with_format(pieces[1])[1] if len(pieces) > 1 else ""
        q.right_feedback = _with_format(pieces[2])[1] if len(pieces) > 2 else ""
    else:
        q.qtype = "shortanswer"
        for opener, part in _split(inner, "="):
            if opener != "=":
                raise GiftSyntaxError("short answers start with '='")
            q.answers.append(_answer(part, 100.0))
    return q


def parse_gift(text: str) -> list[Question]:
    """Every question and description in a GIFT file, in order."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):  # only \n ends a line, as in Moodle's reader
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [q for b in blocks if (q := parse_block(b)) is not None]
