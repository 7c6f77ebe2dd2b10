"""The student copy of one version: header, article with ¶ numbers, vocabulary, questions."""
from __future__ import annotations

import math
import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from quizgen.kinds import KINDS, MANY, ONE, PAIRS, TEXT, letter
from quizgen.model import Item, Lesson, VocabEntry
from quizgen.worksheet.flowables import AnswerLines, Blank, Choice, WritingBox, qr_drawing
from quizgen.worksheet.styles import INK, RULE, TINT, Styles, table_style
from quizgen.worksheet.text import (
    SECTION_TITLES,
    esc,
    points_label,
    question_minutes,
    reading_minutes,
    section_of,
    skill_label,
    total_points,
)
from quizgen.worksheet.versions import ordered_for_print, shuffle_lesson


def build_story(lesson: Lesson, version: str, styles: Styles, *, items: tuple[Item, ...] | None = None,
                join_code: str | None = None, join_url: str | None = None) -> list[Flowable]:
    """The flowables of one version's student copy (no answers, explanations or rubrics).

    Args:
        lesson: the lesson to print.
        version: the version letter, "A" to "Z".
        styles: from :func:`quizgen.worksheet.styles.make_styles`.
        items: the version's items when already shuffled (default: ``shuffle_lesson``).
        join_code: the online quiz's join code, printed on the cover when given.
        join_url: the online quiz's short URL, printed with a QR code when given.

    Returns:
        Flowables for a ReportLab document; writing the file is the caller's job.
    """
    if items is None:
        items = shuffle_lesson(lesson, version)
    story: list[Flowable] = []
    story += _header(lesson, version, items, styles)
    if join_code or join_url:
        story.append(_join_box(join_code, join_url, styles))
    story += _vocabulary(lesson, styles)
    story += _article(lesson, styles)
    story += _questions(items, styles)
    return story


def _header(lesson: Lesson, version: str, items: tuple[Item, ...], styles: Styles) -> list[Flowable]:
    s = styles
    label = s.cell
    badge_style = s.cell_bold.clone("badge", fontSize=s.size * 1.15, leading=s.size * 1.4, alignment=1)
    badge = Paragraph(f"Version {esc(version)}", badge_style)
    rows = [
        [Paragraph("Name", label), "", Paragraph("Class", label), "", "", badge],
        [Paragraph("Date", label), "", Paragraph("Score", label), f"/ {total_points(items)}", "", ""],
    ]
    lw = s.size * 4.4
    badge_width = stringWidth(f"Version {version}", s.bold, badge_style.fontSize) + 24
    table = Table(
        rows, colWidths=[lw, "*", lw, "24%", s.size * 0.8, badge_width], rowHeights=[s.leading * 1.9] * 2,
        hAlign="LEFT",
    )
    table.setStyle(table_style(s, *[
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 1), 0.7, INK),
        ("LINEBELOW", (3, 0), (3, 1), 0.7, INK),
        ("ALIGN", (3, 1), (3, 1), "RIGHT"),
        ("SPAN", (5, 0), (5, 1)),
        ("BOX", (5, 0), (5, 1), 1.2, INK),
        ("VALIGN", (5, 0), (5, 1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (2, 0), (2, -1), s.size * 0.8),
        ("BOTTOMPADDING", (0, 0), (3, -1), 1),
    ]))
    a = lesson.article
    source = [p for p in (a.source_name, _byline(a.byline), a.date) if p]
    meta = [
        f"Reading level: grade {lesson.reading_level.grade:.0f}",
        f"{a.word_count:,} words",
        f"about {reading_minutes(lesson)} min to read",
        f"about {reading_minutes(lesson) + question_minutes(items)} min for the whole worksheet",
    ]
    out: list[Flowable] = [table, Spacer(1, s.size * 1.2), Paragraph(esc(a.title), s.title)]
    if source:
        out.append(Paragraph("Source: " + esc(" · ".join(source)), s.meta))
    if a.source_url:
        out.append(Paragraph(esc(a.source_url), s.meta))
    out.append(Paragraph(esc(" · ".join(meta)), s.meta))
    out.append(Paragraph(
        f"{len(items)} questions, {total_points(items)} points. Read the article first. The numbers in "
        "the margin (¶1, ¶2, …) count its paragraphs; the questions and the vocabulary refer to them.",
        s.body.clone("intro", spaceBefore=s.size * 0.6),
    ))
    return out


def _byline(byline: str | None) -> str | None:
    if not byline:
        return None
    return byline if byline.lower().startswith("by ") else f"by {byline}"


