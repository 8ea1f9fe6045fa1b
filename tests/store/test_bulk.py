from __future__ import annotations

import gc
from typing import cast

import pytest
from sqlalchemy import Connection, Table, text

from greenbelt_desktop.store import bulk, models
from greenbelt_desktop.store.records import Store

PROJECT = {"title": "Ветровая электростанция", "status": "idea", "countries": ["KZ"]}


def test_insert_rows_takes_columns_in_any_order(store: Store) -> None:
    table = cast(Table, models.Setting.__table__)
    with store.engine.begin() as conn:
        bulk.insert_rows(conn, table, ("value", "key"), [("один", "a"), ("二", "b")])
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT key, value FROM setting ORDER BY key")).fetchall()
    assert [tuple(row) for row in rows] == [("a", "один"), ("b", "二")]


def test_insert_rows_refuses_to_leave_out_a_column_with_a_default(store: Store) -> None:
    table = cast(Table, models.SyncKey.__table__)
    with store.engine.begin() as conn, pytest.raises(ValueError, match="own"):
        bulk.insert_rows(conn, table, ("kid",), [("x",)])


def test_bulk_session_restores_the_page_cache_and_the_collector(sqlite_store: Store) -> None:
    def cache_size(conn: Connection) -> int:
        return int(bulk._pragma(conn, "PRAGMA cache_size"))

    assert gc.isenabled()
    with sqlite_store.engine.connect() as conn:
        before = cache_size(conn)
        with bulk.bulk_session(conn), conn.begin():
            assert not gc.isenabled()
            assert cache_size(conn) == -bulk.BULK_CACHE_KIB
            with bulk.paused_gc():  # nested: the outer pause still holds afterwards
                pass
            assert not gc.isenabled()
        assert cache_size(conn) == before
    assert gc.isenabled()


def test_paused_collector_stays_paused_when_it_was_paused() -> None:
    gc.disable()
    try:
        with bulk.paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_failed_bulk_write_resumes_the_collector(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_many("project", [(PROJECT, None), ({"title": "x"}, None)])
    assert gc.isenabled()
    assert store.count("project") == 0
