"""Full-text search on PostgreSQL: the same index and answers as ``search`` on SQLite.

``search_doc`` holds each indexed record (its ``rowid`` from a sequence, so
several staff can write at once); ``search_index`` holds the text, with a GIN
``gin_trgm_ops`` index (pg_trgm) that serves ``ILIKE '%term%'`` for Chinese,
Russian and English alike (case folded by the database's locale). Rows are
written and removed with whole arrays (``unnest``), one statement per batch.
Snippets are cut in Python around the first matching term, marked as SQLite's
``snippet()`` marks them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

SNIPPET_WORDS = 12


def remove(conn: Connection, record_ids: Sequence[str]) -> None:
    if record_ids:
        conn.execute(
            text("DELETE FROM search_doc WHERE record_id = ANY(CAST(:ids AS text[]))"),
            {"ids": list(record_ids)},
        )  # search_index rows go with them (ON DELETE CASCADE)


def index(
    conn: Connection,
    entity: str,
    batch: Sequence[tuple[str, Mapping[str, Any]]],
    title_of: Callable[[str, Mapping[str, Any]], str],
    body_text: Callable[[Mapping[str, Any]], str],
) -> None:
    conn.execute(
        text(
            "WITH docs AS ("
            " INSERT INTO search_doc (entity, record_id, title)"
            " SELECT :entity, u.i, u.t FROM unnest(CAST(:ids AS text[]), CAST(:titles AS text[]))"
            " AS u(i, t) RETURNING rowid, record_id) "
            "INSERT INTO search_index (rowid, body) SELECT docs.rowid, b.body FROM docs "
            "JOIN unnest(CAST(:ids AS text[]), CAST(:bodies AS text[])) AS b(i, body) "
            "ON b.i = docs.record_id"
        ),
        {
            "entity": entity,
            "ids": [record_id for record_id, _ in batch],
            "titles": [title_of(entity, data) for _, data in batch],
            "bodies": [body_text(data) for _, data in batch],
        },
    )


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def snippet(body: str, terms: Sequence[str], words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``body`` around the first term found, terms in [ ]."""
    tokens = body.split()
    if not tokens:
        return ""
    lowered = [term.casefold() for term in terms]
    first = next(
        (n for n, token in enumerate(tokens) if any(t in token.casefold() for t in lowered)), 0
    )
    start = max(0, min(first - words // 3, len(tokens) - words))
    window = " ".join(tokens[start : start + words])
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    marked = pattern.sub(lambda match: f"[{match.group(0)}]", window)
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + words < len(tokens) else ""
    return prefix + marked + suffix


def query(
    conn: Connection, terms: Sequence[str], limit: int, entities: Sequence[str] | None
) -> list[tuple[str, str, str, str]]:
    conditions = [f"s.body ILIKE :t{n} ESCAPE '\\'" for n in range(len(terms))]
    params: dict[str, Any] = {f"t{n}": _like(term) for n, term in enumerate(terms)}
    params["words"] = " ".join(terms)
    params["limit"] = limit
    if entities:
        conditions.append("d.entity = ANY(CAST(:entities AS text[]))")
        params["entities"] = list(entities)
    rows = conn.execute(
        text(
            "SELECT d.entity, d.record_id, d.title, s.body "
            "FROM search_index s JOIN search_doc d ON d.rowid = s.rowid "
            f"WHERE {' AND '.join(conditions)} "
            "ORDER BY word_similarity(:words, s.body) DESC, d.title LIMIT :limit"
        ),
        params,
    )
    return [(row[0], row[1], row[2], snippet(row[3], terms)) for row in rows]
