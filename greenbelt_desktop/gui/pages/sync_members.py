"""The Sync page's Secretariat panel: the member devices, their last bundle, and
writing the consolidated bundle that goes back to every member state.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.gui.operations import Cancelled, Operation, Progress, run_operation
from greenbelt_desktop.gui.pages.sync_common import (
    MessageBar,
    fill_table,
    local_time,
    party_name,
    read_only_table,
)
from greenbelt_desktop.gui.pages.sync_keys import status_name
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.sync.consolidate import consolidate
from greenbelt_desktop.sync.keyring import list_keys
from greenbelt_desktop.sync.ledger import history

translate = QCoreApplication.translate


def last_imports(store: Store, home: Home) -> dict[str, dict[str, Any]]:
    """The newest applied state bundle of each member device, from the ledger."""
    last: dict[str, dict[str, Any]] = {}
    for row in history(store, home.path):
        if row.get("direction") == "import" and row.get("outcome") == "applied":
            last[str(row.get("device"))] = row
    return last


class MembersPanel(QWidget):
    consolidated = Signal(object)  # the summary of a written consolidated bundle

    def __init__(self, store: Store, home: Home, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.home = store, home
        self.operation: Operation | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = read_only_table("members", even=True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("consolidate_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.write_button = QPushButton()
        self.write_button.setObjectName("consolidate_button")
        self.write_button.clicked.connect(self._choose_file)
        self.message = MessageBar(lambda: self.store.reference)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def refresh(self) -> None:
        reference = self.store.reference
        last = last_imports(self.store, self.home)
        rows = []
        members = [key for key in list_keys(self.store) if not key.own]
        for key in sorted(members, key=lambda k: (party_name(reference, k.card.party), k.kid)):
            row = last.get(key.card.device)
            rows.append(
                [
                    party_name(reference, key.card.party),
                    key.card.label,
                    status_name(key.status),
                    int(row["sequence"]) if row else "—",
                    local_time(str(row["at"])) if row else translate("Sync", "none yet"),
                ]
            )
        fill_table(
            self.table,
            [
                translate("Sync", "Member state"),
                translate("Sync", "Computer"),
                translate("Sync", "Key"),
                translate("Sync", "Last bundle"),
                translate("Sync", "Imported on"),
            ],
            rows,
        )

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Sync", "Write the consolidated bundle"),
            str(Path.home() / "greenbelt-consolidated.gbundle"),
            translate("Sync", "Green Belt bundles (*.gbundle);;All files (*)"),
        )
        if name:
            self.write_to(Path(name))

    def write_to(self, path: Path, on_done: Callable[[], None] | None = None) -> Operation | None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.inform(translate("Sync", "Enter the passphrase of your key to sign."))
            self.passphrase.setFocus()
            return None
        self.write_button.setEnabled(False)

        def work(progress: Progress) -> dict[str, Any]:
            progress.step(0, 0, translate("Sync", "Writing the consolidated bundle…"))
            return consolidate(
                self.store,
                self.home.keys_dir,
                passphrase,
                path,
                progress=progress.report,
                cancelled=progress.is_cancelled,
            )

        def success(summary: dict[str, Any]) -> None:
            self.passphrase.clear()
            self.write_button.setEnabled(True)
            self.message.inform(
                translate(
                    "Sync",
                    "Consolidated bundle %1 written to %2: %3 Secretariat changes and %4 member "
                    "bundles forwarded. Send it to every member state.",
                )
                .replace("%1", str(summary.get("sequence", "")))
                .replace("%2", str(path))
                .replace("%3", str(summary.get("total", 0)))
                .replace("%4", str(summary.get("forwarded", 0)))
            )
            self.consolidated.emit(summary)

        def failure(error: BaseException) -> None:
            self.write_button.setEnabled(True)
            self.message.refuse(translate("Sync", "The bundle was not written."), error)

        self.operation = run_operation(
            self,
            work,
            on_success=success,
            on_failure=failure,
            on_cancel=lambda: failure(Cancelled()),
            title=translate("Sync", "Writing the consolidated bundle"),
        )
        return self.operation

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "Sync",
                "The member states' computers whose keys the Secretariat trusts, and the last "
                "bundle imported from each. The consolidated bundle carries the Secretariat's "
                "records and every member's shared records, each still signed by its member.",
            )
        )
        self.passphrase_label.setText(translate("Sync", "&Passphrase:"))
        self.write_button.setText(translate("Sync", "&Write consolidated bundle…"))
        self.refresh()
