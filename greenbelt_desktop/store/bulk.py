"""The machinery of bulk writes: adding many records, importing a bundle.

Rows go to the database driver's ``executemany`` as tuples through one
INSERT compiled per call: SQLAlchemy's per-row parameter handling costs more
than SQLite's own work when 100,000 records come in at once. Values must
already be what the driver takes on every backend (``str``, ``int``,
``float``, ``bool``, ``bytes``, ``None``): no type processing happens here.

While a bulk write runs, :func:`bulk_session` pauses the cyclic garbage
collector (the data of 100,000 records is millions of live objects that each
full collection would scan, for no garbage: records are freed by reference
counting) and, on SQLite, gives the connection a larger page cache so the
record table's indexes stay in memory until the commit. Both are restored
afterwards; durability settings are never touched.
"""

from __future__ import annotations

import gc
import operator
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, Table, insert

# Page cache of a bulk write's connection (KiB; SQLite's default is 2,000).
BULK_CACHE_KIB = 65_536

P = ParamSpec("P")
R = TypeVar("R")

_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (nested and concurrent uses restore it once)."""
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()


def _pragma(conn: Connection, statement: str) -> Any:
    # On the driver's own cursor: a PRAGMA must not begin a transaction, so a bulk write
    # may set up its connection before ``begin()`` and restore it after the commit.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        row = cursor.execute(statement).fetchone()
    finally:
        cursor.close()
    return row[0] if row else None


@contextmanager
def bulk_session(conn: Connection) -> Iterator[None]:
    """Settings for a bulk write on ``conn``, restored when it ends."""
    previous: int | None = None
    if conn.dialect.name == "sqlite":
        previous = int(_pragma(conn, "PRAGMA cache_size"))
        page_kib = int(_pragma(conn, "PRAGMA page_size")) // 1024
        if (-previous if previous < 0 else previous * page_kib) < BULK_CACHE_KIB:
            _pragma(conn, f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        else:
            previous = None
    try:
        with paused_gc():
            yield
    finally:
        if previous is not None and not conn.invalidated:
            # A connection that failed keeps its first error, not this one.
            with suppress(conn.dialect.loaded_dbapi.Error):
                _pragma(conn, f"PRAGMA cache_size = {previous}")


def in_bulk_session(
    function: Callable[Concatenate[Connection, P], R],
) -> Callable[Concatenate[Connection, P], R]:
    """Run ``function(conn, …)`` inside :func:`bulk_session` of its connection."""

    @wraps(function)
    def run(conn: Connection, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with bulk_session(conn):
            return function(conn, *args, **kwargs)

    return run
