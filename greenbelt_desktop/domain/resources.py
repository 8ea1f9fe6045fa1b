"""Where the shipped resources (reference data, schemas, fonts) live.

Order: ``GREENBELT_RESOURCES``; the frozen application's bundle folder; the
``resources/`` folder beside the package (a source checkout or editable install).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("GREENBELT_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
