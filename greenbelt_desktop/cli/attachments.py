"""``greenbelt attach``, ``attachments`` and ``detach``: a record's files, as the GUI has them.

The same rules as the record form's Files box, kept by the store: only the record's
own party attaches files to it; a file is at most ``MAX_ATTACHMENT_BYTES`` (checked
before it is read); its sharing is its record's (BUNDLE-FORMAT.md §8.5); its name is
kept as a plain base name without control or bidirectional characters.
"""

from __future__ import annotations

import argparse
import mimetypes
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli.context import CommandError, Context
from greenbelt_desktop.domain.entities import (
    MAX_ATTACHMENT_BYTES,
    RECORD_ENTITIES,
    attachment_data,
)
from greenbelt_desktop.domain.file_names import final_extension, plain_file_name
from greenbelt_desktop.store.records import Record


def register(subparsers: Any) -> None:
    attach = subparsers.add_parser(
        "attach", help="attach a file to a record of yours; prints the attachment's id"
    )
    attach.add_argument("entity", choices=RECORD_ENTITIES, metavar="ENTITY")
    attach.add_argument("id")
    attach.add_argument("file", metavar="FILE")
    attach.set_defaults(handler=cmd_attach)

    listing = subparsers.add_parser("attachments", help="list the files of a record")
    listing.add_argument("entity", choices=RECORD_ENTITIES, metavar="ENTITY")
    listing.add_argument("id")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_attachments)

    detach = subparsers.add_parser("detach", help="remove a file from its record")
    detach.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    detach.set_defaults(handler=cmd_detach)


def _read(path: Path) -> bytes:
    if not path.is_file():  # never a FIFO, a device or a folder
        raise CommandError(f"{path}: there is no such file.")
    limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
    too_big = CommandError(f"{path.name} is larger than {limit} MB; a file may be at most that.")
    if path.stat().st_size > MAX_ATTACHMENT_BYTES:
        raise too_big
    with path.open("rb") as stream:
        content = stream.read(MAX_ATTACHMENT_BYTES + 1)
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise too_big
    return content


def cmd_attach(args: argparse.Namespace, ctx: Context) -> int:
    owner = ctx.store.get(args.entity, args.id)  # refused in one line if there is none
    path = Path(args.file)
    content = _read(path)
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    data = attachment_data(args.entity, owner.id, path.name, content, media)
    ctx.print(ctx.store.add("attachment", data))
    return 0


def as_json(record: Record) -> dict[str, Any]:
    name = plain_file_name(record.data["file_name"])
    return {
        "id": record.id,
        "file_name": name,
        "extension": final_extension(name),
        "media_type": record.data.get("media_type"),
        "size": record.data["size"],
        "sha256": record.data["sha256"],
        "sharing": record.sharing,
        "origin": record.origin,
        "version": record.version,
        "created_at": record.created_at,
    }


def cmd_attachments(args: argparse.Namespace, ctx: Context) -> int:
    owner = ctx.store.get(args.entity, args.id)
    files = [as_json(r) for r in ctx.store.attachments_of(owner.id)]
    if args.json:
        ctx.print_json(files)
        return 0
    if not files:
        ctx.print(f"The {args.entity} {owner.id} has no files.")
    for item in files:
        kind = f".{item['extension']}" if item["extension"] else "-"
        ctx.print(f"{item['id']}\t{item['file_name']}\t{kind}\t{item['size']}\t{item['sharing']}")
    return 0


def cmd_detach(args: argparse.Namespace, ctx: Context) -> int:
    record = ctx.store.get("attachment", args.attachment_id)
    ctx.store.delete("attachment", record.id)
    name = plain_file_name(record.data["file_name"])
    ctx.print(f"Removed {name} from {record.data['owner_entity']} {record.data['owner']}.")
    return 0
