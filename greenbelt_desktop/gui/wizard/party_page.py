"""The wizard's party page: a member state's focal point, a member state that joined
after this version, or the SCO Secretariat.

The member states are those of the reference data shipped with this version.
A state that joined after the release is chosen from every ISO 3166-1
country (:class:`CountryPicker`) and set up as a new member
(``Store.initialise(..., new_member=True)``, as ``greenbelt init
--new-member``); the Secretariat's reference data names it once the first
consolidated bundle arrives. A country this version already knows as a
member is refused there: it is picked from the member states above.
"""

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

from greenbelt_desktop.domain.reference import SECRETARIAT, Reference, country_codes
from greenbelt_desktop.gui.wizard.country_picker import CountryPicker
from greenbelt_desktop.gui.wizard.pages import TranslatedPage, note_label

translate = QCoreApplication.translate


class PartyPage(TranslatedPage):
    def __init__(self, reference: Reference) -> None:
        super().__init__()
        self.reference = reference
        self.lang = "en"  # the reference data's language for country names
        self.member = QRadioButton()
        self.member.setObjectName("member")
        self.new_member = QRadioButton()
        self.new_member.setObjectName("new_member")
        self.secretariat = QRadioButton()
        self.secretariat.setObjectName("secretariat")
        group = QButtonGroup(self)
        for button in (self.member, self.new_member, self.secretariat):
            group.addButton(button)
        self.member.setChecked(True)
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.country_label = QLabel()
        self.country_label.setBuddy(self.country)
        self.new_country = CountryPicker()
        self.new_country.setObjectName("new_country")
        self.new_country.setEnabled(False)
        self.new_country_label = QLabel()
        self.new_country_label.setBuddy(self.new_country)
        self.new_country_problem = note_label()
        self.new_country_problem.setObjectName("new_country_problem")
        self.new_country_problem.setStyleSheet("color: palette(highlight);")
        self.new_country_note = note_label()
        self.new_country_note.setObjectName("new_country_note")
        self.new_country_note.setEnabled(False)
        self.note = note_label()
        member_row = QFormLayout()
        member_row.setContentsMargins(24, 0, 0, 0)
        member_row.addRow(self.country_label, self.country)
        new_member_row = QFormLayout()
        new_member_row.setContentsMargins(24, 0, 0, 0)
        new_member_row.addRow(self.new_country_label, self.new_country)
        new_member_row.addRow(self.new_country_problem)
        new_member_row.addRow(self.new_country_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.member)
        layout.addLayout(member_row)
        layout.addWidget(self.new_member)
        layout.addLayout(new_member_row)
        layout.addWidget(self.secretariat)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addStretch()
        self.member.toggled.connect(self.country.setEnabled)
        self.new_member.toggled.connect(self.new_country.setEnabled)
        self.new_member.toggled.connect(self.new_country_note.setEnabled)
        for button in (self.member, self.new_member, self.secretariat):
            button.toggled.connect(self._changed)
        self.new_country.currentTextChanged.connect(self._changed)
        self.retranslate()

    def party(self) -> str:
        if self.secretariat.isChecked():
            return SECRETARIAT
        if self.new_member.isChecked():
            code = self.new_country.code()
            return code if code and not self.reference.is_party(code) else ""
        return str(self.country.currentData() or "")

    def is_secretariat(self) -> bool:
        return self.secretariat.isChecked()

    def is_new_member(self) -> bool:
        """A member state this version's reference data does not know yet."""
        return self.new_member.isChecked()

    def select_country(self, code: str) -> None:
        self.member.setChecked(True)
        self.country.setCurrentIndex(self.country.findData(code))

    def select_new_member(self, code: str) -> None:
        self.new_member.setChecked(True)
        self.new_country.select(code)

    def isComplete(self) -> bool:
        return bool(self.party())

    def validatePage(self) -> bool:
        if self.new_member.isChecked():
            self.new_country.settle()  # a typed name shows as the country it means
        return True

    def _changed(self) -> None:
        self.new_country_problem.setText(self._new_country_problem())
        self.new_country_problem.setVisible(bool(self.new_country_problem.text()))
        self.completeChanged.emit()

    def _new_country_problem(self) -> str:
        """Why the country typed for a new member state cannot be taken ("" if it can)."""
        if not self.new_member.isChecked() or not self.new_country.currentText().strip():
            return ""
        code = self.new_country.code()
        if not code:
            return translate(
                "Wizard", "Choose a country from the list, or type its name or two-letter code."
            )
        if self.reference.is_member_state(code):
            return (
                translate(
                    "Wizard",
                    "%1 is already a member state in this version: choose it under “%2” above.",
                )
                .replace("%1", self.reference.country_name(code, self.lang))
                .replace("%2", self.member.text().replace("&", ""))
            )
        return ""

    def retranslate(self) -> None:
        lang = self.lang
        self.setTitle(translate("Wizard", "Who uses this computer?"))
        self.setSubTitle(
            translate("Wizard", "Bundles made here are signed in the name of this party.")
        )
        self.member.setText(translate("Wizard", "The focal point of a member state"))
        self.new_member.setText(
            translate("Wizard", "Another member state (joined after this version)")
        )
        self.secretariat.setText(translate("Wizard", "The SCO Secretariat"))
        self.country_label.setText(translate("Wizard", "&Member state:"))
        self.new_country_label.setText(translate("Wizard", "&Country:"))
        self.new_country.edit.setPlaceholderText(translate("Wizard", "Type or choose the country"))
        current = self.country.currentData()
        self.country.clear()
        names = sorted(
            (self.reference.country_name(code, lang), code) for code in self.reference.member_states
        )
        for name, code in names:
            self.country.addItem(f"{name} ({code})", code)
        if current:
            self.country.setCurrentIndex(self.country.findData(current))
        countries = sorted(country_codes())
        self.new_country.set_countries(
            [code for code in countries if not self.reference.is_member_state(code)],
            {code: self.reference.country_name(code, lang) for code in countries},
            also=[{code: self.reference.country_name(code, "en") for code in countries}],
        )
        self.new_country_note.setText(
            translate(
                "Wizard",
                "The SCO Secretariat's reference data will name your country properly once "
                "the first consolidated bundle has been imported.",
            )
        )
        self.note.setText(
            translate(
                "Wizard",
                "Choose the Secretariat only on the Secretariat's own computers: it "
                "consolidates the bundles of all member states.",
            )
        )
        self._changed()
