"""Helpers of the wizard, Sync and Conflicts tests: languages, fonts, screenshots."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
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
    return QEvent(QEvent.Type.LanguageChange)


def settle(timeout: float = 10.0) -> None:
    """Let figures read on worker threads arrive and the layouts they change be done:
    ``grab()`` paints at once, with whatever geometry the widgets have then."""
    from greenbelt_desktop.gui.operations import Operation

    deadline = time.monotonic() + timeout
    while Operation._running and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    settle()
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


def two_devices_conflict(tmp: Path):
    """A real conflict, made the way it happens: two computers of Kazakhstan edit one
    project; the edit made on A (not yet sent) loses to B's later one, which reaches A
    through the Secretariat's consolidated bundle. Returns (A's home, A's store, id)."""
    from greenbelt_desktop.sync.consolidate import consolidate
    from greenbelt_desktop.sync.export import export_bundle
    from greenbelt_desktop.sync.importer import import_bundle
    from greenbelt_desktop.sync.keyring import trust_card

    a_home, a, a_card = installation(tmp / "a", "KZ", "Aigerim Saparova", "Ministry of Ecology")
    b_home, b, b_card = installation(tmp / "b", "KZ", "Berik Nurlanov", "Ministry of Ecology")
    s_home, s, s_card = installation(tmp / "s", "SECRETARIAT", "Wang Lei", "SCO Secretariat")
    for store, card in ((s, a_card), (s, b_card), (a, s_card), (b, s_card)):
        trust_card(store, card, card.kid)
    project = a.add(
        "project",
        {"title": "Солнечная станция", "status": "idea", "directions": ["renewable_tech"]},
    )
    export_bundle(a, a_home.keys_dir, PASSPHRASE, tmp / "a1.gbundle")
    import_bundle(s_home, s, tmp / "a1.gbundle")
    consolidate(s, s_home.keys_dir, PASSPHRASE, tmp / "c1.gbundle")
    import_bundle(b_home, b, tmp / "c1.gbundle")
    a.update("project", project, {"title": "Солнечная станция (A)", "status": "proposal"})
    b.update(
        "project",
        project,
        {"title": "Солнечная станция (B)", "directions": ["renewable_tech", "investment"]},
    )
    export_bundle(b, b_home.keys_dir, PASSPHRASE, tmp / "b1.gbundle")
    import_bundle(s_home, s, tmp / "b1.gbundle")
    consolidate(s, s_home.keys_dir, PASSPHRASE, tmp / "c2.gbundle")
    report = import_bundle(a_home, a, tmp / "c2.gbundle")
    assert report.totals["conflicts"] == 1
    b.engine.dispose()
    s.engine.dispose()
    return a_home, a, project
