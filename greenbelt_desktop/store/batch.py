"""Several kinds of record created and changed in one transaction (all or nothing).

A workbook or an address book brings organisations, contacts and projects
that link to each other; they must land together or not at all. New records
get their ids from the caller (so rows can link to records created in the
same batch). Every record goes through the domain validation again here,
and the usual rules hold: stamps, audit log, search index, child tables;
only the owner party changes a record.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from greenbelt_desktop.store.records import Store, Write, table_of

__all__ = ["Write", "existing_ids", "write_batch"]


def write_batch(store: Store, writes: Sequence[Write], author: str | None = None) -> int:
    """Apply every write in one transaction; returns how many records were written."""
    return store.write_many(writes, author)


def existing_ids(store: Store, entity: str, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are held (live or deleted) for ``entity``."""
    table = table_of(entity)
    found: set[str] = set()
    with store.engine.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            found.update(conn.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
    return found
