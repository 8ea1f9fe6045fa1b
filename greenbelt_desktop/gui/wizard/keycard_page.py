"""The wizard's page for trusting the Secretariat's key card (member states only).

The card is read by the sync layer; its fingerprint is shown in groups of
four for comparing with what the Secretariat reads out over the phone, and
it is trusted only once the person confirms they match. Skipping is allowed:
the card can be trusted later on the Sync page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from greenbelt_desktop.domain.reference import SECRETARIAT, Reference
from greenbelt_desktop.gui.pages.sync_common import party_name, sync_message
from greenbelt_desktop.gui.wizard.pages import TranslatedPage, note_label
from greenbelt_desktop.store.records import StoreError
from greenbelt_desktop.sync.keys import KeyCard, group_fingerprint, read_card

translate = QCoreApplication.translate


def fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    return font


class KeyCardPage(TranslatedPage):
    def __init__(self, reference: Reference) -> None:
        super().__init__()
        self.reference = reference
        self.card: KeyCard | None = None
        self._loaded = ""
        self.path = QLineEdit()
        self.path.setObjectName("card_path")
        self.path.editingFinished.connect(self.load)
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.intro = note_label()
        self.problem = note_label()
        self.problem.setObjectName("card_problem")
        self.problem.setStyleSheet("color: palette(highlight);")
        self.who = note_label()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("card_fingerprint")
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("card_confirm")
        self.skip = QCheckBox()
        self.skip.setObjectName("card_skip")
        self.skip_note = note_label()
        card_box = QFrame()
        card_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card_box)
        self.compare = note_label()
        box.addWidget(self.who)
        box.addWidget(self.compare)
        box.addWidget(self.fingerprint)
        box.addWidget(self.confirm)
        self.card_box = card_box
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(card_box)
        layout.addStretch()
        layout.addWidget(self.skip)
        layout.addWidget(self.skip_note)
        for box_widget in (self.confirm, self.skip):
            box_widget.toggled.connect(self._update)
        self._update()
        self.retranslate()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Wizard", "The Secretariat's key card"),
            str(Path.home()),
            translate("Wizard", "Key cards (*.json *.gbkey);;All files (*)"),
        )
        if name:
            self.path.setText(name)
            self.load()

    def load(self) -> None:
        """Read the card named in the path box (the sync layer checks it)."""
        text = self.path.text().strip()
        if text == self._loaded:
            return  # focus leaving the box must not undo the confirmation
        self._loaded = text
        self.card = None
        self.confirm.setChecked(False)
        self.problem.setText("")
        if text:
            try:
                card = read_card(Path(text))
            except StoreError as error:
                self.problem.setText(sync_message(error, self.reference))
            else:
                if card.party != SECRETARIAT:
                    self.problem.setText(
                        translate(
                            "Wizard",
                            "This key card belongs to %1, not to the SCO Secretariat.",
                        ).replace("%1", party_name(self.reference, card.party))
                    )
                else:
                    self.card = card
        self._update()

    def trusted_card(self) -> KeyCard | None:
        """The card to trust at setup: loaded and confirmed, and not skipped."""
        if self.skip.isChecked() or not self.confirm.isChecked():
            return None
        return self.card

    def isComplete(self) -> bool:
        return self.skip.isChecked() or (self.card is not None and self.confirm.isChecked())

    def _update(self) -> None:
        has_card = self.card is not None and not self.skip.isChecked()
        self.card_box.setVisible(has_card)
        self.path.setEnabled(not self.skip.isChecked())
        self.choose.setEnabled(not self.skip.isChecked())
        if self.card is not None:
            self.who.setText(
                translate("Wizard", "Key card of the SCO Secretariat: %1").replace(
                    "%1", self.card.label or self.card.device
                )
            )
            self.fingerprint.setText(group_fingerprint(self.card.kid))
        self.completeChanged.emit()

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "The Secretariat's key"))
        self.setSubTitle(
            translate(
                "Wizard",
                "With it this computer checks that consolidated bundles really come from "
                "the Secretariat.",
            )
        )
        self.intro.setText(
            translate(
                "Wizard",
                "Open the key card file the Secretariat sent you (by e-mail or on a USB stick).",
            )
        )
        self.choose.setText(translate("Wizard", "&Choose file…"))
        self.path.setPlaceholderText(translate("Wizard", "Key card file"))
        self.compare.setText(
            translate(
                "Wizard",
                "Ask the Secretariat to read its fingerprint out to you over the phone, and "
                "compare it group by group with this one:",
            )
        )
        self.confirm.setText(translate("Wizard", "&The fingerprints are the same"))
        self.skip.setText(translate("Wizard", "&Skip for now"))
        self.skip_note.setText(
            translate(
                "Wizard",
                "Without the Secretariat's key you can record data and export bundles, but "
                "you cannot import consolidated bundles until you trust the key on the Sync "
                "page.",
            )
        )
        self._update()
