"""The pages of the main window, in navigation order: a small registry.

Each entry names a page (its key, its English title for the ``Navigation``
translation context, its icon) and a factory ``(session) -> QWidget``. Pages
are built the first time they are shown, so start-up stays quick.

Pages from other areas plug in by module: ``gui/pages/sync.py`` and
``gui/pages/conflicts.py`` each provide ``create_page(session) -> QWidget``;
until such a module exists a placeholder page stands in its place. A page may
define ``refresh()`` (called when it is shown and when records change) and
handles its own ``LanguageChange``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from greenbelt_desktop.gui.i18n import QT_TRANSLATE_NOOP
from greenbelt_desktop.gui.session import Session

PageFactory = Callable[[Session], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, context "Navigation"
    icon: str
    factory: PageFactory


def _records(entity: str) -> PageFactory:
    def build(session: Session) -> QWidget:
        from greenbelt_desktop.gui.pages.records import RecordListPage

        return RecordListPage(session, entity)

    return build


def _dashboard(session: Session) -> QWidget:
    from greenbelt_desktop.gui.pages.dashboard import DashboardPage

    return DashboardPage(session)


def _settings(session: Session) -> QWidget:
    from greenbelt_desktop.gui.pages.settings import SettingsPage

    return SettingsPage(session)


def plugged(module: str, title: str) -> PageFactory:
    """A page provided by ``module.create_page``; a placeholder while the module is absent."""

    def build(session: Session) -> QWidget:
        try:
            found = importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
            from greenbelt_desktop.gui.pages.placeholder import PlaceholderPage

            return PlaceholderPage(title)
        page: QWidget = found.create_page(session)
        return page

    return build


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "view-dashboard", _dashboard
    ),
    PageSpec(
        "organisation",
        QT_TRANSLATE_NOOP("Navigation", "Organisations"),
        "office-building",
        _records("organisation"),
    ),
    PageSpec(
        "contact",
        QT_TRANSLATE_NOOP("Navigation", "Contacts"),
        "account-box-multiple",
        _records("contact"),
    ),
    PageSpec("event", QT_TRANSLATE_NOOP("Navigation", "Events"), "calendar", _records("event")),
    PageSpec(
        "project", QT_TRANSLATE_NOOP("Navigation", "Projects"), "solar-power", _records("project")
    ),
    PageSpec(
        "recommendation",
        QT_TRANSLATE_NOOP("Navigation", "Recommendations"),
        "gavel",
        _records("recommendation"),
    ),
    PageSpec(
        "agreement",
        QT_TRANSLATE_NOOP("Navigation", "Agreements"),
        "file-sign",
        _records("agreement"),
    ),
    PageSpec(
        "practice",
        QT_TRANSLATE_NOOP("Navigation", "Practices"),
        "lightbulb-on-outline",
        _records("practice"),
    ),
    PageSpec(
        "sync",
        QT_TRANSLATE_NOOP("Navigation", "Sync"),
        "swap-horizontal",
        plugged("greenbelt_desktop.gui.pages.sync", "Sync"),
    ),
    PageSpec(
        "conflicts",
        QT_TRANSLATE_NOOP("Navigation", "Conflicts"),
        "call-split",
        plugged("greenbelt_desktop.gui.pages.conflicts", "Conflicts"),
    ),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "cog", _settings),
)
