"""Full-text search across every entity, in Russian, Chinese and English.

SQLite: an FTS5 table with the ``trigram`` tokenizer (substring matching that
works for Chinese, which has no spaces, and folds case in Cyrillic and Latin).
Trigrams cannot find two-character words, which are most Chinese words
(风电, 绿色), so a second FTS5 table indexes the overlapping character
bigrams of every run of Chinese characters (the CJK bigram technique of
Lucene's CJKAnalyzer). Other terms shorter than three characters fall back to
a substring scan. ``search_doc`` maps each indexed record to its FTS rows, so
a record's entry is replaced by key, never by scanning. Results are ranked by
BM25 when there are at most ``RANK_WINDOW`` matches, otherwise among the
first ``RANK_WINDOW`` (a person refines such a search anyway). Kept in step
with every write by the store. PostgreSQL (``search_pg``) answers the same
questions with a pg_trgm index.
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
# Codes, not words: searching finds them through filters, not full text.
_SKIP_KEYS = frozenset(
    {
        "content", "sha256", "media_type", "owner_entity", "directions", "forms", "countries",
        "status", "kind", "roles", "role", "source", "currency", "budget_currency", "country",
        "languages", "timezone", "parties", "proposed_by",
    }
)  # fmt: skip
# Kinds of record that "Search all records" does not show (reference data: a list).
NOT_SEARCHED = frozenset({"reference"})
MIN_TRIGRAM = 3
RANK_WINDOW = 2000
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class SearchHit:
    entity: str
    id: str
    title: str
    snippet: str


def body_text(data: Mapping[str, Any]) -> str:
    """Every piece of text in a record, one per line (ids and file contents left out)."""
    parts: list[str] = []
    append = parts.append
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if not (len(value) == 36 and value[8] == "-" and _UUID_RE.match(value)):
                append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if item is not None and key not in _SKIP_KEYS:
                    stack.append(item)
        elif isinstance(value, list):
            stack.extend(value)
    parts.reverse()
    return "\n".join(parts)


def cjk_bigrams(body: str) -> str:
    """Overlapping bigrams of each run of Chinese characters, space-separated."""
    grams: list[str] = []
    for run in _CJK_RUN.findall(body):
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


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
        text("DELETE FROM search_cjk WHERE rowid IN (SELECT value FROM json_each(:r))"),
        {"r": rowids},
    )
    conn.execute(
        text("DELETE FROM search_doc WHERE rowid IN (SELECT value FROM json_each(:r))"),
        {"r": rowids},
    )


def index(
    conn: Connection,
    entity: str,
    records: Iterable[tuple[str, Mapping[str, Any]]],
    fresh: bool = False,
) -> None:
    """(Re)index live records: ``records`` yields (id, data); ``fresh``: none indexed yet."""
    if entity in NOT_SEARCHED:
        return
    batch = list(records)
    if not batch:
        return
    if not fresh:
        remove(conn, [record_id for record_id, _ in batch])
    if conn.dialect.name == "postgresql":
        search_pg.index(conn, entity, batch, title_of, body_text)
        return
    first = conn.execute(text("SELECT coalesce(max(rowid), 0) + 1 FROM search_doc")).scalar_one()
    # Straight to the driver's executemany (qmark parameters): per-row statement
    # handling costs more than FTS5's own tokenising for large batches.
    conn.exec_driver_sql(
        "INSERT INTO search_doc (rowid, entity, record_id, title) VALUES (?, ?, ?, ?)",
        [(first + n, entity, rid, title_of(entity, data)) for n, (rid, data) in enumerate(batch)],
    )
    bodies = [body_text(data) for _, data in batch]
    conn.exec_driver_sql(
        "INSERT INTO search_index (rowid, body) VALUES (?, ?)",
        [(first + n, body) for n, body in enumerate(bodies)],
    )
    grams = [(first + n, cjk_bigrams(body)) for n, body in enumerate(bodies)]
    grams = [(rowid, gram) for rowid, gram in grams if gram]
    if grams:
        conn.exec_driver_sql("INSERT INTO search_cjk (rowid, body) VALUES (?, ?)", grams)


def _json_list(values: Sequence[object]) -> str:
    import json

    return json.dumps(list(values))


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _plan(terms: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Split terms: trigram phrases, Chinese bigram words, substrings to scan for."""
    trigram, bigram, scan = [], [], []
    for term in terms:
        if len(term) >= MIN_TRIGRAM:
            trigram.append(term)
        elif len(term) == 2 and _CJK_RUN.fullmatch(term):
            bigram.append(term)
        else:
            scan.append(term)
    return trigram, bigram, scan


