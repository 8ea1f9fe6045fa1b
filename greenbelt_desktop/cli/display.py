"""Whether Qt can show windows here, asked before Qt is started.

Without a display Qt's platform plugin aborts the process (exit code 134) with
a hint about X11 libraries that is beside the point; the command says instead,
in one line, that no display was found and how to run checks without one.
"""

from __future__ import annotations

import os
import sys

from greenbelt_desktop.cli.context import CommandError

NO_DISPLAY = (
    "No display was found; for checks run with QT_QPA_PLATFORM=offscreen "
    "(e.g. QT_QPA_PLATFORM=offscreen greenbelt selfcheck)."
)


def display_missing(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """True on Linux and the BSDs when neither an X11 nor a Wayland display is named
    and no platform plugin that needs none (offscreen, minimal, vnc, …) is chosen."""
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform.startswith("wayland"):
        return not env.get("WAYLAND_DISPLAY")
    if platform in ("", "xcb"):
        return not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
    return False


def require_display() -> None:
    if display_missing():
        raise CommandError(NO_DISPLAY)
