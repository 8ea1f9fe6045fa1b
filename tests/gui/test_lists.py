"""List pages: table models checked by qtmodeltester, filtering, sorting, delete and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from greenbelt_desktop.domain.entities import RECORD_ENTITIES
from greenbelt_desktop.gui.models.columns import COLUMNS
from greenbelt_desktop.gui.models.record_table import ID_ROLE, RecordTableModel
from greenbelt_desktop.gui.pages.records import RecordListPage
from greenbelt_desktop.store.queries import ListFilter

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("entity", RECORD_ENTITIES)
def test_every_table_model_passes_the_model_tester(demo_session, qtmodeltester, entity) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(demo_session, entity, [c.key for c in COLUMNS[entity]])
    assert model.rowCount() == demo_session.store.count(entity) > 0
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_other_parties_records_are_italic_with_their_owner(demo_session) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(demo_session, "project", ["title", "origin"])
    origins = {model.origin(r) for r in range(model.rowCount())}
    assert "KZ" in origins and len(origins) > 1
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        own = model.origin(row) == "KZ"
        font = model.data(index, Qt.ItemDataRole.FontRole)
        assert (font is None) == own
        if not own:
            assert "read-only" in model.data(index, Qt.ItemDataRole.ToolTipRole)
            assert model.data(model.index(row, 1)) == demo_session.party_name(model.origin(row))


@pytest.fixture
def page(demo_session, qtbot):  # type: ignore[no-untyped-def]
    shown = RecordListPage(demo_session, "project")
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    return shown


def column_values(page, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_clicking_a_header_sorts_in_both_directions(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    titles = column_values(page, 0)
    assert titles == sorted(titles)
    header.sectionClicked.emit(0)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column_values(page, 0) == sorted(titles, reverse=True)
    page.table.sortByColumn(page.model.visible_keys().index("budget"), Qt.SortOrder.AscendingOrder)
    raw = [page.model.row(r).get("budget") for r in range(page.model.rowCount())]
    present = [b for b in raw if b is not None]
    assert present == sorted(present)


def test_filter_as_you_type_and_pickers(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    total = page.model.rowCount()
    qtbot.keyClicks(page.text_filter, "solar")
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    assert all("solar" in t.lower() for t in column_values(page, 0))
    page.text_filter.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    page.status.setCurrentIndex(page.status.findData("completed"))
    assert page.model.rowCount() > 0
    assert set(column_values(page, 1)) == {"Completed"}
    page.status.setCurrentIndex(0)
    page.country.setCurrentIndex(page.country.findData("UZ"))
    assert all("Uzbekistan" in c for c in column_values(page, 2))
    page.country.setCurrentIndex(0)
    page.origin.setCurrentIndex(page.origin.findData("CN"))
    assert {page.model.origin(r) for r in range(page.model.rowCount())} == {"CN"}
    page.origin.setCurrentIndex(0)
    page.date_from.setDate(QDate.currentDate().addDays(-500))
    page.date_to.setDate(QDate.currentDate().addDays(-300))
    assert page.model.filter.date_from and page.model.rowCount() > 0
    assert (
        page.count_label.text() == f"{page.model.rowCount()} records" or page.model.rowCount() == 1
    )


def test_column_choice_is_remembered(page, demo_session) -> None:  # type: ignore[no-untyped-def]
    page.show_column("renewable_mw", True)
    assert "renewable_mw" in page.model.visible_keys()
    page.show_column("budget", False)
    again = RecordListPage(demo_session, "project")
    assert "renewable_mw" in again.model.visible_keys()
    assert "budget" not in again.model.visible_keys()
    again.deleteLater()


def test_delete_and_undo_the_delete(page, demo_session, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    own_row = next(r for r in range(model.rowCount()) if model.origin(r) == "KZ")
    record_id = model.record_id(own_row)
    before = model.rowCount()
    page.table.selectRow(own_row)
    page.delete_button.click()
    assert model.rowCount() == before - 1
    assert demo_session.store.count("project") == before - 1
    demo_session.undo_stack.undo()
    assert model.rowCount() == before
    assert demo_session.store.get("project", record_id)
    theirs = next(r for r in range(model.rowCount()) if model.origin(r) != "KZ")
    page.table.selectRow(theirs)
    page.delete_button.click()
    assert model.rowCount() == before
    assert "owner" in page.count_label.text()


def test_opening_a_row_asks_for_its_form(page, demo_session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(demo_session.open_record) as opened:
        page.table.selectRow(0)
        page.open_button.click()
    assert opened.args == ["project", page.model.data(page.model.index(0, 0), ID_ROLE)]
    assert isinstance(page.current_filter(), ListFilter)


def test_lists_of_codes_are_not_sorted(page) -> None:  # type: ignore[no-untyped-def]
    countries = page.model.visible_keys().index("countries")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.table.sortByColumn(countries, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_key == "title" and page.model.descending
    assert page.table.horizontalHeader().sortIndicatorSection() == 0


def test_export_writes_exactly_what_the_list_shows(page, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    page.status.setCurrentIndex(page.status.findData("completed"))
    shown = {page.model.row(r)["id"] for r in range(page.model.rowCount())}
    assert 0 < len(shown) < 13
    target = tmp_path / "completed.xlsx"
    operation = page.export_view(target)
    with qtbot.waitSignal(operation.done, timeout=60_000):
        pass
    sheet = openpyxl.load_workbook(target, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    id_column = rows[0].index("Record id")
    assert {row[id_column] for row in rows[1:] if row[id_column]} == shown
