"""The Conflicts page over a real conflict: comparison, restore, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from greenbelt_desktop.gui.pages.conflicts import ConflictsPage
from greenbelt_desktop.gui.pages.conflicts_values import field_label
from greenbelt_desktop.gui.pages.sync_common import cell_texts
from greenbelt_desktop.sync.conflicts import list_conflicts
from tests.gui.sync_support import (
    LANGUAGES,
    install_language,
    load_fonts,
    screenshot,
    two_devices_conflict,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def conflict(tmp_path):
    home, store, project = two_devices_conflict(tmp_path)
    yield home, store, project
    store.engine.dispose()


def page_of(qtbot, store, **kwargs) -> ConflictsPage:
    load_fonts()
    page = ConflictsPage(store, **kwargs)
    qtbot.addWidget(page)
    page.resize(1100, 620)
    page.show()
    return page


def test_kept_version_beside_the_winner_field_by_field(qtbot, conflict):
    _, store, _ = conflict
    page = page_of(qtbot, store)
    assert page.list.count() == 1
    assert page.list.item(0).text() == "Projects: Солнечная станция (A)"
    assert "Both are kept" in page.heading.text()
    rows = {row[0]: row[1:] for row in cell_texts(page.table)}

    def marked(field: str) -> list[str]:
        return rows["● " + field_label("project", field)]

    # Differences are marked; codes are shown with their reference labels.
    assert marked("title") == ["Солнечная станция (A)", "Солнечная станция (B)"]
    assert marked("status") == ["Proposal", "Idea"]
    directions = marked("directions")
    assert directions[0] == "Renewable and low-emission energy technologies, including hydropower"
    assert "Investment in green and low-emission technology projects" in directions[1]
    assert rows["Sharing"] == ["All member states", "All member states"]
    assert not any("renewable_tech" in value for row in rows.values() for value in row)


def test_restore_is_a_new_edit_and_undo_brings_the_winner_back(qtbot, conflict):
    _, store, project = conflict
    changed: list[str] = []
    stack = QUndoStack()
    page = page_of(qtbot, store, undo_stack=stack, records_changed=changed.append)
    winner = store.get("project", project)
    assert not page.undo_button.isEnabled()

    page.restore_button.click()
    restored = store.get("project", project)
    assert restored.data["title"] == "Солнечная станция (A)"
    assert restored.data["status"] == "proposal"
    assert restored.data["directions"] == ["renewable_tech"]
    assert restored.version > winner.version  # a new local edit: it travels next
    assert restored.change_counter is not None
    assert list_conflicts(store) == []
    assert page.list.count() == 0 and page.no_conflicts_visible()
    assert changed == ["project"]
    assert "Undo brings back" in page.message.text()
    assert page.undo_button.isEnabled()

    page.undo_button.click()
    back = store.get("project", project)
    assert back.data == winner.data
    assert back.version > restored.version  # undo is an edit too, nothing rewritten
    assert "Undone" in page.message.text()

    stack.redo()
    assert store.get("project", project).data["title"] == "Солнечная станция (A)"

    # The kept version stays visible among the restored ones: nothing is thrown away.
    page.show_restored.setChecked(True)
    assert page.list.item(0).text().endswith("(restored)")
    assert not page.restore_button.isEnabled()


def test_no_conflicts_says_so(qtbot, store):
    page = page_of(qtbot, store)
    assert page.no_conflicts_visible()
    assert page.empty.text().startswith("No conflicts")


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots(qtbot, conflict, language):
    _, store, _ = conflict
    install_language(language)
    try:
        page = page_of(qtbot, store)
        screenshot(page, f"conflicts-1-compare-{language}")
        page.restore_button.click()
        page.show_restored.setChecked(True)
        screenshot(page, f"conflicts-2-restored-{language}")
        if language != "en":
            assert page.restore_button.text() != "&Restore my version"
    finally:
        install_language("en")


def test_the_page_undo_button_only_undoes_a_restore(qtbot, conflict):
    """With the main window's shared stack, the page's Undo never undoes another edit."""
    from PySide6.QtGui import QUndoCommand

    _, store, _ = conflict
    stack = QUndoStack()
    page = page_of(qtbot, store, undo_stack=stack)
    other: list[str] = []

    class OtherEdit(QUndoCommand):
        def undo(self) -> None:
            other.append("undone")

    page.restore_button.click()
    assert page.undo_button.isEnabled()
    stack.push(OtherEdit("a delete on another page"))
    assert not page.undo_button.isEnabled()
    page.undo_restore()
    assert other == []
    stack.undo()  # the other edit, from the main window's Undo
    assert other == ["undone"] and page.undo_button.isEnabled()
    page.undo_button.click()
    assert not page.undo_button.isEnabled()
