"""Bulk writes of records received from other installations (sync imports).

The importer decides, record by record, which received versions win; this
module writes the winners of one kind in bulk (rows as tuples through the
driver's executemany, :mod:`bulk`; no ORM objects): rows replaced by id,
child tables, search index and audit log kept in step, all on the caller's
connection so the whole import is one transaction.
Received records keep ``change_counter`` NULL: they are never re-exported.

:func:`take_lock` serialises imports and exports: it updates the ``import``
row of ``sync_lock`` first thing in the transaction, which on SQLite takes
the write lock at once (like BEGIN IMMEDIATE) and on PostgreSQL a row lock.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select, update

from greenbelt_desktop.store import bulk, jsontext, models, projection, search
from greenbelt_desktop.store.records import AUDIT_COLUMNS, AUDIT_LOG, table_of

CHUNK = 500
LOCK = cast(Table, models.SyncLock.__table__)


def take_lock(conn: Connection, name: str = "import", now: str = "") -> None:
    done = conn.execute(update(LOCK).where(LOCK.c.name == name).values(taken_at=now or "-"))
    if not done.rowcount:
        conn.execute(insert(LOCK).values(name=name, taken_at=now or "-"))


@dataclass(frozen=True)
class Held:
    """What this installation holds of a record, for comparing with a received version."""

    id: str
    origin: str
    version: str
    sharing: str
    deleted: bool
    change_counter: int | None
    data: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class Received:
    """A winning received version, ready to write. ``data`` is None for a tombstone
    that came without data (the held data, if any, is kept for display)."""

    id: str
    origin: str
    version: str
    sharing: str
    deleted: bool
    data: dict[str, Any] | None


def chunks(values: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def held_records(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, Held]:
    table = table_of(entity)
    cols = [
        table.c[n]
        for n in (
            "id",
            "origin",
            "version",
            "sharing",
            "deleted",
            "change_counter",
            "data",
            "created_at",
            "created_by",
        )
    ]
    found: dict[str, Held] = {}
    for part in chunks(list(ids)):
        for row in conn.execute(select(*cols).where(table.c.id.in_(part))):
            found[row.id] = Held(
                row.id,
                row.origin,
                row.version,
                row.sharing,
                bool(row.deleted),
                row.change_counter,
                row.data,
                row.created_at,
                row.created_by,
            )
    return found


def _split(entity: str, data: Mapping[str, Any]) -> tuple[str, bytes | None]:
    if entity != "attachment":
        return jsontext.dumps(data), None
    stored = dict(data)
    content = base64.b64decode(stored.pop("content"))
    return jsontext.dumps(stored), content


def write_received(
    conn: Connection,
    entity: str,
    winners: Sequence[Received],
    held: Mapping[str, Held],
    now: str,
    author: str,
    detail: str,
) -> None:
    """Replace (or insert) every winner's row, children, search entry and audit entry."""
    if not winners:
        return
    table = table_of(entity)
    replaced = [w.id for w in winners if w.id in held]
    if replaced:
        # Child rows first (portable: ON DELETE CASCADE is not relied on), then the rows.
        projection.write_children(conn, entity, [(rid, None) for rid in replaced])
        search.remove(conn, replaced)
        for part in chunks(replaced):
            conn.execute(delete(table).where(table.c.id.in_(part)))
    rows: list[tuple[Any, ...]] = []
    live: list[tuple[str, Mapping[str, Any]]] = []
    audit: list[tuple[str, ...]] = []
    attachment = entity == "attachment"
    for w in winners:
        before = held.get(w.id)
        content: bytes | None = None
        if w.data is not None:
            data_text, content = _split(entity, w.data)
            if w.deleted:
                columns = projection.tombstone_values(entity, w.data)
            else:
                columns = projection.values(entity, w.data)
                live.append((w.id, w.data))
        else:
            data_text = before.data if before is not None else "{}"
            previous = json.loads(data_text) if before is not None else None
            columns = projection.tombstone_values(entity, previous or None)
        row = (
            w.id,
            w.origin,
            w.version,
            w.sharing,
            w.deleted,
            before.created_at if before else now,
            now,
            before.created_by if before else author,
            author,
            None,
            data_text,
            *columns,
        )
        rows.append((*row, content if content is not None else b"") if attachment else row)
        action = "receive-delete" if w.deleted else "receive"
        audit.append((now, author, action, entity, w.id, w.version, w.origin, detail))
    bulk.insert_rows(conn, table, projection.row_columns(entity), rows)
    projection.write_children(conn, entity, live, fresh=True)
    search.index(conn, entity, live, fresh=True)
    bulk.insert_rows(conn, AUDIT_LOG, AUDIT_COLUMNS, audit)
