"""The spreadsheets, calendar and contacts dialog driven as a user: real files, read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import vobject
from icalendar import Calendar
from PySide6.QtCore import Qt

from greenbelt_desktop.gui.dialogs.files_dialog import FilesDialog
from greenbelt_desktop.store.demo import fill_demo
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(tmp_path: Path) -> Store:
    store = Home(tmp_path / "home").open_store()
    store.initialise("KZ", "Aigerim Saparova")
    fill_demo(store)
    yield store
    store.engine.dispose()


@pytest.fixture
def dialog(qtbot, demo: Store) -> FilesDialog:  # type: ignore[no-untyped-def]
    shown = FilesDialog(demo, language="ru")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def finish(qtbot, dialog: FilesDialog, started) -> str:  # type: ignore[no-untyped-def]
    assert started is not None
    if started.is_running():
        with qtbot.waitSignal(started.done, timeout=60_000):
            pass
    return dialog.report_view.toPlainText()


def test_exports_write_files_other_programs_read(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "records.xlsx"
    assert "records.xlsx" in finish(qtbot, dialog, dialog.export_workbook_to(book))
    sheets = openpyxl.load_workbook(book, read_only=True).sheetnames
    assert len(sheets) >= 7
    events = tmp_path / "events.ics"
    text = finish(qtbot, dialog, dialog.export_calendar_to(events))
    assert "10" in text
    calendar = Calendar.from_ical(events.read_bytes())
    assert len(calendar.walk("VEVENT")) == 10
    cards = tmp_path / "contacts.vcf"
    finish(qtbot, dialog, dialog.export_address_book_to(cards))
    names = {card.fn.value for card in vobject.readComponents(cards.read_text(encoding="utf-8"))}
    assert "李明" in names
    template = tmp_path / "template.xlsx"
    finish(qtbot, dialog, dialog.save_template_to(template))
    assert openpyxl.load_workbook(template).sheetnames


def test_workbook_import_is_checked_before_it_is_applied(qtbot, dialog, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = tmp_path / "filled.xlsx"
    finish(qtbot, dialog, dialog.save_template_to(template))
    workbook = openpyxl.load_workbook(template)
    sheet = next(ws for ws in workbook.worksheets if ws.title == "Практики")
    headers = [cell.value for cell in sheet[1]]
    for number, header in enumerate(headers, start=1):
        text = str(header or "")
        if text.startswith("Название"):
            sheet.cell(2, number, "Солнечные крыши Алматы")
        elif text.startswith("Страна"):
            sheet.cell(2, number, "Казахстан")
        elif text.startswith("№"):
            sheet.cell(2, number, 1)
    workbook.save(template)
    before = demo.count("practice")
    report = finish(qtbot, dialog, dialog.check_workbook_from(template))
    assert demo.count("practice") == before, report
    assert dialog.apply_button.isEnabled(), report
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog, dialog.operation)
    assert demo.count("practice") == before + 1
    assert not dialog.apply_button.isEnabled()


def test_a_bad_file_is_refused_with_nothing_written(qtbot, dialog, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "not-a-workbook.xlsx"
    bad.write_text("this is not a spreadsheet", encoding="utf-8")
    before = demo.count("practice")
    text = finish(qtbot, dialog, dialog.check_workbook_from(bad))
    assert text.splitlines()[0] == "Refused; nothing was written." or "ничего" in text
    assert not dialog.apply_button.isEnabled()
    assert demo.count("practice") == before


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_dialog_speaks_the_language_and_is_screenshotted(  # type: ignore[no-untyped-def]
    qtbot, demo, translations, language
) -> None:
    translations.install(language)
    shown = FilesDialog(demo, language=language[:2])
    qtbot.addWidget(shown)
    shown.resize(760, 520)
    shown.show()
    qtbot.waitExposed(shown)
    expected = {"en": "Apply import", "ru": "Применить загрузку", "zh_CN": "执行导入"}[language]
    assert shown.apply_button.text() == expected
    folder = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    shown.grab().save(str(folder / f"files-dialog-{language}.png"))
