"""The Backups dialog: "Back up now", the list of backups, and "Restore".

The main window opens it from its menu. Restoring replaces the database, so
the dialog asks its owner to let go of the store first (``release``) and
emits :attr:`BackupsDialog.restored` afterwards, when the owner reopens the
store. A restore first saves the current database as a backup of its own.
The backups are SQLite files: a database on a server has none here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.gui.geometry import remember
from greenbelt_desktop.store.backup import BackupError, BackupFile
from greenbelt_desktop.store.home import Home

translate = QCoreApplication.translate

_REASONS: dict[str, Callable[[], str]] = {
    "manual": lambda: translate("Backups", "made by hand"),
    "before-restore": lambda: translate("Backups", "saved before a restore"),
    "before-migration": lambda: translate("Backups", "before an update"),
    "before-import": lambda: translate("Backups", "before an import"),
}


def describe(backup: BackupFile) -> str:
    """``2026-11-25 12:00:03 UTC — before an import (1.2 MB)`` in the user's language."""
    reason = next(
        (label() for key, label in _REASONS.items() if backup.reason.startswith(key)),
        backup.reason,
    )
    return f"{backup.when} — {reason} ({backup.size / 1e6:.1f} MB)"


class BackupsDialog(QDialog):
    restored = Signal()

    def __init__(
        self, home: Home, release: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.home = home
        self._release = release
        self.setWindowTitle(translate("Backups", "Backups"))
        remember(self, "backups", QSize(520, 360))
        layout = QVBoxLayout(self)
        self.note = QLabel(
            translate(
                "Backups",
                "A backup is made before every import and update; the newest {keep} are kept.",
            ).format(keep=home.backups().keep)
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget()
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.backup_button = QPushButton(translate("Backups", "Back up now"))
        self.restore_button = QPushButton(translate("Backups", "Restore…"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        if home.is_server:
            self.note.setText(
                translate(
                    "Backups",
                    "This data is on a database server; its administrator backs it up.",
                )
            )
            self.backup_button.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for backup in [] if self.home.is_server else self.home.backups().list():
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup.name)
            self.list.addItem(item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def back_up_now(self) -> None:
        try:
            self.home.backups().create("manual")
        except BackupError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
        self.refresh()
        self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        backups = self.home.backups()
        try:
            chosen = backups.find(str(items[0].data(Qt.ItemDataRole.UserRole)))
        except BackupError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            translate(
                "Backups",
                "Replace the current data with the backup from {when}? "
                "The current data is saved as a backup first.",
            ).format(when=chosen.when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._release()
        try:
            backups.restore(chosen)
        except BackupError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
        self.restored.emit()
        self.refresh()
