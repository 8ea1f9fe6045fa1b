"""The Briefing pack dialog: the options of ``greenbelt briefing``, a preview, a progress bar.

The pack is made by the documents layer (``make_briefing``) on a worker thread
through :func:`greenbelt_desktop.gui.operations.run_operation`'s
:class:`Operation`; the bar below the options follows its progress and
*Cancel* stops it (nothing is written). *Preview* makes the pack in a
temporary folder and shows its first pages, rendered with PDFium (pypdfium2;
Qt's own PDF module is not part of PySide6-Essentials); *Save PDF…* writes it
where the user chooses and shows the same preview.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import pypdfium2
from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.documents.briefing import (
    BriefingResult,
    checked_options,
    make_briefing,
)
from greenbelt_desktop.gui.geometry import remember
from greenbelt_desktop.gui.operations import Operation, Progress
from greenbelt_desktop.store.records import Store

translate = QCoreApplication.translate

PREVIEW_PAGES = 3
PREVIEW_WIDTH = 300  # pixels per page in the preview


def _languages() -> list[tuple[str, str]]:
    return [("en", "English"), ("ru", "Русский"), ("zh", "中文")]


def _audiences() -> list[tuple[str, str, str]]:
    return [
        (
            "members",
            translate("Briefing", "Delegations of the member states"),
            translate(
                "Briefing",
                "Only records shared with all member states are printed; private and "
                "Secretariat-only records are left out.",
            ),
        ),
        (
            "secretariat",
            translate("Briefing", "SCO Secretariat"),
            translate(
                "Briefing",
                "Records shared with the Secretariat and with all member states are printed; "
                "private records are left out.",
            ),
        ),
        (
            "internal",
            translate("Briefing", "Internal use of the ministry"),
            translate(
                "Briefing",
                "Every record is printed, private ones included: do not hand this pack to "
                "other delegations.",
            ),
        ),
    ]


@dataclass(frozen=True)
class Made:
    """What a finished pack operation hands back to the GUI thread."""

    result: BriefingResult
    pages: list[QImage]


def render_pages(
    path: Path, count: int = PREVIEW_PAGES, width: int = PREVIEW_WIDTH
) -> list[QImage]:
    """The first pages of a PDF as images (safe off the GUI thread: QImage, not QPixmap)."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        for index in range(min(count, len(document))):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            fmt = (
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else (QImage.Format.Format_RGB888)
            )
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
            ).copy()
            images.append(image)
            page.close()
        return images
    finally:
        document.close()


