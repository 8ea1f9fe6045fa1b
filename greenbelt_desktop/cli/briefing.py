"""``greenbelt briefing``: print a briefing pack (PDF) from the records."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context

# The documents layer (reportlab and the font) loads only when a pack is made,
# so other commands start quickly; a test checks these match its AUDIENCES.
AUDIENCE_CHOICES = ("members", "secretariat", "internal")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "briefing",
        help="print a briefing pack (PDF) for a meeting or a visit",
        description="Print a briefing pack (PDF): key figures and charts, the project "
        "portfolio, the calendar, the Expert Working Group's recommendations and the "
        "directory of contacts; or, with --event, a pack for one meeting. Only records "
        "the audience may see are printed (see docs/briefing.md).",
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument(
        "--lang", default="en", choices=("en", "ru", "zh"), help="language of the pack"
    )
    parser.add_argument(
        "--party",
        nargs="+",
        default=[],
        metavar="CODE",
        help="member states the pack is about (e.g. KZ CN); default: all",
    )
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument("--event", metavar="ID", help="make a pack for this meeting")
    parser.add_argument(
        "--audience",
        default="members",
        choices=AUDIENCE_CHOICES,
        help="who will read it: members (other delegations; only records shared with all "
        "members, the default), secretariat, internal (includes private records)",
    )
    parser.set_defaults(handler=cmd_briefing)


def cmd_briefing(args: argparse.Namespace, ctx: Context) -> int:
    from greenbelt_desktop.documents.briefing import checked_options, make_briefing, parse_date

    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        raise CommandError(f"{target} does not end in .pdf; give the PDF file to write.")
    if not target.parent.is_dir():
        raise CommandError(f"The folder {target.parent} does not exist; nothing was written.")
    options = checked_options(
        ctx.store.reference,
        lang=args.lang,
        parties=args.party,
        date_from=parse_date(args.date_from, "--from") if args.date_from else None,
        date_to=parse_date(args.date_to, "--to") if args.date_to else None,
        event=args.event,
        audience=args.audience,
    )
    result = make_briefing(ctx.store, options, target)
    left_out = sum(result.left_out.values())
    note = ""
    if left_out:
        records = (
            "record not shared with this audience was"
            if left_out == 1
            else ("records not shared with this audience were")
        )
        note = f"; {left_out} {records} left out"
    ctx.print(
        f"Wrote {result.path}: {result.pages} pages, {result.projects} projects, "
        f"{result.events} events, {result.recommendations} recommendations, "
        f"{result.contacts} contacts{note}."
    )
    return 0
