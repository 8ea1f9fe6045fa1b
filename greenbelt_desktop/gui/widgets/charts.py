"""A horizontal bar chart drawn with QPainter.

Why not Qt Charts: it is not in PySide6-Essentials but in PySide6-Addons,
which adds about 150 MB to the installation and to the installer, for the few
bar charts of the dashboard. Horizontal bars are drawn here in a few dozen
lines instead; they also suit long translated labels (a direction of
cooperation in Russian), which are elided to the space there is and shown
whole in the tooltip. Colours come from the palette, so the chart follows light
and dark themes; values are written in the user's locale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_HEIGHT = 18
ROW_GAP = 6
# Distinct hues that read on light and dark backgrounds.
COLOURS = ("#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#827717",
           "#4e342e", "#37474f")  # fmt: skip


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown (locale, unit)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self.bars = bars
        self.empty_text = empty_text
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(360, rows * (BAR_HEIGHT + ROW_GAP) + ROW_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _label_width(self) -> int:
        return int(self.width() * 0.42)

    def _row_at(self, point: QPoint) -> int | None:
        row = (point.y() - ROW_GAP // 2) // (BAR_HEIGHT + ROW_GAP)
        return row if 0 <= row < len(self.bars) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos())
            if row is not None:
                bar = self.bars[row]
                QToolTip.showText(event.globalPos(), f"{bar.label}: {bar.text}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if not self.bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        metrics = painter.fontMetrics()
        label_width = self._label_width()
        value_width = max(metrics.horizontalAdvance(bar.text) for bar in self.bars) + 8
        span = max(self.width() - label_width - value_width - 12, 10)
        top_value = max((bar.value for bar in self.bars), default=0) or 1
        for row, bar in enumerate(self.bars):
            y = ROW_GAP + row * (BAR_HEIGHT + ROW_GAP)
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRect(0, y, label_width - 8, BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            length = max(int(span * bar.value / top_value), 2 if bar.value else 0)
            colour = QColor(COLOURS[row % len(COLOURS)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRect(label_width, y + 2, length, BAR_HEIGHT - 4), 3, 3)
            painter.setPen(text_colour)
            painter.drawText(
                QRect(label_width + length + 6, y, value_width, BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                bar.text,
            )
