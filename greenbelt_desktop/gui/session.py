"""What every screen shares while the application runs (passed in, never global).

The store, the reference data, the user's preferences (a QSettings INI file in
the data folder, plain values only), the translations, the undo stack of
deletions, and the signals screens use to tell each other that records
changed or that one should be opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from greenbelt_desktop.domain.reference import Reference
from greenbelt_desktop.gui.i18n import Translations, reference_language
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

PREFERENCES_FILE = "desktop.ini"


class Session(QObject):
    records_changed = Signal(str)  # entity
    open_record = Signal(str, str)  # entity, record id ("" for a new record)
    show_page = Signal(str)  # page key
    exchanged = Signal()  # a bundle was written or applied (sync times, pending changes)

    def __init__(
        self,
        store: Store,
        translations: Translations,
        preferences: QSettings,
        parent: QObject | None = None,
        home: Home | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.store = store
        self.translations = translations
        self.preferences = preferences
        self.undo_stack = QUndoStack(self)
        self._party: str | None = None

    @staticmethod
    def preferences_for(home_path: Path) -> QSettings:
        return QSettings(str(home_path / PREFERENCES_FILE), QSettings.Format.IniFormat)

    @property
    def reference(self) -> Reference:
        return self.store.reference

    @property
    def language(self) -> str:
        return self.translations.language

    @property
    def ref_lang(self) -> str:
        """Language of reference labels: en, ru or zh."""
        return reference_language(self.translations.language)

    @property
    def party(self) -> str:
        if self._party is None:
            self._party = self.store.installation().party
        return self._party

    def reopen(self, store: Store) -> None:
        """Work on ``store`` from now on (the database was restored from a backup)."""
        self.store = store
        self._party = None
        self.undo_stack.clear()
        for entity in ("reference", "organisation", "contact", "event", "project",
                       "recommendation", "agreement", "practice", "attachment"):  # fmt: skip
            self.records_changed.emit(entity)

    def set_language(self, language: str) -> None:
        self.preferences.setValue("language", language)
        self.preferences.sync()
        self.translations.install(language)

    def label(self, list_name: str, code: str | None) -> str:
        if not code:
            return ""
        return self.reference.label(list_name, code, self.ref_lang)

    def country(self, code: str | None) -> str:
        return self.reference.country_name(code, self.ref_lang) if code else ""

    def party_name(self, code: str) -> str:
        return self.reference.party_name(code, self.ref_lang)

    def is_own(self, origin: str) -> bool:
        return origin == self.party

    def locale(self) -> QLocale:
        return QLocale()

    def changed(self, entity: str) -> None:
        self.records_changed.emit(entity)
