"""GUI fixtures: a QApplication with the application's looks, sessions over real stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenbelt_desktop.gui import look
from greenbelt_desktop.gui.i18n import Translations
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.store.demo import fill_demo
from greenbelt_desktop.store.records import Store

pytestmark = pytest.mark.gui


@pytest.fixture(scope="session")
def styled_app(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    # Window geometry and other application settings go to a temporary INI file.
    qapp.setOrganizationName("SCO")
    qapp.setApplicationName("Green Belt Desktop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(tmp_path_factory.mktemp("qsettings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    look.apply(qapp)
    return qapp


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """A modal message box would wait forever headless: answer it and keep what it said."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []

    def answer(default):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: said.append(str(args[2]) if len(args) > 2 else "") or default

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, answer(QMessageBox.StandardButton.Ok))
    return said


@pytest.fixture(autouse=True)
def background_work_finishes(qtbot):  # type: ignore[no-untyped-def]
    """Screens read figures on worker threads: let them finish before widgets go."""
    yield
    from greenbelt_desktop.gui.operations import Operation

    qtbot.waitUntil(lambda: not Operation._running, timeout=10_000)


@pytest.fixture
def translations(styled_app):  # type: ignore[no-untyped-def]
    installed = Translations(styled_app)
    installed.install("en")
    yield installed
    installed.install("en")


@pytest.fixture
def session(store: Store, translations: Translations, tmp_path: Path) -> Session:
    return Session(store, translations, Session.preferences_for(tmp_path))


@pytest.fixture
def demo_session(session: Session) -> Session:
    fill_demo(session.store)
    return session


@pytest.fixture
def window(demo_session: Session, qtbot):  # type: ignore[no-untyped-def]
    from greenbelt_desktop.gui.main_window import MainWindow

    main = MainWindow(demo_session)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.status.state is not None)
    return main
