"""Which held record a row (or a vCard) is: by record id, by natural key, by name.

Natural keys, for rows without a record id (a filled-in template imported
twice must not create duplicates): organisation — name and country; event —
title and start date; practice — title and country; every other kind — its
title (a contact: the full name). Compared without case and extra spaces,
against live records of every party.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from greenbelt_desktop.documents.sheets import fold
from greenbelt_desktop.domain.entities import TITLE_FIELD
from greenbelt_desktop.store.records import Record, Store

NaturalKey = tuple[str, ...]


def natural_key(entity: str, data: Mapping[str, Any]) -> NaturalKey | None:
    title = fold(str(data.get(TITLE_FIELD[entity]) or ""))
    if not title:
        return None
    if entity in ("organisation", "practice"):
        return (title, str(data.get("country") or "").upper())
    if entity == "event":
        return (title, str(data.get("start") or "")[:10])
    return (title,)


def names_of(entity: str, data: Mapping[str, Any]) -> set[str]:
    """The names a link cell may use for a record."""
    fields: Iterable[str] = (
        ("name", "name_en", "name_ru", "name_zh", "acronym")
        if entity == "organisation"
        else (TITLE_FIELD[entity],)
    )
    return {fold(str(data[f])) for f in fields if data.get(f)}


class Known:
    """The records held of some kinds, indexed by id, natural key and name.

    Only the indexes stay in memory (a Secretariat may hold 100,000 projects); the
    records themselves are fetched when a row matches one (``prefetch`` for many).
    """

    def __init__(self, store: Store, entities: Iterable[str]) -> None:
        self.store = store
        self._deleted: dict[str, dict[str, bool]] = {}
        self._natural: dict[str, dict[NaturalKey, list[str]]] = {}
        self._names: dict[str, dict[str, list[str]]] = {}
        self._records: dict[str, Record] = {}
        for entity in entities:
            deleted = self._deleted[entity] = {}
            natural = self._natural[entity] = {}
            names = self._names[entity] = {}
            for record in store.iter_records(entity, include_deleted=True):
                deleted[record.id] = record.deleted
                if record.deleted:
                    continue
                key = natural_key(entity, record.data)
                if key:
                    natural.setdefault(key, []).append(record.id)
                for name in names_of(entity, record.data):
                    names.setdefault(name, []).append(record.id)

    def is_live(self, entity: str, record_id: str) -> bool:
        return self._deleted.get(entity, {}).get(record_id) is False

    def prefetch(self, entity: str, ids: Iterable[str]) -> None:
        """Load many held records in one pass (a re-imported export names them all)."""
        wanted = {i for i in ids if i in self._deleted.get(entity, {})} - set(self._records)
        if len(wanted) > 50:
            for record in self.store.iter_records(entity, include_deleted=True):
                if record.id in wanted:
                    self._records[record.id] = record
        else:
            for record_id in wanted:
                self.get(entity, record_id)

    def get(self, entity: str, record_id: str) -> Record | None:
        if record_id not in self._deleted.get(entity, {}):
            return None
        record = self._records.get(record_id)
        if record is None:
            record = self._records[record_id] = self.store.get(
                entity, record_id, include_deleted=True
            )
        return record

    def by_natural(self, entity: str, key: NaturalKey) -> list[str]:
        return self._natural.get(entity, {}).get(key, [])

    def by_name(self, entity: str, folded_name: str) -> list[str]:
        return self._names.get(entity, {}).get(folded_name, [])
