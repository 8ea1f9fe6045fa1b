"""The ``greenbelt`` command: thin, calling the same functions the GUI calls.

Exit codes: 0 success; 1 a refusal or error, with one clear line on stderr
(never a traceback); 2 a usage error. ``greenbelt`` with no subcommand opens
the desktop application.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from greenbelt_desktop import __version__
from greenbelt_desktop.cli import (
    attachments,
    backup,
    briefing,
    exchange_files,
    gui,
    help,
    keys,
    records,
    reference,
    selfcheck,
    setup,
    sync_commands,
    xlsx,
)
from greenbelt_desktop.cli.context import CommandError, Context, run_command

# Each command module registers its subcommands; add new groups here.
COMMAND_MODULES = (
    setup,
    records,
    attachments,
    backup,
    xlsx,
    keys,
    sync_commands,
    exchange_files,
    selfcheck,
    gui,
    briefing,
    reference,
    help,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="greenbelt",
        description="Green Belt Desktop: records, bundles and briefing packs of the "
        "SCO Green Belt Programme.",
    )
    parser.add_argument("--version", action="version", version=f"greenbelt {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="data folder (database, keys, backups); default: GREENBELT_HOME or the "
        "platform's user data folder",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL instead of the SQLite file in HOME, e.g. "
        "postgresql+psycopg://user@host/greenbelt",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


GLOBAL_OPTIONS = ("--home", "--database")


def opens_a_bundle(args: Sequence[str]) -> bool:
    """True for ``greenbelt [--home DIR] [--database URL] FILE.gbundle``: a bundle the
    file manager asks the program to open (no command; the GUI takes it)."""
    if not args or not args[-1].lower().endswith(".gbundle") or args[-1].startswith("-"):
        return False
    rest = list(args[:-1])
    while rest:
        option = rest.pop(0)
        if option in GLOBAL_OPTIONS and rest:
            rest.pop(0)
        elif not option.startswith(tuple(f"{name}=" for name in GLOBAL_OPTIONS)):
            return False
    return True


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command; ``out`` replaces standard output (for embedding and tests)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # A bundle opened from the file manager (`greenbelt FILE.gbundle`): the GUI imports it.
    opened = args_list[-1:] if opens_a_bundle(args_list) else []
    args = parser.parse_args(args_list[: len(args_list) - len(opened)])
    context = Context.from_args(args, out or sys.stdout)
    if getattr(args, "handler", None) is None:
        return context.launch_gui(opened)
    return run_command(args.handler, args, context)


__all__ = ["CommandError", "main"]
