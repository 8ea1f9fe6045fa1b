"""Read-only queries the screens need: one page of a list, counts, dashboard figures.

Lists are never loaded whole: :func:`page` returns a slice (``LIMIT``/``OFFSET``)
sorted and filtered in SQL on the typed columns (``store/projection.py``), and
:func:`count` says how many rows the filter leaves. The free-text filter uses
the full-text index (``store/search.py``); JSON-array columns (countries,
directions) are filtered by their quoted code, which works on SQLite and
PostgreSQL alike. Nothing here writes.

The sync layer records its exchanges in ``sync_export`` (each exported bundle
with the change counter it reached) and ``sync_exchange`` (the ledger); the
status bar and the dashboard read them here (none yet: never exported or
imported; every local change is then waiting to be exported).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    and_,
    case,
    func,
    literal,
    literal_column,
    select,
    text,
)

from greenbelt_desktop.domain.entities import RECORD_ENTITIES, TITLE_FIELD
from greenbelt_desktop.domain.sharing import PRIVATE
from greenbelt_desktop.store import models, search
from greenbelt_desktop.store.records import table_of

META_COLUMNS = ("origin", "sharing", "updated_at")

# Where each filter applies: (column, kind) with kind "code" (equal) or "list" (JSON array).
COUNTRY_COLUMN: dict[str, tuple[str, str]] = {
    "organisation": ("country", "code"),
    "contact": ("country", "code"),
    "event": ("country", "code"),
    "project": ("countries", "list"),
    "practice": ("country", "code"),
}
DIRECTION_COLUMN: dict[str, str] = {
    "organisation": "directions",
    "event": "directions",
    "project": "directions",
}
STATUS_COLUMN: dict[str, tuple[str, str]] = {
    "organisation": ("kind", "organisation_kind"),
    "event": ("status", "event_status"),
    "project": ("status", "project_status"),
    "recommendation": ("status", "recommendation_status"),
    "agreement": ("status", "agreement_status"),
}
DATE_COLUMN: dict[str, str] = {"event": "start", "project": "start", "agreement": "signed_on"}


@dataclass(frozen=True)
class ListFilter:
    """What a list shows: every field optional; dates are ISO ``YYYY-MM-DD``."""

    text: str = ""
    country: str | None = None
    direction: str | None = None
    status: str | None = None
    sharing: str | None = None
    origin: str | None = None
    date_from: str | None = None
    date_to: str | None = None


def _quoted(code: str) -> str:
    escaped = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f'%"{escaped}"%'


_CJK_WORD = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}$")


def _matching(index: str, entity: str, term: str, number: int) -> Any:
    """Ids of records of ``entity`` whose text holds ``term`` (an FTS5 phrase query)."""
    return text(
        f"SELECT d.record_id FROM {index} JOIN search_doc d ON d.rowid = {index}.rowid "
        f"WHERE {index} MATCH :match{number} AND d.entity = :entity{number}"
    ).bindparams(
        **{f"match{number}": '"' + term.replace('"', '""') + '"', f"entity{number}": entity}
    )


def _text_condition(conn: Connection, entity: str, table: Table, words: str) -> ColumnElement[bool]:
    """Every word must occur: through the search indexes as ``store.search`` plans them
    (trigrams for three characters or more, bigrams for two Chinese characters), other
    short words in the title. PostgreSQL: in the title."""
    title = table.c[TITLE_FIELD[entity]]
    conditions: list[ColumnElement[bool]] = []
    for number, term in enumerate(word for word in words.split() if word):
        if conn.dialect.name == "sqlite" and len(term) >= search.MIN_TRIGRAM:
            conditions.append(table.c.id.in_(_matching("search_index", entity, term, number)))
        elif conn.dialect.name == "sqlite" and _CJK_WORD.match(term):
            conditions.append(table.c.id.in_(_matching("search_cjk", entity, term, number)))
        else:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(title.ilike(f"%{escaped}%", escape="\\"))
    return and_(*conditions)


def _conditions(conn: Connection, entity: str, flt: ListFilter) -> list[ColumnElement[bool]]:
    table = table_of(entity)
    where: list[ColumnElement[bool]] = [table.c.deleted.is_(False)]
    if flt.text.strip():
        where.append(_text_condition(conn, entity, table, flt.text))
    if flt.country and entity in COUNTRY_COLUMN:
        name, kind = COUNTRY_COLUMN[entity]
        column = table.c[name]
        where.append(
            column == flt.country
            if kind == "code"
            else column.like(_quoted(flt.country), escape="\\")
        )
    if flt.direction and entity in DIRECTION_COLUMN:
        where.append(table.c[DIRECTION_COLUMN[entity]].like(_quoted(flt.direction), escape="\\"))
    if flt.status and entity in STATUS_COLUMN:
        where.append(table.c[STATUS_COLUMN[entity][0]] == flt.status)
    if flt.sharing:
        where.append(table.c.sharing == flt.sharing)
    if flt.origin:
        where.append(table.c.origin == flt.origin)
    if entity in DATE_COLUMN:
        date = table.c[DATE_COLUMN[entity]]
        if flt.date_from:
            where.append(date >= flt.date_from)
        if flt.date_to:
            # Event starts may carry a time: compare the date part.
            where.append(func.substr(date, 1, 10) <= flt.date_to)
    return where


def count(conn: Connection, entity: str, flt: ListFilter = ListFilter()) -> int:
    table = table_of(entity)
    query = select(func.count()).select_from(table).where(*_conditions(conn, entity, flt))
    return int(conn.execute(query).scalar_one())


def ids(conn: Connection, entity: str, flt: ListFilter = ListFilter()) -> list[str]:
    """The ids of every record the filter lets through (what a list view shows)."""
    table = table_of(entity)
    query = select(table.c.id).where(*_conditions(conn, entity, flt))
    return [str(value) for value in conn.execute(query).scalars()]


def page(
    conn: Connection,
    entity: str,
    columns: Sequence[str],
    flt: ListFilter = ListFilter(),
    sort: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """One page of rows: ``id``, ``origin``, ``sharing`` and the columns asked for."""
    table = table_of(entity)
    wanted = list(dict.fromkeys(["id", "origin", "sharing", *columns]))
    key = table.c[sort or TITLE_FIELD[entity]]
    first = key.desc() if descending else key.asc()
    if conn.dialect.name == "sqlite":
        # Ties in rowid order: an index on the column holds that order already, so even a
        # column with few values (owner, status) is read in index order, never sorted whole.
        tie: ColumnElement[Any] = literal_column("rowid")
        order: list[ColumnElement[Any]] = [first, tie.desc() if descending else tie.asc()]
    else:
        # Empty values sort as the smallest everywhere, as SQLite does (and its indexes serve).
        first = first.nulls_last() if descending else first.nulls_first()
        order = [first, table.c.id]
    query = (
        select(*(table.c[name] for name in wanted))
        .where(*_conditions(conn, entity, flt))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [dict(row._mapping) for row in conn.execute(query)]


def choices(conn: Connection, entity: str, limit: int = 5000) -> list[tuple[str, str]]:
    """(id, title) of live records, for pickers of linked records."""
    table = table_of(entity)
    title = table.c[TITLE_FIELD[entity]]
    query = select(table.c.id, title).where(table.c.deleted.is_(False)).order_by(title).limit(limit)
    return [(row[0], row[1]) for row in conn.execute(query)]


def exported_counter(conn: Connection) -> int:
    """The local change counter the last exported bundle reached (0: never exported)."""
    exports = models.SyncExport.__table__
    value = conn.execute(select(func.max(exports.c.change_counter))).scalar_one_or_none()
    return int(value or 0)


def last_exchange(conn: Connection, direction: str) -> str | None:
    """When the last bundle was exported (``export``) or applied (``import``); None: never."""
    ledger = models.SyncExchange.__table__
    outcome = "written" if direction == "export" else "applied"
    value = conn.execute(
        select(func.max(ledger.c.at)).where(
            ledger.c.direction == direction, ledger.c.outcome == outcome
        )
    ).scalar_one_or_none()
    return str(value) if value else None


def pending_export(conn: Connection) -> dict[str, int]:
    """Local changes (edits, deletions) not yet exported, by entity; private ones never leave."""
    since = exported_counter(conn)
    counts: dict[str, int] = {}
    for entity in (*RECORD_ENTITIES, "attachment"):
        table = table_of(entity)
        query = (
            select(func.count())
            .select_from(table)
            .where(table.c.change_counter > since, table.c.sharing != PRIVATE)
        )
        counts[entity] = int(conn.execute(query).scalar_one())
    return counts


def grouped_counts(conn: Connection, entity: str, column: str) -> dict[str, int]:
    table = table_of(entity)
    query = (
        select(table.c[column], func.count())
        .where(table.c.deleted.is_(False))
        .group_by(table.c[column])
    )
    return {row[0]: int(row[1]) for row in conn.execute(query)}


def list_counts(conn: Connection, entity: str, column: str, codes: Sequence[str]) -> dict[str, int]:
    """How many live records hold each code in a JSON-array column (one scan)."""
    if not codes:
        return {}
    table = table_of(entity)
    sums = [
        func.coalesce(
            func.sum(case((table.c[column].like(_quoted(code), escape="\\"), 1), else_=0)), 0
        )
        for code in codes
    ]
    row = conn.execute(select(*sums).where(table.c.deleted.is_(False))).one()
    return {code: int(value) for code, value in zip(codes, row, strict=True)}


def financing_by_source(conn: Connection) -> list[tuple[str, str, float, int]]:
    """(source, currency, total amount, lines) over live projects, largest first."""
    f = models.ProjectFinancing.__table__
    p = table_of("project")
    query = (
        select(f.c.source, f.c.currency, func.sum(f.c.amount), func.count())
        .select_from(f.join(p, p.c.id == f.c.project_id))
        .where(p.c.deleted.is_(False))
        .group_by(f.c.source, f.c.currency)
        .order_by(func.sum(f.c.amount).desc())
    )
    return [(row[0], row[1], float(row[2]), int(row[3])) for row in conn.execute(query)]


def upcoming_events(conn: Connection, now_utc: str, limit: int = 8) -> list[dict[str, Any]]:
    table = table_of("event")
    query = (
        select(
            table.c.id,
            table.c.title,
            table.c.start,
            table.c.country,
            table.c.status,
            table.c.origin,
        )
        .where(table.c.deleted.is_(False), table.c.starts_at_utc >= now_utc)
        .order_by(table.c.starts_at_utc)
        .limit(limit)
    )
    return [dict(row._mapping) for row in conn.execute(query)]


def recently_changed(conn: Connection, limit: int = 10) -> list[dict[str, Any]]:
    """The latest changed live records of every kind, newest first."""
    rows: list[dict[str, Any]] = []
    for entity in RECORD_ENTITIES:
        table = table_of(entity)
        title = table.c[TITLE_FIELD[entity]]
        query = (
            select(
                literal(entity).label("entity"),
                table.c.id,
                title.label("title"),
                table.c.updated_at,
                table.c.origin,
            )
            .where(table.c.deleted.is_(False))
            .order_by(table.c.updated_at.desc())
            .limit(limit)
        )
        rows.extend(dict(row._mapping) for row in conn.execute(query))
    rows.sort(key=lambda row: row["updated_at"], reverse=True)
    return rows[:limit]


__all__ = [
    "ListFilter",
    "choices",
    "count",
    "financing_by_source",
    "grouped_counts",
    "last_exchange",
    "list_counts",
    "page",
    "pending_export",
    "recently_changed",
    "upcoming_events",
]
