"""Installations that exchange bundles, each in its own data folder (no mocks)."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.sync import consolidate, export, importer, keyring
from greenbelt_desktop.sync.keys import KeyCard
from greenbelt_desktop.sync.report import Report

PASSPHRASE = "correct horse battery"


@dataclass
class Site:
    """One installation: its data folder, store and key card."""

    name: str
    home: Home
    store: Store
    card: KeyCard
    work: Path
    counter: int = 0

    @property
    def party(self) -> str:
        return self.card.party

    def export(self, full: bool = False, name: str | None = None) -> Path:
        self.counter += 1
        out = self.work / (name or f"{self.name}-{self.counter}.gbundle")
        if self.party == "SECRETARIAT":
            consolidate.consolidate(self.store, self.home.keys_dir, PASSPHRASE, out)
        else:
            export.export_bundle(self.store, self.home.keys_dir, PASSPHRASE, out, full=full)
        return out

    def receive(self, path: Path, dry_run: bool = False) -> Report:
        return importer.import_bundle(self.home, self.store, path, dry_run=dry_run)

    def trust(self, other: Site) -> None:
        keyring.trust_card(self.store, other.card, other.card.kid)

    def dump(self) -> list[str]:
        if self.home.is_server:
            return dump_server_database(self.store)
        return dump_database(self.home.database_path)

    def records(self) -> dict[tuple[str, str], tuple[Any, ...]]:
        """Every record: (entity, id) -> (origin, version, sharing, deleted, data if live)."""
        out = {}
        with self.store.engine.connect() as conn:
            for entity in (
                "organisation",
                "contact",
                "event",
                "project",
                "recommendation",
                "agreement",
                "practice",
                "attachment",
            ):
                for row in conn.execute(
                    text(f"SELECT id, origin, version, sharing, deleted, data FROM {entity}")
                ):
                    data = None if row[4] else json.loads(row[5])
                    out[(entity, row[0])] = (row[1], row[2], row[3], bool(row[4]), data)
        return out


def dump_database(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def dump_server_database(store: Store) -> list[str]:
    """Every row of every table of a PostgreSQL database, in a stable order."""
    with store.engine.connect() as conn:
        lines: list[str] = []
        for table in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).fetchall()
            lines += sorted(f"{table} {tuple(row)!r}" for row in rows)
        return lines


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database, copied for each installation (migrating takes 0.5 s)."""
    home = Home(tmp_path_factory.mktemp("template"))
    home.open_store().engine.dispose()
    return home.database_path


def new_site(
    empty_database: Path, folder: Path, name: str, party: str, server_url: str | None = None
) -> Site:
    """An installation; on a PostgreSQL database when ``server_url`` is given."""
    home = Home(folder / name, server_url)
    home.path.mkdir(parents=True)
    if server_url is None:
        shutil.copyfile(empty_database, home.database_path)
    store = home.open_store()
    store.initialise(party, f"Focal point {name}")
    card = keyring.create_installation_key(store, home.keys_dir, PASSPHRASE, name)
    return Site(name, home, store, card, folder)


@pytest.fixture
def make_site(
    tmp_path: Path, empty_database: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., Site]]:
    """``make_site(name, party, backend="sqlite")``; "postgresql" puts it on the test server."""
    sites: list[Site] = []

    def make(name: str, party: str, backend: str = "sqlite") -> Site:
        url = None
        if backend == "postgresql":
            url = request.getfixturevalue("postgres_server").migrated_database()
        site = new_site(empty_database, tmp_path, name, party, url)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.store.engine.dispose()


@pytest.fixture
def trio(make_site: Callable[..., Site], backend: str) -> tuple[Site, Site, Site]:
    """Kazakhstan, China and the Secretariat, each trusting the others as at setup.
    The Secretariat runs on each backend (members' laptops are SQLite)."""
    kz, cn = make_site("kz", "KZ"), make_site("cn", "CN")
    sec = make_site("sec", "SECRETARIAT", backend)
    sec.trust(kz)
    sec.trust(cn)
    kz.trust(sec)
    cn.trust(sec)
    return kz, cn, sec


def payload_of(jws: dict[str, Any]) -> dict[str, Any]:
    raw = jws["payload"]
    return json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))


def read_bundle(path: Path) -> dict[str, Any]:
    return json.loads(path.read_bytes())


PROJECT = {"title": "Солнечная станция 太阳能", "status": "idea", "directions": ["renewable_tech"]}
