"""Icons of the application: Material Design Icons through qtawesome.

qtawesome draws the icon fonts it ships (with their licences) in the palette's
text colour, so icons follow light and dark themes and stay sharp at any
device pixel ratio. Imported lazily (it loads fonts).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """``name`` is a Material Design Icons 6 name without prefix, e.g. ``"folder"``."""
    try:
        import qtawesome

        found: QIcon = qtawesome.icon(f"mdi6.{name}")
        return found
    except Exception:  # an icon is decoration: never fail a screen for it
        return QIcon()
