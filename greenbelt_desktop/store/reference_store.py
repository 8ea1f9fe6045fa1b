"""Reading and, at the Secretariat, changing the reference data of an installation.

Everyone lists the effective reference data (:func:`reference_items`): every
code of every list with its labels, whether it is retired and where it comes
from. Only the Secretariat changes it: :func:`set_entry` adds a member state
or relabels a code (and brings a retired code back), :func:`retire_entry`
retires one. Each change is a ``reference`` record written through the
store's one write path (version, change counter, audit log) and travels in
the Secretariat's next consolidated bundle; ``store.reference`` is refreshed
at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, select

from greenbelt_desktop.domain.reference import (
    LANGUAGES,
    MEMBER_STATES,
    REFERENCE_LISTS,
    SECRETARIAT,
    Labels,
)
from greenbelt_desktop.domain.reference_entries import (
    REFERENCE_ENTITY,
    canonical_code,
    entry_data,
    reference_id,
)
from greenbelt_desktop.domain.sharing import MEMBERS
from greenbelt_desktop.domain.validation import Issue, RecordInvalid, validate_record
from greenbelt_desktop.store import models
from greenbelt_desktop.store.records import SecretariatOnly, Store, StoreError, Write
from greenbelt_desktop.store.reference_overlay import held_entries, own_party

ENTRIES = cast(Table, models.ReferenceRecord.__table__)

# Where a code's current labels come from.
SHIPPED = "shipped"  # the files shipped with the application
FROM_SECRETARIAT = "secretariat"  # an entry of the Secretariat's reference data
THIS_INSTALLATION = "installation"  # this installation's own, newly joined member state


@dataclass(frozen=True)
class ReferenceItem:
    list_name: str
    code: str
    labels: Labels
    active: bool
    source: str

    def as_json(self) -> dict[str, Any]:
        return {
            "list": self.list_name,
            "code": self.code,
            "labels": {lang: self.labels.get(lang, "") for lang in LANGUAGES},
            "active": self.active,
            "source": self.source,
        }


def check_list(list_name: str) -> str:
    if list_name not in REFERENCE_LISTS:
        raise RecordInvalid(
            REFERENCE_ENTITY,
            [
                Issue(
                    "list",
                    "unknown_code",
                    f"'{list_name}' is not a list of reference data (expected one of: "
                    + ", ".join(REFERENCE_LISTS)
                    + ")",
                    list_name,
                )
            ],
        )
    return list_name


def reference_items(store: Store, list_name: str | None = None) -> list[ReferenceItem]:
    """The effective reference data, list by list in the shipped order."""
    names = (check_list(list_name),) if list_name else REFERENCE_LISTS
    reference = store.refresh_reference()
    with store.engine.connect() as conn:
        # A tombstone gives a shipped code back its shipped labels; an unshipped code
        # keeps the labels of the Secretariat's last entry.
        from_secretariat = {
            (e.list_name, e.code)
            for e, deleted in held_entries(conn)
            if not deleted or not store.base_reference.is_code(e.list_name, e.code)
        }
        party = own_party(conn)
    items = []
    for name in names:
        for code in reference.codes(name):
            if (name, code) in from_secretariat:
                source = FROM_SECRETARIAT
            elif (
                name == MEMBER_STATES
                and code == party
                and not store.base_reference.is_code(name, code)
            ):
                source = THIS_INSTALLATION
            else:
                source = SHIPPED
            labels = reference.labels(name, code) or {}
            items.append(
                ReferenceItem(name, code, labels, not reference.is_retired(name, code), source)
            )
    return items


def _require_secretariat(store: Store) -> None:
    if store.installation().party != SECRETARIAT:
        raise SecretariatOnly()


def _write(store: Store, data: Mapping[str, Any], author: str | None) -> ReferenceItem:
    clean = validate_record(REFERENCE_ENTITY, data, store.reference)
    record_id = reference_id(clean["list"], clean["code"])
    with store.engine.connect() as conn:
        deleted = conn.execute(
            select(ENTRIES.c.deleted).where(ENTRIES.c.id == record_id)
        ).scalar_one_or_none()
    if deleted is None:
        store.write_many([Write(REFERENCE_ENTITY, record_id, clean, MEMBERS)], author)
    else:
        if deleted:
            store.restore_deleted(REFERENCE_ENTITY, record_id, author)
        store.update(REFERENCE_ENTITY, record_id, clean, MEMBERS, author)
    reference = store.reference
    return ReferenceItem(
        clean["list"],
        clean["code"],
        reference.labels(clean["list"], clean["code"]) or clean["labels"],
        clean["active"],
        FROM_SECRETARIAT,
    )


def set_entry(
    store: Store,
    list_name: str,
    code: str,
    labels: Mapping[str, str],
    author: str | None = None,
) -> ReferenceItem:
    """Add a member state, or relabel a code of any list (a retired code becomes active)."""
    _require_secretariat(store)
    check_list(list_name)
    return _write(store, entry_data(list_name, code, labels, active=True), author)


def retire_entry(
    store: Store, list_name: str, code: str, author: str | None = None
) -> ReferenceItem:
    """Retire a code: records that use it stay valid; it is no longer offered."""
    _require_secretariat(store)
    check_list(list_name)
    code = canonical_code(list_name, code)
    labels = store.reference.labels(list_name, code)
    if labels is None:
        raise StoreError(f"'{code}' is not a code of {list_name}; nothing was changed.")
    return _write(store, entry_data(list_name, code, labels, active=False), author)


__all__ = [
    "FROM_SECRETARIAT",
    "SHIPPED",
    "THIS_INSTALLATION",
    "ReferenceItem",
    "reference_items",
    "retire_entry",
    "set_entry",
]
