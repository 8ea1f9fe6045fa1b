"""Several kinds of record created and changed in one transaction (all or nothing).

A workbook or an address book brings organisations, contacts and projects
that link to each other; they must land together or not at all. New records
get their ids from the caller (so rows can link to records created in the
same batch). Every record goes through the domain validation again here,
and the usual rules hold: stamps, audit log, search index, child tables;
only the owner party changes a record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from greenbelt_desktop.domain.entities import DEFAULT_SHARING
from greenbelt_desktop.domain.ids import normalise_uuid
from greenbelt_desktop.domain.validation import validate_record, validate_sharing
from greenbelt_desktop.store import projection, search
from greenbelt_desktop.store.records import RecordNotFound, Store, _split_content, table_of


@dataclass(frozen=True)
class Write:
    """Create ``id`` (when ``create``) or replace the data of an existing record."""

    entity: str
    id: str
    data: Mapping[str, Any]
    sharing: str | None = None
    create: bool = True


def write_batch(store: Store, writes: Sequence[Write], author: str | None = None) -> int:
    """Apply every write in one transaction; returns how many records were written."""
    checked = [
        (w, validate_record(w.entity, w.data, store.reference), normalise_uuid(w.id))
        for w in writes
    ]
    if not checked:
        return 0
    with store.engine.begin() as conn:
        stamp = store._Stamp(conn, store._now())
        who = author or stamp.author
        audit = []
        docs: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for write, clean, record_id in checked:
            entity = write.entity
            table = table_of(entity)
            counter, version = stamp.next()
            stored, content = _split_content(entity, clean)
            values: dict[str, Any] = {
                "version": version,
                "updated_at": stamp.time,
                "updated_by": who,
                "change_counter": counter,
                "data": json.dumps(stored, ensure_ascii=False),
                **projection.columns(entity, clean),
            }
            if content is not None:
                values["content"] = content
            if write.create:
                level = validate_sharing(entity, write.sharing or DEFAULT_SHARING[entity])
                conn.execute(
                    insert(table).values(
                        id=record_id,
                        origin=stamp.party,
                        sharing=level,
                        deleted=False,
                        created_at=stamp.time,
                        created_by=who,
                        **values,
                    )
                )
                action, origin, detail = "create", stamp.party, ""
            else:
                row = store._owned_row(conn, entity, record_id, stamp.party)
                if row.deleted:
                    raise RecordNotFound(entity, record_id)
                level = validate_sharing(entity, write.sharing or row.sharing)
                previous = json.loads(row.data)
                changed = sorted(k for k in clean if clean.get(k) != previous.get(k))
                if level != row.sharing:
                    changed.append("sharing")
                values["sharing"] = level
                conn.execute(update(table).where(table.c.id == record_id).values(**values))
                action, origin, detail = "update", row.origin, json.dumps(changed)
            projection.write_children(conn, entity, [(record_id, clean)])
            docs.setdefault(entity, []).append((record_id, clean))
            audit.append(
                store._audit_row(
                    stamp.time, who, action, entity, record_id, version, origin, detail
                )
            )
        for entity, batch in docs.items():
            search.index(conn, entity, batch)
        store._audit(conn, audit)
        stamp.save()
    return len(checked)


def existing_ids(store: Store, entity: str, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are held (live or deleted) for ``entity``."""
    table = table_of(entity)
    found: set[str] = set()
    with store.engine.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            found.update(conn.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
    return found
