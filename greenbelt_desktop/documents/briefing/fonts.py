"""The one font of briefing packs, registered before any other reportlab module loads.

WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``) has TrueType outlines and
covers Latin, Cyrillic and Simplified Chinese, so one subset-embedded font prints
every pack and mixed-script names alike. reportlab copies the default font name
into some modules when they are first imported (``reportlab.lib.styles``, the
table of contents) and otherwise slips a non-embedded Helvetica into every page;
so this module registers the font and makes it reportlab's canvas and graphics
default first, and the layout still names the font explicitly everywhere, in
case another part of the program imported platypus earlier.

The font has one weight: ``<b>`` and ``<i>`` map to it (no fallback to
Helvetica-Bold); headings are set apart by size and colour instead.
"""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from greenbelt_desktop.domain.resources import resource_path

FONT = "GreenBeltSans"
FONT_FILE = ("fonts", "wqy-microhei.ttc")


@cache
def register_fonts() -> str:
    """Register the pack font (once) and make it reportlab's default; returns its name."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path(*FONT_FILE)), subfontIndex=0))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT, baseFontFor="canvas graphics"
    )
    rl_config.canvas_basefontname = FONT
    rl_config.defaultGraphicsFontName = FONT
    return FONT


register_fonts()
