"""``greenbelt backup create|list|restore|check|keep``: backups of the SQLite database."""

from __future__ import annotations

import argparse
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context
from greenbelt_desktop.store.backup import KEEP_SETTING, BackupFile, check_file


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser("backup", help="back up, list, check and restore the database")
    commands = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    create = commands.add_parser("create", help="back up the database now")
    create.add_argument("--reason", default="manual", help="a word saved in the backup's name")
    create.set_defaults(handler=cmd_create)

    listing = commands.add_parser("list", help="the backups, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)

    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is saved first)"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("name", nargs="?", help="the backup's file name, as 'backup list' shows")
    which.add_argument("--latest", action="store_true", help="the newest backup that is sound")
    restore.set_defaults(handler=cmd_restore)

    check = commands.add_parser("check", help="check the database's integrity")
    check.set_defaults(handler=cmd_check)

    keep = commands.add_parser("keep", help="show or set how many backups are kept")
    keep.add_argument("count", nargs="?", type=int, help="the number to keep (at least 1)")
    keep.set_defaults(handler=cmd_keep)


def _local(ctx: Context) -> None:
    if ctx.home.is_server:
        raise CommandError(
            "This data is on a database server; back it up with the server's own tools "
            "(pg_dump), as docs/operations.md describes."
        )


def _describe(backup: BackupFile) -> str:
    return f"{backup.name}  {backup.when}  {backup.reason}  {backup.size / 1e6:.1f} MB"


def cmd_create(args: argparse.Namespace, ctx: Context) -> int:
    _local(ctx)
    path = ctx.home.backups().create(args.reason)
    ctx.print(f"Backed up to {path.name} in {path.parent}.")
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    _local(ctx)
    backups = ctx.home.backups().list()
    if args.json:
        ctx.print_json(
            [
                {"name": b.name, "created": b.when, "reason": b.reason, "bytes": b.size}
                for b in backups
            ]
        )
    elif not backups:
        ctx.print("There are no backups yet.")
    else:
        for backup in backups:
            ctx.print(_describe(backup))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    _local(ctx)
    backups = ctx.home.backups()
    if args.latest:
        chosen = backups.latest_good()
        if chosen is None:
            raise CommandError("There is no sound backup to restore; nothing was changed.")
    else:
        chosen = backups.find(args.name)
    saved = backups.restore(chosen)
    ctx.print(f"Restored the backup {chosen.name} from {chosen.when}.")
    if saved is not None:
        ctx.print(f"The database as it was is kept as {saved.relative_to(ctx.home.path)}.")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    _local(ctx)
    if not ctx.home.database_path.exists():
        raise CommandError("There is no database here yet.")
    problem = check_file(ctx.home.database_path)
    if problem is not None:
        raise ctx.home.damaged(problem)
    ctx.print("The database is sound.")
    return 0


def cmd_keep(args: argparse.Namespace, ctx: Context) -> int:
    _local(ctx)
    if args.count is not None:
        if args.count < 1:
            raise CommandError("At least one backup must be kept.")
        ctx.store.set_setting(KEEP_SETTING, str(args.count))
    ctx.print(f"The newest {ctx.home.backups().keep} backups are kept.")
    return 0
