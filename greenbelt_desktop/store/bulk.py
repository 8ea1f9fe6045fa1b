"""The machinery of bulk writes: adding many records, importing a bundle.

Rows go to the database driver's ``executemany`` as tuples through one
INSERT compiled per call: SQLAlchemy's per-row parameter handling costs more
than SQLite's own work when 100,000 records come in at once. Values must
already be what the driver takes on every backend (``str``, ``int``,
``float``, ``bool``, ``bytes``, ``None``): no type processing happens here.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(
    conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT ``rows`` (tuples of the columns ``names``, in that order) into ``table``."""
    if not rows:
        return
    defaulted = {c.name for c in table.columns if c.default is not None} - set(names)
    if defaulted:  # Python-side defaults are not applied here: a programming error
        raise ValueError(f"insert into {table.name} lacks {sorted(defaulted)}")
    dialect = conn.dialect
    if dialect.paramstyle == "qmark":  # SQLite: the rows go as they are
        quote = dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
            f"({', '.join(quote(name) for name in names)}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        conn.exec_driver_sql(sql, rows if isinstance(rows, list) else list(rows))
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    params: Any
    order = compiled.positiontup
    if order is None:  # named parameters (PostgreSQL's drivers)
        params = [dict(zip(names, row, strict=True)) for row in rows]
    else:
        pick = operator.itemgetter(*[names.index(name) for name in order])
        params = [pick(row) for row in rows] if len(order) > 1 else [(pick(r),) for r in rows]
    conn.exec_driver_sql(str(compiled), params)
