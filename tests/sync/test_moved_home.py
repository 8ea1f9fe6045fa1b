"""A member's data folder moved to another disk keeps exchanging: its encrypted key,
database and backups are found relative to the folder, never by absolute path."""

from __future__ import annotations

import shutil
from collections.abc import Callable

from greenbelt_desktop.store.home import Home
from tests.sync.conftest import PROJECT, Site


def test_moved_data_folder_still_signs_and_imports(make_site: Callable[..., Site]) -> None:
    kz, sec = make_site("kz", "KZ"), make_site("sec", "SECRETARIAT")
    sec.trust(kz)
    kz.trust(sec)
    first = kz.store.add("project", PROJECT)
    assert sec.receive(kz.export()).totals["new"] == 1
    assert not kz.receive(sec.export()).already_applied
    kz.store.engine.dispose()

    old = kz.home.path
    moved = Home(old.parent / "other-disk" / "GreenBelt")
    shutil.copytree(old, moved.path)
    shutil.rmtree(old)
    for file in moved.path.rglob("*"):
        if file.is_file():
            assert f"{old}/".encode() not in file.read_bytes(), file
    assert any(moved.keys_dir.glob("*.pem"))
    for pem in moved.keys_dir.glob("*.pem"):
        assert b"ENCRYPTED PRIVATE KEY" in pem.read_bytes()

    kz.home, kz.store = moved, moved.open_store()
    second = kz.store.add("project", {**PROJECT, "title": "Written after the move"})
    report = sec.receive(kz.export())
    assert report.totals["new"] == 1
    assert sec.store.get("project", second).data["title"] == "Written after the move"
    assert sec.store.get("project", first).data["title"] == PROJECT["title"]
    before = len(moved.backups().list())
    assert not kz.receive(sec.export()).already_applied
    assert len(moved.backups().list()) == before + 1  # backed up inside the moved folder
