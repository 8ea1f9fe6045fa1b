"""From a record's canonical data to its typed columns and child-table rows.

The data is the source of truth; these projections exist for sorting,
filtering, search and reports, and are rewritten on every write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, Float, Integer, delete

from greenbelt_desktop.domain.entities import parse_event_time
from greenbelt_desktop.store import bulk, jsontext, models

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
# Per entity: the projected columns in the order :func:`values` gives them.
VALUE_COLUMNS: dict[str, tuple[str, ...]] = {
    entity: (*plain, *lists, *(("starts_at_utc",) if derived else ()))
    for entity, (plain, lists, derived) in _PLANS.items()
}
# The sync metadata and canonical data of every record row, in the order the bulk
# writers put them before the projected values (then ``content`` for attachments).
META_COLUMNS = (
    "id",
    "origin",
    "version",
    "sharing",
    "deleted",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "change_counter",
    "data",
)


def row_columns(entity: str) -> tuple[str, ...]:
    """Column names of a whole record row as the bulk writers build it."""
    content = ("content",) if "content" in PROJECTED[entity] else ()
    return (*META_COLUMNS, *VALUE_COLUMNS[entity], *content)


def values(entity: str, data: Mapping[str, Any]) -> tuple[Any, ...]:
    """Typed column values of a (live) record, in ``VALUE_COLUMNS`` order (bulk-write
    hot path: no dict per record)."""
    plain, lists, derived_start = _PLANS[entity]
    get = data.get
    projected = (*map(get, plain), *[jsontext.dumps(get(name) or []) for name in lists])
    if derived_start:
        return (*projected, starts_at_utc(data["start"]))
    return projected


def columns(entity: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Typed column values of a (live) record, by column name."""
    return dict(zip(VALUE_COLUMNS[entity], values(entity, data), strict=True))


def tombstone_values(entity: str, previous: Mapping[str, Any] | None) -> tuple[Any, ...]:
    """Columns of a deleted record, in ``VALUE_COLUMNS`` order: keep what it was, so lists
    of deletions can name it."""
    if previous:
        return values(entity, previous)
    return _EMPTY[entity]


def _empty_values(entity: str) -> tuple[Any, ...]:
    """Column values of a tombstone that never had data."""
    table = models.RECORD_MODELS[entity].__table__
    empty: list[Any] = []
    for name in VALUE_COLUMNS[entity]:
        column = table.columns[name]
        if name in _JSON_COLUMNS:
            empty.append("[]")
        elif column.nullable:
            empty.append(None)
        elif isinstance(column.type, Boolean):
            empty.append(False)
        elif isinstance(column.type, Integer | Float):
            empty.append(0)
        else:
            empty.append("")
    return tuple(empty)


_EMPTY = {entity: _empty_values(entity) for entity in PROJECTED}


def _participants(record_id: str, data: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (record_id, i, p["contact"], p["role"])
        for i, p in enumerate(data.get("participants") or [])
    ]


def _partners(record_id: str, data: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (record_id, i, p["organisation"], p["role"])
        for i, p in enumerate(data.get("partners") or [])
    ]


def _financing(record_id: str, data: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (record_id, i, f["amount"], f["currency"], f["source"], f.get("organisation"))
        for i, f in enumerate(data.get("financing") or [])
    ]


ChildRows = Callable[[str, Mapping[str, Any]], list[tuple[Any, ...]]]
# Per entity: (child model, its columns, the rows of one record in that order).
CHILDREN: dict[str, tuple[tuple[Any, tuple[str, ...], ChildRows], ...]] = {
    "event": (
        (models.EventParticipant, ("event_id", "position", "contact", "role"), _participants),
    ),
    "project": (
        (models.ProjectPartner, ("project_id", "position", "organisation", "role"), _partners),
        (
            models.ProjectFinancing,
            ("project_id", "position", "amount", "currency", "source", "organisation"),
            _financing,
        ),
    ),
}
CHILD_TABLES: dict[str, tuple[Any, ...]] = {
    entity: tuple(model for model, _, _ in specs) for entity, specs in CHILDREN.items()
}


def write_children(
    conn: Connection,
    entity: str,
    records: Sequence[tuple[str, Mapping[str, Any] | None]],
    fresh: bool = False,
) -> None:
    """Rewrite the child rows of many records: (id, data), data None for a tombstone.

    ``fresh`` says the records are new, so there is nothing to delete first.
    """
    specs = CHILDREN.get(entity, ())
    if not specs or not records:
        return
    if not fresh:
        ids = [record_id for record_id, _ in records]
        for model, _, _ in specs:
            key = model.__table__.c[f"{entity}_id"]
            for start in range(0, len(ids), 500):
                conn.execute(delete(model.__table__).where(key.in_(ids[start : start + 500])))
    for model, names, rows_of in specs:
        rows = [
            row
            for record_id, data in records
            if data is not None
            for row in rows_of(record_id, data)
        ]
        bulk.insert_rows(conn, model.__table__, names, rows)
