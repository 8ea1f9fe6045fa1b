"""The Briefing pack dialog driven as a user: options, preview, save, cancel, translations."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel

from greenbelt_desktop import gui
from greenbelt_desktop.gui.dialogs.briefing_dialog import PREVIEW_WIDTH, BriefingDialog
from greenbelt_desktop.store.records import Store
from tests.documents.briefing_support import demo_store, squeeze

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(tmp_path: Path) -> Store:
    store = demo_store(tmp_path / "home")
    yield store
    store.engine.dispose()


@pytest.fixture
def dialog(qtbot, demo: Store) -> BriefingDialog:  # type: ignore[no-untyped-def]
    shown = BriefingDialog(demo, language="ru")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def wait_for_pack(qtbot, dialog: BriefingDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.operation is not None
    if dialog.operation.is_running():
        with qtbot.waitSignal(dialog.operation.done, timeout=60_000):
            pass


def preview_labels(dialog: BriefingDialog) -> list[QLabel]:
    return [
        widget
        for widget in dialog.pages.findChildren(QLabel)
        if widget.pixmap() is not None and not widget.pixmap().isNull()
    ]


def test_preview_shows_the_first_pages_and_the_bar_fills(qtbot, dialog: BriefingDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert not dialog.preview_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_for_pack(qtbot, dialog)
    labels = preview_labels(dialog)
    assert len(labels) == 3
    for label in labels:
        assert label.pixmap().width() == PREVIEW_WIDTH
        assert label.pixmap().height() > PREVIEW_WIDTH  # a portrait A4 page
    # The cover's green band: the top of the first page is mostly dark green.
    image = labels[0].pixmap().toImage()
    colour = image.pixelColor(20, 20)
    assert colour.green() > colour.red() + 30 and colour.green() < 140
    assert dialog.progress.value() == 100
    assert dialog.preview_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_save_writes_the_pack_with_the_chosen_options(
    qtbot,
    dialog: BriefingDialog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    for index in range(dialog.parties.count()):
        item = dialog.parties.item(index)
        if item.data(Qt.ItemDataRole.UserRole) in ("KZ", "CN"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.audience.setCurrentIndex(dialog.audience.findData("secretariat"))
    dialog.use_dates.setChecked(True)
    target = tmp_path / "pack"
    with qtbot.waitSignal(dialog.made, timeout=60_000) as made:
        dialog.save(target)
    result = made.args[0]
    assert result.path == tmp_path / "pack.pdf"
    cover = squeeze(PdfReader(result.path).pages[0].extract_text())
    assert "Китай,Казахстан" in cover  # the chosen member states, in the pack's language
    assert "СекретариатШОС" in cover
    assert str(dialog.date_from.date().year()) in cover
    assert "pack.pdf" in dialog.status.text()
    assert len(preview_labels(dialog)) == 3


def test_a_meeting_pack_leaves_out_the_dates(
    qtbot,
    dialog: BriefingDialog,
    demo: Store,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog.use_dates.setChecked(True)
    dialog.meeting.setCurrentIndex(1)
    assert not dialog.use_dates.isEnabled() and not dialog.use_dates.isChecked()
    meeting = demo.get("event", dialog.meeting.currentData())
    with qtbot.waitSignal(dialog.made, timeout=60_000) as made:
        dialog.save(tmp_path / "meeting.pdf")
    cover = squeeze(PdfReader(made.args[0].path).pages[0].extract_text())
    assert squeeze(meeting.data["title"]) in cover


def test_cancel_stops_and_writes_nothing(
    qtbot,
    dialog: BriefingDialog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "cancelled.pdf"
    dialog.save(target)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_for_pack(qtbot, dialog)
    assert dialog.operation is not None and dialog.operation.was_cancelled
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert dialog.progress.value() == 0
    assert dialog.preview_button.isEnabled()


def test_a_refusal_is_shown_in_the_dialog(
    qtbot,
    dialog: BriefingDialog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog.save(tmp_path / "no such folder" / "pack.pdf")
    wait_for_pack(qtbot, dialog)
    assert "no such folder" in dialog.status.text() or "No such file" in dialog.status.text()
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_dialog_speaks_the_users_language(qtbot, demo: Store, language: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    path = Path(gui.__file__).parent / "i18n" / f"briefing_{language}.qm"
    assert translator.load(str(path)), path
    QCoreApplication.installTranslator(translator)
    try:
        shown = BriefingDialog(demo, language=language[:2])
        qtbot.addWidget(shown)
        expected = {"ru": "Справочные материалы", "zh_CN": "简报材料"}[language]
        assert shown.windowTitle() == expected
        assert shown.preview_button.text() != "Preview"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_translations_are_complete_and_keep_placeholders() -> None:
    for language in ("en", "ru", "zh_CN"):
        root = ET.parse(ROOT / "translations" / f"briefing_{language}.ts").getroot()
        messages = list(root.iter("message"))
        assert messages
        for message in messages:
            source, translation = message.findtext("source"), message.findtext("translation")
            assert translation, (language, source)
            assert message.find("translation").get("type") is None, (language, source)
            assert re.findall(r"{\w+}", source or "") == re.findall(r"{\w+}", translation)


def test_main_window_opens_the_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.briefing_action.text() == "Briefing pack…"
    dialog = window.open_briefing()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, BriefingDialog) and dialog.isVisible()
    assert dialog.meeting.count() > 1  # the demo's events are offered
    dialog.reject()
