"""The answer key of one version, and the teacher's claim-ledger appendix."""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from quizgen.kinds import Matching, OpenResponse, kind_of
from quizgen.model import Analysis, Item, Lesson
from quizgen.worksheet.styles import INK, RULE, TINT, Styles, table_style
from quizgen.worksheet.text import (
    answer_text,
    esc,
    points_label,
    short_answer,
    skill_label,
    total_points,
)
from quizgen.worksheet.versions import ordered_for_print, shuffle_lesson


def build_key_story(lesson: Lesson, version: str, styles: Styles, *,
                    items: tuple[Item, ...] | None = None) -> list[Flowable]:
    """The flowables of one version's answer key.

    For each question, numbered as on that version's student copy: the keyed answer (with
    that version's letters), the ¶ and the quoted sentence it rests on, the reason, and the
    rubric of open responses.

    Args:
        lesson: the lesson to print.
        version: the version letter.
        styles: from :func:`quizgen.worksheet.styles.make_styles`.
        items: the version's items when already shuffled (default: ``shuffle_lesson``).
    """
    if items is None:
        items = shuffle_lesson(lesson, version)
    s = styles
    printed = ordered_for_print(items)
    out: list[Flowable] = [
        Paragraph(f"Answer key · Version {esc(version)}", s.title),
        Paragraph(f"{esc(lesson.article.title)} · {len(items)} questions, {total_points(items)} points. "
                  "For the teacher: do not hand out.", s.meta),
        Spacer(1, s.size * 0.8),
        _grid(printed, s),
        Spacer(1, s.size * 0.6),
    ]
    for number, item in enumerate(printed, 1):
        out.append(_entry(item, number, s))
    return out


def _grid(items: list[Item], s: Styles) -> Flowable:
    """Every answer at a glance, for quick marking: number over answer, ten to a row."""
    longest = max((stringWidth(short_answer(i), s.font, s.key_body.fontSize) for i in items), default=0)
    per_row = max(3, min(10, int(480 // (longest + 16))))
    cells = [(str(n), short_answer(i)) for n, i in enumerate(items, 1)]
    rows: list[list] = []
    for start in range(0, len(cells), per_row):
        chunk = cells[start:start + per_row]
        pad = [("", "")] * (per_row - len(chunk))
        rows.append([Paragraph(f"<b>{n}</b>", s.key_small) for n, _ in chunk + pad])
        rows.append([Paragraph(esc(a), s.key_body) for _, a in chunk + pad])
    table = Table(rows, colWidths=[f"{100 / per_row}%"] * per_row, hAlign="LEFT")
    style = [
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r in range(0, len(rows), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), TINT))
    table.setStyle(table_style(s, *style))
    return table


def _entry(item: Item, number: int, s: Styles) -> Flowable:
    body = s.key_body
    small = s.key_small
    parts: list[Flowable] = [
        Paragraph(f"<b>{number}.</b> {esc(item.stem)}", body.clone("key_stem", spaceBefore=s.size * 0.5)),
        Paragraph(esc(f"{skill_label(item.skill)} · {points_label(item.points)}"), small),
        Paragraph(f"<b>Answer:</b> {esc(answer_text(item))}", body),
    ]
    kind = kind_of(item)
    if isinstance(kind, Matching):
        for p, o in kind.pairs(item):
            parts.append(Paragraph(
                f"{p + 1}. {esc(item.prompts[p])} → {esc(item.options[o])}",
                small.clone("pair", leftIndent=12),
            ))
    if isinstance(kind, OpenResponse) and kind.model_answer(item):
        parts.append(Paragraph(f"<b>Model answer:</b> {esc(item.answer[0])}", body))
    for sup in item.support:
        parts.append(Paragraph(f"<b>¶{sup.paragraph}</b> “{esc(sup.text)}”", body))
    if item.explanation:
        parts.append(Paragraph(f"<b>Why:</b> {esc(item.explanation)}", body))
    if item.rubric:
        parts.append(_rubric(item, s))
    return KeepTogether(parts)


def _rubric(item: Item, s: Styles) -> Flowable:
    rows = [[Paragraph("<b>Points</b>", s.key_small), Paragraph("<b>Level</b>", s.key_small),
             Paragraph("<b>What the answer does</b>", s.key_small)]]
    for level in sorted(item.rubric, key=lambda r: -r.points):
        rows.append([Paragraph(str(level.points), s.key_body), Paragraph(esc(level.label), s.key_body),
                     Paragraph(esc(level.description), s.key_body)])
    table = Table(rows, colWidths=[s.size * 4, s.size * 6, "*"], hAlign="LEFT")
    table.setStyle(table_style(s, *[
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    table.spaceBefore = 4
    return table


def build_ledger_story(lesson: Lesson, analysis: Analysis, styles: Styles) -> list[Flowable]:
    """The teacher appendix: who claims what in the article, on what evidence, how surely.

    Args:
        lesson: the lesson (for the title).
        analysis: the article's analysis, whose attributions, evidence and hedges are listed.
        styles: from :func:`quizgen.worksheet.styles.make_styles`.
    """
    s = styles
    out: list[Flowable] = [
        Paragraph("Teacher appendix: the claim ledger", s.title),
        Paragraph(f"{esc(lesson.article.title)} · who claims what, on what evidence, and how surely "
                  "the article states it.", s.meta),
        Spacer(1, s.size * 0.8),
    ]
    evidence_by_paragraph: dict[int, list[str]] = {}
    for e in analysis.evidence:
        evidence_by_paragraph.setdefault(e.paragraph, []).append(e.kind)
    head = ["¶", "Who", "Claims", "Evidence in that ¶", "Certainty"]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", s.key_small) for h in head]]
    for a in sorted(analysis.attributions, key=lambda a: a.paragraph):
        who = a.source or a.source_text or "(no source)"
        kind = a.source_kind.replace("_", " ")
        who_text = f"<b>{esc(who)}</b><br/>{esc(kind)}" + (f", via {esc(a.relay)}" if a.relay else "")
        quoted = a.direct and a.content[:1] not in "\"“'‘"
        claim = f"“{esc(a.content)}”" if quoted else esc(a.content)
        cue = f"<br/><font color='#555555'>{esc(a.cue)}</font>" if a.cue else ""
        certainty = esc(a.certainty) + (f": {esc(a.hedge)}" if a.hedge else "")
        kinds = sorted(set(evidence_by_paragraph.get(a.paragraph, [])))
        rows.append([
            Paragraph(str(a.paragraph), s.key_body),
            Paragraph(who_text, s.key_body),
            Paragraph(claim + cue, s.key_body),
            Paragraph(esc(", ".join(kinds)) or "—", s.key_body),
            Paragraph(certainty, s.key_body),
        ])
    if len(rows) == 1:
        out.append(Paragraph("The analysis found no attributed claims in this article.", s.key_body))
    else:
        table = Table(rows, colWidths=[s.size * 2.4, "18%", "*", "17%", "14%"], repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(s, *[
            ("BOX", (0, 0), (-1, -1), 0.6, INK),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        out.append(table)
    if analysis.judgments:
        out.append(Paragraph("Judgments the article makes without a source", s.heading))
        for j in analysis.judgments:
            out.append(Paragraph(f"<b>¶{j.paragraph}</b> “{esc(j.span.text)}”", s.key_body))
    return out
