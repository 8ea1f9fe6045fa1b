"""Backups of the SQLite database: create, list, check, restore, rotate.

Each backup is a complete database file written with SQLite's online backup
API (consistent even while another process writes), checked with ``PRAGMA
integrity_check``, then renamed into place: a backup interrupted half-way
stays a ``.partial`` file that is never listed and is cleaned up next time.

Rotation keeps the newest ``keep`` backups (the ``backup.keep`` setting,
default 10). Restoring first saves the current database as a backup of its
own (reason ``before-restore``) that is rotated separately, so a restore
never pushes the older good backups out of the kept ones. A database too
damaged to be copied with the backup API is copied byte for byte into
``backups/damaged/`` instead, for a specialist to look at.

The private key is not in the database (it lives, encrypted, in HOME/keys),
so it is never in a backup. Backup names hold no absolute paths: the data
folder can be moved or copied whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_KEEP = 10
KEEP_SETTING = "backup.keep"
BEFORE_RESTORE = "before-restore"
_PREFIX = "greenbelt-"
_SUFFIX = ".sqlite3"


class BackupError(RuntimeError):
    """A backup could not be made or restored; the message says why."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    reason: str
    created: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def when(self) -> str:
        """The creation time as ``YYYY-MM-DD HH:MM:SS UTC``."""
        try:
            moment = dt.datetime.strptime(self.created, "%Y%m%dT%H%M%S%fZ")
        except ValueError:
            return self.created
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def pinned(self) -> bool:
        """Saved before a restore: rotated apart from the ordinary backups."""
        return self.reason == BEFORE_RESTORE


@contextlib.contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, timeout=30)
    try:
        yield conn
    finally:
        conn.close()


def check_file(path: Path, quick: bool = False) -> str | None:
    """None when the SQLite file is sound, else what is wrong (one line).

    ``quick`` runs ``PRAGMA quick_check`` (fast, for start-up), otherwise the
    full ``PRAGMA integrity_check``.
    """
    if not path.is_file():
        return "the file does not exist"
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with _connect(path) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(row[0]) for row in rows[:3]) or "no answer from the integrity check"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows; rename is durable there
        _fsync(folder)


def copy_database(source: Path, target: Path) -> None:
    """Copy a database with the online backup API into ``target`` (replaced
    atomically) after a full integrity check; raise BackupError otherwise."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with _connect(source) as src, _connect(partial) as dest:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            dest.commit()
            result = dest.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The database could not be copied ({error}).") from None
    if not result or result[0][0] != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"The copy failed its integrity check ({result[0][0]}).")
    _fsync(partial)
    partial.replace(target)
    _fsync_dir(target.parent)


class Backups:
    """The backups of one SQLite database, kept in one folder."""

    def __init__(self, database: Path, folder: Path, keep: int | None = None) -> None:
        self.database = database
        self.folder = folder
        self._keep = keep

    @property
    def keep(self) -> int:
        """How many backups are kept: given, else the database's setting, else 10."""
        if self._keep is not None:
            return max(1, self._keep)
        if not self.database.exists():
            return DEFAULT_KEEP
        try:
            with _connect(self.database) as conn:
                row = conn.execute(
                    "SELECT value FROM setting WHERE key = ?", (KEEP_SETTING,)
                ).fetchone()
            return max(1, int(row[0])) if row else DEFAULT_KEEP
        except (sqlite3.Error, ValueError):
            return DEFAULT_KEEP

    def create(self, reason: str = "manual") -> Path:
        """Back up the database now; returns the new backup's path."""
        if not self.database.exists():
            raise BackupError("There is no database to back up yet.")
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.glob(f"{_PREFIX}*.partial"):
            stale.unlink(missing_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:60]
        target = self.folder / f"{_PREFIX}{stamp}-{safe}{_SUFFIX}"
        copy_database(self.database, target)
        self._prune()
        return target

    def list(self) -> list[BackupFile]:
        """Every complete backup, newest first."""
        if not self.folder.exists():
            return []
        files = []
        for path in sorted(self.folder.glob(f"{_PREFIX}*{_SUFFIX}"), reverse=True):
            parts = path.name[len(_PREFIX) : -len(_SUFFIX)].split("-", 1)
            files.append(BackupFile(path, parts[1] if len(parts) > 1 else "", parts[0]))
        return files

    def find(self, name: str) -> BackupFile:
        """The backup called ``name`` (its file name, with or without the folder)."""
        wanted = Path(name).name
        for backup in self.list():
            if backup.name == wanted or backup.path.stem == wanted:
                return backup
        raise BackupError(
            f"There is no backup called {wanted}; 'greenbelt backup list' shows them."
        )

    def latest_good(self) -> BackupFile | None:
        """The newest backup that passes the integrity check, if any."""
        for backup in self.list():
            if check_file(backup.path) is None:
                return backup
        return None

    def restore(self, backup: BackupFile) -> Path | None:
        """Replace the database with ``backup``. The current database is saved
        first (returned: its backup, or its raw copy when it is damaged).

        No other program may have the database open while it is restored.
        """
        problem = check_file(backup.path)
        if problem is not None:
            raise BackupError(f"The backup {backup.name} is damaged ({problem}); nothing changed.")
        saved: Path | None = None
        if self.database.exists():
            try:
                saved = self.create(BEFORE_RESTORE)
            except BackupError:
                saved = self._save_damaged()
        incoming = self.database.with_name(self.database.name + ".restoring")
        copy_database(backup.path, incoming)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{self.database}{suffix}").unlink(missing_ok=True)
        incoming.replace(self.database)
        _fsync_dir(self.database.parent)
        return saved

    def _save_damaged(self) -> Path:
        """Keep a byte-for-byte copy of a database the backup API cannot read."""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        folder = self.folder / "damaged" / stamp
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.database}{suffix}")
            if source.exists():
                shutil.copy2(source, folder / source.name)
        return folder / self.database.name

    def _prune(self) -> None:
        backups = self.list()
        keep = self.keep
        for group in (
            [b for b in backups if not b.pinned],
            [b for b in backups if b.pinned],
        ):
            for old in group[keep:]:
                old.path.unlink(missing_ok=True)