def query(
    conn: Connection, words: str, limit: int = 50, entities: Sequence[str] | None = None
) -> list[SearchHit]:
    terms = [term for term in words.split() if term]
    if not terms:
        return []
    if conn.dialect.name == "postgresql":
        return [SearchHit(*hit) for hit in search_pg.query(conn, terms, limit, entities)]
    trigram, bigram, scan = _plan(terms)
    params: dict[str, Any] = {"limit": limit, "window": RANK_WINDOW}
    # The most selective index drives the query; the other terms filter its rows.
    if trigram:
        driver, match = "search_index", " AND ".join(_phrase(term) for term in trigram)
    elif bigram:
        driver, match = "search_cjk", " AND ".join(_phrase(term) for term in bigram)
        bigram = []
    else:
        driver, match = "search_index", ""
    conditions: list[str] = []
    if match:
        conditions.append(f"{driver} MATCH :match")
        params["match"] = match
    if bigram:
        conditions.append(
            f"{driver}.rowid IN (SELECT rowid FROM search_cjk WHERE search_cjk MATCH :cjk)"
        )
        params["cjk"] = " AND ".join(_phrase(term) for term in bigram)
    for number, term in enumerate(scan):
        conditions.append(
            f"{driver}.rowid IN (SELECT rowid FROM search_index "
            f"WHERE body LIKE :like{number} ESCAPE '\\')"
        )
        params[f"like{number}"] = _like(term)
    if entities:
        conditions.append(
            f"{driver}.rowid IN (SELECT rowid FROM search_doc "
            "WHERE entity IN (SELECT value FROM json_each(:entities)))"
        )
        params["entities"] = _json_list(list(entities))
    where = " AND ".join(conditions)
    if match:
        sql = (
            f"SELECT rowid FROM (SELECT {driver}.rowid AS rowid, rank FROM {driver} "
            f"WHERE {where} LIMIT :window) ORDER BY rank LIMIT :limit"
        )
    else:
        sql = (
            f"SELECT {driver}.rowid FROM {driver} WHERE {where} "
            f"ORDER BY {driver}.rowid DESC LIMIT :limit"
        )
    rowids = [row[0] for row in conn.execute(text(sql), params)]
    if not rowids:
        return []
    found = conn.execute(
        text(
            "SELECT d.rowid, d.entity, d.record_id, d.title, i.body FROM search_doc d "
            "JOIN search_index i ON i.rowid = d.rowid "
            "WHERE d.rowid IN (SELECT value FROM json_each(:r))"
        ),
        {"r": _json_list(rowids)},
    ).fetchall()
    by_rowid = {row[0]: row for row in found}
    return [
        SearchHit(row[1], row[2], row[3], snippet(row[4], terms))
        for row in (by_rowid[rowid] for rowid in rowids if rowid in by_rowid)
    ]


def snippet(body: str, terms: Sequence[str], width: int = 40) -> str:
    """The text around the first term found, the term in [brackets]."""
    folded = body.casefold()
    for term in terms:
        at = folded.find(term.casefold())
        if at >= 0:
            start, end = max(0, at - width), min(len(body), at + len(term) + width)
            text_ = (
                body[start:at] + "[" + body[at : at + len(term)] + "]" + body[at + len(term) : end]
            )
            text_ = text_.replace("\n", " · ")
            return ("…" if start else "") + text_ + ("…" if end < len(body) else "")
    first = body.split("\n", 1)[0]
    return first[: 2 * width]
