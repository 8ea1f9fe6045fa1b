"""From a record's canonical data to its typed columns and child-table rows.

The data is the source of truth; these projections exist for sorting,
filtering, search and reports, and are rewritten on every write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, Float, Integer, delete, insert

from greenbelt_desktop.domain.entities import parse_event_time
from greenbelt_desktop.store import jsontext, models

_JSON_COLUMNS = {"directions", "forms", "countries", "roles"}
RECORD_COLUMNS = frozenset(models.RecordMixin.__annotations__)


def _projected_names(entity: str) -> tuple[str, ...]:
    table = models.RECORD_MODELS[entity].__table__
    return tuple(c.name for c in table.columns if c.name not in RECORD_COLUMNS)


PROJECTED: dict[str, tuple[str, ...]] = {
    entity: _projected_names(entity) for entity in models.RECORD_MODELS
}


def starts_at_utc(value: str) -> str:
    moment = parse_event_time(value)
    if isinstance(moment, dt.datetime):
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{moment.isoformat()}T00:00:00Z"


def _plan(entity: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    names = [name for name in PROJECTED[entity] if name != "content"]
    return (
        tuple(n for n in names if n not in _JSON_COLUMNS and n != "starts_at_utc"),
        tuple(n for n in names if n in _JSON_COLUMNS),
        "starts_at_utc" in names,
    )


# Per entity: plain columns, JSON list columns, whether the UTC start is derived.
_PLANS = {entity: _plan(entity) for entity in PROJECTED}


def columns(entity: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Typed column values of a (live) record (on the bulk-write hot path)."""
    plain, lists, derived_start = _PLANS[entity]
    get = data.get
    values: dict[str, Any] = {name: get(name) for name in plain}
    for name in lists:
        values[name] = jsontext.dumps(get(name) or [])
    if derived_start:
        values["starts_at_utc"] = starts_at_utc(data["start"])
    return values


def tombstone_columns(entity: str, previous: Mapping[str, Any] | None) -> dict[str, Any]:
    """Columns of a deleted record: keep what it was, so lists of deletions can name it."""
    if previous:
        return columns(entity, previous)
    values: dict[str, Any] = {}
    table = models.RECORD_MODELS[entity].__table__
    for name in PROJECTED[entity]:
        column = table.columns[name]
        if name == "content":
            continue
        if name in _JSON_COLUMNS:
            values[name] = "[]"
        elif column.nullable:
            values[name] = None
        elif isinstance(column.type, Boolean):
            values[name] = False
        elif isinstance(column.type, Integer | Float):
            values[name] = 0
        else:
            values[name] = ""
    return values


CHILD_TABLES: dict[str, tuple[Any, ...]] = {
    "event": (models.EventParticipant,),
    "project": (models.ProjectPartner, models.ProjectFinancing),
}


def child_rows(
    entity: str, record_id: str, data: Mapping[str, Any]
) -> dict[Any, list[dict[str, Any]]]:
    """Rows of the child tables, keyed by model."""
    if entity == "event":
        return {
            models.EventParticipant: [
                {"event_id": record_id, "position": i, "contact": p["contact"], "role": p["role"]}
                for i, p in enumerate(data.get("participants") or [])
            ]
        }
    if entity == "project":
        return {
            models.ProjectPartner: [
                {
                    "project_id": record_id,
                    "position": i,
                    "organisation": p["organisation"],
                    "role": p["role"],
                }
                for i, p in enumerate(data.get("partners") or [])
            ],
            models.ProjectFinancing: [
                {
                    "project_id": record_id,
                    "position": i,
                    "amount": f["amount"],
                    "currency": f["currency"],
                    "source": f["source"],
                    "organisation": f.get("organisation"),
                }
                for i, f in enumerate(data.get("financing") or [])
            ],
        }
    return {}


def write_children(
    conn: Connection,
    entity: str,
    records: Sequence[tuple[str, Mapping[str, Any] | None]],
    fresh: bool = False,
) -> None:
    """Rewrite the child rows of many records: (id, data), data None for a tombstone.

    ``fresh`` says the records are new, so there is nothing to delete first.
    """
    models_of = CHILD_TABLES.get(entity, ())
    if not models_of or not records:
        return
    if not fresh:
        ids = [record_id for record_id, _ in records]
        for model in models_of:
            key = model.__table__.c[f"{entity}_id"]
            for start in range(0, len(ids), 500):
                conn.execute(delete(model.__table__).where(key.in_(ids[start : start + 500])))
    batches: dict[Any, list[dict[str, Any]]] = {model: [] for model in models_of}
    for record_id, data in records:
        if data is not None:
            for model, rows in child_rows(entity, record_id, data).items():
                batches[model].extend(rows)
    for model, rows in batches.items():
        if rows:
            conn.execute(insert(model.__table__), rows)
