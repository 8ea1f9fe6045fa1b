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
from greenbelt_desktop.cli.context import CommandError, Context, quiet_stdout, run_command

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

# Options of every command, given before the command or after it.
GLOBAL_OPTIONS = {"--home": "DIR", "--database": "URL"}


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
    _accept_global_options(parser)
    return parser


def _accept_global_options(parser: argparse.ArgumentParser) -> None:
    """``--home`` and ``--database`` after the command too (``gui --demo --home DIR``):
    every subcommand takes them, without a default of its own, so the value given
    before the command stays unless one is given after it."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in set(action.choices.values()):
            if not any(a.dest == "home" for a in sub._actions):
                for option in GLOBAL_OPTIONS:
                    sub.add_argument(
                        option,
                        metavar=GLOBAL_OPTIONS[option],
                        default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS,
                    )
            _accept_global_options(sub)


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
    try:
        args = parser.parse_args(args_list[: len(args_list) - len(opened)])
        context = Context.from_args(args, out or sys.stdout)
        if getattr(args, "handler", None) is None:
            return run_command(lambda _args, ctx: ctx.launch_gui(opened), args, context)
        return run_command(args.handler, args, context)
    except BrokenPipeError:  # `greenbelt --help | head -1`: the reader went away
        quiet_stdout()
        return 1


__all__ = ["CommandError", "main"]
