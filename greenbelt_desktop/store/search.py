"""Full-text search across every entity, in Russian, Chinese and English.

SQLite: an FTS5 table with the ``trigram`` tokenizer (substring matching that
works for Chinese, which has no spaces, and folds case in Cyrillic and Latin).
``search_doc`` maps each indexed record to the FTS row, so a record's entry is
replaced by key, never by scanning. Terms shorter than three characters fall
back to a substring filter. Kept in step with every write by the store.
PostgreSQL (``search_pg``) answers the same questions with a pg_trgm index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from greenbelt_desktop.domain.entities import TITLE_FIELD
from greenbelt_desktop.store import search_pg

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SKIP_KEYS = frozenset({"content", "sha256"})
MIN_TRIGRAM = 3


@dataclass(frozen=True)
class SearchHit:
    entity: str
    id: str
    title: str
    snippet: str


def body_text(data: Mapping[str, Any]) -> str:
    """Every piece of text in a record, one per line (ids and file contents left out)."""
    parts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if not _UUID_RE.match(value):
                parts.append(value)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if key not in _SKIP_KEYS:
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(data)
    return "\n".join(parts)


def title_of(entity: str, data: Mapping[str, Any]) -> str:
    return str(data.get(TITLE_FIELD[entity]) or "")


def remove(conn: Connection, record_ids: Sequence[str]) -> None:
    if not record_ids:
        return
    if conn.dialect.name == "postgresql":
        search_pg.remove(conn, record_ids)
        return
    rows = conn.execute(
        text("SELECT rowid FROM search_doc WHERE record_id IN (SELECT value FROM json_each(:ids))"),
        {"ids": _json_list(record_ids)},
    ).fetchall()
    if not rows:
        return
    rowids = _json_list([row[0] for row in rows])
    conn.execute(
        text("DELETE FROM search_index WHERE rowid IN (SELECT value FROM json_each(:r))"),
        {"r": rowids},
    )
    conn.execute(
        text("DELETE FROM search_doc WHERE rowid IN (SELECT value FROM json_each(:r))"),
        {"r": rowids},
    )


def index(conn: Connection, entity: str, records: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
    """(Re)index live records: ``records`` yields (id, data)."""
    batch = list(records)
    if not batch:
        return
    remove(conn, [record_id for record_id, _ in batch])
    if conn.dialect.name == "postgresql":
        search_pg.index(conn, entity, batch, title_of, body_text)
        return
    conn.execute(
        text("INSERT INTO search_doc (entity, record_id, title) VALUES (:e, :i, :t)"),
        [{"e": entity, "i": rid, "t": title_of(entity, data)} for rid, data in batch],
    )
    conn.execute(
        text(
            "INSERT INTO search_index (rowid, body) SELECT rowid, :b FROM search_doc "
            "WHERE record_id = :i"
        ),
        [{"i": rid, "b": body_text(data)} for rid, data in batch],
    )


def _json_list(values: Sequence[object]) -> str:
    import json

    return json.dumps(list(values))


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def query(
    conn: Connection, words: str, limit: int = 50, entities: Sequence[str] | None = None
) -> list[SearchHit]:
    terms = [term for term in words.split() if term]
    if not terms:
        return []
    if conn.dialect.name == "postgresql":
        return [SearchHit(*hit) for hit in search_pg.query(conn, terms, limit, entities)]
    long_terms = [term for term in terms if len(term) >= MIN_TRIGRAM]
    short_terms = [term for term in terms if len(term) < MIN_TRIGRAM]
    conditions: list[str] = []
    params: dict[str, Any] = {"limit": limit}
    if long_terms:
        conditions.append("search_index MATCH :match")
        params["match"] = " AND ".join(_phrase(term) for term in long_terms)
    for number, term in enumerate(short_terms):
        conditions.append(f"search_index.body LIKE :like{number} ESCAPE '\\'")
        params[f"like{number}"] = _like(term)
    if entities:
        conditions.append("d.entity IN (SELECT value FROM json_each(:entities))")
        params["entities"] = _json_list(list(entities))
    order = "ORDER BY rank" if long_terms else "ORDER BY d.title"
    sql = (
        "SELECT d.entity, d.record_id, d.title, "
        "snippet(search_index, 0, '[', ']', '…', 12) "
        "FROM search_index JOIN search_doc d ON d.rowid = search_index.rowid "
        f"WHERE {' AND '.join(conditions)} {order} LIMIT :limit"
    )
    return [SearchHit(*row) for row in conn.execute(text(sql), params)]
