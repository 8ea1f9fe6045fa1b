"""``greenbelt xlsx template|export|import``: Excel workbooks of records.

The workbook modules (openpyxl) are imported by the commands that use them:
every other command starts faster without them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context
from greenbelt_desktop.domain.entities import RECORD_ENTITIES
from greenbelt_desktop.domain.reference import LANGUAGES


def register(subparsers: Any) -> None:
    xlsx = subparsers.add_parser("xlsx", help="Excel workbooks: template, export, import")
    commands = xlsx.add_subparsers(dest="xlsx_command", metavar="ACTION", required=True)

    template = commands.add_parser("template", help="write the blank data-entry workbook")
    template.add_argument("--out", required=True, metavar="FILE")
    template.add_argument("--lang", choices=LANGUAGES, default="en")
    template.set_defaults(handler=cmd_template)

    export = commands.add_parser("export", help="export records to a workbook")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "entities",
        nargs="*",
        metavar="ENTITY",
        choices=[*RECORD_ENTITIES, []],
        help="kinds to export (default: all): " + ", ".join(RECORD_ENTITIES),
    )
    export.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="keep only records whose field (or origin, sharing) has this value; repeatable",
    )
    export.add_argument("--lang", choices=LANGUAGES, default="en")
    export.set_defaults(handler=cmd_export)

    imp = commands.add_parser(
        "import",
        help="import a filled-in or exported workbook (all rows or none)",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    imp.add_argument(
        "--annotated",
        metavar="FILE",
        help="where to write the marked-up copy when rows have problems "
        "(default: FILE.problems.xlsx beside the workbook)",
    )
    imp.add_argument("--verbose", action="store_true", help="list the outcome of every row")
    imp.set_defaults(handler=cmd_import)


def _out(path: str) -> Path:
    out = Path(path)
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    return out


def cmd_template(args: argparse.Namespace, ctx: Context) -> int:
    from greenbelt_desktop.documents.xlsx_template import write_template

    out = _out(args.out)
    write_template(out, args.lang, ctx.store.reference)
    ctx.print(f"Wrote the template ({args.lang}) to {out}.")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from greenbelt_desktop.documents.xlsx_export import export_workbook, field_filter

    out = _out(args.out)
    try:
        record_filter = field_filter(args.filter) if args.filter else None
    except ValueError as error:
        raise CommandError(str(error)) from None
    summary = export_workbook(
        ctx.store, out, args.entities or None, lang=args.lang, record_filter=record_filter
    )
    detail = ", ".join(f"{n} {entity}" for entity, n in summary.counts.items())
    ctx.print(f"Exported {sum(summary.counts.values())} records to {out}: {detail}.")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from greenbelt_desktop.documents.xlsx_import import import_workbook
    from greenbelt_desktop.documents.xlsx_safety import WorkbookRefused

    annotated = Path(args.annotated) if args.annotated else None
    try:
        report = import_workbook(
            ctx.store, Path(args.file), dry_run=args.dry_run, annotated_path=annotated
        )
    except WorkbookRefused as error:
        raise CommandError(f"Refused: {error}") from None
    for name in report.ignored_sheets:
        ctx.print(f"Sheet '{name}' is not a sheet of records; it was ignored.")
    if args.verbose or report.problems:
        for result in report.results:
            ctx.print(f"{result.sheet}, row {result.row}: {result.action} — {result.title}")
    for problem in report.problems:
        ctx.print(f"Problem: {problem}")
    if report.problems:
        raise CommandError(report.summary())
    ctx.print(report.summary())
    return 0
