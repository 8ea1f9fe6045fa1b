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
    """The records held of some kinds, indexed by id, natural key and name."""

    def __init__(self, store: Store, entities: Iterable[str]) -> None:
        self._by_id: dict[str, dict[str, Record]] = {}
        self._natural: dict[str, dict[NaturalKey, list[str]]] = {}
        self._names: dict[str, dict[str, list[str]]] = {}
        for entity in entities:
            by_id = self._by_id[entity] = {}
            natural = self._natural[entity] = {}
            names = self._names[entity] = {}
            for record in store.iter_records(entity, include_deleted=True):
                by_id[record.id] = record
                if record.deleted:
                    continue
                key = natural_key(entity, record.data)
                if key:
                    natural.setdefault(key, []).append(record.id)
                for name in names_of(entity, record.data):
                    names.setdefault(name, []).append(record.id)

    def get(self, entity: str, record_id: str) -> Record | None:
        return self._by_id.get(entity, {}).get(record_id)

    def by_natural(self, entity: str, key: NaturalKey) -> list[str]:
        return self._natural.get(entity, {}).get(key, [])

    def by_name(self, entity: str, folded_name: str) -> list[str]:
        return self._names.get(entity, {}).get(folded_name, [])
