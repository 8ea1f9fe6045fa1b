"""Start the desktop application: ``greenbelt`` with no command, or ``greenbelt gui``.

:func:`run` opens the data folder, sets up looks, fonts and translations,
then shows the main window. An installation that is not set up yet goes
through the first-run wizard: ``gui/wizard.py`` provides
``run_wizard(home, store, translations, preferences) -> bool`` (True when the
installation is ready); while that module is absent a message tells the user
how to set up from the command line. ``demo=True`` fills an installation with
the demo records (``store.demo.fill_demo``) first.
"""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from greenbelt_desktop.gui import look, recovery
from greenbelt_desktop.gui.i18n import Translations, system_language, translate
from greenbelt_desktop.gui.main_window import MainWindow
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.store.demo import DEMO_SETTING, fill_demo
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

DEMO_PARTY = ("KZ", "Aigerim Saparova", "Ministry of Ecology and Natural Resources")


def needs_setup(store: Store) -> bool:
    """True when the first-run wizard must run before the main window."""
    return not store.is_initialised()


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        look.apply(existing)
        return existing
    look.before_application()
    app = QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName("Green Belt Desktop")
    app.setOrganizationName("SCO")
    look.apply(app)
    return app


def prepare_demo(store: Store) -> None:
    if needs_setup(store):
        store.initialise(*DEMO_PARTY)
    if not store.get_setting(DEMO_SETTING):
        fill_demo(store)


def _wizard(home: Home, store: Store, translations: Translations, preferences: QSettings) -> bool:
    try:
        wizard = importlib.import_module("greenbelt_desktop.gui.wizard")
    except ModuleNotFoundError as error:
        if error.name != "greenbelt_desktop.gui.wizard":
            raise
        QMessageBox.information(
            None,
            translate("App", "Green Belt Desktop"),
            translate(
                "App",
                "This installation is not set up yet. Set it up with:\n"
                "greenbelt init --party CODE --name NAME",
            ),
        )
        return False
    return bool(wizard.run_wizard(home, store, translations, preferences))


def open_window(home: Home, app: QApplication, demo: bool = False) -> MainWindow | None:
    """Everything up to a shown main window; None when the user did not get that far."""
    translations = Translations(app)
    store = recovery.open_store(home)  # offers the latest good backup of a damaged database
    if store is None:
        return None
    preferences = Session.preferences_for(home.path)
    translations.install(str(preferences.value("language", system_language())))
    if demo:
        prepare_demo(store)
    if needs_setup(store) and not _wizard(home, store, translations, preferences):
        store.engine.dispose()
        return None
    window = MainWindow(Session(store, translations, preferences, home=home))
    window.show()
    return window


def wait_for_background_work() -> None:
    """Let reads still running on worker threads end before the application does."""
    from greenbelt_desktop.gui.operations import Operation

    for operation in list(Operation._running):
        operation._worker.wait()


def run(home: Home, argv: list[str], demo: bool = False) -> int:
    app = application(argv)
    window = open_window(home, app, demo=demo)
    if window is None:
        return 1
    code = int(app.exec())
    wait_for_background_work()
    window.session.store.engine.dispose()
    return code