def _join_box(join_code: str | None, join_url: str | None, styles: Styles) -> Flowable:
    s = styles
    words = "Take this quiz online"
    if join_url:
        words += f": go to <b>{esc(join_url)}</b>"
    if join_code:
        words += f"{' and' if join_url else ':'} enter the code <b>{esc(join_code)}</b>"
    text = Paragraph(words + ".", s.body)
    if not join_url:
        cells, widths = [[text]], ["100%"]
    else:
        side = s.size * 5.5
        cells, widths = [[qr_drawing(join_url, side), text]], [side + 10, "*"]
    box = Table(cells, colWidths=widths, hAlign="LEFT")
    box.setStyle(table_style(s, *[
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    box.spaceBefore = s.size * 0.5
    return box


def _vocabulary(lesson: Lesson, styles: Styles) -> list[Flowable]:
    if not lesson.vocabulary:
        return []
    s = styles
    rows = [[Paragraph("Word", s.cell_bold), Paragraph("¶", s.cell_bold),
             Paragraph("Where it appears", s.cell_bold)]]
    for v in lesson.vocabulary:
        rows.append([
            Paragraph(f"<b>{esc(v.word)}</b>", s.cell),
            Paragraph(f"¶{v.paragraph}", s.cell),
            Paragraph(_bold_word(_sentence_for(lesson, v), v.word), s.cell),
        ])
    table = Table(rows, colWidths=["22%", s.size * 2.8, "*"], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(s, *[
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    # no keepWithNext: it would push a long table (and the article) off the cover page
    return [Paragraph("Words to know", s.heading.clone("vocab_heading", keepWithNext=0)), table]


def _sentence_for(lesson: Lesson, entry: VocabEntry) -> str:
    """The entry's sentence; if the word is not in it, the paragraph's sentence that holds it."""
    known = 1 <= entry.paragraph <= len(lesson.article.paragraphs)
    if _find_word(entry.sentence, entry.word) >= 0 or not known:
        return entry.sentence
    text = lesson.article.paragraph(entry.paragraph).text
    at = _find_word(text, entry.word)
    if at < 0:
        return entry.sentence
    # a sentence ends at . ! ? (and a closing quote) before a capital: "U.S. to" does not end one
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    start = max((e for e in ends if e <= at), default=0)
    end = min((e for e in ends if e > at), default=len(text))
    return text[start:end].strip()


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def _find_word(text: str, word: str) -> int:
    """Where ``word`` first occurs in ``text`` as a whole word (any case), or -1."""
    lower, target = text.lower(), word.lower()
    i = lower.find(target)
    while i >= 0:
        before = lower[i - 1] if i else " "
        after = lower[i + len(target)] if i + len(target) < len(lower) else " "
        if not before.isalnum() and not after.isalnum():
            return i
        i = lower.find(target, i + 1)
    return -1


def _bold_word(sentence: str, word: str) -> str:
    """The sentence, escaped, with the first whole-word match of ``word`` in bold."""
    i = _find_word(sentence, word)
    if i < 0:
        return esc(sentence)
    j = i + len(word)
    return f"{esc(sentence[:i])}<b>{esc(sentence[i:j])}</b>{esc(sentence[j:])}"


def _article(lesson: Lesson, styles: Styles) -> list[Flowable]:
    s = styles
    out: list[Flowable] = [
        Paragraph("The article", s.heading),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=0, spaceAfter=s.size * 0.5),
    ]
    for p in lesson.article.paragraphs:
        out.append(Paragraph(esc(p.text), s.article, bulletText=f"¶{p.number}"))
    return out


def _questions(items: tuple[Item, ...], styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    section = parts = -1
    for number, item in enumerate(ordered_for_print(items), 1):
        heading = None
        if section_of(item) != section:
            section, parts = section_of(item), parts + 1
            heading = Paragraph(f"Part {parts + 1}: {SECTION_TITLES[section]}", styles.heading)
        out.append(question_block(item, number, styles, heading=heading))
    return out


def question_block(item: Item, number: int, styles: Styles, *, heading: Flowable | None = None) -> Flowable:
    """One question, kept together on a page: stem, skill line, then its answer space.

    A part's heading comes in the same block, so it is never left alone at a page's foot.
    """
    s = styles
    kind = KINDS[item.kind]
    indent = s.size * 1.9
    parts: list[Flowable] = [heading] if heading is not None else []
    parts += [
        Paragraph(esc(item.stem), s.stem,
                  bulletText=f"{number}."),
        Paragraph(esc(f"{skill_label(item.skill)} · {points_label(item.points)} · {kind.hint}"),
                  s.skill),
    ]
    if kind.shape in (ONE, MANY):
        square = kind.shape == MANY
        for i, option in enumerate(item.options):
            choice = Choice(letter(i), Paragraph(esc(option), s.option), s, square=square, indent=indent)
            parts += [choice, Spacer(1, s.size * 0.3)]
    elif kind.shape == PAIRS:
        parts.append(_matching_table(item, s, indent))
    elif kind.shape == TEXT:
        parts.append(_short_answer_lines(item, s, indent))
    else:
        parts.append(_open_box(item, s, indent))
    parts.append(Spacer(1, s.size * 1.1))
    return KeepTogether(parts)


def _matching_table(item: Item, s: Styles, indent: float) -> Flowable:
    rows = []
    for i in range(max(len(item.prompts), len(item.options))):
        left = Paragraph(f"<b>{i + 1}.</b> {esc(item.prompts[i])}", s.option) if i < len(item.prompts) else ""
        right = (Paragraph(f"<b>{letter(i)}.</b> {esc(item.options[i])}", s.option)
                 if i < len(item.options) else "")
        blank = Blank(s.size * 3, s) if i < len(item.prompts) else ""
        rows.append(["", blank, left, right])
    table = Table(rows, colWidths=[indent, s.size * 3.2, "35%", "*"], hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (3, 0), (3, -1), 0.5, RULE),
        ("LINEABOVE", (1, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (3, 0), (3, -1), 10),
    ]
    table.setStyle(table_style(s, *style))
    return table


def _short_answer_lines(item: Item, s: Styles, indent: float) -> Flowable:
    words = max((len(str(a).split()) for a in item.answer), default=6)
    if words <= 3:
        return AnswerLines(1, s, fraction=0.6, indent=indent, label="Answer:")
    return AnswerLines(min(6, math.ceil(words / 9) + 1), s, indent=indent)


def _open_box(item: Item, s: Styles, indent: float) -> Flowable:
    scale = " · ".join(f"{esc(r.label)} {r.points}" for r in sorted(item.rubric, key=lambda r: -r.points))
    caption = f"Your answer ({points_label(item.points)}). Cite the ¶ you use."
    if scale:
        caption += f" Scored as {scale}."
    lines = 8 if s.large_print else 7
    return WritingBox(Paragraph(caption, s.small), lines, s, indent=indent)
