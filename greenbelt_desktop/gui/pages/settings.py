"""Settings: the language (switched at once, no restart) and this installation's identity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from greenbelt_desktop.gui.i18n import LANGUAGE_NAMES, LANGUAGES, translate
from greenbelt_desktop.gui.session import Session


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

        layout = QVBoxLayout(self)
        layout.addWidget(self.appearance)
        layout.addWidget(self.identity)
        layout.addStretch(1)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
