"""Backups of a 100,000-project database: the start-up integrity check, a backup
(online API + full integrity check), and a restore (which backs up first)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from bench.common import Figure, timed
from bench.data import projects
from greenbelt_desktop.store.home import Home

COUNT = 100_000


def run(work: Path) -> list[Figure]:
    home = Home(work / "home")
    store = home.open_store()
    store.initialise("KZ", "Benchmark")
    store.add_many("project", [(data, None) for data in projects(COUNT)])
    store.engine.dispose()
    with sqlite3.connect(home.database_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = home.database_path.stat().st_size / 1e6
    copy = timed(lambda: shutil.copyfile(home.database_path, work / "copy.sqlite3"))

    check = timed(lambda: home.check())
    backups = home.backups()
    made: list[Path] = []
    backup = timed(lambda: made.append(backups.create("bench")))
    restore = timed(lambda: backups.restore(backups.find(made[0].name)))
    opened = home.open_store(check=True)
    assert opened.count("project") == COUNT
    opened.engine.dispose()
    return [
        Figure(f"start-up quick_check, {COUNT:,} projects ({size:.0f} MB)", check, "s", 1.0),
        Figure(
            f"backup with integrity_check, {COUNT:,} projects",
            backup,
            "s",
            10.0,
            copy,
            "plain file copy",
        ),
        Figure(
            f"restore (current saved first), {COUNT:,} projects",
            restore,
            "s",
            20.0,
            2 * copy,
            "two file copies",
        ),
    ]
