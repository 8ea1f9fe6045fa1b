"""Pages, counts, filters and dashboard figures read in SQL (store.queries)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import Connection, insert

from greenbelt_desktop.store import models, queries
from greenbelt_desktop.store.queries import ListFilter
from greenbelt_desktop.store.records import Store

PROJECTS = [
    {"title": "Солнечная станция Туркестан", "status": "implementation", "countries": ["KZ"],
     "directions": ["renewable_tech"], "start": "2025-03-01", "budget": 5.0e6,
     "budget_currency": "USD",
     "financing": [{"amount": 1000.0, "currency": "USD", "source": "green_fund"}]},
    {"title": "新疆风电储能项目", "status": "completed", "countries": ["CN", "KZ"],
     "directions": ["renewable_share", "investment"], "start": "2024-01-10", "budget": 9.0e6,
     "budget_currency": "CNY",
     "financing": [{"amount": 500.0, "currency": "USD", "source": "green_fund"},
                   {"amount": 70.0, "currency": "CNY", "source": "private"}]},
    {"title": "Waste recycling park", "status": "idea", "countries": ["UZ"],
     "directions": ["waste"], "budget": 1.0e6, "budget_currency": "USD"},
]  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_many("project", [(p, None) for p in PROJECTS])
    store.add("project", {"title": "Private draft", "status": "idea"}, sharing="private")
    return store


def mark_exported(conn: Connection, counter: int, at: str) -> None:
    """What the sync layer writes when it exports a bundle reaching ``counter``."""
    conn.execute(
        insert(models.SyncExport.__table__).values(
            sequence=counter,
            bundle_id=f"b{counter}",
            change_counter=counter,
            full=False,
            created_at=at,
        )
    )
    conn.execute(
        insert(models.SyncExchange.__table__).values(
            at=at, direction="export", outcome="written", bundle_id=f"b{counter}", kind="state",
            party="KZ", device="d", sequence=counter, file_name="out.json", report="{}",
        )
    )  # fmt: skip


def titles(store: Store, flt: ListFilter | None = None, **kw: object) -> list[str]:
    with store.engine.connect() as conn:
        return [
            r["title"] for r in queries.page(conn, "project", ["title"], flt or ListFilter(), **kw)
        ]  # type: ignore[arg-type]


def count(store: Store, flt: ListFilter) -> int:
    with store.engine.connect() as conn:
        return queries.count(conn, "project", flt)


def test_page_sorts_in_sql_both_ways(filled: Store) -> None:
    expected = sorted(p["title"] for p in [*PROJECTS, {"title": "Private draft"}])
    assert titles(filled, sort="title") == expected
    assert titles(filled, sort="title", descending=True) == expected[::-1]
    by_budget = titles(filled, sort="budget", descending=True)
    assert by_budget[:3] == [
        "新疆风电储能项目",
        "Солнечная станция Туркестан",
        "Waste recycling park",
    ]


def test_page_slices_with_offset_and_limit(filled: Store) -> None:
    everything = titles(filled, sort="title")
    assert titles(filled, sort="title", offset=1, limit=2) == everything[1:3]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ListFilter(text="солнечная"), {"Солнечная станция Туркестан"}),
        (ListFilter(text="风电"), {"新疆风电储能项目"}),
        (ListFilter(text="recycling"), {"Waste recycling park"}),
        (ListFilter(country="KZ"), {"Солнечная станция Туркестан", "新疆风电储能项目"}),
        (ListFilter(direction="investment"), {"新疆风电储能项目"}),
        (ListFilter(status="idea"), {"Waste recycling park", "Private draft"}),
        (ListFilter(sharing="private"), {"Private draft"}),
        (ListFilter(date_from="2025-01-01"), {"Солнечная станция Туркестан"}),
        (ListFilter(date_to="2024-12-31"), {"新疆风电储能项目"}),
        (ListFilter(country="KZ", text="станция"), {"Солнечная станция Туркестан"}),
        (ListFilter(origin="CN"), set()),
    ],
)
def test_filters(filled: Store, flt: ListFilter, expected: set[str]) -> None:
    assert set(titles(filled, flt)) == expected
    assert count(filled, flt) == len(expected)


def test_deleted_records_are_left_out(filled: Store) -> None:
    with filled.engine.connect() as conn:
        first = queries.page(conn, "project", ["title"], sort="title")[0]
    filled.delete("project", first["id"])
    assert first["title"] not in titles(filled)


def test_pending_export_counts_changes_after_the_exported_counter(filled: Store) -> None:
    with filled.engine.connect() as conn:
        assert queries.pending_export(conn)["project"] == 3  # the private one never leaves
    with filled.engine.begin() as conn:
        assert queries.last_exchange(conn, "export") is None
        mark_exported(conn, 2, "2026-03-01T10:00:00Z")
    with filled.engine.connect() as conn:
        assert queries.pending_export(conn)["project"] == 1
        assert queries.last_exchange(conn, "export") == "2026-03-01T10:00:00Z"
        assert queries.last_exchange(conn, "import") is None


def test_dashboard_figures(filled: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    filled.add(
        "event",
        {"title": "EWG", "kind": "ewg_meeting", "country": "KZ",
         "start": (now + dt.timedelta(days=3)).date().isoformat(),
         "end": (now + dt.timedelta(days=4)).date().isoformat()},
    )  # fmt: skip
    with filled.engine.connect() as conn:
        assert queries.grouped_counts(conn, "project", "status") == {
            "implementation": 1, "completed": 1, "idea": 2}  # fmt: skip
        directions = queries.list_counts(
            conn, "project", "directions", ["renewable_tech", "waste", "forums"]
        )
        assert directions == {"renewable_tech": 1, "waste": 1, "forums": 0}
        money = queries.financing_by_source(conn)
        assert money[0] == ("green_fund", "USD", 1500.0, 2)
        assert ("private", "CNY", 70.0, 1) in money
        upcoming = queries.upcoming_events(conn, now.strftime("%Y-%m-%dT%H:%M:%SZ"))
        assert [e["title"] for e in upcoming] == ["EWG"]
        recent = queries.recently_changed(conn, limit=2)
        assert len(recent) == 2 and recent[0]["updated_at"] >= recent[1]["updated_at"]
        picks = queries.choices(conn, "project")
        assert [title for _, title in picks] == sorted(title for _, title in picks)
        assert json.loads(json.dumps(picks))


def test_every_sortable_list_column_is_read_in_index_order(store: Store) -> None:
    """A sorted page must not sort the whole table (100,000 rows): each column a list
    can be sorted by has an index, and SQLite walks it."""
    from sqlalchemy import text

    from greenbelt_desktop.store.projection import PROJECTED

    if store.engine.dialect.name != "sqlite":
        pytest.skip("query plans are SQLite's")
    json_lists = {"countries", "directions", "forms", "roles"}
    with store.engine.connect() as conn:
        for entity in ("organisation", "contact", "event", "project", "recommendation",
                       "agreement", "practice"):  # fmt: skip
            for column in (*PROJECTED[entity], "origin", "updated_at"):
                if column in json_lists or column in ("starts_at_utc", "content"):
                    continue
                if entity == "project" and column in (
                    "budget_currency",
                    "energy_saved_mwh_per_year",
                    "waste_t_per_year",
                ):
                    continue  # not offered as list columns
                if entity in ("contact", "practice", "recommendation") and column in (
                    "organisation",
                    "meeting",
                ):
                    continue  # links, shown in forms
                plan = conn.execute(
                    text(
                        f"EXPLAIN QUERY PLAN SELECT id FROM {entity} WHERE deleted IS 0 "
                        f'ORDER BY "{column}" DESC, rowid DESC LIMIT 200'
                    )
                ).fetchall()
                details = " ".join(str(row[-1]) for row in plan)
                assert "B-TREE" not in details, (entity, column, details)
