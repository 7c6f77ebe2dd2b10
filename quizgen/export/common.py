"""What every export format shares: the result type, item checks and feedback text.

Feedback always carries the item's explanation (which cites its paragraph, "¶4: ...") plus
any support quote the explanation does not already contain, so a student who reads the
feedback in an LMS sees the evidence and where to find it.
"""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

from quizgen.errors import ExportError
from quizgen.model import Item, Lesson

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up except the
# surrogates and U+FFFE/U+FFFF; anything else cannot be written to an XML file at all.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class ExportResult:
    """One exported file: its bytes, extension (no dot), MIME type and any warnings."""

    data: bytes
    extension: str
    mimetype: str
    warnings: tuple[str, ...] = ()


def item_title(number: int, item: Item) -> str:
    """The name an item carries in an LMS: ``Q3 evidence`` (1-based number and skill tag)."""
    return f"Q{number} {item.skill}"


def item_label(number: int, item: Item) -> str:
    """How warnings name an item: title, kind and id."""
    return f"{item_title(number, item)} ({item.kind}, id {item.id})"


def lesson_ident(lesson: Lesson) -> str:
    """A stable identifier for the lesson: same title and item ids, same identifier."""
    key = "\n".join([lesson.article.title, *(i.id for i in lesson.items)])
    return "g" + hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:32]


def xml_text(text: str) -> str:
    """Text with the characters XML 1.0 cannot hold removed (control characters)."""
    return _XML_INVALID.sub("", text)


def has_xml_invalid(text: str) -> bool:
    return bool(_XML_INVALID.search(text))


def feedback_text(item: Item) -> str:
    """The explanation plus each support quote it does not already contain, with its ¶."""
    parts = [item.explanation.strip()] if item.explanation.strip() else []
    for s in item.support:
        quote = s.text.strip()
        if quote and quote not in item.explanation:
            parts.append(f'¶{s.paragraph}: "{quote}"')
    return " ".join(parts)


def option_feedback(item: Item, correct: bool) -> str:
    """Per-answer feedback: a verdict, then the explanation with its citation."""
    verdict = "Correct." if correct else "Incorrect."
    body = feedback_text(item)
    return f"{verdict} {body}" if body else verdict


def rubric_text(item: Item) -> str:
    """The rubric of an open-response item, one level per line, then the model answer."""
    lines = [f"{r.points} pt – {r.label}: {r.description}" for r in item.rubric]
    if item.answer and isinstance(item.answer, list) and str(item.answer[0]).strip():
        lines.append(f"Model answer: {item.answer[0]}")
    return "\n".join(lines)


def correct_indexes(item: Item) -> list[int]:
    """Indexes of the keyed options of a choice item (one for MC/TF, several for MS)."""
    if item.kind in ("multiple_choice", "true_false"):
        return [int(item.answer)]
    if item.kind == "multiple_select":
        return sorted(int(a) for a in item.answer)
    return []


def answer_summary(item: Item) -> str:
    """The keyed answer in words, for spreadsheets and notes."""
    if item.kind in ("multiple_choice", "true_false", "multiple_select"):
        return ", ".join(f"{LETTERS[i]}. {item.options[i]}" for i in correct_indexes(item))
    if item.kind == "matching":
        return "; ".join(f"{item.prompts[p]} → {item.options[o]}" for p, o in item.answer)
    if item.kind == "short_answer":
        return " | ".join(str(a) for a in item.answer)
    if item.kind == "open_response":
        return rubric_text(item)
    return ""


def check_item(number: int, item: Item) -> None:
    """Raise ExportError when an item's answer does not fit its kind (see model.Item)."""
    where = item_label(number, item)
    n = len(item.options)

    def bad(why: str) -> ExportError:
        return ExportError(f"{where}: {why}; fix the item in the lesson file and export again")

    def index_ok(value: object, size: int) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < size

    if not item.stem.strip():
        raise bad("the stem is empty")
    if item.kind in ("multiple_choice", "true_false"):
        if n < 2:
            raise bad(f"a {item.kind} item needs at least two options, it has {n}")
        if not index_ok(item.answer, n):
            raise bad(f"answer {item.answer!r} is not an option index 0..{n - 1}")
    elif item.kind == "multiple_select":
        if n < 2 or not isinstance(item.answer, list) or not item.answer:
            raise bad("a multiple_select item needs options and a non-empty list of keyed indexes")
        if not all(index_ok(a, n) for a in item.answer) or len(set(item.answer)) != len(item.answer):
            raise bad(f"answer {item.answer!r} must list distinct option indexes 0..{n - 1}")
    elif item.kind == "matching":
        pairs = item.answer
        if not item.prompts or not isinstance(pairs, list) or len(pairs) != len(item.prompts):
            raise bad("a matching item needs one [prompt, option] pair per prompt")
        for pair in pairs:
            if (not isinstance(pair, (list, tuple)) or len(pair) != 2
                    or not index_ok(pair[0], len(item.prompts)) or not index_ok(pair[1], n)):
                raise bad(f"pair {pair!r} does not index a prompt and an option")
        if sorted(p for p, _ in pairs) != list(range(len(item.prompts))):
            raise bad("each prompt must be paired exactly once")
    elif item.kind == "short_answer":
        if not isinstance(item.answer, list) or not any(str(a).strip() for a in item.answer):
            raise bad("a short_answer item needs a list of accepted answers")
    elif item.kind == "open_response":
        if item.answer is not None and not isinstance(item.answer, list):
            raise bad("an open_response answer must be a list holding one model answer")


def article_paragraphs(lesson: Lesson) -> list[tuple[int, str]]:
    """(number, text) for every body paragraph, numbered as the explanations cite them."""
    return [(p.number, p.text) for p in lesson.article.paragraphs]


def article_byline(lesson: Lesson) -> str:
    """"By X · date · source" from whatever the article records (may be empty)."""
    a = lesson.article
    bits = [f"By {a.byline}" if a.byline else "", a.date or "", a.source_name or "", a.source_url or ""]
    return " · ".join(b for b in bits if b)


def true_false_key(item: Item) -> bool | None:
    """For a true_false item whose options read True/False, whether the keyed answer is True."""
    labels = [o.strip().lower() for o in item.options]
    if sorted(labels) != ["false", "true"]:
        return None
    return labels[int(item.answer)] == "true"


def single_line(text: str) -> str:
    """Line breaks become spaces: for formats that hold one line per field."""
    return re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", text).strip()


def html_text(text: str) -> str:
    """Plain text as an HTML fragment: escaped, blank lines as paragraphs, breaks as <br>."""
    paragraphs = xml_text(text).replace("\r\n", "\n").strip().split("\n\n")
    return "".join(f"<p>{html.escape(p.strip(chr(10))).replace(chr(10), '<br>')}</p>"
                   for p in paragraphs if p.strip())


def inline_html(text: str) -> str:
    """Plain text as inline HTML: escaped, every line break as <br>."""
    return html.escape(xml_text(text).replace("\r\n", "\n").strip()).replace("\n", "<br>")
