"""``greenbelt reference``: the reference data in force here; the Secretariat changes it.

``list`` is for everyone. ``set`` (add a member state, relabel a code, bring a
retired one back) and ``retire`` are the Secretariat's: the entries travel in
its next consolidated bundle and every member applies them on import.
"""

from __future__ import annotations

import argparse
from typing import Any

from greenbelt_desktop.cli.context import Context
from greenbelt_desktop.domain.reference import LANGUAGES, REFERENCE_LISTS
from greenbelt_desktop.store.reference_store import (
    ReferenceItem,
    reference_items,
    retire_entry,
    set_entry,
)

TRAVELS = "It travels in the next consolidated bundle."


def _list_argument(parser: argparse.ArgumentParser, **extra: Any) -> None:
    parser.add_argument(
        "list_name",
        choices=REFERENCE_LISTS,
        metavar="LIST",
        help="one of: " + ", ".join(REFERENCE_LISTS),
        **extra,
    )


def register(subparsers: Any) -> None:
    reference = subparsers.add_parser(
        "reference", help="member states, directions, forms and code lists in force here"
    )
    sub = reference.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    show = sub.add_parser("list", help="every code with its labels, active or retired")
    _list_argument(show, nargs="?")
    show.add_argument("--json", action="store_true", help="print a JSON array")
    show.set_defaults(handler=cmd_list)

    put = sub.add_parser(
        "set", help="Secretariat: add a member state, or relabel a code (retired: active again)"
    )
    _list_argument(put)
    put.add_argument("code", metavar="CODE")
    for lang, name in zip(LANGUAGES, ("English", "Russian", "Chinese"), strict=True):
        put.add_argument(f"--{lang}", required=True, metavar="TEXT", help=f"label in {name}")
    put.set_defaults(handler=cmd_set)

    retire = sub.add_parser(
        "retire", help="Secretariat: retire a code (records using it stay valid)"
    )
    _list_argument(retire)
    retire.add_argument("code", metavar="CODE")
    retire.set_defaults(handler=cmd_retire)


def _labels(item: ReferenceItem) -> str:
    return " | ".join(item.labels.get(lang, "") for lang in LANGUAGES)


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    items = reference_items(ctx.store, args.list_name)
    if args.json:
        ctx.print_json([item.as_json() for item in items])
        return 0
    for item in items:
        status = "active" if item.active else "retired"
        ctx.print(
            f"{item.list_name:<22} {item.code:<24} {status:<8} {item.source:<12} {_labels(item)}"
        )
    return 0


def cmd_set(args: argparse.Namespace, ctx: Context) -> int:
    labels = {lang: getattr(args, lang) for lang in LANGUAGES}
    item = set_entry(ctx.store, args.list_name, args.code, labels)
    ctx.print(f"Set {item.list_name} {item.code}: {_labels(item)} (active). {TRAVELS}")
    return 0


def cmd_retire(args: argparse.Namespace, ctx: Context) -> int:
    item = retire_entry(ctx.store, args.list_name, args.code)
    ctx.print(
        f"Retired {item.list_name} {item.code} ({item.labels.get('en', '')}): records that use "
        f"it stay valid; it is no longer offered for new records. {TRAVELS}"
    )
    return 0
