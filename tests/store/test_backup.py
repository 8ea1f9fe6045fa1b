"""Backups: online copies checked for integrity, rotation, restore, damage, moving."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from greenbelt_desktop.store.backup import BEFORE_RESTORE, KEEP_SETTING, BackupError, check_file
from greenbelt_desktop.store.database import DatabaseDamaged
from greenbelt_desktop.store.home import Home, default_home
from greenbelt_desktop.store.records import Store


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    """Backups are of SQLite files."""
    return sqlite_store


PROJECT = {"title": "Солнечная станция", "status": "idea", "directions": ["renewable_tech"]}


def damage(path: Path) -> None:
    """Overwrite the pages after the first with garbage, as a failing disk would."""
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as handle:
        handle.seek(page * 2)
        handle.write(b"\xa5\x5a" * (page * 4))


def titles(store: Store) -> list[str]:
    return sorted(record.data["title"] for record in store.iter_records("project"))


def test_backup_is_a_sound_copy_of_committed_data(home: Home, store: Store) -> None:
    store.add("project", PROJECT)
    path = home.backups().create("manual")
    assert check_file(path) is None
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM project").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    [listed] = home.backups().list()
    assert (listed.path, listed.reason) == (path, "manual")
    assert not list(home.backups_dir.glob("*.partial"))


def test_rotation_keeps_the_configured_number(home: Home, store: Store) -> None:
    store.set_setting(KEEP_SETTING, "3")
    made = [home.backups().create(f"b{n}") for n in range(5)]
    assert home.backups().keep == 3
    assert [b.path for b in home.backups().list()] == made[:1:-1]


def test_restore_saves_current_without_rotating_good_backups_away(home: Home, store: Store) -> None:
    store.set_setting(KEEP_SETTING, "2")
    store.add("project", {**PROJECT, "title": "First"})
    good = home.backups().create("good-1")
    store.add("project", {**PROJECT, "title": "Second"})
    newer = home.backups().create("good-2")
    store.add("project", {**PROJECT, "title": "Third"})
    store.engine.dispose()
    backups = home.backups()
    saved = backups.restore(backups.find(good.name))
    assert saved is not None and saved.name.endswith(f"-{BEFORE_RESTORE}.sqlite3")
    with sqlite3.connect(saved) as conn:  # what was there before the restore
        assert conn.execute("SELECT count(*) FROM project").fetchone()[0] == 3
    for _ in range(3):  # restoring again and again never pushes the good ones out
        backups.restore(backups.find(good.name))
    assert {b.path for b in backups.list() if not b.pinned} == {good, newer}
    assert len([b for b in backups.list() if b.pinned]) == 2
    reopened = home.open_store()
    assert titles(reopened) == ["First"]
    reopened.engine.dispose()


def test_damaged_database_is_detected_and_latest_good_backup_offered(
    home: Home, store: Store
) -> None:
    store.add_many("project", [({**PROJECT, "title": f"P{n}"}, None) for n in range(300)])
    older = home.backups().create("older")
    latest = home.backups().create("latest")
    damage(latest)  # a backup can be damaged too: it is skipped
    store.engine.dispose()
    damage(home.database_path)
    assert home.check() is not None
    with pytest.raises(DatabaseDamaged, match=older.name) as caught:
        home.open_store(check=True)
    assert caught.value.backup is not None and caught.value.backup.path == older
    assert "\n" not in str(caught.value)
    backups = home.backups()
    with pytest.raises(BackupError, match="damaged"):
        backups.restore(backups.find(latest.name))
    saved = backups.restore(backups.latest_good())  # type: ignore[arg-type]
    assert saved is not None and saved.parent.parent.name == "damaged"
    assert home.check() is None
    reopened = home.open_store(check=True)
    assert reopened.count("project") == 300
    reopened.engine.dispose()


def test_interrupted_backup_is_never_listed_and_is_cleaned(home: Home, store: Store) -> None:
    home.backups_dir.mkdir()
    stale = home.backups_dir / "greenbelt-20260101T000000000000Z-manual.sqlite3.partial"
    stale.write_bytes(b"half a file")
    assert home.backups().list() == []
    home.backups().create()
    assert not stale.exists() and len(home.backups().list()) == 1


def test_moved_data_folder_opens_as_before(tmp_path: Path) -> None:
    first = Home(tmp_path / "disk-a" / "greenbelt")
    store = first.open_store()
    store.initialise("KZ", "Aigerim Saparova")
    record_id = store.add("project", PROJECT)
    first.backups().create("manual")
    store.add("project", {**PROJECT, "title": "After the backup"})
    store.engine.dispose()
    moved = Home(tmp_path / "disk-b" / "copy")
    shutil.copytree(first.path, moved.path)
    shutil.rmtree(first.path)
    for file in moved.path.rglob("*"):
        if file.is_file():
            assert str(tmp_path).encode() not in file.read_bytes(), file
    reopened = moved.open_store()
    assert reopened.get("project", record_id).data["title"] == PROJECT["title"]
    assert [hit.id for hit in reopened.search("Солнечная")] == [record_id]
    reopened.engine.dispose()
    backups = moved.backups()
    backups.restore(backups.list()[0])
    assert titles(moved.open_store()) == [PROJECT["title"]]


def test_auto_backup_skips_what_it_cannot_back_up(tmp_path: Path) -> None:
    assert Home(tmp_path / "empty").auto_backup("before-import") is None
    server = Home(tmp_path / "server", "postgresql+psycopg://u@127.0.0.1/db")
    assert server.is_server and server.auto_backup("before-import") is None


def test_portable_installation_keeps_data_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GREENBELT_HOME", raising=False)
    program = tmp_path / "usb" / "GreenBelt"
    program.mkdir(parents=True)
    assert default_home(program) != program / "data"
    (program / "portable").write_text("")
    assert default_home(program) == program / "data"
    monkeypatch.setenv("GREENBELT_HOME", str(tmp_path / "chosen"))
    assert default_home(program) == tmp_path / "chosen"
