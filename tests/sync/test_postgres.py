"""A Secretariat on PostgreSQL: exchanges with members on SQLite work unchanged,
and two staff importing at the same moment through one server never interleave."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from greenbelt_desktop.store.home import Home
from greenbelt_desktop.sync import importer
from greenbelt_desktop.sync.errors import BundleRefused
from greenbelt_desktop.sync.report import Report
from tests.sync.conftest import PROJECT, Site

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_trio(make_site: Callable[..., Site]) -> tuple[Site, Site, Site]:
    """Kazakhstan and China on laptops (SQLite), the Secretariat on a server."""
    kz, cn = make_site("kz", "KZ"), make_site("cn", "CN")
    sec = make_site("sec", "SECRETARIAT", "postgresql")
    for member in (kz, cn):
        sec.trust(member)
        member.trust(sec)
    return kz, cn, sec


def colleague(sec: Site) -> Home:
    """Another member of staff: the same server, their own engine and data folder."""
    return Home(sec.home.path.parent / "colleague", sec.home.database_url)


def test_secretariat_on_postgresql_exchanges_unchanged(
    server_trio: tuple[Site, Site, Site],
) -> None:
    kz, cn, sec = server_trio
    kz_id = kz.store.add("project", PROJECT, "members")
    cn_id = cn.store.add("organisation", {"name": "绿色基金", "kind": "finance", "country": "CN"})
    assert sec.receive(kz.export()).totals["new"] == 1
    assert sec.receive(cn.export()).totals["new"] == 1
    assert [hit.id for hit in sec.store.search("太阳能")] == [kz_id]
    assert [hit.id for hit in sec.store.search("СОЛНЕЧНАЯ")] == [kz_id]
    assert not list(sec.home.path.glob("*.sqlite3"))  # nothing written beside the server
    consolidated = sec.export()
    assert kz.receive(consolidated).totals["new"] == 1
    assert cn.receive(consolidated).totals["new"] == 1
    assert kz.store.get("organisation", cn_id).data["name"] == "绿色基金"
    assert cn.store.get("project", kz_id).data["title"] == PROJECT["title"]


def run_at_once(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Start the jobs together (a barrier) and return each one's result or exception."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(number: int) -> None:
        barrier.wait()
        try:
            results[number] = jobs[number]()
        except BaseException as error:  # returned to the test
            results[number] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_staff_importing_at_once_lose_nothing(server_trio: tuple[Site, Site, Site]) -> None:
    kz, cn, sec = server_trio
    kz_ids = kz.store.add_many("project", [({**PROJECT, "title": f"KZ {n}"}, None)
                                           for n in range(150)])  # fmt: skip
    cn_ids = cn.store.add_many("practice", [({"title": f"CN {n}", "country": "CN"}, None)
                                            for n in range(150)])  # fmt: skip
    from_kz, from_cn = kz.export(), cn.export()
    other = colleague(sec)
    other_store = other.open_store()
    try:
        reports = run_at_once(
            [
                lambda: importer.import_bundle(sec.home, sec.store, from_kz),
                lambda: importer.import_bundle(other, other_store, from_cn),
            ]
        )
    finally:
        other_store.engine.dispose()
    assert [type(r) for r in reports] == [Report, Report], reports
    assert reports[0].totals["new"] == 150 and reports[1].totals["new"] == 150
    held = {r.id for r in sec.store.iter_records("project")} | {
        r.id for r in sec.store.iter_records("practice")
    }
    assert held == set(kz_ids) | set(cn_ids)
    assert len(sec.store.search("KZ", limit=1000)) == 150


def test_the_same_bundle_imported_twice_at_once_is_applied_once(
    server_trio: tuple[Site, Site, Site],
) -> None:
    kz, _, sec = server_trio
    kz.store.add_many("project", [({**PROJECT, "title": f"KZ {n}"}, None) for n in range(100)])
    bundle = kz.export()
    other = colleague(sec)
    other_store = other.open_store()
    try:
        reports = run_at_once(
            [
                lambda: importer.import_bundle(sec.home, sec.store, bundle),
                lambda: importer.import_bundle(other, other_store, bundle),
            ]
        )
    finally:
        other_store.engine.dispose()
    applied = [r for r in reports if isinstance(r, Report) and not r.already_applied]
    assert len(applied) == 1 and applied[0].totals["new"] == 100, reports
    second = next(r for r in reports if r is not applied[0])
    assert isinstance(second, BundleRefused) or second.already_applied, second
    assert sec.store.count("project") == 100
