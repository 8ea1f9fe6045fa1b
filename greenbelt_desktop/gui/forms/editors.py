"""Field editors of the forms: each shows one value of a record and gives it back.

An editor is a QWidget with ``value()``, ``set_value(v)`` and an ``edited``
signal. Values are what the domain expects (codes, ISO dates, record ids,
lists); a blank editor gives ``None`` (or ``[]``), which the domain reads as
"no value". Pickers show reference labels in the chosen language and keep
the codes; linked-record pickers show titles and keep ids. ``make_editor``
maps a field kind (``forms/specs.py``) to its editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.entities import all_timezones
from greenbelt_desktop.domain.reference import country_codes, currency_codes, currency_name
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.icons import icon
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.store import queries

NO_DATE = QDate(1900, 1, 1)


class Editor(QWidget):
    edited = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


def _wrap(editor: Editor, inner: QWidget) -> None:
    layout = QHBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(inner)
    editor.setFocusProxy(inner)


class LineEditor(Editor):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        _wrap(self, self.edit)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class NumberEditor(LineEditor):
    """A number in the user's locale (1 234,5 or 1,234.5); text that is no number is passed
    on as typed, so the domain's message names the field."""

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text.replace(" ", ""))
        return number if ok else text

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setText("")
            return
        number = float(value)
        self.edit.setText(QLocale().toString(number, "f", 0 if number.is_integer() else 2))


class TextEditor(Editor):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(72)
        _wrap(self, self.edit)
        self.edit.textChanged.connect(self.edited.emit)

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class LinesEditor(TextEditor):
    def value(self) -> list[str]:  # type: ignore[override]
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("\n".join(value or []))


