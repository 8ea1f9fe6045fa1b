"""The form of one record: every field, validation messages beside the fields, files.

Saving goes through the store, which validates in the domain layer; each
issue it reports is shown under its field in the user's language
(``forms/messages.py``). Other parties' records open read-only with a note
saying whose they are. Closing with unsaved changes asks whether to save,
discard or go on editing. Ctrl+S saves, Esc closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.entities import DEFAULT_SHARING, MODELS, TITLE_FIELD
from greenbelt_desktop.domain.sharing import SHARING_LEVELS
from greenbelt_desktop.domain.validation import RecordInvalid
from greenbelt_desktop.gui.forms.attachments import AttachmentsBox
from greenbelt_desktop.gui.forms.editors import ChoiceEditor, Editor, make_editor
from greenbelt_desktop.gui.forms.messages import message, top_field, where_in_rows
from greenbelt_desktop.gui.forms.specs import FIELDS
from greenbelt_desktop.gui.geometry import remember
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.models.columns import sharing_name
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.texts import entity_name
from greenbelt_desktop.store.records import Record, StoreError

ERROR_STYLE = "color: #d32f2f;"


def field_row(field: QWidget, name: str) -> tuple[QLabel, QWidget, QLabel]:
    """(label, cell, error) of one field: the cell holds the field with its problem
    under it (hidden until there is one); the label's mnemonic focuses the field."""
    label = QLabel()
    label.setBuddy(field)
    error = QLabel()
    error.setObjectName(f"error-{name}")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.setVisible(False)
    cell = QWidget()
    cell_layout = QVBoxLayout(cell)
    cell_layout.setContentsMargins(0, 0, 0, 0)
    cell_layout.setSpacing(2)
    cell_layout.addWidget(field)
    cell_layout.addWidget(error)
    cell.setFocusProxy(field)
    return label, cell, error


