"""``greenbelt gui [--demo]``: open the desktop application (also ``greenbelt`` alone)."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import Context
from greenbelt_desktop.cli.display import require_display
from greenbelt_desktop.store.home import Home


def register(subparsers: Any) -> None:
    gui = subparsers.add_parser("gui", help="open the desktop application")
    gui.add_argument(
        "--demo",
        action="store_true",
        help="open a demo installation filled with records of several member states "
        "(in a new temporary folder unless --home or GREENBELT_HOME names one)",
    )
    gui.set_defaults(handler=cmd_gui)


def demo_home(args: argparse.Namespace, ctx: Context) -> Home:
    import os

    if args.home or os.environ.get("GREENBELT_HOME"):
        return ctx.home
    return Home(Path(tempfile.mkdtemp(prefix="greenbelt-demo-")))


def cmd_gui(args: argparse.Namespace, ctx: Context) -> int:
    require_display()
    from greenbelt_desktop.gui.app import run

    home = demo_home(args, ctx) if args.demo else ctx.home
    return run(home, [], demo=args.demo)
