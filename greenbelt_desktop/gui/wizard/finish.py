"""The wizard's answers, its summary page, and setting the installation up.

``set_up`` only calls the store (and the sync layer for keys): the rules of
what an installation is live there, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from greenbelt_desktop.domain.reference import SECRETARIAT, Reference
from greenbelt_desktop.gui.wizard.pages import LANGUAGES, TranslatedPage, note_label
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.sync.keyring import create_installation_key, trust_card
from greenbelt_desktop.sync.keys import KeyCard, check_passphrase, group_fingerprint

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Answers:
    language: str
    party: str
    name: str
    organisation: str
    passphrase: str = field(repr=False, default="")
    card: KeyCard | None = None
    new_member: bool = False  # a member state this version's reference data does not know


def set_up(home: Home, store: Store, answers: Answers) -> KeyCard:
    """Create the installation and its key pair, trust the Secretariat's card if one
    was confirmed; returns this installation's own key card. StoreError when refused
    (the passphrase is checked before anything is written)."""
    check_passphrase(answers.passphrase)
    store.initialise(
        answers.party, answers.name, answers.organisation, new_member=answers.new_member
    )
    label = " — ".join(part for part in (answers.organisation, answers.name) if part)
    own = create_installation_key(store, home.keys_dir, answers.passphrase, label)
    if answers.card is not None:
        trust_card(store, answers.card, answers.card.kid)
    return own


class _Asking(Protocol):
    """The wizard this page is on: it collects the answers of every page."""

    def answers(self) -> Answers: ...


class SummaryPage(TranslatedPage):
    """What will be set up, shown before Finish writes anything."""

    def __init__(self, reference: Reference) -> None:
        super().__init__()
        self.reference = reference
        keys = ("language", "party", "name", "organisation", "key", "secretariat_key")
        self.values = {key: QLabel() for key in keys}
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
        self.labels["key"].setText(translate("Wizard", "Your key:"))
        self.labels["secretariat_key"].setText(translate("Wizard", "Secretariat's key:"))
        self.note.setText(
            translate(
                "Wizard",
                "Your records stay on this computer. They leave it only in the bundles you "
                "export on the Sync page, and records marked private never leave it.",
            )
        )
        wizard = self.wizard()
        if wizard is None:
            return
        answers = cast(_Asking, wizard).answers()
        lang = "zh" if answers.language.startswith("zh") else answers.language
        self.values["language"].setText(dict(LANGUAGES).get(answers.language, answers.language))
        self.values["party"].setText(self.reference.party_name(answers.party, lang))
        self.values["name"].setText(answers.name)
        self.values["organisation"].setText(
            answers.organisation or translate("Wizard", "(not given)")
        )
        self.values["key"].setText(
            translate("Wizard", "a new key pair is made when you press Finish")
        )
        secretariat = answers.party == SECRETARIAT
        self.labels["secretariat_key"].setVisible(not secretariat)
        self.values["secretariat_key"].setVisible(not secretariat)
        if answers.card is not None:
            self.values["secretariat_key"].setText(
                translate("Wizard", "trusted, fingerprint %1").replace(
                    "%1", group_fingerprint(answers.card.kid)
                )
            )
        else:
            self.values["secretariat_key"].setText(
                translate("Wizard", "not yet: trust it later on the Sync page")
            )
