"""Helpers of the wizard, Sync and Conflicts tests: languages, fonts, screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from greenbelt_desktop.domain.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
QM_DIR = ROOT / "greenbelt_desktop" / "gui" / "i18n"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
LANGUAGES = ("en", "ru", "zh_CN")

_installed: list[QTranslator] = []


def load_fonts() -> None:
    """The shipped font, so Chinese and Cyrillic render without system fonts."""
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))


def install_language(code: str) -> None:
    """Replace the installed translators by those of ``code`` (our .qm and Qt's)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        QCoreApplication.sendEvent(app, _language_change())
        return
    files = sorted(QM_DIR.glob(f"*_{code}.qm"))
    assert files, f"no compiled translations for {code} in {QM_DIR} (run make setup)"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in [*files, Path(qt_dir) / f"qtbase_{code}.qm"]:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)


def _language_change():
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    target = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(target))
    return target


PASSPHRASE = "green belt 2026 focal"


def installation(folder: Path, party: str, name: str, organisation: str = ""):
    """A real installation with its key pair: (home, store, key card)."""
    from greenbelt_desktop.store.home import Home
    from greenbelt_desktop.sync.keyring import create_installation_key

    home = Home(folder)
    store = home.open_store()
    store.initialise(party, name, organisation)
    card = create_installation_key(store, home.keys_dir, PASSPHRASE, f"{organisation} — {name}")
    return home, store, card
