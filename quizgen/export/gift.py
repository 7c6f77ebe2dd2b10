"""GIFT, Moodle's plain-text question format.

Written to the rules of Moodle's own GIFT importer (``question/format/gift/format.php``):
- the special characters ``~ = # { } :`` and the backslash are escaped with a backslash, and a
  line break inside any text is written ``\\n``, so a multi-line stem never splits a question;
- every question text starts with ``[plain]`` so Moodle shows it as plain text (``<script>``
  stays visible text, never markup) and a stem that starts with ``[`` is not read as a format;
- answers are one per line, so no text ever begins a line with ``//`` (a comment);
- an answer or feedback that starts with ``[`` or ``%`` gets ``[plain]`` first, so it is not
  read as a format or a weight;
- short-answer ``*`` (a Moodle wildcard) is written ``\\*``;
- ``->`` cannot be escaped in a matching prompt: it is written ``→`` and reported.
The article goes first as a description item; notes and warnings go in ``//`` comments.
"""
from __future__ import annotations

from quizgen.export.common import (
    ExportResult,
    article_byline,
    article_paragraphs,
    check_item,
    feedback_text,
    item_label,
    item_title,
    option_feedback,
    rubric_text,
    single_line,
)
from quizgen.kinds import ESSAY, MANY, ONE, PAIRS, TEXT, keyed_indexes, kind_of, true_false_key
from quizgen.model import Item, Lesson

SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    """Escape GIFT's special characters and encode line breaks as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        if ch in SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return "".join(out)


def _field(text: str) -> str:
    """An answer or feedback text, escaped; ``[plain]`` goes first when the text starts with
    ``[`` (else read as a format) or ``%`` (else read as an answer weight)."""
    text = text.strip()
    return ("[plain]" if text.startswith(("[", "%")) else "") + escape(text)


def _answer(marker: str, text: str, weight: str | None = None) -> str:
    """``=text`` / ``~text`` / ``~%50%text``."""
    return marker + (f"%{weight}%" if weight is not None else "") + _field(text)


def _weight(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _choice_lines(item: Item, multiple: bool) -> list[str]:
    keyed = set(keyed_indexes(item))
    lines = []
    for i, option in enumerate(item.options):
        right = i in keyed
        if multiple:
            share = 100 / len(keyed) if right else -100 / (len(item.options) - len(keyed))
            line = _answer("~", option, _weight(share))
        else:
            line = _answer("=" if right else "~", option)
        lines.append(line + "#" + _field(option_feedback(item, right)))
    return lines


def _item_block(number: int, item: Item, warnings: list[str]) -> list[str] | None:
    title = "::" + escape(item_title(number, item)) + "::"
    head = title + "[plain]" + escape(item.stem.strip())
    general = feedback_text(item)
    kind = kind_of(item)
    shape = kind.shape if kind else None
    key = true_false_key(item)
    if key is not None:
        wrong, right = option_feedback(item, False), option_feedback(item, True)
        body = ("TRUE" if key else "FALSE") + "#" + _field(wrong) + "#" + _field(right)
        return [head + "{" + body + "####" + _field(general) + "}"]
    if shape in (ONE, MANY):
        lines = _choice_lines(item, multiple=shape == MANY)
    elif shape == PAIRS:
        lines = []
        used = set()
        for p, o in item.answer:
            prompt = item.prompts[p]
            if "->" in prompt:
                warnings.append(f"{item_label(number, item)}: '->' in a matching prompt cannot be "
                                "escaped in GIFT; written as '→'")
                prompt = prompt.replace("->", "→")
            lines.append("=" + _field(prompt) + " -> " + escape(item.options[o].strip()))
            used.add(o)
        lines += ["= -> " + escape(opt.strip()) for i, opt in enumerate(item.options) if i not in used]
    elif shape == TEXT:
        lines = [_answer("=", str(a).replace("*", "\\*")) + "#" + _field(option_feedback(item, True))
                 for a in item.answer if str(a).strip()]
    elif shape == ESSAY:
        general = "\n".join(t for t in (general, rubric_text(item)) if t)
        return [head + "{####" + _field(general) + "}"]
    else:
        return None
    return [head + "{", *("\t" + line for line in lines), "\t####" + _field(general), "}"]


def export_gift(lesson: Lesson) -> ExportResult:
    """The lesson as a GIFT text file (UTF-8), the article first as a description item."""
    warnings: list[str] = []
    blocks: list[list[str]] = []
    for number, item in enumerate(lesson.items, 1):
        check_item(number, item)
        block = _item_block(number, item, warnings)
        if block is None:
            warnings.append(f"{item_label(number, item)}: kind not expressible in GIFT; skipped")
            continue
        if item.points != 1:
            warnings.append(f"{item_label(number, item)}: worth {item.points} points; GIFT has no "
                            "marks, set them in Moodle after import")
        blocks.append([f"// {single_line(item_label(number, item))}", *block])
    a = lesson.article
    intro = [a.title, article_byline(lesson)] + [f"¶{n} {text}" for n, text in article_paragraphs(lesson)]
    article = ["// The article, as a description item", "::Article::[plain]" + escape(
        "\n\n".join(t for t in intro if t))]
    header = [f"// Quizgen lesson: {single_line(a.title)}",
              "// Feedback quotes the article and cites its paragraphs (¶)."]
    header += [f"// note: {single_line(n)}" for n in lesson.notes]
    header += [f"// warning: {single_line(w)}" for w in warnings]
    text = "\n\n".join("\n".join(b) for b in [header, article, *blocks]) + "\n"
    return ExportResult(text.encode("utf-8"), "gift.txt", "text/plain; charset=utf-8", tuple(warnings))
