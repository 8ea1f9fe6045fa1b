"""``greenbelt FILE.gbundle`` (a double-click in the file manager) opens the GUI with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenbelt_desktop.cli import main, opens_a_bundle
from greenbelt_desktop.cli.context import Context


def test_only_a_lone_bundle_path_opens_the_gui() -> None:
    assert opens_a_bundle(["C:\\Users\\a\\Downloads\\KZ-2026.GBUNDLE"])
    assert opens_a_bundle(["--home", "/data", "x.gbundle"])
    assert opens_a_bundle(["--database=postgresql+psycopg://h/db", "x.gbundle"])
    assert not opens_a_bundle(["import", "x.gbundle"])
    assert not opens_a_bundle(["--home", "x.gbundle"])
    assert not opens_a_bundle(["list", "project"])
    assert not opens_a_bundle([])


def test_bundle_path_is_handed_to_the_gui(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    launched: list[tuple[Path, list[str]]] = []

    def launch(self: Context, argv: list[str], demo: bool = False) -> int:
        launched.append((self.home.path, argv))
        return 0

    monkeypatch.setattr(Context, "launch_gui", launch)
    bundle = str(tmp_path / "KZ.gbundle")
    assert main(["--home", str(tmp_path / "h"), bundle]) == 0
    assert launched == [(tmp_path / "h", [bundle])]
