"""``greenbelt keys``: the installation's key card and fingerprint, trusting, rotating
and revoking keys."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context
from greenbelt_desktop.sync import keyring
from greenbelt_desktop.sync.keys import check_passphrase, group_fingerprint, read_card


def add_passphrase_option(parser: Any) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="file holding the passphrase of the private key (or set GREENBELT_PASSPHRASE; "
        "asked for when run in a terminal)",
    )


def passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    """From --passphrase-file, GREENBELT_PASSPHRASE, or asked for in a terminal."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(
                f"Cannot read the passphrase file {args.passphrase_file}: {error}."
            ) from None
        return text.rstrip("\r\n")
    env = os.environ.get("GREENBELT_PASSPHRASE")
    if env:
        return env
    if sys.stdin.isatty():
        first = getpass.getpass("Passphrase of the private key: ")
        if confirm and getpass.getpass("The same passphrase again: ") != first:
            raise CommandError("The two passphrases differ; nothing was changed.")
        return first
    raise CommandError(
        "A passphrase is needed for the private key: use --passphrase-file FILE or set "
        "GREENBELT_PASSPHRASE; nothing was changed."
    )


def register(subparsers: Any) -> None:
    keys = subparsers.add_parser("keys", help="this installation's key and the keys it trusts")
    sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    card = sub.add_parser("card", help="write this installation's key card (public key)")
    card.add_argument("--out", required=True, metavar="FILE")
    card.set_defaults(handler=cmd_card)
    fingerprint = sub.add_parser(
        "fingerprint", help="print the key's fingerprint for reading aloud"
    )
    fingerprint.set_defaults(handler=cmd_fingerprint)
    trust = sub.add_parser("trust", help="trust another installation's key card")
    trust.add_argument("card", metavar="CARD")
    trust.add_argument(
        "--fingerprint",
        required=True,
        metavar="KID",
        help="the fingerprint read out by its owner (spaces allowed; use --fingerprint=KID "
        "when it begins with '-')",
    )
    trust.set_defaults(handler=cmd_trust)
    rotate = sub.add_parser("rotate", help="replace this installation's key (signed by the old)")
    add_passphrase_option(rotate)
    rotate.set_defaults(handler=cmd_rotate)
    revoke = sub.add_parser("revoke", help="revoke a key (Secretariat)")
    revoke.add_argument("kid", metavar="KID")
    revoke.set_defaults(handler=cmd_revoke)
    lst = sub.add_parser("list", help="list the keys this installation knows")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)


def cmd_card(args: argparse.Namespace, ctx: Context) -> int:
    own = keyring.own_key(ctx.store)
    Path(args.out).write_text(own.card.dumps(), encoding="utf-8")
    ctx.print(f"Wrote the key card to {args.out}; fingerprint {group_fingerprint(own.kid)}")
    return 0


def cmd_fingerprint(args: argparse.Namespace, ctx: Context) -> int:
    ctx.print(group_fingerprint(keyring.own_key(ctx.store).kid))
    return 0


def cmd_trust(args: argparse.Namespace, ctx: Context) -> int:
    card = read_card(Path(args.card))
    key = keyring.trust_card(ctx.store, card, args.fingerprint)
    ctx.print(
        f"Trusted the key of {ctx.store.reference.party_name(card.party)} ({card.party}), "
        f"device {card.device}: {group_fingerprint(key.kid)}"
    )
    return 0


def cmd_rotate(args: argparse.Namespace, ctx: Context) -> int:
    secret = check_passphrase(passphrase(args))
    card = keyring.rotate(ctx.store, ctx.home.keys_dir, secret)
    ctx.print(
        f"New key {group_fingerprint(card.kid)}; the next bundles carry the rotation, signed "
        "by the old and the new key."
    )
    return 0


def cmd_revoke(args: argparse.Namespace, ctx: Context) -> int:
    key = keyring.revoke(ctx.store, args.kid)
    ctx.print(
        f"Revoked the key {group_fingerprint(key.kid)} of {key.card.party}; the next "
        "consolidated bundle tells every member."
    )
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    keys = [key.as_json() for key in keyring.list_keys(ctx.store)]
    if args.json:
        ctx.print_json(keys)
        return 0
    for key in keys:
        own = " (this installation)" if key["own"] else ""
        ctx.print(f"{key['party']:<12} {key['status']:<8} {key['fingerprint']}{own}")
    return 0
