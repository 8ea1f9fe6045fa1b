"""The data folder of an installation and opening its store.

Layout (relative names only, so the folder can be moved or copied whole)::

    HOME/greenbelt.sqlite3   the database (WAL mode)
    HOME/backups/            automatic and manual backups
    HOME/keys/               the encrypted private key and trusted key cards

``--home`` / ``GREENBELT_HOME`` choose it; otherwise a portable installation
(a file called ``portable`` beside the program, e.g. on a USB stick) keeps it
in ``data/`` beside the program, and any other installation uses the
platform's user data folder. ``--database URL`` (PostgreSQL for a large
Secretariat) replaces the SQLite file; keys stay in HOME, and the server's
administrator backs the server up (automatic backups are of SQLite files).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from greenbelt_desktop.store.backup import BackupFile, Backups, check_file
from greenbelt_desktop.store.database import DatabaseDamaged, open_engine, sqlite_url
from greenbelt_desktop.store.records import Store

DATABASE_FILE = "greenbelt.sqlite3"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"


def program_dir() -> Path:
    """The folder of the running program (the frozen executable's, when frozen)."""
    return Path(sys.executable).resolve().parent


def default_home(program: Path | None = None) -> Path:
    env = os.environ.get("GREENBELT_HOME")
    if env:
        return Path(env)
    folder = program or program_dir()
    if (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return Path(platformdirs.user_data_dir("GreenBelt", "SCO"))


@dataclass(frozen=True)
class Home:
    path: Path
    database_url: str | None = None

    @property
    def database_path(self) -> Path:
        """The SQLite file: HOME's, or the one a ``sqlite:///`` URL names."""
        if self.database_url and self.database_url.startswith("sqlite:///"):
            return Path(self.database_url.removeprefix("sqlite:///"))
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

    @property
    def is_server(self) -> bool:
        """True when the records live on a database server, not in HOME."""
        return self.database_url is not None and not self.database_url.startswith("sqlite")

    def backups(self, keep: int | None = None) -> Backups:
        return Backups(self.database_path, self.backups_dir, keep)

    def auto_backup(self, reason: str) -> Path | None:
        """Back up before an import or another large change; None when there is
        nothing to back up here (no database yet, or a server database)."""
        if self.is_server or not self.database_path.exists():
            return None
        return self.backups().create(reason)

    def check(self) -> str | None:
        """None when the SQLite database is sound (or absent, or on a server),
        else what is wrong; ``PRAGMA quick_check``, fast enough for start-up."""
        if self.is_server or not self.database_path.exists():
            return None
        return check_file(self.database_path, quick=True)

    def latest_good_backup(self) -> BackupFile | None:
        return None if self.is_server else self.backups().latest_good()

    def damaged(self, detail: str) -> DatabaseDamaged:
        """The error for a damaged database, naming the latest good backup."""
        return DatabaseDamaged(self.database_path.name, detail, self.latest_good_backup())

    def open_store(self, check: bool = False) -> Store:
        """Open (creating or migrating) the store; ``check`` first runs the quick
        integrity check and refuses a damaged database."""
        self.path.mkdir(parents=True, exist_ok=True)
        if check:
            problem = self.check()
            if problem is not None:
                raise self.damaged(problem)
        backups = None if self.is_server else self.backups()
        try:
            engine = open_engine(
                self.url, backup=(lambda reason: backups.create(reason)) if backups else None
            )
        except DatabaseDamaged as error:
            if self.is_server:
                raise
            raise self.damaged(error.detail) from None
        return Store(engine)
