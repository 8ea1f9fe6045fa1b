"""The Sync page's keys panel: this computer's key card, and the keys it trusts.

A member trusts the Secretariat's key; the Secretariat trusts each member
device's key. Trusting asks the person to compare the fingerprint, shown in
groups of four, with the one the other side reads out over the phone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.gui.pages.sync_common import (
    MessageBar,
    fill_table,
    party_name,
    read_only_table,
)
from greenbelt_desktop.gui.wizard.keycard_page import fingerprint_font
from greenbelt_desktop.store.records import Store, StoreError
from greenbelt_desktop.sync.keyring import list_keys, own_key, trust_card
from greenbelt_desktop.sync.keys import KeyCard, group_fingerprint, read_card

translate = QCoreApplication.translate


def status_name(status: str) -> str:
    return {
        "active": translate("Sync", "trusted"),
        "revoked": translate("Sync", "revoked"),
        "rotated": translate("Sync", "replaced by a newer key"),
    }.get(status, status)


class ConfirmCardDialog(QDialog):
    """Shows a key card's party and grouped fingerprint; OK only once confirmed."""

    def __init__(self, card: KeyCard, party: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sync", "Trust a key card"))
        who = QLabel(
            translate("Sync", "Key card of %1: %2")
            .replace("%1", party)
            .replace("%2", card.label or card.device)
        )
        who.setWordWrap(True)
        compare = QLabel(
            translate(
                "Sync",
                "Ask the sender to read the fingerprint out to you over the phone, and "
                "compare it group by group with this one:",
            )
        )
        compare.setWordWrap(True)
        self.fingerprint = QLabel(group_fingerprint(card.kid))
        self.fingerprint.setFont(fingerprint_font())
        self.confirm = QCheckBox(translate("Sync", "&The fingerprints are the same"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Sync", "&Trust this key"))
        ok.setEnabled(False)
        self.confirm.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (who, compare, self.fingerprint, self.confirm, self.buttons):
            layout.addWidget(widget)


class KeysPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.own_title = QLabel()
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setObjectName("own_fingerprint")
        self.own_fingerprint.setFont(fingerprint_font())
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._choose_card_file)
        self.trusted_title = QLabel()
        self.table = read_only_table("trusted_keys")
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trust_button")
        self.trust_button.clicked.connect(self._choose_card_to_trust)
        self.message = MessageBar(lambda: self.store.reference)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_fingerprint, 1)
        own_row.addWidget(self.save_button)
        trust_row = QHBoxLayout()
        trust_row.addStretch()
        trust_row.addWidget(self.trust_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_title)
        layout.addLayout(own_row)
        layout.addSpacing(12)
        layout.addWidget(self.trusted_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(trust_row)
        layout.addWidget(self.message)
        self.retranslate()

    def refresh(self) -> None:
        try:
            self.own_fingerprint.setText(group_fingerprint(own_key(self.store).kid))
            self.save_button.setEnabled(True)
        except StoreError as error:  # set up without a key (e.g. a demo installation)
            self.own_fingerprint.setText("—")
            self.save_button.setEnabled(False)
            self.message.refuse(translate("Sync", "This computer has no key."), error)
        reference = self.store.reference
        fill_table(
            self.table,
            [
                translate("Sync", "Party"),
                translate("Sync", "Computer"),
                translate("Sync", "Fingerprint"),
                translate("Sync", "Status"),
            ],
            [
                [
                    party_name(reference, key.card.party),
                    key.card.label,
                    group_fingerprint(key.kid),
                    status_name(key.status),
                ]
                for key in list_keys(self.store)
                if not key.own
            ],
        )

    def _choose_card_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Sync", "Save my key card"),
            str(Path.home() / f"greenbelt-key-{self.store.installation().party}.gbkey"),
            translate("Sync", "Key cards (*.gbkey *.json);;All files (*)"),
        )
        if name:
            self.save_card(Path(name))

    def save_card(self, path: Path) -> None:
        """Write this installation's key card (the public half only)."""
        try:
            path.write_text(own_key(self.store).card.dumps(), encoding="utf-8")
        except (OSError, StoreError) as error:
            self.message.refuse(translate("Sync", "The key card was not saved."), error)
            return
        self.message.inform(
            translate(
                "Sync",
                "Key card saved to %1. Send it to the other side, then read them your "
                "fingerprint over the phone.",
            ).replace("%1", str(path))
        )

    def _choose_card_to_trust(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Sync", "Trust a key card"),
            "",
            translate("Sync", "Key cards (*.gbkey *.json);;All files (*)"),
        )
        if name:
            self.trust(Path(name))

    def trust(self, path: Path, confirm: bool | None = None) -> bool:
        """Read the card, ask for the fingerprint comparison, trust it. ``confirm``
        answers the dialog (tests); None shows it."""
        try:
            card = read_card(path)
        except StoreError as error:
            self.message.refuse(translate("Sync", "The key card was not trusted."), error)
            return False
        if confirm is None:
            dialog = ConfirmCardDialog(card, party_name(self.store.reference, card.party), self)
            confirm = dialog.exec() == QDialog.DialogCode.Accepted
        if not confirm:
            return False
        try:
            trust_card(self.store, card, card.kid)
        except StoreError as error:
            self.message.refuse(translate("Sync", "The key card was not trusted."), error)
            return False
        self.message.inform(
            translate("Sync", "The key of %1 is trusted now.").replace(
                "%1", party_name(self.store.reference, card.party)
            )
        )
        self.refresh()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.own_title.setText(translate("Sync", "Fingerprint of this computer's key:"))
        self.save_button.setText(translate("Sync", "&Save my key card…"))
        self.trusted_title.setText(translate("Sync", "Keys this computer trusts:"))
        self.trust_button.setText(translate("Sync", "&Trust a key card…"))
        self.refresh()
