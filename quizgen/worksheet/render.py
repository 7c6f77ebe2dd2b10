"""Write the worksheet PDFs: student copies, keys and the ledger appendix, with page footers."""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from quizgen.model import Analysis, Lesson
from quizgen.worksheet.errors import WorksheetError
from quizgen.worksheet.flowables import SectionStart
from quizgen.worksheet.key import build_key_story, build_ledger_story
from quizgen.worksheet.student import build_story
from quizgen.worksheet.styles import MUTED, Styles, make_styles, page_size
from quizgen.worksheet.versions import shuffle_lesson, version_letters

KEY_MODES = ("separate", "appended", "none")
MARGIN = 54.0  # 0.75 in: inside every printer's unprintable edge, room for the ¶ numbers
FOOTER_Y = 30.0


@dataclass(frozen=True)
class Section:
    """What a page belongs to, for its footer: a version's copy, its key, or the appendix."""

    kind: str  # "student", "key", "ledger"
    version: str = ""

    def footer(self, page: int, pages: int) -> str:
        where = f"Page {page} of {pages}"
        if self.kind == "student":
            return f"Version {self.version} · {where}"
        if self.kind == "key":
            return f"Answer key · Version {self.version} · {where}"
        return f"Teacher appendix · {where}"


class _FooterCanvas(Canvas):
    """Holds every page back until the end, so each footer can say "Page 2 of 4".

    Pages are counted within their section (a version's copy, a key); the blank pages
    put in for two-sided printing are not counted and say so.
    """

    def __init__(self, *args, title: str = "", styles: Styles | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.section: object = None
        self._pages: list[dict] = []
        self._footer_title = title
        self._styles = styles

    def showPage(self) -> None:  # ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._private()._startPage()

    def _private(self) -> Any:
        """This canvas with ReportLab's private attributes (``_startPage``, ``_pagesize``, ``_fontsize``),
        which its type stubs leave out."""
        return self

    def save(self) -> None:
        counts: dict[object, int] = {}
        for state in self._pages:
            counts[state["section"]] = counts.get(state["section"], 0) + 1
        seen: dict[object, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            section = state["section"]
            seen[section] = seen.get(section, 0) + 1
            self._draw_footer(section, seen[section], counts[section])
            super().showPage()
        super().save()

    def _draw_footer(self, section: object, page: int, pages: int) -> None:
        s = self._styles
        assert s is not None, "the footer canvas is always made with the worksheet's styles"
        width, height = self._private()._pagesize
        self.saveState()
        self.setFillColor(MUTED)
        self.setFont(s.font, 8.5 if not s.large_print else 11)
        if isinstance(section, tuple) and section and section[0] == "blank":
            owner = section[1]
            note = "This page is blank on purpose, for two-sided printing."
            if isinstance(owner, Section) and owner.version:
                note = f"Version {owner.version} · {note}"
            self.drawCentredString(width / 2, height / 2, note)
        elif isinstance(section, Section):
            right = section.footer(page, pages)
            bold_size = 9 if not s.large_print else 12
            room = width - 2 * MARGIN - stringWidth(right, s.bold, bold_size) - 24
            self.drawString(MARGIN, FOOTER_Y, _fit(self._footer_title, room, s.font, self._private()._fontsize))
            self.setFont(s.bold, bold_size)
            self.setFillColorRGB(0, 0, 0)
            self.drawRightString(width - MARGIN, FOOTER_Y, right)
        self.restoreState()


def _fit(text: str, room: float, font: str, size: float) -> str:
    """``text``, cut at a word and ended with "…" if it is wider than ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + " …", font, size) > room:
        words.pop()
    return " ".join(words) + " …" if words else ""


def _write(story: list[Flowable], *, title: str, paper: str, styles: Styles, invariant: bool) -> bytes:
    width, height = page_size(paper)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN * 0.85, bottomMargin=MARGIN, title=title, author="Quizgen",
        creator="Quizgen", invariant=1 if invariant else 0, initialFontName=styles.font,
        initialFontSize=styles.size, initialLeading=styles.leading,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvasmaker(*args, **kwargs) -> _FooterCanvas:
        return _FooterCanvas(*args, title=title, styles=styles, **kwargs)

    try:
        doc.build(story, canvasmaker=canvasmaker)
    except LayoutError as exc:  # a flowable larger than a page: say which, not a traceback
        raise WorksheetError(f"the worksheet could not be laid out: {exc}".splitlines()[0]) from exc
    return buffer.getvalue()


def render_worksheet(
    lesson: Lesson,
    *,
    versions: int = 1,
    key: str = "appended",
    paper: str = "letter",
    large_print: bool = False,
    ledger: bool = False,
    join_code: str | None = None,
    join_url: str | None = None,
    analysis: Analysis | None = None,
    invariant: bool = True,
) -> tuple[bytes, bytes | None]:
    """The printable worksheet of a lesson, as PDF bytes.

    Student copies come first, one per version, each starting on a fresh sheet; then (with
    ``key="appended"``) one answer key per version, after a fresh sheet too; then the
    ledger appendix when asked for. With ``key="separate"`` the keys and the appendix go
    to a second PDF instead.

    Args:
        lesson: the lesson to print.
        versions: how many versions (A, B, …), 1 to 26.
        key: "appended", "separate" or "none".
        paper: "letter" or "a4".
        large_print: the large-print preset (bigger type, more spacing).
        ledger: add the teacher appendix with the claim ledger.
        join_code: the online quiz's join code, printed on each student copy.
        join_url: the online quiz's short URL, printed with a QR code.
        analysis: the article's analysis for the ledger; computed with
            :func:`quizgen.analyse` when the ledger is asked for and this is None.
        invariant: byte-identical output for the same input (fixed dates and IDs).

    Returns:
        (the main PDF, the separate key PDF or None).

    Raises:
        WorksheetError: for bad options, an item whose answer does not fit it, or a lesson
            without items.
    """
    if key not in KEY_MODES:
        raise WorksheetError(f"key must be one of {', '.join(KEY_MODES)}, got {key!r}")
    page_size(paper)
    letters = version_letters(versions)
    if not lesson.items:
        raise WorksheetError("the lesson has no items: generate or add questions before printing")
    if ledger and analysis is None:
        analysis = _analyse(lesson)
    styles = make_styles(large_print=large_print)
    shuffled = {v: shuffle_lesson(lesson, v) for v in letters}

    students: list[Flowable] = []
    for v in letters:
        students.append(SectionStart(Section("student", v)))
        students += build_story(lesson, v, styles, items=shuffled[v], join_code=join_code, join_url=join_url)
    teacher: list[Flowable] = []
    if key != "none":
        for i, v in enumerate(letters):
            teacher.append(SectionStart(Section("key", v), new_sheet=i == 0))
            teacher += build_key_story(lesson, v, styles, items=shuffled[v])
    if ledger and analysis is not None:
        teacher.append(SectionStart(Section("ledger"), new_sheet=not teacher))
        teacher += build_ledger_story(lesson, analysis, styles)

    title = lesson.article.title
    if key == "separate":
        return (_write(students, title=title, paper=paper, styles=styles, invariant=invariant),
                _write(teacher, title=f"Answer key: {title}", paper=paper, styles=styles, invariant=invariant))
    return _write(students + teacher, title=title, paper=paper, styles=styles, invariant=invariant), None


def _analyse(lesson: Lesson) -> Analysis:
    try:
        from quizgen import analyse
        return analyse(lesson.article)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("quizgen"):
            raise WorksheetError(
                "the claim ledger needs the article analysis (quizgen.analysis), which is not "
                "available in this install; print without --ledger"
            ) from exc
        raise
