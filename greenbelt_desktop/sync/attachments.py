"""A received attachment belongs to its owner record's party (BUNDLE-FORMAT.md §8.5).

Only a record's owner attaches files to it: a received attachment whose ``origin``
is not the ``origin`` of its owner record — as the same bundle carries it, or as it
is held here — is not applied, and the report says so; the rest of the bundle applies,
so one party's attempt never stops anyone's exchange. An attachment whose owner is not
known here (yet) is kept; the store shows an attachment only on a record of its own
party (``Store.attachments_of``), so one that arrives before a record of another party
is never shown on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select

from greenbelt_desktop.domain.entities import RECORD_ENTITIES
from greenbelt_desktop.store.records import table_of
from greenbelt_desktop.store.replica import Received
from greenbelt_desktop.sync.errors import Message


def _owner_origin(
    conn: Connection, by_entity: Mapping[str, Mapping[str, Received]], data: Mapping[str, Any]
) -> str | None:
    entity, owner = str(data.get("owner_entity")), str(data.get("owner"))
    if entity not in RECORD_ENTITIES:
        return None
    carried = by_entity.get(entity, {}).get(owner)
    if carried is not None:
        return carried.origin
    table = table_of(entity)
    held = conn.execute(select(table.c.origin).where(table.c.id == owner)).scalar_one_or_none()
    return None if held is None else str(held)


def foreign_attachments(
    conn: Connection, by_entity: dict[str, dict[str, Received]]
) -> list[Message]:
    """Drop from ``by_entity`` every attachment on another party's record; one note each."""
    notes: list[Message] = []
    items = by_entity.get("attachment", {})
    for record_id, change in list(items.items()):
        if change.deleted or change.data is None:
            continue
        owner_origin = _owner_origin(conn, by_entity, change.data)
        if owner_origin is not None and owner_origin != change.origin:
            del items[record_id]
            notes.append(
                Message(
                    "An attachment from {origin} to {entity} {record_id}, which belongs to "
                    "{owner}, was not applied: only a record's owner attaches files to it.",
                    {
                        "origin": change.origin,
                        "entity": str(change.data["owner_entity"]),
                        "record_id": str(change.data["owner"]),
                        "owner": owner_origin,
                    },
                )
            )
    return notes
