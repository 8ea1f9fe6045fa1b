"""The effective reference data of an installation: shipped files + the Secretariat's entries.

The shipped files (``resources/reference``) are the base. Over them go the
``reference`` records held in the database (``reference_entry``): entries
received in consolidated bundles or, at the Secretariat, made here. Only
entries owned by the Secretariat count.

- A live entry sets a code's labels and whether it is retired.
- A tombstone withdraws the entry: a shipped code falls back to its shipped
  labels; a code the shipped files do not know stays known, retired, with
  its last labels, so records that use it stay valid.
- The party of this installation is always a party: an installation of a
  member state that joined after this release is set up before the
  Secretariat's first consolidated bundle reaches it, and until then knows
  its own country by its CLDR names.

:func:`effective_reference` reads on the caller's connection, so an import
sees the entries it has just written in its own transaction.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Connection, Table, select

from greenbelt_desktop.domain.reference import (
    MEMBER_STATES,
    SECRETARIAT,
    Entry,
    Reference,
    country_codes,
    country_labels,
)
from greenbelt_desktop.domain.reference_entries import entry_of
from greenbelt_desktop.store import jsontext, models

ENTRIES = cast(Table, models.ReferenceRecord.__table__)
INSTALLATION = cast(Table, models.Installation.__table__)


def held_entries(conn: Connection) -> list[tuple[Entry, bool]]:
    """Every Secretariat entry held, with whether it is a tombstone, in a stable order."""
    rows = conn.execute(
        select(ENTRIES.c.data, ENTRIES.c.deleted)
        .where(ENTRIES.c.origin == SECRETARIAT)
        .order_by(ENTRIES.c.list, ENTRIES.c.code)
    )
    out = []
    for row in rows:
        data = jsontext.loads(row.data)
        if data:
            out.append((entry_of(data), bool(row.deleted)))
    return out


def overlay(base: Reference, held: list[tuple[Entry, bool]]) -> Reference:
    """``base`` with the held entries laid over it (see the module's rules)."""
    entries = []
    for entry, deleted in held:
        if not deleted:
            entries.append(entry)
        elif not base.is_code(entry.list_name, entry.code):
            entries.append(Entry(entry.list_name, entry.code, entry.labels, active=False))
    return base.overlaid(entries)


def own_party(conn: Connection) -> str | None:
    return conn.execute(select(INSTALLATION.c.party)).scalar_one_or_none()


def with_own_party(reference: Reference, party: str | None) -> Reference:
    """The installation's own member state is a party even before the Secretariat's
    reference data names it (a member that joined after this release)."""
    if (
        party is None
        or party == SECRETARIAT
        or reference.is_member_state(party)
        or party not in country_codes()
    ):
        return reference
    return reference.overlaid([Entry(MEMBER_STATES, party, country_labels(party))])


def effective_reference(conn: Connection, base: Reference) -> Reference:
    return with_own_party(overlay(base, held_entries(conn)), own_party(conn))
