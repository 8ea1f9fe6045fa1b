"""The data folder of an installation and opening its store.

Layout (relative names only, so the folder can be moved or copied whole)::

    HOME/greenbelt.sqlite3   the database (WAL mode)
    HOME/backups/            automatic and manual backups
    HOME/keys/               the encrypted private key and trusted key cards

``--home`` / ``GREENBELT_HOME`` choose it; the default is the platform's user
data folder. ``--database URL`` (PostgreSQL for a large Secretariat) replaces
the SQLite file; keys and backups stay in HOME.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from greenbelt_desktop.store.backup import Backups
from greenbelt_desktop.store.database import open_engine, sqlite_url
from greenbelt_desktop.store.records import Store

DATABASE_FILE = "greenbelt.sqlite3"


def default_home() -> Path:
    env = os.environ.get("GREENBELT_HOME")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("GreenBelt", "SCO"))


@dataclass(frozen=True)
class Home:
    path: Path
    database_url: str | None = None

    @property
    def database_path(self) -> Path:
        return self.path / DATABASE_FILE

    @property
    def backups_dir(self) -> Path:
        return self.path / "backups"

    @property
    def keys_dir(self) -> Path:
        return self.path / "keys"

    @property
    def url(self) -> str:
        return self.database_url or sqlite_url(self.database_path)

    def backups(self) -> Backups:
        return Backups(self.database_path, self.backups_dir)

    def open_store(self) -> Store:
        self.path.mkdir(parents=True, exist_ok=True)
        backups = self.backups() if self.database_url is None else None
        engine = open_engine(
            self.url, backup=(lambda reason: backups.create(reason)) if backups else None
        )
        return Store(engine)
