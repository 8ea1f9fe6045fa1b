"""``greenbelt init`` and ``greenbelt demo``: setting up an installation."""

from __future__ import annotations

import argparse
from typing import Any

from greenbelt_desktop.cli.context import Context
from greenbelt_desktop.cli.keys import add_passphrase_option, passphrase
from greenbelt_desktop.store.demo import fill_demo
from greenbelt_desktop.sync.keyring import create_installation_key
from greenbelt_desktop.sync.keys import check_passphrase, group_fingerprint


def register(subparsers: Any) -> None:
    init = subparsers.add_parser(
        "init", help="set up this installation for a member state or the Secretariat"
    )
    init.add_argument("--party", required=True, help="member state code (e.g. KZ) or SECRETARIAT")
    init.add_argument("--name", required=True, help="the focal point's name")
    init.add_argument("--organisation", default="", help="the focal point's organisation")
    init.add_argument("--label", default="", help="a label for the key card (who, which laptop)")
    init.add_argument(
        "--new-member",
        action="store_true",
        help="the party is a member state that joined after this version was released "
        "(an ISO 3166-1 code; the Secretariat's reference data names it)",
    )
    add_passphrase_option(init)
    init.set_defaults(handler=cmd_init)

    demo = subparsers.add_parser(
        "demo", help="fill this installation with demo data from several member states"
    )
    demo.set_defaults(handler=cmd_demo)


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    secret = check_passphrase(passphrase(args, confirm=True))
    installation = ctx.open_store().initialise(
        args.party, args.name, args.organisation, new_member=args.new_member
    )
    card = create_installation_key(ctx.store, ctx.home.keys_dir, secret, args.label or "")
    ctx.print(
        f"Set up {ctx.store.reference.party_name(installation.party)} ({installation.party}) "
        f"in {ctx.home.path}; device {installation.device}."
    )
    ctx.print(f"Key fingerprint: {group_fingerprint(card.kid)}")
    return 0


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    counts = fill_demo(ctx.store)
    total = sum(counts.values())
    detail = ", ".join(f"{n} {entity}" for entity, n in counts.items())
    ctx.print(f"Added {total} demo records: {detail}.")
    return 0
