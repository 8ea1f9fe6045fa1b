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

from greenbelt_desktop.store.records import Store, Write

__all__ = ["Write", "write_batch"]


def write_batch(store: Store, writes: Sequence[Write], author: str | None = None) -> int:
    """Apply every write in one transaction; returns how many records were written."""
    return store.write_many(writes, author)
