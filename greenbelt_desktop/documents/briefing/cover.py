"""The cover page: the Programme's band, the title, what the pack covers, for whom."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .fonts import FONT
from .paragraph import Paragraph
from .styles import GOLD, GREEN, GREY, LEAF, LINE, MARGIN_X, PAGE, Styles
from .wording import clean


@dataclass(frozen=True)
class CoverText:
    programme: str
    title: str
    subtitle: str
    facts: list[tuple[str, str]]  # (label, value)
    note: str


class Cover(Flowable):  # type: ignore[misc]
    """Fills the whole first page; drawn directly, wrapping its texts as paragraphs."""

    def __init__(self, text: CoverText, styles: Styles) -> None:
        super().__init__()
        self.text = text
        self.styles = styles

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return PAGE[0], PAGE[1] - 1  # exactly one page, whatever the frame's rounding

    def _para(self, text: str, style: object, x: float, top: float, width: float) -> float:
        """Draw a paragraph with its top at ``top``; return the y below it."""
        para = Paragraph(clean(text), style)
        _, height = para.wrap(width, PAGE[1])
        para.drawOn(self.canv, x, top - height)
        return float(top - height)

    def draw(self) -> None:
        c = self.canv
        width, height = PAGE
        inner = width - 2 * MARGIN_X
        s = self.styles
        # The band: Programme's name on green, a thin gold line below.
        band = 46 * mm
        c.setFillColor(GREEN)
        c.rect(0, height - band, width, band, stroke=0, fill=1)
        c.setFillColor(GOLD)
        c.rect(0, height - band - 1.6 * mm, width, 1.6 * mm, stroke=0, fill=1)
        self._draw_leaves(width - MARGIN_X - 22 * mm, height - band / 2)
        self._para(
            self.text.programme, s.cover_programme, MARGIN_X, height - 20 * mm, inner - 40 * mm
        )

        y = height - band - 38 * mm
        y = self._para(self.text.title, s.cover_title, MARGIN_X, y, inner)
        y = self._para(self.text.subtitle, s.cover_subtitle, MARGIN_X, y - 5 * mm, inner)
        c.setStrokeColor(LEAF)
        c.setLineWidth(2)
        c.line(MARGIN_X, y - 8 * mm, MARGIN_X + 30 * mm, y - 8 * mm)

        y -= 20 * mm
        label_width = 46 * mm
        for label, value in self.text.facts:
            self._para(label, s.cover_label, MARGIN_X, y - 1.5, label_width - 4 * mm)
            y = self._para(value, s.cover_value, MARGIN_X + label_width, y, inner - label_width)
            y -= 4.5 * mm

        # The sharing note at the foot, in a light box.
        note = Paragraph(clean(self.text.note), s.muted)
        _, note_height = note.wrap(inner - 10 * mm, PAGE[1])
        box = note_height + 8 * mm
        c.setFillColor(colors.HexColor("#F5F8F6"))
        c.setStrokeColor(LINE)
        c.setLineWidth(0.6)
        c.roundRect(MARGIN_X, 22 * mm, inner, box, 2 * mm, stroke=1, fill=1)
        note.drawOn(c, MARGIN_X + 5 * mm, 22 * mm + 4 * mm - 2)
        c.setFont(FONT, 7.5)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, 14 * mm, "Green Belt Desktop")

    def _draw_leaves(self, x: float, y: float) -> None:
        """A simple emblem: three leaves (ellipses) on the band."""
        c = self.canv
        c.saveState()
        c.translate(x, y)
        for angle, colour in ((-35, "#8BC39B"), (0, "#C9E4D0"), (35, "#5FA874")):
            c.saveState()
            c.rotate(angle)
            c.setFillColor(colors.HexColor(colour))
            c.ellipse(-4 * mm, 0, 4 * mm, 17 * mm, stroke=0, fill=1)
            c.restoreState()
        c.restoreState()
