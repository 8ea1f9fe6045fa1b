"""The document frame: cover and body pages, running header and footer, outline, contents.

Headings are :class:`Heading` paragraphs; after each is placed, the document
adds a PDF bookmark (outline entry) and a line of the table of contents. The
footer's "page N of M" needs the page count: :class:`PageCount` takes part in
reportlab's multi-pass layout like the table of contents does, so the saved
pass knows the total.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from .fonts import FONT
from .paragraph import Paragraph
from .styles import (
    GREEN,
    GREY,
    LINE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    Styles,
)
from .wording import Wording, clean


class Heading(Paragraph):
    """A section heading: bookmarked in the outline and listed in the contents."""

    def __init__(self, text: str, style: Any, level: int, key: str) -> None:
        super().__init__(clean(text), style)
        self.plain = text
        self.level = level
        self.key = key


class Headings:
    """Makes headings with keys that stay the same in every layout pass."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.count = 0

    def __call__(self, text: str, level: int = 0) -> Heading:
        self.count += 1
        style = self.styles.h1 if level == 0 else self.styles.h2
        return Heading(text, style, level, f"section-{self.count}")


def contents(styles: Styles) -> TableOfContents:
    toc = TableOfContents(
        levelStyles=[styles.toc1, styles.toc2], dotsMinLevel=0, rightColumnWidth=40
    )
    return toc


def _fit(text: str, width: float, size: float = 8) -> str:
    """The text, shortened with an ellipsis to fit the width at the running-line size."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PageCount(Flowable):  # type: ignore[misc]
    """The number of pages, known from the previous layout pass.

    An indexing flowable: the document is laid out again until the count no
    longer changes, so the footer's "page N of M" is right in the pass that is
    saved (the outline's page references stay right too, unlike deferring pages).
    """

    def __init__(self) -> None:
        super().__init__()
        self.last = 0
        self.current = 0

    def isIndexing(self) -> bool:  # reportlab's name
        return True

    def isSatisfied(self) -> bool:  # reportlab's name
        return self.last == self.current

    def beforeBuild(self) -> None:  # reportlab's name
        self.last = self.current

    def afterBuild(self) -> None:  # reportlab's name
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


@dataclass(frozen=True)
class RunningLines:
    header: str
    footer: str
    page_text: Callable[[int, int], str]

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        width, height = PAGE
        room = width - 2 * MARGIN_X
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        top = height - MARGIN_TOP + 8 * mm
        canvas.drawString(MARGIN_X, top, _fit(self.header, room))
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
        page = self.page_text(number, total)
        page_width = stringWidth(page, FONT, 8)
        canvas.drawString(MARGIN_X, bottom, _fit(self.footer, room - page_width - 8 * mm))
        canvas.setFillColor(GREEN)
        canvas.drawRightString(width - MARGIN_X, bottom, page)
        canvas.restoreState()


class BriefingDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages: the cover (no header or footer), then body pages."""

    def __init__(self, target: Any, wording: Wording, lines: RunningLines, **metadata: Any) -> None:
        self.lines = lines
        self.page_count = PageCount()
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            lang={"en": "en", "ru": "ru", "zh": "zh-CN"}[wording.lang],
            creator="Green Belt Desktop",
            initialFontName=FONT,
            displayDocTitle=True,
            **metadata,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        cover_frame = Frame(
            0, 0, PAGE[0], PAGE[1], id="cover",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover_frame]),
                PageTemplate(id="body", frames=[frame], onPageEnd=self._running_lines),
            ]
        )

    def _running_lines(self, canvas: Canvas, _doc: Any) -> None:
        canvas.showOutline()
        total = max(self.page_count.last, self.page)
        self.lines.draw(canvas, self.page, total)

    @property
    def drafting(self) -> bool:
        """The first layout pass, which only measures and is never saved."""
        return self.page_count.last == 0

    def afterPage(self) -> None:  # reportlab's name: after each page is finished
        self.page_count.current = self.page

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(
                flowable.plain, flowable.key, level=flowable.level, closed=flowable.level > 0
            )
            self.notify(
                "TOCEntry", (flowable.level, clean(flowable.plain), self.page, flowable.key)
            )


def metadata(wording: Wording, title: str, author: str) -> dict[str, Any]:
    return {
        "title": title,
        "author": author,
        "subject": wording("metadata_subject", programme=wording.programme),
        "keywords": [wording.programme, "SCO", "Green Belt"],
        "producer": "Green Belt Desktop (reportlab)",
    }
