"""The look of a pack: page size, colours, paragraph and table styles.

Every style names the pack font explicitly (see fonts.py). Chinese packs wrap
text with ``wordWrap="CJK"``, which breaks lines between any two characters,
so long Chinese titles never overflow a cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import FONT

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X

GREEN = colors.HexColor("#1B5E3B")
LEAF = colors.HexColor("#3C8D5A")
PALE = colors.HexColor("#EEF5F0")
LINE = colors.HexColor("#C9D8CD")
GREY = colors.HexColor("#5F6B64")
INK = colors.HexColor("#1F2622")
GOLD = colors.HexColor("#C9A227")

# Chart colours: distinguishable in print and for colour-blind readers (Okabe-Ito based).
SERIES = [
    colors.HexColor(c)
    for c in (
        "#1B5E3B", "#E69F00", "#56B4E9", "#009E73", "#D55E00",
        "#0072B2", "#CC79A7", "#8C8C3A", "#7A4E9C", "#9E9E9E",
    )
]  # fmt: skip

STATUS_COLOURS = {
    "idea": "#9E9E9E", "proposal": "#56B4E9", "pipeline": "#0072B2",
    "implementation": "#E69F00", "completed": "#1B5E3B", "suspended": "#D55E00",
    "draft": "#9E9E9E", "under_discussion": "#56B4E9", "adopted": "#3C8D5A",
    "forwarded": "#0072B2", "implemented": "#1B5E3B",
    "planned": "#56B4E9", "confirmed": "#0072B2", "held": "#1B5E3B",
    "cancelled": "#D55E00", "postponed": "#E69F00",
}  # fmt: skip


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    toc_title: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    cover_programme: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle
    caption: ParagraphStyle


def make_styles(lang: str) -> Styles:
    wrap = "CJK" if lang == "zh" else None
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, wordWrap=wrap
    )

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=style("body", spaceAfter=6),
        small=style("small", fontSize=8, leading=10.5),
        muted=style("muted", fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=6),
        cell=style("cell", fontSize=8.5, leading=11, spaceAfter=2.5),
        cell_small=style("cell_small", fontSize=7.5, leading=9.8, textColor=GREY),
        cell_right=style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        head=style("head", fontSize=8.5, leading=11, textColor=colors.white),
        head_right=style(
            "head_right", fontSize=8.5, leading=11, textColor=colors.white, alignment=TA_RIGHT
        ),
        h1=style("h1", fontSize=19, leading=24, textColor=GREEN, spaceBefore=0, spaceAfter=10),
        h2=style("h2", fontSize=12.5, leading=16, textColor=GREEN, spaceBefore=10, spaceAfter=5),
        toc_title=style("toc_title", fontSize=19, leading=24, textColor=GREEN, spaceAfter=14),
        toc1=style("toc1", fontSize=11, leading=15, spaceBefore=5, textColor=INK),
        toc2=style("toc2", fontSize=9, leading=12, leftIndent=14, textColor=GREY),
        cover_programme=style(
            "cover_programme", fontSize=13, leading=17, textColor=colors.white, alignment=TA_LEFT
        ),
        cover_title=style("cover_title", fontSize=30, leading=38, textColor=GREEN),
        cover_subtitle=style("cover_subtitle", fontSize=15, leading=21, textColor=INK),
        cover_label=style("cover_label", fontSize=8.5, leading=11, textColor=GREY),
        cover_value=style("cover_value", fontSize=11, leading=15, textColor=INK),
        figure_value=style(
            "figure_value", fontSize=17, leading=21, textColor=GREEN, alignment=TA_CENTER
        ),
        figure_label=style(
            "figure_label", fontSize=8, leading=10.5, textColor=GREY, alignment=TA_CENTER
        ),
        caption=style("caption", fontSize=10.5, leading=14, textColor=GREEN, spaceAfter=4),
    )


def grid_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """A data table: green header row (repeated on every page), light rules, zebra rows."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, LINE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREEN),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, PALE]))
    return TableStyle(commands)
