"""The Secretariat's dialog for one code of reference data: add a member state, or
relabel a code of any list.

It writes through the functions the ``greenbelt reference set`` command calls
(:func:`~greenbelt_desktop.store.reference_store.set_entry`), as one undoable
change on the session's undo stack (:func:`greenbelt_desktop.gui.undo.change_reference`).
A refusal of the domain's validation is shown beside the field it names (or as
one line under the fields) and nothing is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.reference import LANGUAGES
from greenbelt_desktop.domain.validation import RecordInvalid
from greenbelt_desktop.gui.forms.messages import message
from greenbelt_desktop.gui.forms.record_form import ERROR_STYLE, field_row
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.texts import list_names
from greenbelt_desktop.gui.undo import change_reference
from greenbelt_desktop.store.records import SecretariatOnly, StoreError
from greenbelt_desktop.store.reference_store import ReferenceItem, set_entry


def travel_note() -> str:
    return translate(
        "ReferenceEntryDialog",
        "The change is saved here and travels to the member states in the SCO "
        "Secretariat's next consolidated bundle.",
    )


def refusal(error: StoreError) -> str:
    """A refusal of the store in the person's language."""
    if isinstance(error, SecretariatOnly):
        return translate(
            "ReferenceEntryDialog",
            "Only the SCO Secretariat changes reference data. Nothing was changed.",
        )
    return str(error)


class ReferenceEntryDialog(QDialog):
    """``item`` None: a new member state (with its code); otherwise new labels for ``item``."""

    def __init__(
        self,
        session: Session,
        list_name: str,
        item: ReferenceItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reference-entry-dialog")
        self.session, self.list_name, self.item = session, list_name, item
        self.saved: ReferenceItem | None = None
        self.setMinimumWidth(520)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaximumWidth(80)
        self.code_label = QLabel()
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        rows: list[tuple[str, QLineEdit]] = []
        if item is None:
            self.code.setMaxLength(2)  # a member state's ISO 3166-1 alpha-2 code
            rows.append(("code", self.code))
        else:
            self.code.setText(item.code)
        for lang in LANGUAGES:
            edit = QLineEdit(item.labels.get(lang, "") if item else "")
            edit.setObjectName(f"label-{lang}")
            rows.append((f"labels.{lang}", edit))
        for name, edit in rows:
            label, cell, error = field_row(edit, name)
            form.addRow(label, cell)
            self.fields[name], self.labels[name], self.errors[name] = edit, label, error
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        list_title = list_names().get(self.list_name, self.list_name)
        if self.item is None:
            self.setWindowTitle(translate("ReferenceEntryDialog", "Add a member state"))
            self.intro.setText(
                translate(
                    "ReferenceEntryDialog",
                    "Enter the country's two-letter ISO 3166-1 code (for example AZ) and "
                    "its name in the three languages of the application.",
                )
            )
        else:
            self.setWindowTitle(
                translate("ReferenceEntryDialog", "Edit “%1”").replace("%1", self.item.code)
            )
            self.intro.setText(
                translate(
                    "ReferenceEntryDialog", "%1: the name of code “%2” in the three languages."
                )
                .replace("%1", list_title)
                .replace("%2", self.item.code)
            )
        texts = {
            "code": translate("ReferenceEntryDialog", "&Code:"),
            "labels.en": translate("ReferenceEntryDialog", "Name in &English:"),
            "labels.ru": translate("ReferenceEntryDialog", "Name in &Russian:"),
            "labels.zh": translate("ReferenceEntryDialog", "Name in C&hinese:"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.note.setText(
            translate(
                "ReferenceEntryDialog",
                "A saved change travels to the member states in the SCO Secretariat's next "
                "consolidated bundle.",
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("ReferenceEntryDialog", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ReferenceEntryDialog", "Cancel")
        )

    def values(self) -> tuple[str, dict[str, str]]:
        labels = {lang: self.fields[f"labels.{lang}"].text() for lang in LANGUAGES}
        return self.code.text(), labels

    def save(self) -> bool:
        code, labels = self.values()
        if self.item is None:
            what = translate("Undo", "add member state “%1”")
        else:
            what = translate("Undo", "rename “%1”")
        try:
            self.saved = change_reference(
                self.session,
                what.replace("%1", code.strip().upper() if self.item is None else code),
                self.list_name,
                code,
                lambda: set_entry(self.session.store, self.list_name, code, labels),
            )
        except RecordInvalid as invalid:
            self.show_issues(invalid)
            return False
        except StoreError as refused:
            self.show_issues(None, refusal(refused))
            return False
        self.accept()
        return True

    def show_issues(self, invalid: RecordInvalid | None, line: str = "") -> None:
        for error in self.errors.values():
            error.clear()
            error.setVisible(False)
        unplaced = [line] if line else []
        first: QLineEdit | None = None
        for issue in invalid.issues if invalid else []:
            beside = self.errors.get(issue.field)
            if beside is None:
                unplaced.append(message(issue))
                continue
            beside.setText((beside.text() + "\n" + message(issue)).strip())
            beside.setVisible(True)
            first = first or self.fields[issue.field]
        if first is not None:
            unplaced.insert(
                0,
                translate(
                    "ReferenceEntryDialog",
                    "Nothing was saved: please correct the fields marked in red.",
                ),
            )
        self.problems.setText("\n".join(unplaced))
        self.problems.setVisible(bool(unplaced))
        if first is not None:
            first.setFocus()