class BriefingDialog(QDialog):
    """Choose the options, preview the first pages, save the PDF."""

    made = Signal(object)  # the BriefingResult of a saved pack

    def __init__(self, store: Store, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.operation: Operation | None = None
        self._closing: int | None = None
        self._preview_dir = tempfile.TemporaryDirectory(prefix="greenbelt-preview-")
        self.setWindowTitle(translate("Briefing", "Briefing pack"))
        remember(self, "briefing", QSize(980, 760))
        reference = store.reference

        self.language = QComboBox()
        for code, name in _languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

        self.audience = QComboBox()
        self.audience_rule = QLabel()
        self.audience_rule.setWordWrap(True)
        for code, name, rule in _audiences():
            self.audience.addItem(name, code)
            self.audience.setItemData(self.audience.count() - 1, rule, Qt.ItemDataRole.ToolTipRole)
        self.audience.currentIndexChanged.connect(self._show_rule)
        self._show_rule()

        self.meeting = QComboBox()
        self.meeting.addItem(translate("Briefing", "None: a general pack"), None)
        events = sorted(store.iter_records("event"), key=lambda r: r.data["start"], reverse=True)
        for record in events:
            self.meeting.addItem(f"{record.data['start'][:10]}  {record.data['title']}", record.id)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)

        self.parties = QListWidget()
        self.parties.setMaximumHeight(130)
        ui_lang = language if language in ("en", "ru", "zh") else "en"
        for code in reference.member_states:
            item = QListWidgetItem(f"{reference.party_name(code, ui_lang)} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.parties.addItem(item)
        parties_hint = QLabel(translate("Briefing", "None ticked: all member states."))

        today = QDate.currentDate()
        self.use_dates = QCheckBox(translate("Briefing", "Only this period:"))
        self.date_from = QDateEdit(QDate(today.year(), 1, 1))
        self.date_to = QDateEdit(QDate(today.year(), 12, 31))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.date_from.dateChanged.connect(self.date_to.setMinimumDate)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addStretch()

        form = QFormLayout()
        form.addRow(translate("Briefing", "Language of the pack:"), self.language)
        form.addRow(translate("Briefing", "For:"), self.audience)
        form.addRow("", self.audience_rule)
        form.addRow(translate("Briefing", "Meeting:"), self.meeting)
        form.addRow(translate("Briefing", "Member states:"), self.parties)
        form.addRow("", parties_hint)
        form.addRow(translate("Briefing", "Dates:"), dates)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_button = QPushButton(translate("Briefing", "Preview"))
        self.save_button = QPushButton(translate("Briefing", "Save PDF…"))
        self.cancel_button = QPushButton(translate("Briefing", "Cancel"))
        self.close_button = QPushButton(translate("Briefing", "Close"))
        self.cancel_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch()
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addLayout(buttons)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        hint = QLabel(translate("Briefing", "Press Preview to see the first pages here."))
        hint.setWordWrap(True)
        self.pages_layout.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setFixedWidth(PREVIEW_WIDTH + 48)
        scroll.setStyleSheet("QScrollArea { background: #6b7570; }")

        layout = QHBoxLayout(self)
        left_widget = QWidget()
        left_widget.setLayout(left)
        layout.addWidget(left_widget, 1)
        layout.addWidget(scroll)

    # -- options ---------------------------------------------------------------------

    def _show_rule(self) -> None:
        index = self.audience.currentIndex()
        self.audience_rule.setText(str(self.audience.itemData(index, Qt.ItemDataRole.ToolTipRole)))

    def _meeting_changed(self) -> None:
        general = self.meeting.currentData() is None
        self.use_dates.setEnabled(general)
        if not general:
            self.use_dates.setChecked(False)

    def chosen_parties(self) -> list[str]:
        return [
            str(self.parties.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.parties.count())
            if self.parties.item(i).checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> Any:
        """The options as the documents layer checks them (raises BriefingError)."""
        use_dates = self.use_dates.isChecked()
        return checked_options(
            self.store.reference,
            lang=str(self.language.currentData()),
            parties=self.chosen_parties(),
            date_from=self.date_from.date().toPython() if use_dates else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if use_dates else None,  # type: ignore[arg-type]
            event=self.meeting.currentData(),
            audience=str(self.audience.currentData()),
        )

    # -- making the pack -----------------------------------------------------------------

    def preview(self) -> None:
        self._make(Path(self._preview_dir.name) / "preview.pdf", saved=False)

    def save(self, target: str | Path | None = None) -> None:
        if not target:
            suggested = str(Path.home() / f"briefing-{dt.date.today().isoformat()}.pdf")
            target, _ = QFileDialog.getSaveFileName(
                self,
                translate("Briefing", "Save the briefing pack"),
                suggested,
                translate("Briefing", "PDF documents (*.pdf)"),
            )
            if not target:
                return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._make(path, saved=True)

    def cancel(self) -> None:
        if self.operation is not None and self.operation.is_running():
            self.operation.cancel()
            self.status.setText(translate("Briefing", "Cancelling…"))

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.save_button, self.close_button):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _make(self, path: Path, saved: bool) -> None:
        try:
            options = self.options()
        except Exception as error:  # a refusal of the documents layer, e.g. dates reversed
            self._show_error(error)
            return
        store = self.store

        def work(progress: Progress) -> Made:
            result = make_briefing(store, options, path, progress=progress)
            return Made(result, render_pages(path))

        self.progress.setValue(0)
        self.status.setText(translate("Briefing", "Making the pack…"))
        self._busy(True)
        self.operation = Operation(
            self,
            work,
            on_success=lambda made: self._done(made, saved),
            on_failure=self._show_error,
            on_cancel=self._cancelled,
            show_dialog=False,
        )
        self.operation.progress.changed.connect(self._progress)
        self.operation.start()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.progress.setValue(int(100 * done / total))

    def _done(self, made: Made, saved: bool) -> None:
        self._busy(False)
        if self._closing is not None:
            self._close_if_asked()
            return
        self.progress.setValue(100)
        result = made.result
        if saved:
            self.status.setText(
                translate("Briefing", "Saved {path}: {pages} pages.").format(
                    path=result.path, pages=result.pages
                )
            )
            self.made.emit(result)
        else:
            self.status.setText(
                translate(
                    "Briefing", "Preview of the first pages; the pack has {pages} pages."
                ).format(pages=result.pages)
            )
        self._show_pages(made.pages)

    def _show_pages(self, images: list[QImage]) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.size())  # a page is never squeezed or cut
            self.pages_layout.addWidget(label)
        self.pages_layout.activate()  # the scroll area learns the new height at once

    def _show_error(self, error: BaseException) -> None:
        self._busy(False)
        self.progress.setValue(0)
        message = translate("Briefing", "The pack could not be made: {reason}").format(reason=error)
        self.status.setText(f'<span style="color:#b00020">{escape(message)}</span>')
        self._close_if_asked()

    def _cancelled(self) -> None:
        self._busy(False)
        self.progress.setValue(0)
        self.status.setText(translate("Briefing", "Cancelled; nothing was written."))
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._closing is not None:
            self.done(self._closing)

    def done(self, code: int) -> None:
        """Closing: a running pack is cancelled first; the preview files go."""
        if self.operation is not None and self.operation.is_running():
            self._closing = code
            self.operation.cancel()
            return
        self._preview_dir.cleanup()
        super().done(code)
