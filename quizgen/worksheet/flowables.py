"""Small Flowables that each draw one thing: an answer bubble, ruled lines, a writing box."""
from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable

from quizgen.worksheet.styles import INK, RULE, Styles


class Choice(Flowable):
    """One lettered option: a bubble (or a square, for "choose all") with the letter in it.

    The letter is drawn as text inside the bubble, so a student fills in a lettered circle
    as on a bubble sheet, and the letter is in the PDF's text for the key to refer to.
    """

    def __init__(self, letter: str, text: Paragraph, styles: Styles, *, square: bool = False,
                 indent: float = 0.0):
        super().__init__()
        self.letter = letter
        self.text = text
        self.styles = styles
        self.square = square
        self.indent = indent
        self.gap = styles.bubble * 0.7

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._text_x = self.indent + self.styles.bubble + self.gap
        _, h = self.text.wrap(availWidth - self._text_x, availHeight)
        self._text_h = h
        self.width = availWidth
        self.height = max(h, self.styles.bubble + 2)
        return self.width, self.height

    def draw(self) -> None:
        s = self.styles
        c = self.canv
        d = s.bubble
        # centre the bubble on the first line's lower-case letters (baseline at height - size)
        cx = self.indent + d / 2
        cy = self.height - s.size * 0.65
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        if self.square:
            c.rect(cx - d / 2, cy - d / 2, d, d, stroke=1, fill=0)
        else:
            c.circle(cx, cy, d / 2, stroke=1, fill=0)
        c.setFillColor(INK)
        c.setFont(s.bold, s.size * 0.62)
        c.drawCentredString(cx, cy - s.size * 0.22, self.letter)
        c.restoreState()
        self.text.drawOn(c, self._text_x, self.height - self._text_h)


class AnswerLines(Flowable):
    """Ruled lines to write an answer on; ``fraction`` of the width, after an optional label."""

    def __init__(self, count: int, styles: Styles, *, fraction: float = 1.0, indent: float = 0.0,
                 label: str = ""):
        super().__init__()
        self.count = max(1, count)
        self.styles = styles
        self.fraction = fraction
        self.indent = indent
        self.label = label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.styles.answer_gap + self.styles.size * 0.3
        return self.width, self.height

    def draw(self) -> None:
        s = self.styles
        c = self.canv
        x0 = self.indent
        c.saveState()
        if self.label:
            c.setFont(s.font, s.size * 0.85)
            c.setFillColor(INK)
            c.drawString(x0, s.size * 0.3 + self.height - self.count * s.answer_gap + 2, self.label)
            x0 += c.stringWidth(self.label, s.font, s.size * 0.85) + s.size * 0.5
        x1 = self.indent + (self.width - self.indent) * self.fraction
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        for i in range(self.count):
            y = self.height - (i + 1) * s.answer_gap + s.size * 0.3
            c.line(x0 if i == 0 else self.indent, y, x1, y)
        c.restoreState()


class WritingBox(Flowable):
    """A framed box with a one-line caption at the top and ruled lines to write on."""

    def __init__(self, caption: Paragraph, lines: int, styles: Styles, *, indent: float = 0.0):
        super().__init__()
        self.caption = caption
        self.lines = lines
        self.styles = styles
        self.indent = indent
        self.pad = styles.size * 0.6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        inner = availWidth - self.indent - 2 * self.pad
        _, self._cap_h = self.caption.wrap(inner, availHeight)
        self.height = self.pad * 2 + self._cap_h + self.lines * self.styles.answer_gap
        return self.width, self.height

    def draw(self) -> None:
        s = self.styles
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.roundRect(self.indent, 0, self.width - self.indent, self.height, 4, stroke=1, fill=0)
        self.caption.drawOn(c, self.indent + self.pad, self.height - self.pad - self._cap_h)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        top = self.height - self.pad - self._cap_h
        for i in range(self.lines):
            y = top - (i + 1) * s.answer_gap
            c.line(self.indent + self.pad, y, self.width - self.pad, y)
        c.restoreState()


def qr_drawing(url: str, size: float) -> Drawing:
    """A vector QR code of ``url``, ``size`` points square."""
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


class SectionStart(ActionFlowable):
    """Start a section (a version's copy, a key, an appendix) on a new page.

    With ``new_sheet`` the section starts on an odd page, so that printed two-sided it never
    lands on the back of the previous section's last page: a blank page is put in when
    needed. The canvas (see :mod:`quizgen.worksheet.render`) reads ``section`` to write
    each page's footer.
    """

    def __init__(self, section: object, *, new_sheet: bool = True):
        super().__init__(("sectionStart",))
        self.section = section
        self.new_sheet = new_sheet

    def apply(self, doc) -> None:  # a ReportLab DocTemplate
        canv = doc.canv
        if doc._curPageFlowableCount > 0:
            doc.handle_pageBreak()
            if self.new_sheet and canv.getPageNumber() % 2 == 0:
                canv.section = ("blank", getattr(canv, "section", None))
                canv.showPage()
        canv.section = self.section


class Blank(Flowable):
    """A short line on the first text line's baseline, to write one letter or word on."""

    def __init__(self, width: float, styles: Styles):
        super().__init__()
        self.width = width
        self.styles = styles

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = self.styles.leading
        return min(self.width, availWidth), self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        y = self.height - self.styles.size  # the baseline of a first line set in the body style
        c.line(0, y, self.width - 4, y)
        c.restoreState()
