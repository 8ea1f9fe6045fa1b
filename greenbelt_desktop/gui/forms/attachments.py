"""The files of a record: add, open, remove (through the store, with their SHA-256).

A file takes its record's sharing (the store sees to it). Each is listed with the
extension the system acts on, so ``invoice.pdf.exe`` shows as an ``.exe``; opening a
file that would run as a program asks first.
"""

from __future__ import annotations

import mimetypes
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.entities import MAX_ATTACHMENT_BYTES, attachment_data
from greenbelt_desktop.domain.file_names import final_extension, is_runnable, plain_file_name
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.icons import icon
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.undo import DeleteRecord


class AttachmentsBox(QGroupBox):
    def __init__(
        self,
        session: Session,
        entity: str,
        record_id: str,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.entity, self.record_id = session, entity, record_id
        self.files = QListWidget()
        self.files.setMaximumHeight(96)
        self.files.itemActivated.connect(lambda _item: self.open_selected())
        self.add_button = QPushButton(icon("paperclip"), "")
        self.open_button = QPushButton(icon("open-in-new"), "")
        self.remove_button = QPushButton(icon("delete-outline"), "")
        self.add_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        session.records_changed.connect(self._changed)
        self.retranslate()
        self.refresh()

    def _changed(self, entity: str) -> None:
        if entity == "attachment":
            self.refresh()

    def refresh(self) -> None:
        self.files.clear()
        for record in self.session.store.attachments_of(self.record_id):
            item = QListWidgetItem(self.label(record.data))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            if is_runnable(record.data["file_name"]):
                item.setIcon(icon("alert"))
            self.files.addItem(item)

    def label(self, data: dict[str, Any]) -> str:
        """The name, then the real extension and the size: 'a.pdf.exe  (.exe, 12 KB)'."""
        name = plain_file_name(data["file_name"])
        size = self.session.locale().formattedDataSize(data["size"])
        extension = final_extension(name)
        if not extension:
            return f"{name}  ({size})"
        return (
            translate("Attachments", "%1  (.%2 file, %3)")
            .replace("%1", name)
            .replace("%2", extension)
            .replace("%3", size)
        )

    def add_file(self, path: Path) -> str | None:
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            QMessageBox.warning(
                self,
                translate("Attachments", "File too large"),
                translate("Attachments", "A file may be at most %1.").replace(
                    "%1", self.session.locale().formattedDataSize(MAX_ATTACHMENT_BYTES)
                ),
            )
            return None
        content = path.read_bytes()
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        data = attachment_data(self.entity, self.record_id, path.name, content, media)
        new_id = self.session.store.add("attachment", data)
        self.session.changed("attachment")
        return new_id

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("Attachments", "Attach a file"))
        if name:
            self.add_file(Path(name))

    def _selected(self) -> str | None:
        item = self.files.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def export_selected(self, folder: Path) -> Path | None:
        attachment_id = self._selected()
        if not attachment_id:
            return None
        record = self.session.store.get("attachment", attachment_id)
        target = folder / plain_file_name(record.data["file_name"])
        target.write_bytes(self.session.store.content(attachment_id))
        return target

    def open_selected(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        record = self.session.store.get("attachment", item.data(Qt.ItemDataRole.UserRole))
        name = plain_file_name(record.data["file_name"])
        if is_runnable(name) and not self._confirm_run(name):
            return
        target = self.export_selected(Path(tempfile.mkdtemp(prefix="greenbelt-file-")))
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _confirm_run(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            translate("Attachments", "Open a program?"),
            translate(
                "Attachments",
                "%1 is a program (.%2): opening it runs it. Open it only if you trust "
                "whoever attached it. Open it?",
            )
            .replace("%1", name)
            .replace("%2", final_extension(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        attachment_id = self._selected()
        if attachment_id:
            title = self.files.currentItem().text()
            self.session.undo_stack.push(
                DeleteRecord(self.session, "attachment", attachment_id, title)
            )

    def retranslate(self) -> None:
        self.setTitle(translate("Attachments", "Files"))
        self.add_button.setText(translate("Attachments", "Add…"))
        self.open_button.setText(translate("Attachments", "Open"))
        self.remove_button.setText(translate("Attachments", "Remove"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
