"""Settings: the language (switched at once, no restart), this installation's identity and
the reference data in force here (shipped, or from the Secretariat).

A member state's installation only shows the reference data. At the Secretariat the
view also changes it (add a member state, edit the labels of a code, retire a code
or bring it back) through the store functions the ``greenbelt reference`` command
calls; each change is undoable (:mod:`greenbelt_desktop.gui.undo`) and announced as
``records_changed("reference")``, which the pickers of the other pages follow."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.reference import MEMBER_STATES, REFERENCE_LISTS, SECRETARIAT
from greenbelt_desktop.domain.reference_entries import NOT_RETIRABLE, REFERENCE_ENTITY
from greenbelt_desktop.domain.validation import RecordInvalid
from greenbelt_desktop.gui.dialogs.reference_entry import (
    ReferenceEntryDialog,
    refusal,
    travel_note,
)
from greenbelt_desktop.gui.forms.messages import message
from greenbelt_desktop.gui.i18n import LANGUAGE_NAMES, LANGUAGES, translate
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.texts import list_names
from greenbelt_desktop.gui.undo import change_reference
from greenbelt_desktop.store.records import StoreError
from greenbelt_desktop.store.reference_store import (
    FROM_SECRETARIAT,
    THIS_INSTALLATION,
    ReferenceItem,
    reference_items,
    retire_entry,
    set_entry,
)


class SettingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(session.language))
        self.language.setMaximumWidth(360)
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.appearance = QGroupBox()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.look_note = QLabel()
        self.look_note.setWordWrap(True)
        appearance = QFormLayout(self.appearance)
        appearance.addRow(self.language_label, self.language)
        appearance.addRow(self.look_note)

        self.identity = QGroupBox()
        self.identity_form = QFormLayout(self.identity)
        self.identity_labels = [QLabel() for _ in range(5)]
        self.identity_values = [QLabel() for _ in range(5)]
        for label, value in zip(self.identity_labels, self.identity_values, strict=True):
            value.setWordWrap(True)
            self.identity_form.addRow(label, value)

        self.reference = QGroupBox()
        self.reference_list = QComboBox()
        self.reference_list.setObjectName("reference_list")
        for name in REFERENCE_LISTS:
            self.reference_list.addItem(name, name)
        self.reference_list.setMaximumWidth(360)
        self.reference_list.currentIndexChanged.connect(lambda _i: self._fill_reference())
        self.reference_list_label = QLabel()
        self.reference_list_label.setBuddy(self.reference_list)
        self.reference_table = QTableWidget(0, 4)
        self.reference_table.setObjectName("reference_table")
        self.reference_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reference_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reference_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reference_table.verticalHeader().setVisible(False)
        header = self.reference_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reference_note = QLabel()
        self.reference_note.setWordWrap(True)
        reference = QFormLayout(self.reference)
        reference.addRow(self.reference_list_label, self.reference_list)
        reference.addRow(self.reference_table)
        self.items: list[ReferenceItem] = []
        self.editing = session.party == SECRETARIAT
        self.changed_note = QLabel()
        self.changed_note.setObjectName("reference_changed")
        self.changed_note.setWordWrap(True)
        self.changed_note.setVisible(False)
        if self.editing:
            self.add_button = self._button("reference_add", self.add_entry)
            self.edit_button = self._button("reference_edit", self.edit_entry)
            self.retire_button = self._button("reference_retire", self.retire)
            self.bring_back_button = self._button("reference_bring_back", self.bring_back)
            buttons = QHBoxLayout()
            for button in (
                self.add_button,
                self.edit_button,
                self.retire_button,
                self.bring_back_button,
            ):
                buttons.addWidget(button)
            buttons.addStretch(1)
            reference.addRow(buttons)
            reference.addRow(self.changed_note)
            self.reference_table.itemSelectionChanged.connect(self._enable_buttons)
            self.reference_table.itemActivated.connect(lambda _item: self.edit_entry())
        reference.addRow(self.reference_note)
        session.records_changed.connect(self._records_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.appearance)
        layout.addWidget(self.identity)
        layout.addWidget(self.reference, 1)
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _language_chosen(self, index: int) -> None:
        self.session.set_language(self.language.itemData(index))

    def refresh(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.appearance.setTitle(translate("SettingsPage", "Language and appearance"))
        self.language_label.setText(translate("SettingsPage", "&Language:"))
        self.look_note.setText(
            translate(
                "SettingsPage",
                "The application follows your system's light or dark theme. Dates and "
                "numbers are shown the way the chosen language writes them.",
            )
        )
        self.identity.setTitle(translate("SettingsPage", "This installation"))
        installation = self.session.store.installation()
        rows = [
            (translate("SettingsPage", "Party:"), self.session.party_name(installation.party)),
            (translate("SettingsPage", "Focal point:"), installation.focal_point),
            (translate("SettingsPage", "Organisation:"), installation.organisation),
            (translate("SettingsPage", "Device:"), installation.device),
            (
                translate("SettingsPage", "Data folder:"),
                str(self.session.store.engine.url.database),
            ),
        ]
        for (label, value), label_widget, value_widget in zip(
            rows, self.identity_labels, self.identity_values, strict=True
        ):
            label_widget.setText(label)
            value_widget.setText(value)
        self.reference.setTitle(translate("SettingsPage", "Reference data"))
        self.reference_list_label.setText(translate("SettingsPage", "Li&st:"))
        for index, name in enumerate(list_names().values()):
            self.reference_list.setItemText(index, name)
        self.reference_table.setHorizontalHeaderLabels(
            [
                translate("SettingsPage", "Code"),
                translate("SettingsPage", "Name"),
                translate("SettingsPage", "Status"),
                translate("SettingsPage", "Source"),
            ]
        )
        self.reference_note.setText(
            translate(
                "SettingsPage",
                "Reference data comes with the application and from the SCO Secretariat's "
                "consolidated bundles. A retired code stays valid on the records that use it "
                "but is not offered for new ones.",
            )
        )
        if self.editing:
            self.add_button.setText(translate("SettingsPage", "&Add…"))
            self.add_button.setToolTip(translate("SettingsPage", "Add a member state"))
            self.edit_button.setText(translate("SettingsPage", "&Edit…"))
            self.edit_button.setToolTip(
                translate("SettingsPage", "Change the names of the selected code")
            )
            self.retire_button.setText(translate("SettingsPage", "&Retire"))
            self.bring_back_button.setText(translate("SettingsPage", "&Bring back"))
            self.changed_note.setText(travel_note())
        self._fill_reference()

    def _fill_reference(self) -> None:
        """The codes of the chosen list, named in the reference data's language."""
        list_name = self.reference_list.currentData()
        if not list_name:
            return
        sources = {
            FROM_SECRETARIAT: translate("SettingsPage", "SCO Secretariat"),
            THIS_INSTALLATION: translate("SettingsPage", "This installation"),
        }
        shipped = translate("SettingsPage", "Shipped with the application")
        active, retired = translate("SettingsPage", "Active"), translate("SettingsPage", "Retired")
        selected = self.selected()
        items = self.items = reference_items(self.session.store, list_name)
        self.reference_table.setRowCount(len(items))
        lang = self.session.ref_lang
        for row, item in enumerate(items):
            cells = [
                item.code,
                item.labels.get(lang) or item.labels.get("en", item.code),
                active if item.active else retired,
                sources.get(item.source, shipped),
            ]
            for column, text in enumerate(cells):
                self.reference_table.setItem(row, column, QTableWidgetItem(text))
        if selected is not None:
            self.select(selected.code)
        self._enable_buttons()

    # -- changes, at the Secretariat ----------------------------------------------

    def selected(self) -> ReferenceItem | None:
        rows = {index.row() for index in self.reference_table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select(self, code: str) -> None:
        for row, item in enumerate(self.items):
            if item.code == code:
                self.reference_table.selectRow(row)
                return
        self.reference_table.clearSelection()

    def _enable_buttons(self) -> None:
        if not self.editing:
            return
        item = self.selected()
        list_name = self.reference_list.currentData()
        self.add_button.setEnabled(list_name == MEMBER_STATES)
        self.edit_button.setEnabled(item is not None)
        self.retire_button.setEnabled(
            item is not None and item.active and list_name not in NOT_RETIRABLE
        )
        self.bring_back_button.setEnabled(item is not None and not item.active)

    def _records_changed(self, entity: str) -> None:
        if entity == REFERENCE_ENTITY:
            self._fill_reference()

    def _changed(self, code: str) -> None:
        self.select(code)
        self.changed_note.setVisible(True)

    def add_entry(self) -> ReferenceEntryDialog:
        return self._open(ReferenceEntryDialog(self.session, MEMBER_STATES, None, self))

    def edit_entry(self) -> ReferenceEntryDialog | None:
        item = self.selected()
        if item is None:
            return None
        return self._open(ReferenceEntryDialog(self.session, item.list_name, item, self))

    def _open(self, dialog: ReferenceEntryDialog) -> ReferenceEntryDialog:
        dialog.accepted.connect(lambda: self._changed(dialog.saved.code if dialog.saved else ""))
        dialog.open()
        return dialog

    def retire(self) -> None:
        item = self.selected()
        if item is not None:
            self._change(
                translate("Undo", "retire “%1”"),
                item,
                lambda: retire_entry(self.session.store, item.list_name, item.code),
            )

    def bring_back(self) -> None:
        item = self.selected()
        if item is not None:
            self._change(
                translate("Undo", "bring back “%1”"),
                item,
                lambda: set_entry(self.session.store, item.list_name, item.code, item.labels),
            )

    def _change(self, what: str, item: ReferenceItem, change) -> None:  # type: ignore[no-untyped-def]
        try:
            change_reference(
                self.session, what.replace("%1", item.code), item.list_name, item.code, change
            )
        except RecordInvalid as invalid:
            problem = "\n".join(message(issue) for issue in invalid.issues)
        except StoreError as refused:
            problem = refusal(refused)
        else:
            self._changed(item.code)
            return
        QMessageBox.warning(self, translate("SettingsPage", "Reference data"), problem)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
