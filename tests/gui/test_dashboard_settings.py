"""Dashboard figures, the language switch without restart, the Backups entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from greenbelt_desktop.domain.entities import RECORD_ENTITIES
from greenbelt_desktop.gui.pages.dashboard import ENTITY_ROLE, DashboardPage
from greenbelt_desktop.store import queries

pytestmark = pytest.mark.gui


def test_dashboard_shows_what_the_database_holds(demo_session, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(demo_session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.figures is not None)
    store = demo_session.store
    for entity in RECORD_ENTITIES:
        assert page.tiles[entity].text().startswith(f"{store.count(entity)}\n")
    with store.engine.connect() as conn:
        statuses = queries.grouped_counts(conn, "project", "status")
        pending = sum(queries.pending_export(conn).values())
    shown = {bar.label: bar.value for bar in page.by_status.bars}
    assert shown == {demo_session.label("project_status", c): n for c, n in statuses.items()}
    assert sum(bar.value for bar in page.by_direction.bars) >= store.count("project")
    assert page.by_source.bars and all("(" in bar.label for bar in page.by_source.bars)
    assert page.upcoming.count() > 0 and page.recent.count() == 10
    assert f"{pending} changes will leave" in page.pending.text()
    with qtbot.waitSignal(demo_session.show_page) as shown_page:
        page.tiles["project"].click()
    assert shown_page.args == ["project"]
    item = page.upcoming.item(0)
    with qtbot.waitSignal(demo_session.open_record) as opened:
        page.upcoming.itemActivated.emit(item)
    assert opened.args[0] == item.data(ENTITY_ROLE) == "event"


def test_language_switches_everywhere_without_restart(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    projects = window.show_page("project")
    settings = window.show_page("settings")
    combo = settings.language
    combo.setCurrentIndex(combo.findData("ru"))
    qtbot.waitUntil(lambda: window.navigation.item(4).text() == "Проекты")
    assert projects.model.headerData(0, Qt.Orientation.Horizontal) == "Название"
    assert projects.heading.text() == "Проекты"
    assert window.status.last_export.text() == "Последняя выгрузка: никогда"
    assert settings.language_label.text() == "&Язык:"
    assert QLocale().language() == QLocale.Language.Russian
    assert window.session.preferences.value("language") == "ru"
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.navigation.item(4).text() == "项目")
    status_column = projects.model.visible_keys().index("status")
    assert projects.model.data(projects.model.index(0, status_column)) in {
        window.session.reference.label("project_status", code, "zh")
        for code in window.session.reference.codes("project_status")
    }
    assert window.search_box.placeholderText().startswith("搜索")
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.navigation.item(4).text() == "Projects")


def test_backups_open_from_the_main_window(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from greenbelt_desktop.store.home import Home

    window.session.home = Home(tmp_path / "home")
    window.backups_action.setEnabled(True)
    dialog = window.open_backups()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
