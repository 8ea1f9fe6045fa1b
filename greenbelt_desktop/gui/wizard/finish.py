"""The wizard's answers, its summary page, and setting the installation up.

``set_up`` only calls the store (and the sync layer for keys): the rules of
what an installation is live there, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from greenbelt_desktop.domain.reference import Reference
from greenbelt_desktop.gui.wizard.pages import LANGUAGES, TranslatedPage, note_label
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Answers:
    language: str
    party: str
    name: str
    organisation: str


def set_up(home: Home, store: Store, answers: Answers) -> None:
    """Create the installation; StoreError when refused (nothing written)."""
    store.initialise(answers.party, answers.name, answers.organisation)


class SummaryPage(TranslatedPage):
    """What will be set up, shown before Finish writes anything."""

    def __init__(self, answers: Callable[[], Answers], reference: Reference) -> None:
        super().__init__()
        self._answers = answers
        self.reference = reference
        self.values = {key: QLabel() for key in ("language", "party", "name", "organisation")}
        self.labels = {key: QLabel() for key in self.values}
        form = QFormLayout()
        for key, value in self.values.items():
            value.setObjectName(f"summary_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(self.labels[key], value)
        self.note = note_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addStretch()
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Ready to set up"))
        self.setSubTitle(translate("Wizard", "Check what you entered, then press Finish."))
        self.labels["language"].setText(translate("Wizard", "Language:"))
        self.labels["party"].setText(translate("Wizard", "Party:"))
        self.labels["name"].setText(translate("Wizard", "Focal point:"))
        self.labels["organisation"].setText(translate("Wizard", "Organisation:"))
        self.note.setText(
            translate(
                "Wizard",
                "Your records stay on this computer. They leave it only in the bundles you "
                "export on the Sync page, and records marked private never leave it.",
            )
        )
        if self.wizard() is None:
            return
        answers = self._answers()
        lang = "zh" if answers.language.startswith("zh") else answers.language
        self.values["language"].setText(dict(LANGUAGES).get(answers.language, answers.language))
        self.values["party"].setText(self.reference.party_name(answers.party, lang))
        self.values["name"].setText(answers.name)
        self.values["organisation"].setText(
            answers.organisation or translate("Wizard", "(not given)")
        )
