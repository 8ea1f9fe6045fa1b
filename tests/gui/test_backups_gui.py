"""Start-up recovery from a damaged database, and the Backups dialog, driven as a user."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greenbelt_desktop.gui import recovery
from greenbelt_desktop.gui.backups import BackupsDialog
from greenbelt_desktop.store.home import Home
from tests.store.test_backup import damage

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PROJECT = {"title": "Солнечная станция", "status": "idea"}


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Record the message boxes shown; questions are answered from ``answers['reply']``."""
    shown: dict[str, list[str]] = {"question": [], "critical": [], "warning": [], "reply": []}

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        shown["question"].append(text)
        reply = shown["reply"].pop(0) if shown["reply"] else "yes"
        return QMessageBox.StandardButton.Yes if reply == "yes" else QMessageBox.StandardButton.No

    def message(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args):  # type: ignore[no-untyped-def]
            shown[kind].append(text)
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(message("critical")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(message("warning")))
    return shown


def damaged_home(tmp_path: Path, with_backup: bool) -> Home:
    home = Home(tmp_path / "home")
    store = home.open_store()
    store.initialise("KZ", "Aigerim")
    store.add_many("project", [({**PROJECT, "title": f"P{n}"}, None) for n in range(300)])
    if with_backup:
        home.backups().create("manual")
    store.engine.dispose()
    damage(home.database_path)
    return home


def test_damaged_database_offers_the_latest_good_backup(
    qapp: object, tmp_path: Path, answers: dict[str, list[str]]
) -> None:
    home = damaged_home(tmp_path, with_backup=True)
    answers["reply"] = ["no"]
    assert recovery.open_store(home) is None
    assert "damaged" in answers["question"][0] and home.check() is not None
    store = recovery.open_store(home)  # this time the user says yes
    assert store is not None and store.count("project") == 300
    store.engine.dispose()
    assert list((home.backups_dir / "damaged").glob("*/greenbelt.sqlite3"))
    assert answers["critical"] == []


def test_damaged_database_without_backup_is_explained(
    qapp: object, tmp_path: Path, answers: dict[str, list[str]]
) -> None:
    home = damaged_home(tmp_path, with_backup=False)
    assert recovery.open_store(home) is None
    assert answers["question"] == [] and "no good backup" in answers["critical"][0]


def test_newer_database_is_refused_in_one_sentence(
    qapp: object, tmp_path: Path, answers: dict[str, list[str]]
) -> None:
    home = Home(tmp_path / "home")
    home.open_store().engine.dispose()
    with sqlite3.connect(home.database_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = home.database_path.read_bytes()
    assert recovery.open_store(home) is None
    [text] = answers["critical"]
    assert "newer version" in text and "\n" not in text
    assert home.database_path.read_bytes() == before


def test_backups_dialog_backs_up_and_restores(
    qtbot, tmp_path: Path, answers: dict[str, list[str]]
) -> None:
    home = Home(tmp_path / "home")
    store = home.open_store()
    store.initialise("KZ", "Aigerim")
    first = store.add("project", PROJECT)
    released: list[bool] = []

    def release() -> None:
        released.append(True)
        store.engine.dispose()

    dialog = BackupsDialog(home, release)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and "made by hand" in dialog.list.item(0).text()
    store.add("project", {**PROJECT, "title": "After the backup"})
    dialog.list.setCurrentRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert released == [True]
    assert dialog.list.count() == 2  # the data as it was is a backup of its own
    reopened = home.open_store()
    assert [r.id for r in reopened.iter_records("project")] == [first]
    reopened.engine.dispose()


def test_backups_dialog_on_a_server_has_nothing_to_back_up(qtbot, tmp_path: Path) -> None:
    home = Home(tmp_path / "home", "postgresql+psycopg://u@127.0.0.1/db")
    dialog = BackupsDialog(home, lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.backup_button.isEnabled() and dialog.list.count() == 0
    assert "server" in dialog.note.text()


@pytest.mark.parametrize(("language", "title"), [("ru", "Резервные копии"), ("zh_CN", "备份")])
def test_dialog_speaks_russian_and_chinese(
    qtbot, tmp_path: Path, language: str, title: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    import greenbelt_desktop.gui as gui

    translator = QTranslator()
    assert translator.load(str(Path(gui.__file__).parent / "i18n" / f"backups_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        home = Home(tmp_path / "home")
        home.open_store().engine.dispose()
        dialog = BackupsDialog(home, lambda: None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
        assert "10" in dialog.note.text() and "{keep}" not in dialog.note.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_translations_keep_every_placeholder() -> None:
    import re
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2] / "translations"
    for language in ("en", "ru", "zh_CN"):
        for message in ET.parse(root / f"backups_{language}.ts").getroot().iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            assert translation, (language, source)
            assert re.findall(r"{\w+}", source or "") == re.findall(r"{\w+}", translation)