class RecordForm(QDialog):
    saved = Signal(str)  # record id

    def __init__(
        self, session: Session, entity: str, record_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"form-{entity}")
        self.session = session
        self.entity = entity
        self.record: Record | None = session.store.get(entity, record_id) if record_id else None
        self.editable = self.record is None or session.is_own(self.record.origin)
        self.setWindowModality(Qt.WindowModality.NonModal)
        remember(self, f"form-{entity}", QSize(820, 700), session.preferences)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.owner_note = QLabel()
        self.owner_note.setWordWrap(True)
        self.owner_note.setVisible(not self.editable)
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setVisible(False)

        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        body = QWidget()
        self.layout_form = QFormLayout(body)
        self.layout_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        model_fields = MODELS[entity].model_fields
        for spec in FIELDS[entity]:
            editor = make_editor(spec.kind, session, zone=self._zone)
            editor.setObjectName(f"field-{spec.name}")
            editor.setEnabled(self.editable)
            label, cell, error = field_row(editor, spec.name)
            label.setProperty("required", model_fields[spec.name].is_required())
            self.layout_form.addRow(label, cell)
            self.editors[spec.name], self.labels[spec.name], self.errors[spec.name] = (
                editor,
                label,
                error,
            )
        self.sharing = ChoiceEditor([(code, sharing_name(code)) for code in SHARING_LEVELS])
        self.sharing.setEnabled(self.editable)
        self.sharing_label = QLabel()
        self.sharing_label.setBuddy(self.sharing)
        self.layout_form.addRow(self.sharing_label, self.sharing)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.attachments_holder = QVBoxLayout()
        self.attachments: AttachmentsBox | None = None
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setEnabled(self.editable)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.owner_note)
        layout.addWidget(self.problems)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.attachments_holder)
        layout.addWidget(self.buttons)

        self._load()
        self._clean = self.collect()
        self._show_attachments()
        self.retranslate()
        for editor in (*self.editors.values(), self.sharing):
            editor.edited.connect(self._update_title)
        first = next(iter(self.editors.values()))
        first.setFocus()

    # -- data ----------------------------------------------------------------

    def _zone(self) -> str | None:
        editor = self.editors.get("timezone")
        return editor.value() if editor is not None else None

    def _load(self) -> None:
        if self.record is not None:
            data, sharing = self.record.data, self.record.sharing
        else:
            data = {
                name: field.default
                for name, field in MODELS[self.entity].model_fields.items()
                if isinstance(field.default, str)
            }
            sharing = DEFAULT_SHARING[self.entity]
        for name, editor in self.editors.items():
            editor.set_value(data.get(name))
        self.sharing.set_value(sharing)

    def collect(self) -> dict[str, Any]:
        values = {name: editor.value() for name, editor in self.editors.items()}
        values["__sharing"] = self.sharing.value()
        return values

    def is_dirty(self) -> bool:
        return self.editable and self.collect() != self._clean

    def save(self) -> bool:
        if not self.editable:
            return False
        values = self.collect()
        sharing = values.pop("__sharing") or DEFAULT_SHARING[self.entity]
        store = self.session.store
        try:
            if self.record is None:
                new_id = store.add(self.entity, values, sharing=sharing)
                self.record = store.get(self.entity, new_id)
            else:
                self.record = store.update(self.entity, self.record.id, values, sharing=sharing)
        except RecordInvalid as invalid:
            self.show_issues(invalid)
            return False
        except StoreError as refused:
            QMessageBox.warning(self, entity_name(self.entity), str(refused))
            return False
        self.show_issues(None)
        self._clean = self.collect()
        self._show_attachments()
        self.retranslate()
        self.session.changed(self.entity)
        self.saved.emit(self.record.id)
        return True

    def show_issues(self, invalid: RecordInvalid | None) -> None:
        for error in self.errors.values():
            error.clear()
            error.setVisible(False)
        if invalid is None:
            self.problems.setVisible(False)
            return
        first: Editor | None = None
        unplaced: list[str] = []
        for issue in invalid.issues:
            name = top_field(issue.field)
            beside = self.errors.get(name)
            text = where_in_rows(issue.field) + message(issue)
            if beside is None:
                unplaced.append(text)
                continue
            beside.setText((beside.text() + "\n" + text).strip())
            beside.setVisible(True)
            first = first or self.editors[name]
        self.problems.setText(
            "\n".join(
                [translate("RecordForm", "Please correct the fields marked in red."), *unplaced]
            )
        )
        self.problems.setVisible(True)
        if first is not None:
            first.setFocus()

    def _show_attachments(self) -> None:
        if self.record is not None and self.attachments is None:
            self.attachments = AttachmentsBox(
                self.session, self.entity, self.record.id, self.editable, self
            )
            self.attachments_holder.addWidget(self.attachments)

    # -- closing -------------------------------------------------------------

    def may_close(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            translate("RecordForm", "Unsaved changes"),
            translate("RecordForm", "Save the changes to this record before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        if self.may_close():
            self._clean = self.collect()
            super().reject()

    # -- language ------------------------------------------------------------

    def _update_title(self) -> None:
        title = ""
        if self.record is not None:
            title = str(self.record.data.get(TITLE_FIELD[self.entity]) or "")
        heading = title or translate("RecordForm", "New record: %1").replace(
            "%1", entity_name(self.entity)
        )
        self.heading.setText(heading)
        self.setWindowTitle(
            f"{'* ' if self.is_dirty() else ''}{entity_name(self.entity)} — {heading}"
        )

    def retranslate(self) -> None:
        for spec in FIELDS[self.entity]:
            label = self.labels[spec.name]
            text = translate("Fields", spec.label)
            label.setText(f"{text} *" if label.property("required") else text)
        self.sharing_label.setText(translate("RecordForm", "Sharing"))
        if self.record is not None and not self.editable:
            self.owner_note.setText(
                translate(
                    "RecordForm",
                    "This record belongs to %1. You can read it here; only its owner changes it.",
                ).replace("%1", self.session.party_name(self.record.origin))
            )
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "sharing_label"):
            self.retranslate()
        super().changeEvent(event)
