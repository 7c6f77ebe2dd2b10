"""Every size, colour and paragraph style of the worksheet, as data in one place."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from quizgen.worksheet.errors import WorksheetError
from quizgen.worksheet.fonts import register_fonts

PAPERS = {"letter": LETTER, "a4": A4}
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
TINT = colors.HexColor("#f1f1ee")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles and measures for one worksheet (normal or large print)."""

    size: float  # body font size in points
    leading: float
    font: str
    bold: str
    large_print: bool
    title: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    article: ParagraphStyle  # numbered article paragraphs: the ¶ number sits in the margin
    stem: ParagraphStyle
    skill: ParagraphStyle
    option: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    small: ParagraphStyle
    key_body: ParagraphStyle
    key_small: ParagraphStyle
    margin_number_width: float
    answer_gap: float  # distance between ruled answer lines
    bubble: float  # diameter of an answer bubble


def make_styles(*, large_print: bool = False) -> Styles:
    """Styles for the worksheet: 12 pt sans with 1.3 line spacing, or a 15 pt large print.

    Everything is left-aligned and upright: emphasis is bold, never italic.

    Args:
        large_print: the large-print preset (15 pt body, 1.5 line spacing, roomier lines).
    """
    font, bold = register_fonts()
    size = 15.0 if large_print else 12.0
    leading = round(size * (1.5 if large_print else 1.3), 2)
    small = round(size * 0.75, 2)
    key_size = 13.0 if large_print else 10.0

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = dict(
            fontName=font, fontSize=size, leading=leading, textColor=INK, alignment=TA_LEFT,
            splitLongWords=1, allowWidows=0, allowOrphans=0,
        )
        base.update(kw)
        return ParagraphStyle(name, **base)

    number_width = size * 2.6
    return Styles(
        size=size,
        leading=leading,
        font=font,
        bold=bold,
        large_print=large_print,
        title=style("title", fontName=bold, fontSize=size * 1.55, leading=size * 1.95, spaceAfter=4),
        meta=style("meta", fontSize=small + 0.5, leading=(small + 0.5) * 1.35, textColor=MUTED),
        heading=style(
            "heading", fontName=bold, fontSize=size * 1.17, leading=size * 1.5,
            spaceBefore=size * 1.1, spaceAfter=size * 0.35, keepWithNext=1,
        ),
        body=style("body", spaceAfter=size * 0.4),
        article=style(
            "article", leftIndent=number_width, bulletIndent=0, bulletFontName=bold,
            bulletFontSize=small, spaceAfter=size * 0.6, textColor=INK,
        ),
        stem=style("stem", leftIndent=size * 1.9, bulletIndent=0, bulletFontName=bold),
        skill=style(
            "skill", fontSize=small, leading=small * 1.3, textColor=MUTED,
            leftIndent=size * 1.9, spaceAfter=size * 0.3,
        ),
        option=style("option"),
        cell=style("cell", fontSize=size * 0.9, leading=size * 0.9 * 1.3),
        cell_bold=style("cell_bold", fontName=bold, fontSize=size * 0.9, leading=size * 0.9 * 1.3),
        small=style("small", fontSize=small, leading=small * 1.3, textColor=MUTED),
        key_body=style("key_body", fontSize=key_size, leading=key_size * 1.3),
        key_small=style("key_small", fontSize=key_size * 0.9, leading=key_size * 0.9 * 1.3, textColor=MUTED),
        margin_number_width=number_width,
        answer_gap=leading * (1.9 if large_print else 1.75),
        bubble=size * 1.25,
    )


def page_size(paper: str) -> tuple[float, float]:
    """Width and height in points of "letter" or "a4"."""
    try:
        return PAPERS[paper.lower()]
    except (KeyError, AttributeError):
        raise WorksheetError(f"paper must be 'letter' or 'a4', got {paper!r}") from None


def table_style(styles: Styles, *commands: tuple) -> TableStyle:
    """A TableStyle whose cells default to the embedded font (ReportLab's default is Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), styles.font, styles.size * 0.9), *commands])
