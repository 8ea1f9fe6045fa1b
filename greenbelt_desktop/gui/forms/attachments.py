"""The files of a record: add, open, remove (through the store, with their SHA-256)."""

from __future__ import annotations

import mimetypes
import tempfile
from pathlib import Path

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
            size = self.session.locale().formattedDataSize(record.data["size"])
            item = QListWidgetItem(f"{record.data['file_name']}  ({size})")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.files.addItem(item)

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
        target = folder / Path(record.data["file_name"]).name
        target.write_bytes(self.session.store.content(attachment_id))
        return target

    def open_selected(self) -> None:
        target = self.export_selected(Path(tempfile.mkdtemp(prefix="greenbelt-file-")))
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

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
