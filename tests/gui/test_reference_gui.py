"""Pickers follow the effective reference data: a new member state appears once its entry
arrives; a retired code is offered no more, yet records holding it keep it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from greenbelt_desktop.domain.reference_entries import entry_data, reference_id
from greenbelt_desktop.gui.forms.record_form import RecordForm
from greenbelt_desktop.gui.pages.records import RecordListPage
from greenbelt_desktop.store.records import Store

pytestmark = pytest.mark.gui

AZERBAIJAN = {"en": "Azerbaijan", "ru": "Азербайджан", "zh": "阿塞拜疆"}
VERSION = "1732440600000.0000.01a212a2-1ca1-7049-8443-7a59d5df5a31"


def receive_azerbaijan(store: Store, active: bool = True) -> None:
    """As a consolidated bundle would bring it."""
    data = entry_data("member_states", "AZ", AZERBAIJAN, active)
    store.put_received(
        "reference",
        [(reference_id("member_states", "AZ"), "SECRETARIAT", VERSION, "members", data)],
    )
    store.refresh_reference()


def items(editor) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return {
        editor.list.item(row).data(Qt.ItemDataRole.UserRole): editor.list.item(row).text()
        for row in range(editor.list.count())
    }


def test_a_new_member_state_appears_in_the_pickers(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = RecordListPage(session, "project")
    qtbot.addWidget(page)
    assert page.country.findData("AZ") < 0
    receive_azerbaijan(session.store)
    session.changed("reference")
    assert page.country.itemText(page.country.findData("AZ")) == "Azerbaijan"
    form = RecordForm(session, "project", None)
    qtbot.addWidget(form)
    assert items(form.editors["countries"])["AZ"] == "Azerbaijan"


def test_a_retired_member_state_stays_on_the_records_that_hold_it(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    receive_azerbaijan(session.store, active=False)
    project = session.store.add(
        "project", {"title": "Каспий", "status": "idea", "countries": ["KZ", "AZ"]}
    )
    fresh = RecordForm(session, "project", None)
    qtbot.addWidget(fresh)
    assert "AZ" not in items(fresh.editors["countries"])
    held = RecordForm(session, "project", project)
    qtbot.addWidget(held)
    editor = held.editors["countries"]
    assert items(editor)["AZ"] == "Azerbaijan" and editor.value() == ["KZ", "AZ"]


def test_settings_show_the_reference_data_in_force(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from greenbelt_desktop.gui.pages.settings import SettingsPage

    receive_azerbaijan(session.store)
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    lists = page.reference_list
    lists.setCurrentIndex(lists.findData("member_states"))
    table = page.reference_table
    rows = {
        table.item(row, 0).text(): [table.item(row, c).text() for c in (1, 2, 3)]
        for row in range(table.rowCount())
    }
    assert rows["AZ"] == ["Azerbaijan", "Active", "SCO Secretariat"]
    assert rows["KZ"] == ["Kazakhstan", "Active", "Shipped with the application"]
    assert lists.itemText(lists.findData("forms")) == "Forms of cooperation"
    lists.setCurrentIndex(lists.findData("forms"))
    assert table.rowCount() == 7
    assert table.item(0, 1).text() == session.reference.label("forms", "forums_fairs", "en")


# -- the Secretariat changes reference data in Settings ---------------------------


@pytest.fixture
def secretariat(tmp_path, translations):  # type: ignore[no-untyped-def]
    from greenbelt_desktop.gui.session import Session
    from greenbelt_desktop.store.home import Home

    store = Home(tmp_path / "secretariat").open_store()
    store.initialise("SECRETARIAT", "Li Wei", "SCO Secretariat")
    yield Session(store, translations, Session.preferences_for(tmp_path))
    store.engine.dispose()


def settings_page(session, qtbot, list_name: str = "member_states"):  # type: ignore[no-untyped-def]
    from greenbelt_desktop.gui.pages.settings import SettingsPage

    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    page.reference_list.setCurrentIndex(page.reference_list.findData(list_name))
    return page


def table_rows(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    table = page.reference_table
    return {
        table.item(row, 0).text(): [table.item(row, c).text() for c in (1, 2, 3)]
        for row in range(table.rowCount())
    }


def type_into(qtbot, dialog, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    for name, text in values.items():
        edit = dialog.findChild(QLineEdit, name)
        edit.clear()
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:  # QTest types ASCII keys only: Cyrillic and Chinese come as an input method's
            edit.insert(text)


def click_save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_the_secretariat_adds_a_member_state_in_russian(secretariat, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    secretariat.set_language("ru")
    page = settings_page(secretariat, qtbot)
    pickers = RecordListPage(secretariat, "project")
    qtbot.addWidget(pickers)
    assert page.add_button.text() == "&Добавить…"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QDialog, "reference-entry-dialog")
    assert dialog.isVisible() and dialog.windowTitle() == "Добавление государства-члена"
    type_into(qtbot, dialog, {"code": "az", "label-en": "Azerbaijan", "label-ru": "Азербайджан",
                              "label-zh": "阿塞拜疆"})  # fmt: skip
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert secretariat.store.reference.labels("member_states", "AZ") == AZERBAIJAN
    assert "AZ" in secretariat.store.reference.active_codes("member_states")
    assert table_rows(page)["AZ"] == ["Азербайджан", "Действует", "Секретариат ШОС"]
    assert page.selected().code == "AZ"
    assert page.changed_note.isVisible() and "сводном пакете" in page.changed_note.text()
    assert pickers.country.findData("AZ") >= 0  # the other pages' pickers follow


def test_a_bad_code_is_refused_beside_the_field_and_nothing_is_written(  # type: ignore[no-untyped-def]
    secretariat, qtbot
) -> None:
    page = settings_page(secretariat, qtbot)
    before = secretariat.store.count("reference")
    dialog = page.add_entry()
    type_into(qtbot, dialog, {"code": "XX", "label-en": "Nowhere", "label-ru": "Нигде"})
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["code"].text() == "“XX” is not a country code."
    assert dialog.errors["labels.zh"].text() == "This field is required."
    assert dialog.problems.text().startswith("Nothing was saved")
    assert secretariat.store.count("reference") == before
    assert secretariat.undo_stack.count() == 0
    assert "XX" not in table_rows(page)
    dialog.reject()


def test_the_secretariat_relabels_retires_and_brings_back_with_undo(  # type: ignore[no-untyped-def]
    secretariat, qtbot
) -> None:
    from PySide6.QtCore import Qt

    store, stack = secretariat.store, secretariat.undo_stack
    page = settings_page(secretariat, qtbot, "forms")
    code = store.reference.codes("forms")[0]
    shipped = dict(store.reference.labels("forms", code))
    page.select(code)
    assert not page.add_button.isEnabled() and page.edit_button.isEnabled()
    dialog = page.edit_entry()
    assert dialog.fields["labels.en"].text() == shipped["en"] and "code" not in dialog.fields
    type_into(qtbot, dialog, {"label-en": "Forums and exhibitions"})
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert store.reference.label("forms", code, "en") == "Forums and exhibitions"
    assert table_rows(page)[code][0] == "Forums and exhibitions"
    assert table_rows(page)[code][2] == "SCO Secretariat"

    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert store.reference.is_retired("forms", code)
    assert table_rows(page)[code][1] == "Retired"
    assert not page.retire_button.isEnabled() and page.bring_back_button.isEnabled()
    qtbot.mouseClick(page.bring_back_button, Qt.MouseButton.LeftButton)
    assert not store.reference.is_retired("forms", code)
    assert store.reference.label("forms", code, "en") == "Forums and exhibitions"

    assert stack.undoText() == f"bring back “{code}”"
    stack.undo()  # retired again
    assert store.reference.is_retired("forms", code) and table_rows(page)[code][1] == "Retired"
    stack.undo()  # active again, still relabelled
    assert not store.reference.is_retired("forms", code)
    assert store.reference.label("forms", code, "en") == "Forums and exhibitions"
    stack.undo()  # the shipped labels again
    assert store.reference.labels("forms", code) == shipped
    assert table_rows(page)[code] == [shipped["en"], "Active", "Shipped with the application"]
    stack.redo()
    assert store.reference.label("forms", code, "en") == "Forums and exhibitions"


def test_undo_of_a_new_member_state_withdraws_it(secretariat, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = secretariat.store
    page = settings_page(secretariat, qtbot)
    dialog = page.add_entry()
    type_into(qtbot, dialog, {"code": "AZ", "label-en": "Azerbaijan", "label-ru": "Азербайджан",
                              "label-zh": "阿塞拜疆"})  # fmt: skip
    click_save(qtbot, dialog)
    assert secretariat.undo_stack.undoText() == "add member state “AZ”"
    secretariat.undo_stack.undo()
    assert "AZ" not in store.reference.active_codes("member_states")
    assert table_rows(page)["AZ"][1] == "Retired"
    secretariat.undo_stack.redo()
    assert "AZ" in store.reference.active_codes("member_states")
    assert table_rows(page)["AZ"][1] == "Active"


def test_sharing_levels_are_never_retired(secretariat, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = settings_page(secretariat, qtbot, "sharing")
    page.select("members")
    assert page.edit_button.isEnabled() and not page.retire_button.isEnabled()


def test_a_members_settings_only_show_the_reference_data(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    page = settings_page(session, qtbot)
    assert not page.editing
    names = {button.objectName() for button in page.findChildren(QPushButton)}
    assert not names & {"reference_add", "reference_edit", "reference_retire",
                        "reference_bring_back"}  # fmt: skip
    assert page.reference_table.rowCount() > 0


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_screenshots_of_reference_editing(secretariat, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.sync_support import screenshot

    receive_azerbaijan(secretariat.store)
    secretariat.set_language(language)
    page = settings_page(secretariat, qtbot)
    page.select("AZ")
    page.changed_note.setVisible(True)
    screenshot(page, f"reference-settings-{language}")
    dialog = page.add_entry()
    type_into(qtbot, dialog, {"code": "XX"})
    click_save(qtbot, dialog)
    qtbot.waitExposed(dialog)
    screenshot(dialog, f"reference-add-{language}")
    dialog.reject()
    edit = page.edit_entry()
    qtbot.waitExposed(edit)
    screenshot(edit, f"reference-edit-{language}")
    edit.reject()
