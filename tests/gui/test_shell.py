"""The main window: navigation, global search, status bar, start-up paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greenbelt_desktop.gui import app as gui_app
from greenbelt_desktop.gui.pages import PAGES
from greenbelt_desktop.gui.pages.placeholder import PlaceholderPage
from greenbelt_desktop.store import queries
from greenbelt_desktop.store.home import Home
from tests.store.test_queries import mark_exported

pytestmark = pytest.mark.gui


def test_every_page_opens_from_the_navigation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for row, spec in enumerate(PAGES):
        qtbot.keyClick(
            window, Qt.Key.Key_1 + row, Qt.KeyboardModifier.AltModifier
        ) if row < 9 else (window.navigation.setCurrentRow(row))
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.pages[spec.key]
    assert window.navigation.item(4).text() == "Projects"


def test_pages_from_other_areas_stand_in_until_they_exist(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("sync")
    try:
        import greenbelt_desktop.gui.pages.sync  # noqa: F401
    except ModuleNotFoundError:
        assert isinstance(page, PlaceholderPage)
        assert "Sync" in page.label.text()


def test_global_search_finds_records_in_three_scripts_and_opens_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for words in ("солнечн", "风电", "Astana"):
        window.search_box.clear()
        # QTest types ASCII only; other scripts arrive as an input method would put them.
        window.search_box.insert(words)
        qtbot.waitUntil(
            lambda words=words: (
                window.search_page.words == words and window.search_page.results.count() > 0
            )
        )
        assert window.current_key() == "search"
    results = window.search_page.results
    item = results.item(0)
    with qtbot.waitSignal(window.session.open_record) as opened:
        results.itemActivated.emit(item)
    entity, record_id = opened.args
    assert window.session.store.get(entity, record_id)


def test_status_bar_shows_party_sync_times_and_pending_changes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    status = window.status
    assert "Kazakhstan (KZ)" in status.party.text()
    assert status.last_export.text() == "Last export: never"
    assert status.last_import.text() == "Last import: never"
    store = window.session.store
    with store.engine.connect() as conn:
        own = sum(queries.pending_export(conn).values())
    assert own > 0 and status.pending.text() == f"{own} changes not yet exported"
    with store.engine.begin() as conn:
        mark_exported(conn, store.installation().change_counter, "2026-03-01T10:00:00Z")
    with qtbot.waitSignal(status.updated):
        status.refresh()
    assert "never" not in status.last_export.text() and "26" in status.last_export.text()
    assert status.pending.text() == "0 changes not yet exported"


def test_demo_opens_a_filled_installation(tmp_path: Path, styled_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = gui_app.open_window(Home(tmp_path / "demo"), styled_app, demo=True)
    assert window is not None
    qtbot.addWidget(window)
    store = window.session.store
    assert store.installation().party == "KZ" and store.count("project") > 5
    window.close()
    store.engine.dispose()


def test_an_installation_not_set_up_asks_for_setup(tmp_path: Path, styled_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    try:
        import greenbelt_desktop.gui.wizard as wizard
    except ModuleNotFoundError:
        wizard = None
    if wizard is not None:
        monkeypatch.setattr(wizard, "run_wizard", lambda *args: shown.append("wizard") or False)
    window = gui_app.open_window(Home(tmp_path / "fresh"), styled_app)
    assert window is None
    assert shown and ("greenbelt init" in shown[0] or shown[0] == "wizard")


def test_the_gui_command_is_registered() -> None:
    from greenbelt_desktop.cli import build_parser

    args = build_parser().parse_args(["gui", "--demo"])
    assert args.demo and args.handler.__name__ == "cmd_gui"
