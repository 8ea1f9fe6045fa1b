"""An import killed mid-way (a real process, SIGKILL) leaves the database fully before
or fully after: never in between."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from greenbelt_desktop.store.home import DATABASE_FILE
from tests.sync.conftest import Site

COUNT = 6000


def state(database: Path) -> tuple[int, int, int, int, str]:
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (
            conn.execute("SELECT count(*) FROM project").fetchone()[0],
            conn.execute("SELECT count(*) FROM search_doc").fetchone()[0],
            conn.execute("SELECT count(*) FROM audit_log WHERE action = 'receive'").fetchone()[0],
            conn.execute("SELECT count(*) FROM sync_applied").fetchone()[0],
            conn.execute("SELECT group_concat(outcome) FROM sync_exchange").fetchone()[0] or "",
        )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_import_leaves_the_database_before_or_after(
    make_site: Callable[[str, str], Site], tmp_path: Path
) -> None:
    kz, sec = make_site("kz", "KZ"), make_site("sec", "SECRETARIAT")
    sec.trust(kz)
    kz.store.add_many(
        "project",
        [
            ({"title": f"Проект {i} 太阳能", "status": "idea", "countries": ["KZ"]}, "members")
            for i in range(COUNT)
        ],
    )
    bundle = kz.export()
    sec.store.engine.dispose()
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    for name in os.listdir(sec.home.path):
        source = sec.home.path / name
        if source.is_file():
            (pristine / name).write_bytes(source.read_bytes())
    before = state(pristine / DATABASE_FILE)
    outcomes = []
    # The last run is never killed: it shows what 'fully after' looks like.
    for wal_threshold in (0, 256 * 1024, 2 * 1024 * 1024, 8 * 1024 * 1024, 1 << 40):
        home = tmp_path / f"run-{wal_threshold}"
        home.mkdir()
        for name in os.listdir(pristine):
            (home / name).write_bytes((pristine / name).read_bytes())
        wal = home / (DATABASE_FILE + "-wal")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "greenbelt_desktop",
                "--home",
                str(home),
                "bundle",
                "import",
                str(bundle),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            backups = home / "backups"
            started = backups.exists() and any(backups.glob("*before-import*"))
            if started and wal.exists() and wal.stat().st_size >= wal_threshold:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
        process.wait(timeout=60)
        after = state(home / DATABASE_FILE)
        outcomes.append((wal_threshold, process.returncode, after))
        if after[0] == 0:
            assert after == before
        else:
            assert after[:4] == (COUNT, COUNT, COUNT, 2) and after[4] == "applied"
    killed_before = [o for o in outcomes if o[1] == -signal.SIGKILL and o[2][0] == 0]
    assert killed_before, f"no kill landed mid-import: {outcomes}"
    assert outcomes[-1][1] == 0 and outcomes[-1][2][0] == COUNT
    print(
        f"\ncrash test outcomes (wal bytes at kill, exit code, state): {outcomes}",
        file=sys.__stdout__,
    )
