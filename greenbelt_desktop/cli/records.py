"""Record commands: add, update, delete, show, list, search."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context, read_json_argument
from greenbelt_desktop.domain.entities import RECORD_ENTITIES, TITLE_FIELD
from greenbelt_desktop.store.records import Record

# Metadata a record's JSON may carry (e.g. piped from `show --json`); only
# `sharing` is taken from it, the rest is set by the store.
METADATA_KEYS = frozenset(
    {"id", "origin", "version", "created_at", "updated_at", "created_by", "updated_by"}
)
# Columns of the plain-text `list`, after id/origin/sharing and the title.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": ("kind", "country"),
    "contact": ("email", "roles"),
    "event": ("kind", "start", "end", "country"),
    "project": ("status", "directions"),
    "recommendation": ("status",),
    "agreement": ("status", "signed_on"),
    "practice": ("country",),
}


def _entity(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "entity",
        choices=RECORD_ENTITIES,
        metavar="ENTITY",
        help="one of: " + ", ".join(RECORD_ENTITIES),
    )


def register(subparsers: Any) -> None:
    add = subparsers.add_parser("add", help="add a record from JSON; prints the new id")
    _entity(add)
    add.add_argument("--json", required=True, metavar="FILE", help="JSON file, or - for stdin")
    add.set_defaults(handler=cmd_add)

    upd = subparsers.add_parser("update", help="change the fields given in the JSON")
    _entity(upd)
    upd.add_argument("id")
    upd.add_argument("--json", required=True, metavar="FILE", help="JSON file, or - for stdin")
    upd.set_defaults(handler=cmd_update)

    dele = subparsers.add_parser("delete", help="delete a record (a tombstone that syncs)")
    _entity(dele)
    dele.add_argument("id")
    dele.set_defaults(handler=cmd_delete)

    show = subparsers.add_parser("show", help="show one record")
    _entity(show)
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_show)

    lst = subparsers.add_parser("list", help="list the records of one kind")
    _entity(lst)
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(handler=cmd_list)

    find = subparsers.add_parser("search", help="full-text search in every kind of record")
    find.add_argument("text", nargs="+", help="the words to find (quotes are not needed)")
    find.add_argument("--json", action="store_true", help="print a JSON array")
    find.add_argument("--limit", type=int, default=50)
    find.set_defaults(handler=cmd_search)


def _split(payload: Any, *, name: str) -> tuple[dict[str, Any], str | None]:
    if not isinstance(payload, Mapping):
        raise CommandError(f"The {name} JSON must be an object with the record's fields.")
    data = {k: v for k, v in payload.items() if k not in METADATA_KEYS and k != "sharing"}
    sharing = payload.get("sharing")
    if sharing is not None and not isinstance(sharing, str):
        raise CommandError("sharing must be one of: private, secretariat, members.")
    return data, sharing


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    data, sharing = _split(read_json_argument(args.json), name=args.entity)
    ctx.print(ctx.store.add(args.entity, data, sharing=sharing))
    return 0


def cmd_update(args: argparse.Namespace, ctx: Context) -> int:
    data, sharing = _split(read_json_argument(args.json), name=args.entity)
    record = ctx.store.update(args.entity, args.id, data, sharing=sharing)
    ctx.print(f"Updated {args.entity} {record.id} (version {record.version}).")
    return 0


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    ctx.store.delete(args.entity, args.id)
    ctx.print(f"Deleted {args.entity} {args.id}.")
    return 0


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    record = ctx.store.get(args.entity, args.id)
    if args.json:
        ctx.print_json(record.as_json())
        return 0
    for key, value in record.as_json().items():
        if key == "content":
            value = f"<{record.data.get('size', 0)} bytes>"
        if value not in (None, [], ""):
            ctx.print(f"{key}: {_text(value)}")
    return 0


def _row(entity: str, record: Record) -> str:
    cells = [record.id, record.origin, record.sharing, record.data.get(TITLE_FIELD[entity], "")]
    cells += [_text(record.data.get(column)) for column in LIST_COLUMNS[entity]]
    return "\t".join(str(cell) for cell in cells)


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    if args.json:
        # Streamed element by element so memory stays flat for large lists.
        ctx.out.write("[")
        for number, text in enumerate(ctx.store.iter_json(args.entity, TITLE_FIELD[args.entity])):
            ctx.out.write(",\n" if number else "\n")
            ctx.out.write(text)
        ctx.out.write("\n]\n")
        return 0
    for record in ctx.store.iter_records(args.entity, order_by=TITLE_FIELD[args.entity]):
        ctx.print(_row(args.entity, record))
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    args.text = " ".join(args.text)
    hits = ctx.store.search(args.text, limit=args.limit)
    if args.json:
        ctx.print_json(
            [{"entity": h.entity, "id": h.id, "title": h.title, "snippet": h.snippet} for h in hits]
        )
        return 0
    if not hits:
        ctx.print(f"Nothing found for '{args.text}'.")
    for hit in hits:
        ctx.print(f"{hit.entity}\t{hit.id}\t{hit.title}")
    return 0