class BoolEditor(Editor):
    def __init__(self) -> None:
        super().__init__()
        self.box = QCheckBox()
        _wrap(self, self.box)
        self.box.toggled.connect(lambda _on: self.edited.emit())

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(Editor):
    """One code out of a list (blank allowed); typing filters the list."""

    def __init__(
        self,
        items: list[tuple[str, str]],
        editable: bool = False,
        retired: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        # Labels of retired codes: not offered, shown when a record holds one.
        self.retired = dict(retired or {})
        self.combo = QComboBox()
        self.combo.setEditable(editable)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.combo.addItem("", None)
        for code, label in items:
            self.combo.addItem(label, code)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.combo.completer()
            assert completer is not None
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        _wrap(self, self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        if self.combo.isEditable():
            text = self.combo.currentText().strip()
            if not text:
                return None
            found = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
            return self.combo.itemData(found) if found > 0 else text
        data = self.combo.currentData()
        return data or None

    def set_value(self, value: Any) -> None:
        if value and self.combo.findData(value) < 0:
            # A retired code, or one this installation does not know.
            self.combo.addItem(self.retired.get(value, str(value)), value)
        self.combo.setCurrentIndex(max(self.combo.findData(value) if value else 0, 0))


class ChecksEditor(Editor):
    """Any number of codes out of a list, as check boxes."""

    def __init__(
        self,
        items: list[tuple[str, str]],
        rows: int = 5,
        retired: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.retired = dict(retired or {})  # as in ChoiceEditor
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setFixedHeight(min(len(items), rows) * 24 + 8)
        _wrap(self, self.list)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())

    def value(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        known = {self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())}
        for code in sorted(chosen - known):
            item = QListWidgetItem(self.retired.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)


class DateEditor(Editor):
    """An optional date; its lowest value means "not set"."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(translate("Editors", "not set"))
        self.edit.setDate(NO_DATE)
        _wrap(self, self.edit)
        self.edit.dateChanged.connect(lambda _d: self.edited.emit())

    def value(self) -> str | None:
        day = self.edit.date()
        return None if day == NO_DATE else day.toString(Qt.DateFormat.ISODate)

    def set_value(self, value: Any) -> None:
        self.edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate) if value else NO_DATE)


class EventTimeEditor(Editor):
    """An event's start or end: a whole day, or a day and time in the event's time zone."""

    def __init__(self, zone: Any = None) -> None:
        super().__init__()
        self._zone = zone  # callable giving the IANA zone chosen in the form, or None
        self._offset: dt.timezone | None = None
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate.currentDate())
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.all_day = QCheckBox(translate("Editors", "all day"))
        self.all_day.setChecked(True)
        self.time.setEnabled(False)
        self.all_day.toggled.connect(lambda on: self.time.setEnabled(not on))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.time)
        layout.addWidget(self.all_day)
        layout.addStretch(1)
        self.setFocusProxy(self.day)
        for signal in (self.day.dateChanged, self.time.timeChanged, self.all_day.toggled):
            signal.connect(lambda *_a: self.edited.emit())

    def value(self) -> str:
        day = dt.date.fromisoformat(self.day.date().toString(Qt.DateFormat.ISODate))
        if self.all_day.isChecked():
            return day.isoformat()
        t = self.time.time()
        local = dt.datetime(day.year, day.month, day.day, t.hour(), t.minute())
        zone_name = self._zone() if self._zone else None
        if zone_name:
            try:
                return local.replace(tzinfo=ZoneInfo(zone_name)).isoformat()
            except (KeyError, ValueError):
                pass
        if self._offset is not None:
            return local.replace(tzinfo=self._offset).isoformat()
        return local.astimezone().isoformat()

    def set_value(self, value: Any) -> None:
        if not value:
            return
        if len(value) == 10:
            self.day.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
            self.all_day.setChecked(True)
            return
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        offset = moment.utcoffset()
        self._offset = dt.timezone(offset) if offset is not None else None
        self.day.setDate(QDate(moment.year, moment.month, moment.day))
        self.time.setTime(QTime(moment.hour, moment.minute))
        self.all_day.setChecked(False)


class RowsEditor(Editor):
    """Sub-records (partners, financing lines, participants, follow-ups) as table rows."""

    def __init__(self, session: Session, columns: tuple[Any, ...]) -> None:
        super().__init__()
        self.session = session
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([translate("Fields", c.label) for c in columns])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.add = QToolButton()
        self.add.setIcon(icon("plus"))
        self.add.setToolTip(translate("Editors", "Add a line"))
        self.remove = QToolButton()
        self.remove.setIcon(icon("minus"))
        self.remove.setToolTip(translate("Editors", "Remove the selected line"))
        self.add.clicked.connect(self._add_blank)
        self.remove.clicked.connect(self._remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, values: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for number, column in enumerate(self.columns):
            editor = make_editor(column.kind, self.session)
            editor.set_value(values.get(column.name))
            editor.edited.connect(self.edited.emit)
            self.table.setCellWidget(row, number, editor)
        self.table.resizeRowsToContents()

    def _add_blank(self) -> None:
        self.add_row({})
        self.edited.emit()

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self.edited.emit()

    def value(self) -> list[dict[str, Any]]:
        rows = []
        for row in range(self.table.rowCount()):
            values = {}
            for number, column in enumerate(self.columns):
                editor = self.table.cellWidget(row, number)
                assert isinstance(editor, Editor)
                value = editor.value()
                if value not in (None, [], ""):
                    values[column.name] = value
            rows.append(values)
        return rows

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for values in value or []:
            self.add_row(values)


def _countries(session: Session) -> list[tuple[str, str]]:
    # A retired member state is still a country: it moves to the others.
    members = sorted(
        ((code, session.country(code)) for code in session.reference.active_codes("member_states")),
        key=lambda item: item[1],
    )
    others = sorted(
        ((code, session.country(code)) for code in country_codes() if code not in dict(members)),
        key=lambda item: item[1],
    )
    return members + others


def _offered(session: Session, list_name: str) -> list[tuple[str, str]]:
    """The codes a form offers for a new choice: the list's active codes, labelled."""
    ref = session.reference
    if list_name == "member_states":
        return [(code, session.country(code)) for code in ref.active_codes(list_name)]
    return [(code, session.label(list_name, code)) for code in ref.active_codes(list_name)]


def _retired(session: Session, list_name: str) -> dict[str, str]:
    """Labels of the list's retired codes (shown only where a record holds one)."""
    ref = session.reference
    return {
        code: session.country(code)
        if list_name == "member_states"
        else session.label(list_name, code)
        for code in ref.codes(list_name)
        if ref.is_retired(list_name, code)
    }


def make_editor(kind: str, session: Session, zone: Any = None) -> Editor:
    if kind == "line":
        return LineEditor()
    if kind == "text":
        return TextEditor()
    if kind == "lines":
        return LinesEditor()
    if kind == "number":
        return NumberEditor()
    if kind == "bool":
        return BoolEditor()
    if kind == "date":
        return DateEditor()
    if kind == "event_time":
        return EventTimeEditor(zone)
    if kind.startswith("code:"):
        list_name = kind[5:]
        return ChoiceEditor(_offered(session, list_name), retired=_retired(session, list_name))
    if kind.startswith("codes:"):
        list_name = kind[6:]
        return ChecksEditor(_offered(session, list_name), retired=_retired(session, list_name))
    if kind == "country":
        return ChoiceEditor(_countries(session), editable=True)
    if kind == "members":
        return ChecksEditor(
            _offered(session, "member_states"), retired=_retired(session, "member_states")
        )
    if kind == "party":
        parties = [*_offered(session, "member_states"), ("SECRETARIAT", "")]
        return ChoiceEditor(
            [(code, session.party_name(code)) for code, _ in parties],
            retired=_retired(session, "member_states"),
        )
    if kind == "currency":
        lang = session.ref_lang
        common = [
            "USD",
            "EUR",
            "CNY",
            "RUB",
            "KZT",
            "UZS",
            "KGS",
            "TJS",
            "INR",
            "PKR",
            "IRR",
            "BYN",
        ]
        rest = sorted(currency_codes() - set(common))
        return ChoiceEditor(
            [(code, f"{code} — {currency_name(code, lang)}") for code in [*common, *rest]],
            editable=True,
        )
    if kind == "timezone":
        return ChoiceEditor([(name, name) for name in all_timezones()], editable=True)
    if kind.startswith("link:"):
        with session.store.engine.connect() as conn:
            items = queries.choices(conn, kind[5:])
        return ChoiceEditor(items, editable=True)
    if kind.startswith("links:"):
        with session.store.engine.connect() as conn:
            items = queries.choices(conn, kind[6:])
        return ChecksEditor(items, rows=6)
    if kind.startswith("rows:"):
        from greenbelt_desktop.gui.forms.specs import ROWS

        return RowsEditor(session, ROWS[kind[5:]])
    raise ValueError(f"unknown field kind {kind}")


__all__ = ["Editor", "make_editor"]
