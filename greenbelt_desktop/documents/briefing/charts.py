"""Charts drawn with reportlab graphics: projects by status (bars), by direction (pie).

Category names can be long (directions are whole phrases), so the pie's
legend is a table of wrapped paragraphs beside it rather than reportlab's
one-line legend; bar labels are the short status names.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from .fonts import FONT
from .paragraph import Paragraph
from .styles import GREY, INK, LINE, SERIES, STATUS_COLOURS, WIDTH, Styles
from .wording import clean


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def status_bars(counts: list[tuple[str, str, int]], wrap_cjk: bool) -> Drawing:
    """Bars per status: (code, label, count) in the reference order."""
    width, height = WIDTH, 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = width - 16 * mm, height - 20 * mm
    values = [n for _, _, n in counts]
    chart.data = [values]
    top = max([*values, 1])
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = ((top + step - 1) // step) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = LINE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [label for _, label, _ in counts]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5 if not wrap_cjk else 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = LINE
    chart.categoryAxis.tickDown = 0
    chart.barWidth = 10
    chart.groupSpacing = 14
    chart.bars.strokeColor = None
    for index, (code, _, _) in enumerate(counts):
        chart.bars[(0, index)].fillColor = colors.HexColor(STATUS_COLOURS.get(code, "#1B5E3B"))
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def direction_pie(shares: list[tuple[str, int]], styles: Styles, total_label: str) -> Flowable:
    """A pie of shares (label, count) with a wrapped legend table beside it."""
    size = 58 * mm
    drawing = Drawing(size, size)
    pie = Pie()
    pie.x, pie.y = 4 * mm, 4 * mm
    pie.width = pie.height = size - 8 * mm
    pie.data = [n for _, n in shares] or [1]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    pie.startAngle = 90
    pie.direction = "clockwise"
    for index in range(len(pie.data)):
        pie.slices[index].fillColor = SERIES[index % len(SERIES)] if shares else LINE
    drawing.add(pie)

    legend_rows = []
    for index, (label, count) in enumerate(shares):
        swatch = Drawing(4 * mm, 4 * mm)
        swatch.add(
            Rect(0, 0.5 * mm, 3.2 * mm, 3.2 * mm, fillColor=SERIES[index % len(SERIES)],
                 strokeColor=None)
        )  # fmt: skip
        legend_rows.append(
            [swatch, Paragraph(clean(label), styles.cell), Paragraph(str(count), styles.cell_right)]
        )
    legend_rows.append(
        ["", Paragraph(clean(total_label), styles.cell),
         Paragraph(str(sum(n for _, n in shares)), styles.cell_right)]
    )  # fmt: skip
    legend = Table(legend_rows, colWidths=[6 * mm, WIDTH - size - 26 * mm, 12 * mm])
    legend.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, LINE),
            ]
        )
    )
    outer = Table([[drawing, legend]], colWidths=[size + 6 * mm, WIDTH - size - 6 * mm])
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer
