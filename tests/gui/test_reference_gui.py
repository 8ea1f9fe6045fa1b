"""Pickers follow the effective reference data: a new member state appears once its entry
arrives; a retired code is offered no more, yet records holding it keep it."""

from __future__ import annotations

import pytest

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
