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
from quizgen.kinds import ESSAY, answer_text, check, kind_of
from quizgen.model import Item, Lesson

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up except the
# surrogates and U+FFFE/U+FFFF; anything else cannot be written to an XML file at all.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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


def answer_summary(item: Item) -> str:
    """The keyed answer in words, for spreadsheets and notes (an open response: its rubric)."""
    kind = kind_of(item)
    if kind is not None and kind.shape == ESSAY:
        return rubric_text(item)
    return answer_text(item)


def check_item(number: int, item: Item) -> None:
    """Raise ExportError when an item's stem is empty or its answer does not fit its kind.

    The rule is the kinds registry's (:func:`quizgen.kinds.check`), the one every consumer
    applies. An item of a kind Quizgen does not know passes: each format skips it and says so.
    """
    where = item_label(number, item)
    problems = ["the stem is empty"] if not item.stem.strip() else []
    if kind_of(item) is not None:
        problems += check(item)
    if problems:
        raise ExportError(f"{where}: {'; '.join(problems)}; fix the item in the lesson file and export again")


def article_paragraphs(lesson: Lesson) -> list[tuple[int, str]]:
    """(number, text) for every body paragraph, numbered as the explanations cite them."""
    return [(p.number, p.text) for p in lesson.article.paragraphs]


def article_byline(lesson: Lesson) -> str:
    """"By X · date · source" from whatever the article records (may be empty)."""
    a = lesson.article
    bits = [f"By {a.byline}" if a.byline else "", a.date or "", a.source_name or "", a.source_url or ""]
    return " · ".join(b for b in bits if b)


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
