"""Settings: the language (switched at once, no restart), this installation's identity and,
read only, the reference data in force here (shipped, or from the Secretariat)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.reference import REFERENCE_LISTS
from greenbelt_desktop.gui.i18n import LANGUAGE_NAMES, LANGUAGES, translate
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.texts import list_names
from greenbelt_desktop.store.reference_store import (
    FROM_SECRETARIAT,
    THIS_INSTALLATION,
    reference_items,
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
        self.reference_table.verticalHeader().setVisible(False)
        header = self.reference_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reference_note = QLabel()
        self.reference_note.setWordWrap(True)
        reference = QFormLayout(self.reference)
        reference.addRow(self.reference_list_label, self.reference_list)
        reference.addRow(self.reference_table)
        reference.addRow(self.reference_note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.appearance)
        layout.addWidget(self.identity)
        layout.addWidget(self.reference, 1)
        self.retranslate()

    def _data_folder(self) -> str:
        database = self.session.store.engine.url.database
        return str(Path(database).parent) if database else str(self.session.store.engine.url)

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
        items = reference_items(self.session.store, list_name)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
