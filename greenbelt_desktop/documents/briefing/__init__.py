"""Briefing packs: PDF documents for a meeting or a visit, in English, Russian or Chinese.

``make_briefing(store, options, target, progress)`` gathers the records the
options and the audience's sharing rules allow (data.py), lays them out with
reportlab platypus (sections.py, layout.py, charts.py) in the shipped font
(fonts.py, imported first on purpose) and writes the PDF. No Qt here: the GUI's
dialog and the ``greenbelt briefing`` command both call this.
"""

from __future__ import annotations

from . import fonts  # noqa: F401 - registers the font before any platypus import
from .build import BriefingResult, make_briefing
from .options import (
    AUDIENCES,
    BriefingError,
    BriefingOptions,
    Progress,
    checked_options,
    parse_date,
)

__all__ = [
    "AUDIENCES",
    "BriefingError",
    "BriefingOptions",
    "BriefingResult",
    "Progress",
    "checked_options",
    "make_briefing",
    "parse_date",
]
