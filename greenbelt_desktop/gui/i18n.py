"""Translations at run time: Qt translators for the chosen language, and the locale.

Every compiled ``gui/i18n/*_<lang>.qm`` is loaded (one file per area of the
application: ``main_ru.qm``, ``sync_ru.qm`` …) together with Qt's own
``qtbase_<lang>.qm``. A string missing from a translation falls back to its
English source text, never to a blank. Switching language removes the old
translators and installs the new ones; Qt then sends every widget a
``LanguageChange`` event and each one retranslates itself.

Strings are marked with ``translate("Context", "text")`` (explicit contexts,
found by ``pyside6-lupdate``; see ``scripts/update-translations.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("en", "ru", "zh_CN")
# The name of each language in itself, for the language picker.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文"}
QM_DIR = Path(__file__).resolve().parent / "i18n"

translate = QCoreApplication.translate


def reference_language(language: str) -> str:
    """The language code of reference labels (resources/reference): en, ru, zh."""
    return "zh" if language.startswith("zh") else (language if language in ("en", "ru") else "en")


def system_language() -> str:
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_CN"
    return name[:2] if name[:2] in LANGUAGES else "en"


class Translations:
    """The translators installed in the application; one language at a time."""

    def __init__(self, app: QCoreApplication, qm_dir: Path = QM_DIR) -> None:
        self._app = app
        self._qm_dir = qm_dir
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(language))
        self.language = language
        files = [str(path) for path in sorted(self._qm_dir.glob(f"*_{language}.qm"))]
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(path, "") for path in files]
        if language != "en":
            candidates.append((f"qtbase_{language}", qt_dir))
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder) if folder else translator.load(name):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        if not self._installed:
            # Nothing installed sends no LanguageChange; widgets must still retranslate.
            QCoreApplication.postEvent(self._app, QEvent(QEvent.Type.LanguageChange))

    @property
    def loaded_files(self) -> list[str]:
        return [translator.filePath() for translator in self._installed]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; it is translated later, where shown."""
    return text
