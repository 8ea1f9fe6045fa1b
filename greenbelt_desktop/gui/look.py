"""How the application looks: Fusion style on the system palette, and its fonts.

Fusion draws the same on Windows and Linux and follows the palette, so light
and dark themes (``QStyleHints.colorScheme()``, Qt 6.5+) work without a style
sheet of our own. High-DPI scaling is on by default in Qt 6; the rounding
policy is set to pass fractional factors (125 %, 150 %) through unrounded.
The shipped WenQuanYi Micro Hei font (``resources/fonts``) covers Chinese and
Cyrillic, so text renders on a machine without CJK fonts; it is registered as
the fallback of the system's default family.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from greenbelt_desktop.domain.resources import resource_path

FONT_FILE = ("fonts", "wqy-microhei.ttc")


def before_application() -> None:
    """Settings that must precede the QApplication."""
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )


def load_fonts() -> list[str]:
    """Register the shipped font; returns its family names."""
    path = resource_path(*FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return []
    families = list(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        default = QApplication.font().family()
        QFont.insertSubstitutions(default, families)
    return families


def apply(app: QApplication) -> list[str]:
    app.setStyle("Fusion")
    families = load_fonts()
    font = app.font()
    if font.pointSizeF() < 9:
        font.setPointSizeF(9.5)
    if families and not QFontDatabase.hasFamily(font.family()):
        font.setFamily(families[0])
    app.setFont(font)
    return families
