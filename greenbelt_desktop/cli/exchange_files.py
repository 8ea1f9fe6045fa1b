"""``greenbelt export ics|vcard`` and ``greenbelt import vcard``: calendars and address books.

The document modules (icalendar, vobject, openpyxl) are imported by the commands
that use them: every other command starts faster without them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context
from greenbelt_desktop.domain.reference import LANGUAGES


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="export events (.ics) or contacts (.vcf)")
    kinds = export.add_subparsers(dest="export_kind", metavar="FORMAT", required=True)
    ics = kinds.add_parser("ics", help="events as an iCalendar file (Outlook, Thunderbird)")
    ics.add_argument("--out", required=True, metavar="FILE")
    ics.add_argument("--lang", choices=LANGUAGES, default="en")
    ics.set_defaults(handler=cmd_export_ics)
    vcf = kinds.add_parser("vcard", help="contacts as vCard 4.0 or 3.0")
    vcf.add_argument("--out", required=True, metavar="FILE")
    vcf.add_argument("--lang", choices=LANGUAGES, default="en")
    vcf.add_argument(
        "--version",
        choices=("4.0", "3.0"),
        default="4.0",
        help="vCard version (3.0 for Outlook and older phones; default 4.0)",
    )
    vcf.set_defaults(handler=cmd_export_vcard)

    imp = subparsers.add_parser("import", help="import contacts from a .vcf address book")
    formats = imp.add_subparsers(dest="import_kind", metavar="FORMAT", required=True)
    card = formats.add_parser("vcard", help="contacts from a phone's or Outlook's .vcf export")
    card.add_argument("file", metavar="FILE")
    card.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    card.set_defaults(handler=cmd_import_vcard)


def _out(path: str) -> Path:
    out = Path(path)
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    return out


def cmd_export_ics(args: argparse.Namespace, ctx: Context) -> int:
    from greenbelt_desktop.documents.ics import export_calendar

    out = _out(args.out)
    count = export_calendar(ctx.store, out, lang=args.lang)
    ctx.print(f"Exported {count} events to {out}.")
    return 0


def cmd_export_vcard(args: argparse.Namespace, ctx: Context) -> int:
    from greenbelt_desktop.documents.vcard import export_address_book

    out = _out(args.out)
    count = export_address_book(ctx.store, out, lang=args.lang, version=args.version)
    ctx.print(f"Exported {count} contacts to {out} (vCard {args.version}).")
    return 0


def cmd_import_vcard(args: argparse.Namespace, ctx: Context) -> int:
    from greenbelt_desktop.documents.vcard import AddressBookRefused, import_address_book

    try:
        report = import_address_book(ctx.store, Path(args.file), dry_run=args.dry_run)
    except AddressBookRefused as error:
        raise CommandError(f"Refused: {error}") from None
    for line in report.lines():
        ctx.print(line)
    ctx.print(report.summary())
    return 0
