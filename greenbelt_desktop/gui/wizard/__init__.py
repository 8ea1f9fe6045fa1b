"""The first-run wizard: it sets up an uninitialised data folder.

Pages: language, party (a member state's focal point, that of a member state
that joined after this version, or the Secretariat),
the focal point's name and organisation, the passphrase of the new key pair,
the Secretariat's key card (member states; may be skipped), then a summary.
Finishing sets up the installation through the store and the sync layer's
key functions, and the application opens its main window. ``run_wizard`` is what ``gui.app``
calls for a home that is not set up yet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from greenbelt_desktop.domain.reference import Reference
from greenbelt_desktop.gui.pages.sync_common import sync_message
from greenbelt_desktop.gui.wizard.finish import Answers, SummaryPage, set_up
from greenbelt_desktop.gui.wizard.keycard_page import KeyCardPage
from greenbelt_desktop.gui.wizard.pages import (
    FocalPointPage,
    LanguagePage,
    PassphrasePage,
    reference_language,
)
from greenbelt_desktop.gui.wizard.party_page import PartyPage
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store, StoreError

translate = QCoreApplication.translate


class FirstRunWizard(QWizard):
    """Asks what an installation needs, then sets it up in ``store`` (of ``home``).

    ``set_language(code)`` switches the application's language (installing
    its translators) when the person picks one; ``code`` is ``en``, ``ru``
    or ``zh_CN``.
    """

    def __init__(
        self,
        home: Home,
        store: Store,
        language: str = "en",
        set_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.home = home
        self.store = store
        self.reference: Reference = store.reference
        self._set_language = set_language
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(QSize(640, 460))
        self.language_page = LanguagePage(language)
        self.language_page.chosen.connect(self._language_chosen)
        self.party_page = PartyPage(self.reference)
        self.party_page.lang = reference_language(language)
        self.focal_point_page = FocalPointPage()
        self.passphrase_page = PassphrasePage()
        self.keycard_page = KeyCardPage(self.reference)
        self.summary_page = SummaryPage(self.reference)
        for page in (
            self.language_page,
            self.party_page,
            self.focal_point_page,
            self.passphrase_page,
            self.keycard_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.retranslate()

    def nextId(self) -> int:
        # The Secretariat trusts no one's key at setup: it goes to the summary.
        if self.currentPage() is self.passphrase_page and self.party_page.is_secretariat():
            return self.pageIds()[-1]
        return super().nextId()

    def answers(self) -> Answers:
        return Answers(
            language=self.language_page.language(),
            party=self.party_page.party(),
            new_member=self.party_page.is_new_member(),
            name=self.focal_point_page.name.text().strip(),
            organisation=self.focal_point_page.organisation.text().strip(),
            passphrase=self.passphrase_page.passphrase(),
            card=None if self.party_page.is_secretariat() else self.keycard_page.trusted_card(),
        )

    def _language_chosen(self, code: str) -> None:
        self.party_page.lang = reference_language(code)
        if self._set_language is not None:
            self._set_language(code)
        self.party_page.retranslate()
        self.summary_page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wizard", "Set up Green Belt Desktop"))
        buttons = (
            (QWizard.WizardButton.BackButton, translate("Wizard", "< &Back")),
            (QWizard.WizardButton.NextButton, translate("Wizard", "&Next >")),
            (QWizard.WizardButton.FinishButton, translate("Wizard", "&Finish")),
            (QWizard.WizardButton.CancelButton, translate("Wizard", "Cancel")),
        )
        for which, text in buttons:
            self.setButtonText(which, text)

    def accept(self) -> None:
        """Set the installation up; on a refusal say why and stay open."""
        if self.store.is_initialised():
            # Checked here to say it in the person's language (the store says it in English).
            self._refused(
                translate("Wizard", "This installation is already set up; nothing was changed.")
            )
            return
        try:
            set_up(self.home, self.store, self.answers())
        except (StoreError, OSError) as error:
            self._refused(sync_message(error, self.reference))
            return
        super().accept()

    def _refused(self, why: str) -> None:
        QMessageBox.warning(self, translate("Wizard", "The installation could not be set up"), why)


def run_wizard(home: Home, store: Store, translations: Any, preferences: Any) -> bool:
    """Show the wizard over an uninitialised ``store``; True once it is set up.

    ``translations.install(code)`` switches the language while the wizard is
    open; the chosen language is kept in ``preferences`` (QSettings).
    """
    wizard = FirstRunWizard(
        home, store, language=translations.language, set_language=translations.install
    )
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return False
    preferences.setValue("language", wizard.answers().language)
    preferences.sync()
    return True


__all__ = ["Answers", "FirstRunWizard", "run_wizard"]
