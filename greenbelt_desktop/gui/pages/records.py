"""A list page of one kind of record: filters, column choice, new / open / delete.

The table is a :class:`RecordTableModel` (pages of rows from SQL). The filter
box searches as you type (full-text, any script); the pickers filter by
country, direction, status or kind, sharing, owner and date range where the
kind of record has them. Deleting asks nothing: it can be undone (Ctrl+Z).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.reference_entries import REFERENCE_ENTITY
from greenbelt_desktop.domain.sharing import SHARING_LEVELS
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.icons import icon
from greenbelt_desktop.gui.models.columns import sharing_name
from greenbelt_desktop.gui.models.record_table import RecordTableModel
from greenbelt_desktop.gui.operations import Operation, Progress, run_operation
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.texts import entity_plural
from greenbelt_desktop.gui.undo import DeleteRecord
from greenbelt_desktop.store import queries

FILTER_DELAY_MS = 150
NO_DATE = QDate(1900, 1, 1)


class RecordListPage(QWidget):
    def __init__(self, session: Session, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity = entity
        saved = session.preferences.value(f"columns/{entity}")
        visible = [str(key) for key in saved] if isinstance(saved, list) else None
        self.model = RecordTableModel(session, entity, visible)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.count_label = QLabel()
        self.new_button = self._button("plus", "new", QKeySequence.StandardKey.New, self.new_record)
        self.open_button = self._button("open-in-app", "open", None, self.open_current)
        self.delete_button = self._button(
            "delete-outline", "delete", QKeySequence.StandardKey.Delete, self.delete_current
        )
        self.export_button = self._button("microsoft-excel", "export", None, self.export_view)
        self.export_operation: Operation | None = None
        self.columns_button = QToolButton()
        self.columns_button.setIcon(icon("table-column"))
        self.columns_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for button in (
            self.new_button,
            self.open_button,
            self.delete_button,
            self.export_button,
            self.columns_button,
        ):
            top.addWidget(button)  # fmt: skip

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("list-filter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.addAction(icon("filter-outline"), QLineEdit.ActionPosition.LeadingPosition)
        self.text_filter.setMinimumWidth(200)
        self.country = self._combo(entity in queries.COUNTRY_COLUMN)
        self.direction = self._combo(entity in queries.DIRECTION_COLUMN)
        self.status = self._combo(entity in queries.STATUS_COLUMN)
        self.sharing = self._combo(True)
        self.origin = self._combo(True)
        has_dates = entity in queries.DATE_COLUMN
        self.date_from = self._date(has_dates)
        self.date_to = self._date(has_dates)
        filters = QHBoxLayout()
        filters.addWidget(self.text_filter, 2)
        for widget in (self.country, self.direction, self.status, self.sharing, self.origin):
            if widget.isEnabled():
                filters.addWidget(widget, 1)
        if has_dates:
            filters.addWidget(self.date_from)
            filters.addWidget(self.date_to)

        self.table = QTableView()
        self.table.setObjectName(f"table-{entity}")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator)
        self._size_columns()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.text_filter.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.country, self.direction, self.status, self.sharing, self.origin):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        session.records_changed.connect(self._records_changed)
        self.retranslate()

    def _records_changed(self, entity: str) -> None:
        if entity == REFERENCE_ENTITY:
            # New member states, labels or retired codes: the pickers and cells follow.
            self.retranslate()
            self.refresh()
        elif entity == self.entity:
            self.refresh()

    # -- building ------------------------------------------------------------

    def _button(self, icon_name, name, shortcut, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton()
        button.setObjectName(name)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        if shortcut is not None:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        return button

    def _combo(self, enabled: bool) -> QComboBox:
        combo = QComboBox()
        combo.setEnabled(enabled)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _date(self, enabled: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setEnabled(enabled)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for number in range(self.model.columnCount()):
            header.resizeSection(number, 150)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column that cannot be sorted leaves the sort as it was."""
        model = self.model
        if 0 <= column < len(model.columns) and model.columns[column].sortable:
            return
        header = self.table.horizontalHeader()
        keys = model.visible_keys()
        current = keys.index(model.sort_key) if model.sort_key in keys else -1
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(current, order)
        header.blockSignals(False)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        shown = self.model.visible_keys()
        for column in self.model.available:
            action = self.columns_menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(column.key in shown)
            action.toggled.connect(lambda on, key=column.key: self.show_column(key, on))

    def show_column(self, key: str, shown: bool) -> None:
        keys = self.model.visible_keys()
        if shown and key not in keys:
            keys.append(key)
        elif not shown and key in keys and len(keys) > 1:
            keys.remove(key)
        self.model.set_visible(keys)
        self.session.preferences.setValue(f"columns/{self.entity}", keys)
        self._size_columns()

    # -- filtering -----------------------------------------------------------

    def current_filter(self) -> queries.ListFilter:
        def picked(combo: QComboBox) -> str | None:
            return combo.currentData() or None if combo.isEnabled() else None

        def day(edit: QDateEdit) -> str | None:
            if not edit.isEnabled() or edit.date() == NO_DATE:
                return None
            return edit.date().toString(Qt.DateFormat.ISODate)

        return queries.ListFilter(
            text=self.text_filter.text(),
            country=picked(self.country),
            direction=picked(self.direction),
            status=picked(self.status),
            sharing=picked(self.sharing),
            origin=picked(self.origin),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()

    def refresh(self) -> None:
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(
            translate("RecordList", "%n record(s)", None, self.model.rowCount())
        )

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for code, label in items:
            combo.addItem(label, code)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- actions -------------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def new_record(self) -> None:
        self.session.open_record.emit(self.entity, "")

    def open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id:
            self.session.open_record.emit(self.entity, record_id)

    def open_current(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)

    def delete_current(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not self.session.is_own(self.model.origin(row)):
            self.count_label.setText(
                translate("RecordList", "Only the owner can delete this record.")
            )
            return
        title = self.model.data(self.model.index(row, 0)) or ""
        record_id = self.model.record_id(row)
        self.session.undo_stack.push(DeleteRecord(self.session, self.entity, record_id, title))

    # -- language ------------------------------------------------------------

    def export_view(self, path: Path | None = None) -> Operation | None:
        """Write what the list shows (every row the filters let through) to a workbook."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("RecordList", "Export to Excel"), f"{self.entity}.xlsx",
                "Excel (*.xlsx)",
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        target, store, entity = path, self.session.store, self.entity
        flt, lang = self.current_filter(), self.session.ref_lang

        def work(progress: Progress) -> int:
            from greenbelt_desktop.documents.xlsx_export import export_workbook

            with store.engine.connect() as conn:
                shown = queries.ids(conn, entity, flt)
            summary = export_workbook(
                store, target, entities=[entity], lang=lang, ids={entity: shown},
                progress=progress.report, cancelled=progress.is_cancelled,
            )  # fmt: skip
            return summary.counts.get(entity, 0)

        def done(count: int) -> None:
            QMessageBox.information(
                self,
                translate("RecordList", "Export to Excel"),
                translate("RecordList", "%1 records written to %2")
                .replace("%1", str(count)).replace("%2", str(target)),
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            QMessageBox.warning(
                self,
                translate("RecordList", "Export to Excel"),
                translate("RecordList", "The workbook was not written.") + "\n" + str(error),
            )

        self.export_operation = run_operation(
            self, work, on_success=done, on_failure=failed,
            title=translate("RecordList", "Export to Excel"),
        )  # fmt: skip
        return self.export_operation

    def retranslate(self) -> None:
        session = self.session
        self.heading.setText(entity_plural(self.entity))
        self.new_button.setText(translate("RecordList", "New"))
        self.new_button.setToolTip(translate("RecordList", "New record (Ctrl+N)"))
        self.open_button.setText(translate("RecordList", "Open"))
        self.delete_button.setText(translate("RecordList", "Delete"))
        self.export_button.setText(translate("RecordList", "Excel…"))
        self.export_button.setToolTip(
            translate("RecordList", "Export what this list shows to an Excel workbook")
        )
        self.delete_button.setToolTip(translate("RecordList", "Delete (Del); undo with Ctrl+Z"))
        self.columns_button.setText(translate("RecordList", "Columns"))
        self.text_filter.setPlaceholderText(translate("RecordList", "Filter as you type…"))
        ref = session.reference
        if self.country.isEnabled():
            self._fill_combo(
                self.country,
                translate("RecordList", "All countries"),
                sorted(
                    ((code, session.country(code)) for code in ref.member_states),
                    key=lambda item: item[1],
                ),
            )
        if self.direction.isEnabled():
            self._fill_combo(
                self.direction,
                translate("RecordList", "All directions"),
                [(code, session.label("directions", code)) for code in ref.codes("directions")],
            )
        if self.status.isEnabled():
            list_name = queries.STATUS_COLUMN[self.entity][1]
            everything = (
                translate("RecordList", "All kinds")
                if self.entity == "organisation"
                else translate("RecordList", "All statuses")
            )
            self._fill_combo(
                self.status,
                everything,
                [(code, session.label(list_name, code)) for code in ref.codes(list_name)],
            )
        self._fill_combo(
            self.sharing,
            translate("RecordList", "Any sharing"),
            [(code, sharing_name(code)) for code in SHARING_LEVELS],
        )
        parties = [*ref.member_states, "SECRETARIAT"]
        self._fill_combo(
            self.origin,
            translate("RecordList", "Any owner"),
            [(code, session.party_name(code)) for code in parties],
        )
        for edit, text in (
            (self.date_from, translate("RecordList", "From: any date")),
            (self.date_to, translate("RecordList", "To: any date")),
        ):
            edit.setSpecialValueText(text)
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)
