"""Every released schema revision's database opens, upgrades and keeps every row.

``migration_fixtures/<revision>.sqlite3.gz`` holds one installation's data as
that revision stored it (made once, when the revision was released, by
scripts/make-migration-fixtures.py): records of every kind, own and received,
an attachment, a deletion, the key, the sync state, settings and reference data
where the revision has their tables. A new revision needs its fixture: the
first test fails until it is made.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from greenbelt_desktop.domain.entities import ENTITIES
from greenbelt_desktop.store import database
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.sync import keyring

FIXTURES = Path(__file__).parent / "migration_fixtures"
SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")
FULL_TEXT = ("search_index", "search_cjk")


def unpack(revision: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(FIXTURES / f"{revision}.sqlite3.gz", "rb") as packed, target.open("wb") as out:
        shutil.copyfileobj(packed, out)


def columns_of(path: Path) -> dict[str, list[str]]:
    """The tables holding data (not Alembic's, not the full-text index's own) and columns."""
    with sqlite3.connect(path) as conn:
        names = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] != "alembic_version" and not row[0].endswith(SHADOW)
        ]
        return {
            name: [row[1] for row in conn.execute(f"PRAGMA table_info('{name}')")] for name in names
        }


def rows_of(path: Path, tables: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        out = {}
        for name, columns in tables.items():
            listed = ", ".join(["rowid", *columns] if name in FULL_TEXT else columns)
            out[name] = sorted(conn.execute(f"SELECT {listed} FROM {name}").fetchall(), key=repr)
        return out


def schema_of(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def test_every_released_revision_has_its_fixture() -> None:
    held = sorted(p.name.removesuffix(".sqlite3.gz") for p in FIXTURES.glob("*.sqlite3.gz"))
    assert held == sorted(database.REVISIONS), "run scripts/make-migration-fixtures.py REVISION"


@pytest.mark.parametrize("revision", database.REVISIONS)
def test_fixture_has_the_schema_its_revision_made(tmp_path: Path, revision: str) -> None:
    """A released migration is never edited: its fixture and a fresh run agree."""
    unpack(revision, tmp_path / "fixture.sqlite3")
    engine = database.make_engine(database.sqlite_url(tmp_path / "fresh.sqlite3"))
    database.upgrade(engine, revision)
    engine.dispose()
    assert schema_of(tmp_path / "fixture.sqlite3") == schema_of(tmp_path / "fresh.sqlite3")
    with sqlite3.connect(tmp_path / "fixture.sqlite3") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]


@pytest.mark.parametrize("revision", database.REVISIONS)
def test_fixture_upgrades_keeping_every_row(tmp_path: Path, revision: str) -> None:
    home = Home(tmp_path / "home")
    unpack(revision, home.database_path)
    tables = columns_of(home.database_path)
    before = rows_of(home.database_path, tables)
    assert all(before[entity] for entity in ENTITIES), "the fixture holds every kind of record"

    store = home.open_store()
    assert database.current_revision(store.engine) == database.HEAD
    backups = home.backups().list()
    if revision == database.HEAD:
        assert backups == []  # nothing to migrate, nothing backed up
    else:
        assert [b.reason for b in backups] == [f"before-migration-{revision}"]
        with sqlite3.connect(backups[0].path) as conn:
            held = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        assert held == [(revision,)]
    after = rows_of(home.database_path, tables)
    for name in tables:
        assert after[name] == before[name], f"{name} changed in the upgrade from {revision}"

    # The store reads what the old release wrote.
    assert store.installation().party == "KZ"
    for entity in ENTITIES:
        fields = tables[entity]
        for row in before[entity]:
            held = dict(zip(fields, row, strict=True))
            record = store.get(entity, str(held["id"]), include_deleted=True)
            assert (record.origin, record.version, record.deleted) == (
                held["origin"],
                held["version"],
                bool(held["deleted"]),
            )
            if not held["deleted"] and entity != "attachment":
                assert record.data == json.loads(str(held["data"]))
                title = record.data.get("title") or record.data.get("name")
                if title:
                    assert record.id in {hit.id for hit in store.search(title, limit=200)}
    if "sync_key" in tables:
        assert {k.kid for k in keyring.list_keys(store)} == {row[0] for row in before["sync_key"]}
    if "reference_entry" in tables:
        assert store.reference.label("directions", "waste", "en") == "Waste and recycling"
