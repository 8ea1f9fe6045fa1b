"""The Sync page's backups panel: "Back up now" and "Restore" (the store's backups).

Backups are the store's (``Home.backups()``: SQLite's online backup API,
checked after writing). Restoring first saves the current database as a
backup of its own, so nothing is lost by restoring; the store's connections
are closed first and reopen on the restored file. A database on a server
(PostgreSQL) is backed up by its administrator: the panel says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from greenbelt_desktop.gui.operations import Cancelled, Operation, run_operation
from greenbelt_desktop.gui.pages.sync_common import MessageBar, fill_table, read_only_table
from greenbelt_desktop.gui.pages.sync_history import local_time
from greenbelt_desktop.store.backup import BackupFile
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

translate = QCoreApplication.translate


def reason_text(reason: str) -> str:
    if reason == "manual":
        return translate("Sync", "made by hand")
    if reason == "before-restore":
        return translate("Sync", "saved before a restore")
    if reason.startswith("before-import"):
        return translate("Sync", "before importing a bundle")
    if reason.startswith("before-migration") or reason.startswith("before-upgrade"):
        return translate("Sync", "before updating the database")
    return reason


def size_text(size: int) -> str:
    return translate("Sync", "%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")


class BackupsPanel(QWidget):
    def __init__(
        self,
        store: Store,
        home: Home,
        on_restored: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.home = store, home
        self._on_restored = on_restored
        self.backups: list[BackupFile] = []
        self.operation: Operation | None = None
        self.on_server = home.database_url is not None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = read_only_table("backups")
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backup_button")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_backup_button")
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.message = MessageBar()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.backup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    def refresh(self) -> None:
        self.backups = [] if self.on_server else self.home.backups().list()
        fill_table(
            self.table,
            [translate("Sync", "When"), translate("Sync", "Why"), translate("Sync", "Size")],
            [
                [local_time(_rfc3339(b.created)), reason_text(b.reason), size_text(b.size)]
                for b in self.backups
            ],
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self.on_server)
        self.restore_button.setEnabled(not self.on_server and self.selected() is not None)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def back_up(self) -> Operation:
        def work(progress: Any) -> Any:
            progress.step(0, 0, translate("Sync", "Backing up…"))
            return self.home.backups().create("manual")

        def success(_: Any) -> None:
            self.message.inform(translate("Sync", "Backed up; the backup was checked."))
            self.refresh()

        self.operation = run_operation(
            self,
            work,
            on_success=success,
            on_failure=lambda error: self.message.refuse(
                translate("Sync", "The backup failed."), error
            ),
            title=translate("Sync", "Backing up"),
            cancellable=False,
        )
        return self.operation

    def restore_selected(self, confirm: bool | None = None) -> Operation | None:
        """Restore the selected backup after asking (``confirm`` answers in tests)."""
        backup = self.selected()
        if backup is None:
            return None
        if confirm is None:
            answer = QMessageBox.question(
                self,
                translate("Sync", "Restore a backup"),
                translate(
                    "Sync",
                    "Put the data back as it was on %1? The data as it is now is saved as a "
                    "backup first, so this can be reversed.",
                ).replace("%1", local_time(_rfc3339(backup.created))),
            )
            confirm = answer == QMessageBox.StandardButton.Yes
        if not confirm:
            return None

        def work(progress: Any) -> Any:
            progress.step(0, 0, translate("Sync", "Restoring…"))
            self.store.engine.dispose()  # no connection may hold the old file open
            return self.home.backups().restore(backup)

        def success(_: Any) -> None:
            self.message.inform(
                translate(
                    "Sync",
                    "Restored. The data as it was before is kept as a backup (saved before a "
                    "restore).",
                )
            )
            self.refresh()
            if self._on_restored is not None:
                self._on_restored()

        def failure(error: BaseException) -> None:
            self.message.refuse(translate("Sync", "Nothing was restored."), error)

        self.operation = run_operation(
            self,
            work,
            on_success=success,
            on_failure=failure,
            on_cancel=lambda: failure(Cancelled()),
            title=translate("Sync", "Restoring a backup"),
            cancellable=False,
        )
        return self.operation

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.on_server:
            self.intro.setText(
                translate(
                    "Sync",
                    "The data is on a database server: its administrator backs it up.",
                )
            )
        else:
            self.intro.setText(
                translate(
                    "Sync",
                    "A backup is taken automatically before every import and every update of "
                    "the database; the newest ones are kept. Your private key is never in a "
                    "backup.",
                )
            )
        self.backup_button.setText(translate("Sync", "&Back up now"))
        self.restore_button.setText(translate("Sync", "&Restore…"))
        self.refresh()


def _rfc3339(created: str) -> str:
    """A backup's stamp (20261125T093000123456Z) as RFC 3339 for ``local_time``."""
    if len(created) >= 15 and created[8] == "T":
        date, time = created[0:8], created[9:15]
        return f"{date[0:4]}-{date[4:6]}-{date[6:8]}T{time[0:2]}:{time[2:4]}:{time[4:6]}Z"
    return created
