"""The interface font: the system's, with the shipped WenQuanYi only for glyphs it lacks.

Which font draws each glyph is read from Qt's own text layout (the raw font of
each glyph run), the same shaping the widgets use.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGlyphRun, QTextLayout

from greenbelt_desktop.gui import look

pytestmark = pytest.mark.gui
WQY = "wenquanyi micro hei"


def glyph_runs(text: str, font: QFont) -> list[QGlyphRun]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return list(layout.glyphRuns())


def families_of(text: str, font: QFont) -> set[str]:
    return {run.rawFont().familyName().lower() for run in glyph_runs(text, font)}


def system_family() -> str:
    return QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family()


def test_the_system_font_stays_the_interface_font(styled_app) -> None:  # type: ignore[no-untyped-def]
    font = styled_app.font()
    assert font.families()[0] == system_family()
    assert QFontInfo(font).family() == system_family()
    assert WQY in [family.lower() for family in font.families()[1:]]
    assert font.pointSizeF() >= look.MINIMUM_POINT_SIZE


@pytest.mark.parametrize(
    "text", ["Choose file…", "“Green Belt” ‘draft’", "Выбрать файл…", "«Зелёный пояс» — проект"]
)
def test_ellipsis_quotes_latin_and_cyrillic_are_drawn_by_the_system_font(
    styled_app, text: str  # type: ignore[no-untyped-def]
) -> None:
    font = styled_app.font()
    assert families_of(text, font) == {font.families()[0].lower()}
    assert WQY not in families_of(text, font)


@pytest.mark.parametrize("bold", [False, True])
def test_chinese_is_drawn_with_real_glyphs(styled_app, bold: bool) -> None:  # type: ignore[no-untyped-def]
    font = QFont()  # a widget's font, derived from the application's
    font.setBold(bold)
    text = "上合组织“绿色之带”纲要"
    runs = glyph_runs(text, font)
    assert runs
    for run in runs:
        assert 0 not in list(run.glyphIndexes())  # glyph 0 is the missing-glyph box
    for character in "上合组织绿色之带纲要":
        drawing = [run.rawFont() for run in runs if run.rawFont().supportsCharacter(ord(character))]
        assert drawing, character
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if not _system_has_chinese(system):
        assert WQY in families_of("项目", font)


def _system_has_chinese(font: QFont) -> bool:
    from PySide6.QtGui import QRawFont

    raw = QRawFont.fromFont(font)
    return raw.isValid() and raw.supportsCharacter(ord("项"))


def test_loading_twice_registers_the_font_once(styled_app) -> None:  # type: ignore[no-untyped-def]
    assert look.load_fonts() == look.load_fonts()
    assert look.apply(styled_app)[0].lower() == WQY
    assert styled_app.font().families()[0] == system_family()
