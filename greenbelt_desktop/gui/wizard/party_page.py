"""The wizard's party page: a member state's focal point or the SCO Secretariat."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from greenbelt_desktop.domain.reference import SECRETARIAT, Reference
from greenbelt_desktop.gui.wizard.pages import TranslatedPage, note_label

translate = QCoreApplication.translate


class PartyPage(TranslatedPage):
    def __init__(self, reference: Reference) -> None:
        super().__init__()
        self.reference = reference
        self.lang = "en"  # the reference data's language for country names
        self.member = QRadioButton()
        self.member.setObjectName("member")
        self.secretariat = QRadioButton()
        self.secretariat.setObjectName("secretariat")
        group = QButtonGroup(self)
        group.addButton(self.member)
        group.addButton(self.secretariat)
        self.member.setChecked(True)
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.country_label = QLabel()
        self.country_label.setBuddy(self.country)
        self.note = note_label()
        row = QFormLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addRow(self.country_label, self.country)
        layout = QVBoxLayout(self)
        layout.addWidget(self.member)
        layout.addLayout(row)
        layout.addWidget(self.secretariat)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addStretch()
        self.member.toggled.connect(self.country.setEnabled)
        self.member.toggled.connect(self.completeChanged)
        self.retranslate()

    def party(self) -> str:
        if self.secretariat.isChecked():
            return SECRETARIAT
        return str(self.country.currentData() or "")

    def is_secretariat(self) -> bool:
        return self.secretariat.isChecked()

    def select_country(self, code: str) -> None:
        self.member.setChecked(True)
        self.country.setCurrentIndex(self.country.findData(code))

    def isComplete(self) -> bool:
        return bool(self.party())

    def retranslate(self) -> None:
        lang = self.lang
        self.setTitle(translate("Wizard", "Who uses this computer?"))
        self.setSubTitle(
            translate("Wizard", "Bundles made here are signed in the name of this party.")
        )
        self.member.setText(translate("Wizard", "The focal point of a member state"))
        self.secretariat.setText(translate("Wizard", "The SCO Secretariat"))
        self.country_label.setText(translate("Wizard", "&Member state:"))
        current = self.country.currentData()
        self.country.clear()
        names = sorted(
            (self.reference.country_name(code, lang), code) for code in self.reference.member_states
        )
        for name, code in names:
            self.country.addItem(f"{name} ({code})", code)
        if current:
            self.country.setCurrentIndex(self.country.findData(current))
        self.note.setText(
            translate(
                "Wizard",
                "Choose the Secretariat only on the Secretariat's own computers: it "
                "consolidates the bundles of all member states.",
            )
        )
