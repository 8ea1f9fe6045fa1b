"""``greenbelt bundle`` (export, import, consolidate, history) and ``greenbelt conflicts``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import Context
from greenbelt_desktop.cli.keys import add_passphrase_option, passphrase
from greenbelt_desktop.sync import conflicts, consolidate, export, importer, ledger


def register(subparsers: Any) -> None:
    bundle = subparsers.add_parser("bundle", help="signed exchange bundles")
    sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    exp = sub.add_parser("export", help="write this member state's bundle for the Secretariat")
    exp.add_argument("--out", metavar="FILE", help="the bundle file (.gbundle or .gbundle.gz)")
    exp.add_argument("--full", action="store_true", help="every non-private record")
    exp.add_argument("--dry-run", action="store_true", help="only list what would leave")
    exp.add_argument("--json", action="store_true")
    add_passphrase_option(exp)
    exp.set_defaults(handler=cmd_export)
    imp = sub.add_parser("import", help="verify and apply a bundle, all or nothing")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)
    con = sub.add_parser("consolidate", help="write the Secretariat's consolidated bundle")
    con.add_argument("--out", required=True, metavar="FILE")
    con.add_argument("--json", action="store_true")
    add_passphrase_option(con)
    con.set_defaults(handler=cmd_consolidate)
    his = sub.add_parser("history", help="every bundle written, applied or refused")
    his.add_argument("--json", action="store_true")
    his.set_defaults(handler=cmd_history)

    conf = subparsers.add_parser("conflicts", help="local versions that lost to received ones")
    csub = conf.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    clist = csub.add_parser("list", help="list the conflicts not yet restored")
    clist.add_argument("--all", action="store_true", help="include restored ones")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=cmd_conflicts_list)
    crest = csub.add_parser("restore", help="bring a lost version back as a new edit")
    crest.add_argument("id", type=int, metavar="ID")
    crest.set_defaults(handler=cmd_conflicts_restore)


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    if not args.dry_run and not args.out:
        from greenbelt_desktop.cli.context import CommandError

        raise CommandError("Say where to write the bundle: --out FILE.")
    secret = None if args.dry_run else passphrase(args)
    summary = export.export_bundle(
        ctx.store,
        ctx.home.keys_dir,
        secret,
        Path(args.out) if args.out else None,
        full=args.full,
        dry_run=args.dry_run,
    )
    if args.json:
        ctx.print_json({"dry_run": args.dry_run, **summary.as_json()})
        return 0
    if args.dry_run:
        ctx.print(f"Dry run: bundle {summary.sequence} would carry {summary.total} changes:")
    elif summary.total:
        ctx.print(f"Wrote bundle {summary.sequence} to {args.out}: {summary.total} changes:")
    else:
        ctx.print(f"Wrote bundle {summary.sequence} to {args.out}.")
    for line in summary.lines():
        ctx.print(line)
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    report = importer.import_bundle(ctx.home, ctx.store, Path(args.file), dry_run=args.dry_run)
    if args.json:
        ctx.print_json(report.as_json())
        return 0
    if args.dry_run:
        ctx.print("Dry run: nothing was written. Importing would do this:")
    for line in report.lines():
        ctx.print(line)
    return 0


def cmd_consolidate(args: argparse.Namespace, ctx: Context) -> int:
    summary = consolidate.consolidate(
        ctx.store, ctx.home.keys_dir, passphrase(args), Path(args.out)
    )
    if args.json:
        ctx.print_json(summary)
        return 0
    ctx.print(
        f"Wrote consolidated bundle {summary['sequence']} to {args.out}: "
        f"{summary['total']} Secretariat changes, {summary['forwarded']} forwarded member "
        f"bundles ({summary['forwarded_dropped']} superseded dropped), "
        f"{summary['registry']} keys in the registry."
    )
    return 0


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    rows = ledger.history(ctx.store, ctx.home.path)
    if args.json:
        ctx.print_json(rows)
        return 0
    if not rows:
        ctx.print("No bundle was written or imported yet.")
    for row in rows:
        what = row["report"].get("reason", "") if row["outcome"] == "refused" else ""
        ctx.print(
            f"{row['at']}  {row['direction']:<6} {row['outcome']:<15} {row['kind'] or '-':<12} "
            f"{row['party'] or '-':<11} seq {row['sequence']:<4} {row['file_name']} {what}".rstrip()
        )
    return 0


def cmd_conflicts_list(args: argparse.Namespace, ctx: Context) -> int:
    """Conflicts (restorable by number), then received changes kept back (id clashes and
    versions too far ahead, with their sender; ``id`` "clash-N")."""
    rows = conflicts.list_conflicts(ctx.store, include_restored=args.all)
    clashes = conflicts.list_clashes(ctx.store)
    for row in rows:
        row["kind"] = "conflict"
        row["title"] = conflicts.title_of(row["entity"], row["data"])
        row["differs"] = conflicts.differences(ctx.store, row)
    for clash in clashes:
        clash["kind"] = "id_clash" if clash["reason"] == "id" else "clock_ahead"
        clash["id"] = f"clash-{clash['id']}"
    if args.json:
        ctx.print_json([*rows, *clashes])
        return 0
    if not rows:
        ctx.print("No conflicts: no local edit was overwritten.")
    for row in rows:
        state = f" restored {row['restored_at']}" if row["restored_at"] else ""
        differs = ", ".join(row["differs"]) or "nothing now"
        ctx.print(
            f'{row["id"]:>4}  {row["entity"]} "{printable(row["title"] or row["record_id"])}" '
            f"({row['origin']}): your version {row['lost_version']} lost to "
            f"{row['won_version']} ({row['at']}); differs: {differs}{state}"
        )
    for clash in clashes:
        ctx.print(clash_line(clash))
    return 0


def clash_line(clash: dict[str, Any]) -> str:
    """One received change kept back, in one line: what came, from whom, and why."""
    title = printable(clash["title"] or clash["record_id"])
    head = (
        f'{clash["id"]}  {clash["entity"]} "{title}" of {clash["origin"]}, sent by '
        f"{clash['sender']} ({clash['at']}), version {clash['version']}"
    )
    if clash["reason"] == "clock":
        return f"{head}: dated more than 24 hours ahead of this computer; not applied."
    held = clash["held"]
    where = {"live": "", "deleted": " (deleted)", "conflict": " (in the conflict log)"}
    held_title = printable(held["title"] or clash["record_id"])
    return (
        f"{head}: id clash, its id {clash['record_id']} is already {held['entity']} "
        f'"{held_title}" of {held["origin"]}{where.get(held["state"], "")}; not applied.'
    )


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (escape sequences) shown as
    \\x.. escapes, never sent raw."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def cmd_conflicts_restore(args: argparse.Namespace, ctx: Context) -> int:
    done = conflicts.restore(ctx.store, args.id)
    ctx.print(f"Restored the lost version of {done['entity']} {done['record_id']}.")
    return 0
