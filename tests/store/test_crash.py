"""Crash safety: a real process is killed (SIGKILL) while it writes and while it
backs up; the database reopens sound and holds everything it reported committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from greenbelt_desktop.store.backup import check_file
from greenbelt_desktop.store.home import Home

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from pathlib import Path
from greenbelt_desktop.store.home import Home

store = Home(Path(sys.argv[1])).open_store()
n = 0
while True:
    n += 1
    batch = [({"title": f"P{n}-{k} Солнечная станция", "status": "idea"}, None) for k in range(20)]
    ids = store.add_many("project", batch)
    sys.stdout.write(" ".join(ids) + "\\n")  # only after the commit returned
    sys.stdout.flush()
"""

BACKER = """
import sys
from pathlib import Path
from greenbelt_desktop.store.home import Home

backups = Home(Path(sys.argv[1])).backups(keep=50)
while True:
    sys.stdout.write("begin\\n")
    sys.stdout.flush()
    path = backups.create("crash-test")
    sys.stdout.write(path.name + "\\n")
    sys.stdout.flush()
"""


def start(script: str, home: Home) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), str(home.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""


def read_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:
        child.wait()
        raise AssertionError(child.stderr.read() if child.stderr else "the child stopped")
    return line.strip()


def test_killed_during_writes_loses_nothing_committed(home: Home) -> None:
    store = home.open_store()
    store.initialise("KZ", "Aigerim Saparova")
    store.engine.dispose()
    committed: list[str] = []
    for round_ in range(3):
        child = start(WRITER, home)
        for _ in range(15 + 7 * round_):
            committed += read_line(child).split()
        kill(child)  # the child is in the middle of its next transaction
        assert check_file(home.database_path) is None
    reopened = home.open_store(check=True)
    held = {record.id for record in reopened.iter_records("project")}
    assert set(committed) <= held
    # Whatever was written but not reported is whole too: counters and search agree.
    assert reopened.count("project") == len(held) == reopened.installation().change_counter
    assert len(reopened.search("Солнечная", limit=100_000)) == len(held)
    reopened.engine.dispose()


def test_killed_during_backup_leaves_database_and_backups_sound(home: Home) -> None:
    store = home.open_store()
    store.initialise("KZ", "Aigerim Saparova")
    filler = "Проект по энергосбережению и возобновляемой энергетике. " * 40
    store.add_many(
        "project",
        [({"title": f"P{n}", "status": "idea", "summary": filler}, None) for n in range(1500)],
    )
    store.engine.dispose()
    finished: list[str] = []
    for stop_after in (1, 3):
        child = start(BACKER, home)
        begun = 0
        while begun <= stop_after:
            line = read_line(child)
            if line == "begin":
                begun += 1
            else:
                finished.append(line)
        kill(child)  # the child is inside its next backup
    assert check_file(home.database_path) is None
    listed = home.backups(keep=50).list()
    assert set(finished) <= {backup.name for backup in listed}
    for backup in listed:
        assert check_file(backup.path) is None, backup.name
    # The next backup cleans whatever the killed one left behind.
    home.backups(keep=50).create("after-crash")
    assert not list(home.backups_dir.glob("*.partial"))
    reopened = home.open_store(check=True)
    assert reopened.count("project") == 1500
    reopened.engine.dispose()
