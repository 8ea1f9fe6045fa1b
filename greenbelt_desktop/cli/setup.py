"""``greenbelt init`` and ``greenbelt demo``: setting up an installation."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context
from greenbelt_desktop.store.demo import fill_demo


def register(subparsers: Any) -> None:
    init = subparsers.add_parser(
        "init", help="set up this installation for a member state or the Secretariat"
    )
    init.add_argument("--party", required=True, help="member state code (e.g. KZ) or SECRETARIAT")
    init.add_argument("--name", required=True, help="the focal point's name")
    init.add_argument("--organisation", default="", help="the focal point's organisation")
    init.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="file holding the passphrase that protects the private key "
        "(or set GREENBELT_PASSPHRASE)",
    )
    init.set_defaults(handler=cmd_init)

    demo = subparsers.add_parser(
        "demo", help="fill this installation with demo data from several member states"
    )
    demo.set_defaults(handler=cmd_demo)


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-file`` or ``GREENBELT_PASSPHRASE``."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Cannot read the passphrase file: {error.strerror}.") from None
        return text.rstrip("\r\n")
    return os.environ.get("GREENBELT_PASSPHRASE")


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    installation = ctx.store.initialise(args.party, args.name, args.organisation)
    ctx.print(
        f"Set up {ctx.store.reference.party_name(installation.party)} ({installation.party}) "
        f"in {ctx.home.path}; device {installation.device}."
    )
    return 0


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    counts = fill_demo(ctx.store)
    total = sum(counts.values())
    detail = ", ".join(f"{n} {entity}" for entity, n in counts.items())
    ctx.print(f"Added {total} demo records: {detail}.")
    return 0
