"""The Sync page's export panel (member states): preview, then write a bundle.

The preview is the sync layer's dry run: exactly the changes, per kind of
record and sharing level, that the bundle would carry; records marked
private never appear. Writing asks for a file name, then runs the export
off the GUI thread with a progress bar and Cancel (a cancelled export writes
no file and uses no sequence number).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
    read_only_table,
    sharing_name,
)
from greenbelt_desktop.gui.texts import entity_plural
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.sync.export import ExportSummary, export_bundle

translate = QCoreApplication.translate


def default_bundle_name(store: Store, sequence: int) -> str:
    return f"greenbelt-{store.installation().party}-{sequence:04d}.gbundle"


class ExportPanel(QWidget):
    """Preview and write this installation's state bundle."""

    exported = Signal(object)  # the ExportSummary of a written bundle

    def __init__(self, store: Store, home: Home, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.home = store, home
        self.preview: ExportSummary | None = None
        self.operation: Operation | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("preview_title")
        self.table = read_only_table("export_preview", even=True)
        self.full = QCheckBox()
        self.full.setObjectName("full_export")
        self.full.toggled.connect(self.refresh)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("export_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._choose_file)
        self.message = MessageBar(lambda: self.store.reference)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.full)
        buttons.addStretch()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    # -- preview -------------------------------------------------------------

    def refresh(self) -> None:
        """Run the dry run (quick: it only counts) and show what would leave."""
        try:
            self.preview = export_bundle(
                self.store, self.home.keys_dir, None, None, full=self.full.isChecked(), dry_run=True
            )
        except Exception as error:  # a refusal (e.g. no key yet) is shown, not raised
            self.preview = None
            self.message.refuse(translate("Sync", "Nothing can be exported yet."), error)
            self._show_preview()
            return
        self._show_preview()

    def _show_preview(self) -> None:
        summary = self.preview
        reference = self.store.reference
        rows: list[list[Any]] = []
        if summary is not None:
            for (entity, sharing, change), count in sorted(summary.counts.items()):
                what = (
                    translate("Sync", "deleted")
                    if change == "deleted"
                    else translate("Sync", "new or changed")
                )
                rows.append([entity_plural(entity), sharing_name(reference, sharing), what, count])
        fill_table(
            self.table,
            [
                translate("Sync", "Records"),
                translate("Sync", "Sharing"),
                translate("Sync", "Change"),
                translate("Sync", "Count"),
            ],
            rows,
        )
        if summary is None:
            self.preview_title.setText("")
        elif summary.total:
            self.preview_title.setText(
                translate("Sync", "Bundle %1 will carry %2 changes:")
                .replace("%1", str(summary.sequence))
                .replace("%2", str(summary.total))
            )
        else:
            self.preview_title.setText(
                translate(
                    "Sync",
                    "No changes to send: bundle %1 will carry only acknowledgements, which shows "
                    "the Secretariat this computer is alive.",
                ).replace("%1", str(summary.sequence))
            )
        self.export_button.setEnabled(summary is not None)

    # -- writing -------------------------------------------------------------

    def _choose_file(self) -> None:
        sequence = self.preview.sequence if self.preview else 1
        suggested = str(Path.home() / default_bundle_name(self.store, sequence))
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Sync", "Export bundle"),
            suggested,
            translate("Sync", "Green Belt bundles (*.gbundle);;All files (*)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path, on_done: Callable[[], None] | None = None) -> Operation | None:
        """Write the bundle to ``path`` off the GUI thread."""
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.inform(translate("Sync", "Enter the passphrase of your key to sign."))
            self.passphrase.setFocus()
            return None
        full = self.full.isChecked()
        self.export_button.setEnabled(False)

        def work(progress: Progress) -> ExportSummary:
            progress.step(0, 0, translate("Sync", "Signing and writing the bundle…"))
            return export_bundle(
                self.store,
                self.home.keys_dir,
                passphrase,
                path,
                full=full,
                progress=progress.report,
                cancelled=progress.is_cancelled,
            )

        def success(summary: ExportSummary) -> None:
            self.passphrase.clear()
            self.message.inform(
                translate("Sync", "Bundle %1 written to %2 with %3 changes.")
                .replace("%1", str(summary.sequence))
                .replace("%2", str(path))
                .replace("%3", str(summary.total))
            )
            self.exported.emit(summary)
            self.refresh()

        def failure(error: BaseException) -> None:
            self.message.refuse(translate("Sync", "The bundle was not written."), error)
            self.export_button.setEnabled(True)

        self.operation = run_operation(
            self,
            work,
            on_success=success,
            on_failure=failure,
            on_cancel=lambda: failure(Cancelled()),
            title=translate("Sync", "Exporting the bundle"),
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
                "A bundle carries your changes to the SCO Secretariat, by e-mail or on a USB "
                "stick. Records marked private never leave this computer. Until the Secretariat "
                "acknowledges a bundle, the next one carries the same changes again, so a lost "
                "file loses nothing.",
            )
        )
        self.full.setText(translate("Sync", "&Full export (every shared record)"))
        self.passphrase_label.setText(translate("Sync", "&Passphrase:"))
        self.preview_button.setText(translate("Sync", "&Refresh preview"))
        self.export_button.setText(translate("Sync", "&Export bundle…"))
        self._show_preview()
