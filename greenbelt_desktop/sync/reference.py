"""Reference data in bundles: the Secretariat's entries, applied before the records.

The Secretariat's ``reference`` records travel in the ``changes`` of every
consolidated bundle, like its other ``members``-level records (so a member
that missed bundles loses nothing). A member applies them first, in the
import's one transaction, and validates the rest of the bundle (its own
changes and every forwarded member's records) against the reference data
they make: the records of a member state added in the same bundle are then
valid. Only the Secretariat issues reference data: a ``reference`` change
anywhere in a member state's bundle refuses the bundle whole
(``body.check_change``).

Who sends records is checked here too: every state bundle, outer or
forwarded, must come from a party of the effective reference data (a
retired member state stays a party, so its old records still travel).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from greenbelt_desktop.domain.ids import normalise_uuid
from greenbelt_desktop.domain.reference import REFERENCE_LISTS, Reference
from greenbelt_desktop.domain.reference_entries import (
    REFERENCE_ENTITY,
    canonical_code,
    reference_id,
)
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.store.reference_overlay import effective_reference
from greenbelt_desktop.sync.errors import BundleRefused


def split_changes(raw_changes: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """(the reference changes, the other changes), each in bundle order; every
    reference entry's id checked against its list and code."""
    first: list[Any] = []
    rest: list[Any] = []
    for raw in raw_changes:
        if isinstance(raw, dict) and raw.get("entity") == REFERENCE_ENTITY:
            _check_id(raw)
            first.append(raw)
        else:
            rest.append(raw)
    return first, rest


def _check_id(raw: dict[str, Any]) -> None:
    data = raw.get("data")
    if not isinstance(data, dict):
        return  # a tombstone without data, or a shape body.check_change refuses
    list_name, code = data.get("list"), data.get("code")
    if list_name not in REFERENCE_LISTS or not isinstance(code, str):
        return  # the entry's validation names the problem
    try:
        given = normalise_uuid(str(raw.get("id")))
    except ValueError:
        return  # body.check_change refuses a malformed id
    if given != reference_id(list_name, canonical_code(list_name, code)):
        raise BundleRefused(
            "The bundle's reference entry for {list_name} {code} does not have the id its "
            "list and code give; the bundle is refused whole.",
            list_name=list_name,
            code=code,
        )


def validating_store(conn: Connection, store: Store) -> Store:
    """``store`` validating against the reference data as this transaction now holds it."""
    return store.with_reference(effective_reference(conn, store.base_reference))


def check_sender(reference: Reference, party: str) -> None:
    if not reference.is_party(party):
        raise BundleRefused(
            "This bundle carries records of '{party}', which is not an SCO member state in "
            "this installation's reference data; it is refused.",
            party=party,
        )


__all__ = ["check_sender", "split_changes", "validating_store"]
