"""How the application looks: Fusion style on the system palette, and its fonts.

Fusion draws the same on Windows and Linux and follows the palette, so light
and dark themes (``QStyleHints.colorScheme()``, Qt 6.5+) work without a style
sheet of our own. High-DPI scaling is on by default in Qt 6; the rounding
policy is set to pass fractional factors (125 %, 150 %) through unrounded.

The system's font stays the interface font. The shipped WenQuanYi Micro Hei
(``resources/fonts``) covers Chinese and Cyrillic; it is registered and put
*after* the system family in the application font's family list, so it only
draws the glyphs the system font lacks (Chinese on a machine without CJK
fonts) while "…", curly quotes, Latin and Cyrillic stay in the system font.
The system family is the one the font *resolves to* (on Linux the generic
"Sans Serif" is an alias that fontconfig resolves, e.g. to DejaVu Sans):
a family list whose first name is an alias would skip to the fallback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication

from greenbelt_desktop.domain.resources import resource_path

FONT_FILE = ("fonts", "wqy-microhei.ttc")
MINIMUM_POINT_SIZE = 9.0

_loaded: list[str] = []


def before_application() -> None:
    """Settings that must precede the QApplication."""
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )


def load_fonts() -> list[str]:
    """Register the shipped font (once); returns its family names."""
    if not _loaded:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
        if font_id >= 0:
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_loaded)


def interface_font(base: QFont, fallbacks: list[str]) -> QFont:
    """``base`` (the system font) with the shipped families as fallbacks only."""
    font = QFont(base)
    system = QFontInfo(base).family() or base.family()
    fallback = [family for family in fallbacks if family != system]
    font.setFamilies([system, *fallback])
    if font.pointSizeF() < MINIMUM_POINT_SIZE:
        font.setPointSizeF(MINIMUM_POINT_SIZE)
    return font


def apply(app: QApplication) -> list[str]:
    app.setStyle("Fusion")
    families = load_fonts()
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    app.setFont(interface_font(system, families[:1]))  # not the monospaced one
    return families
