"""Spreadsheets, calendar and address book: the documents layer's exchange files in the GUI.

One dialog for what a focal point does with Excel, Outlook and a phone: save
the blank template, export the records to a workbook, import a filled
workbook (checked first, the report shown, written only on *Apply*), export
events as .ics and contacts as .vcf, import a .vcf. The work runs on a worker
thread through :func:`greenbelt_desktop.gui.operations.run_operation` with
progress and Cancel; the documents modules are imported there, so opening
the main window does not load openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.gui.operations import Operation, Progress, run_operation
from greenbelt_desktop.store.records import Store

translate = QCoreApplication.translate
LANGUAGES = (("en", "English"), ("ru", "Русский"), ("zh", "中文"))


def action_text() -> str:
    return translate("ExchangeFiles", "Spreadsheets and contacts…")


class FilesDialog(QDialog):
    """The exchange-file actions; every ``*_to``/``*_from`` method takes a path (tests) or asks."""

    def __init__(self, store: Store, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("files-dialog")
        self.store = store
        self.operation: Operation | None = None
        self.pending_import: tuple[str, Path] | None = None
        self.setMinimumSize(720, 520)

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        codes = [code for code, _ in LANGUAGES]
        self.language.setCurrentIndex(codes.index(language) if language in codes else 0)
        self.language_label = QLabel()
        options = QFormLayout()
        options.addRow(self.language_label, self.language)

        self.excel_box = QGroupBox()
        self.template_button = QPushButton()
        self.export_button = QPushButton()
        self.import_button = QPushButton()
        self.contacts_box = QGroupBox()
        self.ics_button = QPushButton()
        self.vcard_button = QPushButton()
        self.vcard_import_button = QPushButton()
        for box, buttons in (
            (self.excel_box, (self.template_button, self.export_button, self.import_button)),
            (self.contacts_box, (self.ics_button, self.vcard_button, self.vcard_import_button)),
        ):
            grid = QGridLayout(box)
            for column, button in enumerate(buttons):
                grid.addWidget(button, 0, column)
        self.template_button.clicked.connect(lambda: self.save_template_to())
        self.export_button.clicked.connect(lambda: self.export_workbook_to())
        self.import_button.clicked.connect(lambda: self.check_workbook_from())
        self.ics_button.clicked.connect(lambda: self.export_calendar_to())
        self.vcard_button.clicked.connect(lambda: self.export_address_book_to())
        self.vcard_import_button.clicked.connect(lambda: self.check_address_book_from())

        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("files-result")
        self.report_view.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.disconnect()
        self.apply_button.clicked.connect(self.apply_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.excel_box)
        layout.addWidget(self.contacts_box)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ExchangeFiles", "Spreadsheets, calendar and contacts"))
        self.language_label.setText(translate("ExchangeFiles", "Language of the files:"))
        self.excel_box.setTitle(translate("ExchangeFiles", "Excel workbooks"))
        self.template_button.setText(translate("ExchangeFiles", "Save blank template…"))
        self.export_button.setText(translate("ExchangeFiles", "Export records…"))
        self.import_button.setText(translate("ExchangeFiles", "Import a filled workbook…"))
        self.contacts_box.setTitle(translate("ExchangeFiles", "Outlook, Thunderbird and phones"))
        self.ics_button.setText(translate("ExchangeFiles", "Export events (.ics)…"))
        self.vcard_button.setText(translate("ExchangeFiles", "Export contacts (.vcf)…"))
        self.vcard_import_button.setText(translate("ExchangeFiles", "Import contacts (.vcf)…"))
        self.apply_button.setText(translate("ExchangeFiles", "Apply import"))

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    # -- choosing files ---------------------------------------------------------

    def _save_path(self, path: Path | None, suggested: str, pattern: str) -> Path | None:
        if path is not None:
            return path
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), suggested, pattern)
        return Path(chosen) if chosen else None

    def _open_path(self, path: Path | None, pattern: str) -> Path | None:
        if path is not None:
            return path
        chosen, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "", pattern)
        return Path(chosen) if chosen else None

    def _run(
        self, work: Callable[[Progress], Any], done: Callable[[Any], str], title: str
    ) -> Operation:
        self.apply_button.setEnabled(False)
        self.report_view.setPlainText(translate("ExchangeFiles", "Working…"))
        self.operation = run_operation(
            self,
            work,
            on_success=lambda value: self.report_view.setPlainText(done(value)),
            on_failure=self._failed,
            on_cancel=lambda: self.report_view.setPlainText(
                translate("ExchangeFiles", "Cancelled; nothing was written.")
            ),
            title=title,
        )
        return self.operation

    def _failed(self, error: BaseException) -> None:
        self.pending_import = None
        self.apply_button.setEnabled(False)
        self.report_view.setPlainText(
            translate("ExchangeFiles", "Refused; nothing was written.") + "\n" + str(error)
        )

    # -- exports ------------------------------------------------------------------

    def save_template_to(self, path: Path | None = None) -> Operation | None:
        target = self._save_path(path, "greenbelt-template.xlsx", "Excel (*.xlsx)")
        if target is None:
            return None
        lang, reference = self.lang, self.store.reference

        def work(progress: Progress) -> Path:
            from greenbelt_desktop.documents.xlsx_template import write_template

            write_template(target, lang=lang, reference=reference)
            return target

        return self._run(
            work,
            lambda _: translate("ExchangeFiles", "Template saved: %1").replace("%1", str(target)),
            translate("ExchangeFiles", "Saving the template"),
        )

    def export_workbook_to(self, path: Path | None = None) -> Operation | None:
        target = self._save_path(path, "greenbelt-records.xlsx", "Excel (*.xlsx)")
        if target is None:
            return None
        store, lang = self.store, self.lang

        def work(progress: Progress) -> Any:
            from greenbelt_desktop.documents.xlsx_export import export_workbook

            return export_workbook(
                store, target, lang=lang, progress=progress.report,
                cancelled=progress.is_cancelled,
            )  # fmt: skip

        return self._run(
            work,
            lambda _: translate("ExchangeFiles", "Records exported: %1").replace("%1", str(target)),
            translate("ExchangeFiles", "Exporting records"),
        )

    def export_calendar_to(self, path: Path | None = None) -> Operation | None:
        target = self._save_path(path, "greenbelt-events.ics", "iCalendar (*.ics)")
        if target is None:
            return None
        store, lang = self.store, self.lang

        def work(progress: Progress) -> int:
            from greenbelt_desktop.documents.ics import export_calendar

            return export_calendar(
                store, target, lang=lang, progress=progress.report,
                cancelled=progress.is_cancelled,
            )  # fmt: skip

        return self._run(
            work,
            lambda count: translate("ExchangeFiles", "%1 events written to %2")
            .replace("%1", str(count)).replace("%2", str(target)),
            translate("ExchangeFiles", "Exporting events"),
        )  # fmt: skip

    def export_address_book_to(self, path: Path | None = None) -> Operation | None:
        target = self._save_path(path, "greenbelt-contacts.vcf", "vCard (*.vcf)")
        if target is None:
            return None
        store, lang = self.store, self.lang

        def work(progress: Progress) -> int:
            from greenbelt_desktop.documents.vcard import export_address_book

            return export_address_book(
                store, target, lang=lang, progress=progress.report,
                cancelled=progress.is_cancelled,
            )  # fmt: skip

        return self._run(
            work,
            lambda count: translate("ExchangeFiles", "%1 contacts written to %2")
            .replace("%1", str(count)).replace("%2", str(target)),
            translate("ExchangeFiles", "Exporting contacts"),
        )  # fmt: skip

    # -- imports: check first, apply on request ---------------------------------

    def check_workbook_from(self, path: Path | None = None) -> Operation | None:
        source = self._open_path(path, "Excel (*.xlsx)")
        return None if source is None else self._import("xlsx", source, dry_run=True)

    def check_address_book_from(self, path: Path | None = None) -> Operation | None:
        source = self._open_path(path, "vCard (*.vcf)")
        return None if source is None else self._import("vcard", source, dry_run=True)

    def apply_import(self) -> Operation | None:
        if self.pending_import is None:
            return None
        kind, source = self.pending_import
        return self._import(kind, source, dry_run=False)

    def _import(self, kind: str, source: Path, dry_run: bool) -> Operation:
        store = self.store
        annotated = source.with_name(source.stem + "-problems.xlsx")

        def work(progress: Progress) -> Any:
            if kind == "xlsx":
                from greenbelt_desktop.documents.xlsx_import import import_workbook

                return import_workbook(
                    store, source, dry_run=dry_run, annotated_path=annotated,
                    progress=progress.report, cancelled=progress.is_cancelled,
                )  # fmt: skip
            from greenbelt_desktop.documents.vcard import import_address_book

            return import_address_book(
                store, source, dry_run=dry_run, progress=progress.report,
                cancelled=progress.is_cancelled,
            )  # fmt: skip

        def done(report: Any) -> str:
            return self._describe(kind, source, report, dry_run)

        title = translate("ExchangeFiles", "Checking %1").replace("%1", source.name)
        if not dry_run:
            title = translate("ExchangeFiles", "Importing %1").replace("%1", source.name)
        return self._run(work, done, title)

    def _describe(self, kind: str, source: Path, report: Any, dry_run: bool) -> str:
        counts = report.counts()
        line = (
            translate("ExchangeFiles", "new: %1, changed: %2, unchanged: %3")
            .replace("%1", str(counts.get("new", 0)))
            .replace("%2", str(counts.get("changed", 0)))
            .replace("%3", str(counts.get("unchanged", 0)))
        )
        if report.problems:
            self.pending_import = None
            lines = [
                translate("ExchangeFiles", "%1 problems found; nothing was written.").replace(
                    "%1", str(len(report.problems))
                )
            ]
            if getattr(report, "annotated", None):
                lines.append(
                    translate("ExchangeFiles", "The marked-up copy to correct: %1").replace(
                        "%1", str(report.annotated)
                    )
                )
            lines += [str(problem) for problem in report.problems[:200]]
            return "\n".join(lines)
        notes = report.lines()[:200] if hasattr(report, "lines") else []
        if hasattr(report, "skipped"):
            line += translate("ExchangeFiles", ", left out: %1").replace(
                "%1", str(len(report.skipped))
            )
        if dry_run:
            writes = counts.get("new", 0) + counts.get("changed", 0)
            self.pending_import = (kind, source) if writes else None
            self.apply_button.setEnabled(bool(writes))
            head = translate("ExchangeFiles", "Checked %1; nothing written yet.").replace(
                "%1", source.name
            )
            tail = (
                translate("ExchangeFiles", "Press Apply import to write these records.")
                if writes
                else translate("ExchangeFiles", "Nothing to import: every row is unchanged.")
            )
            return "\n".join([head, line, tail, *notes])
        self.pending_import = None
        head = translate("ExchangeFiles", "Imported %1.").replace("%1", source.name)
        return "\n".join([head, line, *notes])


def open_files_dialog(store: Store, language: str, parent: QWidget | None = None) -> FilesDialog:
    dialog = FilesDialog(store, language=language, parent=parent)
    dialog.open()
    return dialog
