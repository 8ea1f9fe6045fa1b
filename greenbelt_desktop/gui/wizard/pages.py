"""The first-run wizard's pages for the person: language, name, passphrase (the party
page is ``party_page``, the Secretariat's key card ``keycard_page``).

Each page re-reads its texts in ``retranslate`` when the application's
language changes (the language page changes it while the wizard is open).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from greenbelt_desktop.sync.keys import MIN_PASSPHRASE

translate = QCoreApplication.translate

# The languages offered, each named in itself (so anyone finds their own).
LANGUAGES = (("en", "English"), ("ru", "Русский"), ("zh_CN", "简体中文"))


def reference_language(language: str) -> str:
    """The reference data's language code for a Qt language code."""
    return "zh" if language.startswith("zh") else language[:2]


def note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TranslatedPage(QWizardPage):
    """A page whose texts follow the application's language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class LanguagePage(TranslatedPage):
    chosen = Signal(str)  # the language code the person picked

    def __init__(self, language: str) -> None:
        super().__init__()
        self.choices = QListWidget()
        self.choices.setObjectName("languages")
        for code, name in LANGUAGES:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setSizeHint(QSize(0, 32))
            self.choices.addItem(item)
        self.choices.setMaximumHeight(32 * len(LANGUAGES) + 8)
        codes = [code for code, _ in LANGUAGES]
        self.choices.setCurrentRow(codes.index(language) if language in codes else 0)
        self.choices.currentRowChanged.connect(self._changed)
        self.note = note_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.choices)
        layout.addWidget(self.note)
        layout.addStretch()
        self.retranslate()

    def language(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "en"

    def _changed(self) -> None:
        self.chosen.emit(self.language())

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Welcome to Green Belt Desktop"))
        self.setSubTitle(translate("Wizard", "Choose the language of the application."))
        self.note.setText(
            translate(
                "Wizard",
                "You can change the language later in Settings. The next pages set up "
                "this computer for your country's focal point or for the SCO Secretariat.",
            )
        )


class FocalPointPage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.name_label, self.organisation_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.organisation_label.setBuddy(self.organisation)
        self.note = note_label()
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.organisation_label, self.organisation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch()
        self.name.textChanged.connect(self.completeChanged)
        self.retranslate()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "The focal point"))
        self.setSubTitle(
            translate("Wizard", "Your name is recorded as the author of what you enter.")
        )
        self.name_label.setText(translate("Wizard", "&Name:"))
        self.organisation_label.setText(translate("Wizard", "&Organisation:"))
        self.name.setPlaceholderText(translate("Wizard", "e.g. Aigerim Saparova"))
        self.organisation.setPlaceholderText(translate("Wizard", "e.g. Ministry of Ecology"))
        self.note.setText(
            translate("Wizard", "The name is required; the organisation may stay empty.")
        )


def passphrase_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length and variety of characters."""
    if len(text) < MIN_PASSPHRASE:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    if len(text) >= 20 or (len(text) >= 14 and kinds >= 3):
        return 3
    if len(text) >= 14 or kinds >= 3:
        return 2
    return 1


class PassphrasePage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.second = QLineEdit()
        self.second.setObjectName("passphrase_again")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.strength = note_label()
        self.strength.setObjectName("strength")
        self.match = note_label()
        self.match.setObjectName("match")
        self.note = note_label()
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow("", self.strength)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.match)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch()
        self.retranslate()

    def passphrase(self) -> str:
        return self.first.text()

    def isComplete(self) -> bool:
        first = self.first.text()
        return passphrase_strength(first) > 0 and first == self.second.text()

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        hints = (
            translate("Wizard", "Too short: use at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE)
            ),
            translate("Wizard", "Weak: a longer sentence of several words is stronger."),
            translate("Wizard", "Fair: longer, or mixing letters, digits and signs, is better."),
            translate("Wizard", "Strong."),
        )
        self.strength.setText(hints[passphrase_strength(first)] if first else "")
        if second and first != second:
            self.match.setText(translate("Wizard", "The two passphrases differ."))
        elif second:
            self.match.setText(translate("Wizard", "The two passphrases match."))
        else:
            self.match.setText("")
        self.completeChanged.emit()

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Passphrase"))
        self.setSubTitle(
            translate(
                "Wizard",
                "A key pair that signs your bundles is made now; the passphrase protects "
                "its private half.",
            )
        )
        self.first_label.setText(translate("Wizard", "&Passphrase:"))
        self.second_label.setText(translate("Wizard", "&Again:"))
        self.note.setText(
            translate(
                "Wizard",
                "You need the passphrase to export bundles. Nobody can recover it if it is "
                "lost: write it down and keep it in a safe place.",
            )
        )
        self._update()
