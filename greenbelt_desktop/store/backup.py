"""Backups of the SQLite database with SQLite's online backup API.

Each backup is a complete database file checked with ``PRAGMA
integrity_check`` after writing; the newest ``keep`` automatic backups are
kept. The private key is not in the database and so never in a backup.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

DEFAULT_KEEP = 10


class BackupError(RuntimeError):
    pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    reason: str
    created: str


class Backups:
    def __init__(self, database: Path, folder: Path, keep: int = DEFAULT_KEEP) -> None:
        self.database = database
        self.folder = folder
        self.keep = keep

    def create(self, reason: str = "manual") -> Path:
        if not self.database.exists():
            raise BackupError("There is no database to back up yet.")
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:60]
        target = self.folder / f"greenbelt-{stamp}-{safe}.sqlite3"
        partial = target.with_suffix(".partial")
        source = sqlite3.connect(self.database)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                check = dest.execute("PRAGMA integrity_check").fetchone()
            finally:
                dest.close()
        finally:
            source.close()
        if not check or check[0] != "ok":
            partial.unlink(missing_ok=True)
            raise BackupError(f"The backup failed its integrity check ({check}).")
        partial.replace(target)
        self._prune()
        return target

    def list(self) -> list[BackupFile]:
        if not self.folder.exists():
            return []
        files = []
        for path in sorted(self.folder.glob("greenbelt-*.sqlite3"), reverse=True):
            parts = path.stem.split("-", 2)
            files.append(BackupFile(path, parts[2] if len(parts) > 2 else "", parts[1]))
        return files

    def _prune(self) -> None:
        for old in self.list()[self.keep :]:
            old.path.unlink(missing_ok=True)
