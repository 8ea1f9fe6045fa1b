"""The Sync page's import panel: check a bundle, show what it would do, then apply.

Choosing a file runs the sync layer's dry run off the GUI thread: the
signature check and exactly the report the real import will give (new,
updated, unchanged, deleted, older, conflicts; per kind of record and per
party). Nothing is written until the person presses Apply; a refusal is one
clear message and the database is as it was. Both steps show their progress
and can be cancelled; a cancelled import applies nothing (the backup taken
before it stays among the backups).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.gui.operations import Cancelled, Operation, Progress, run_operation
from greenbelt_desktop.gui.pages.sync_common import (
    MessageBar,
    fill_table,
    party_name,
    read_only_table,
    translated,
)
from greenbelt_desktop.gui.texts import entity_plural
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.sync.errors import Message
from greenbelt_desktop.sync.importer import import_bundle
from greenbelt_desktop.sync.report import CATEGORIES, Report

translate = QCoreApplication.translate


def category_name(category: str) -> str:
    names = {
        "new": translate("Sync", "New"),
        "updated": translate("Sync", "Updated"),
        "unchanged": translate("Sync", "Unchanged"),
        "deleted": translate("Sync", "Deleted"),
        "older": translate("Sync", "Older (ignored)"),
        "conflicts": translate("Sync", "Conflicts (kept)"),
        "clashes": translate("Sync", "Clashes (kept back, not applied)"),
    }
    return names.get(category, category)


class ImportPanel(QWidget):
    """Check then apply a bundle file."""

    imported = Signal(object)  # the Report of an applied bundle

    def __init__(self, store: Store, home: Home, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.home = store, home
        self.path: Path | None = None
        self.report: Report | None = None
        self.applied = False
        self.operation: Operation | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_bundle")
        self.choose_button.clicked.connect(self._choose_file)
        self.file_label = QLabel()
        self.file_label.setObjectName("bundle_file")
        self.file_label.setWordWrap(True)
        self.verification = QLabel()
        self.verification.setObjectName("verification")
        self.verification.setWordWrap(True)
        self.by_entity = read_only_table("import_by_entity", even=True)
        self.by_party = read_only_table("import_by_party", even=True)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.message = MessageBar(lambda: self.store.reference)
        self.result_box = QGroupBox()
        box = QVBoxLayout(self.result_box)
        box.addWidget(self.verification)
        box.addWidget(self.by_entity, 2)
        box.addWidget(self.by_party, 1)
        self.result_box.hide()
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.result_box, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addStretch(0)
        self.retranslate()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Sync", "Import bundle"),
            "",
            translate("Sync", "Green Belt bundles (*.gbundle *.gbundle.gz);;All files (*)"),
        )
        if name:
            self.check(Path(name))

    # -- step 1: verify and dry run -----------------------------------------

    def check(self, path: Path) -> Operation:
        """Verify ``path`` and show what importing it would do; writes nothing."""
        self.path, self.report = path, None
        self.apply_button.setEnabled(False)
        self.result_box.hide()
        self.message.clear()
        self.file_label.setText(str(path))

        def work(progress: Progress) -> Report:
            progress.step(0, 0, translate("Sync", "Checking the signatures…"))
            report = import_bundle(
                self.home,
                self.store,
                path,
                dry_run=True,
                progress=progress.report,
                cancelled=progress.is_cancelled,
            )
            progress.check()  # cancelled meanwhile: the dry run wrote nothing anyway
            return report

        def success(report: Report) -> None:
            self.report = report
            self._show_report(report, applied=False)
            self.apply_button.setEnabled(not report.already_applied)

        def failure(error: BaseException) -> None:
            self.message.refuse(
                translate("Sync", "The bundle was refused; nothing was changed."), error
            )

        self.operation = run_operation(
            self,
            work,
            on_success=success,
            on_failure=failure,
            on_cancel=lambda: failure(Cancelled()),
            title=translate("Sync", "Checking the bundle"),
        )
        return self.operation

    # -- step 2: apply ------------------------------------------------------

    def apply(self) -> Operation | None:
        path = self.path
        if path is None or self.report is None:
            return None
        self.apply_button.setEnabled(False)

        def work(progress: Progress) -> Report:
            progress.step(0, 0, translate("Sync", "Applying the bundle…"))
            return import_bundle(
                self.home,
                self.store,
                path,
                progress=progress.report,
                cancelled=progress.is_cancelled,
            )

        def success(report: Report) -> None:
            self.report = report
            self._show_report(report, applied=True)
            totals = report.totals
            self.message.inform(
                translate("Sync", "Imported: %1 new, %2 updated, %3 deleted, %4 conflicts kept.")
                .replace("%1", str(totals["new"]))
                .replace("%2", str(totals["updated"]))
                .replace("%3", str(totals["deleted"]))
                .replace("%4", str(totals["conflicts"]))
            )
            self.imported.emit(report)

        def failure(error: BaseException) -> None:
            self.message.refuse(
                translate("Sync", "The bundle was refused; nothing was changed."), error
            )

        def cancelled() -> None:
            failure(Cancelled())
            self.apply_button.setEnabled(True)  # the check still holds: it may be applied later

        self.operation = run_operation(
            self,
            work,
            on_success=success,
            on_failure=failure,
            on_cancel=cancelled,
            title=translate("Sync", "Importing the bundle"),
        )
        return self.operation

    # -- showing ------------------------------------------------------------

    def _verification_text(self, report: Report, applied: bool) -> str:
        reference = self.store.reference
        kind = (
            translate("Sync", "consolidated bundle of the Secretariat")
            if report.kind == "consolidated"
            else translate("Sync", "bundle of a member state")
        )
        lines = [
            translate("Sync", "✔ Signature verified: %1 no. %2 from %3.")
            .replace("%1", kind)
            .replace("%2", str(report.sequence))
            .replace("%3", party_name(reference, report.party))
        ]
        if report.already_applied:
            lines.append(
                translate(
                    "Sync", "This bundle was already applied; importing it again changes nothing."
                )
            )
        elif applied:
            lines.append(translate("Sync", "Applied. A backup was taken before."))
        else:
            lines.append(translate("Sync", "Nothing is changed yet: this is what Apply will do."))
        for item in report.forwarded:
            outcome = item.get("outcome")
            lines.append(
                translate("Sync", "Forwarded bundle no. %1 from %2: %3")
                .replace("%1", str(item.get("sequence", "")))
                .replace("%2", party_name(reference, str(item.get("party", ""))))
                .replace(
                    "%3",
                    translated(outcome, reference)
                    if isinstance(outcome, Message)
                    else str(outcome or ""),
                )
            )
        lines += [f"• {translated(note, reference)}" for note in (*report.notes, *report.keys)]
        return "\n".join(lines)

    def _show_report(self, report: Report, applied: bool) -> None:
        self.applied = applied
        self.result_box.setTitle(
            translate("Sync", "Imported")
            if applied
            else translate("Sync", "Check before importing")
        )
        self.verification.setText(self._verification_text(report, applied))
        data = report.as_json()
        headers = [category_name(c) for c in CATEGORIES]
        fill_table(
            self.by_entity,
            [translate("Sync", "Records"), *headers],
            [
                [entity_plural(entity), *(row[c] for c in CATEGORIES)]
                for entity, row in data["by_entity"].items()
            ],
        )
        reference = self.store.reference
        fill_table(
            self.by_party,
            [translate("Sync", "Party"), *headers],
            [
                [party_name(reference, party), *(row[c] for c in CATEGORIES)]
                for party, row in data["by_party"].items()
            ],
        )
        self.result_box.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "Sync",
                "Import a bundle you received: the Secretariat's consolidated bundle (on a "
                "member state's computer) or a member state's bundle (at the Secretariat). It "
                "is checked first and you see what it would change; nothing is written until "
                "you press Apply.",
            )
        )
        self.choose_button.setText(translate("Sync", "&Choose bundle…"))
        self.apply_button.setText(translate("Sync", "&Apply"))
        if self.report is not None:
            self._show_report(self.report, applied=self.applied)
