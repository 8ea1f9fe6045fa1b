"""The Sync page: export and import bundles, the history of exchanges, keys.

A member state's computer shows Export, Import, History and Keys; the
Secretariat's shows Members (and the consolidated bundle), Import, History
and Keys. All the work is the sync layer's; long steps run through
``gui.operations`` with a progress dialog. ``create_page(session)`` is what
the main window's page registry calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from greenbelt_desktop.domain.entities import SYNCED_ENTITIES
from greenbelt_desktop.domain.reference import SECRETARIAT
from greenbelt_desktop.domain.reference_entries import REFERENCE_ENTITY
from greenbelt_desktop.gui.pages.sync_export import ExportPanel
from greenbelt_desktop.gui.pages.sync_history import HistoryPanel
from greenbelt_desktop.gui.pages.sync_import import ImportPanel
from greenbelt_desktop.gui.pages.sync_keys import KeysPanel
from greenbelt_desktop.gui.pages.sync_members import MembersPanel
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

translate = QCoreApplication.translate


def _changed(report: Any, entity: str) -> bool:
    """Whether an applied bundle wrote records of ``entity`` (not only unchanged ones)."""
    counts = report.as_json()["by_entity"].get(entity, {})
    return any(counts.get(category) for category in ("new", "updated", "deleted"))


class SyncPage(QWidget):
    def __init__(
        self,
        store: Store,
        home: Home,
        records_changed: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        exchanged: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_page")
        self.store, self.home = store, home
        self._records_changed = records_changed
        self._exchanged = exchanged
        self.secretariat = store.installation().party == SECRETARIAT
        self.tabs = QTabWidget()
        self.export_panel: ExportPanel | None = None
        self.members_panel: MembersPanel | None = None
        if self.secretariat:
            self.members_panel = MembersPanel(store, home)
            self.tabs.addTab(self.members_panel, "")
        else:
            self.export_panel = ExportPanel(store, home)
            self.tabs.addTab(self.export_panel, "")
        self.import_panel = ImportPanel(store, home)
        self.history_panel = HistoryPanel(store, home)
        self.keys_panel = KeysPanel(store)
        for panel in (self.import_panel, self.history_panel, self.keys_panel):
            self.tabs.addTab(panel, "")
        self.import_panel.imported.connect(self._imported)
        if self.export_panel is not None:
            self.export_panel.exported.connect(self._written)
        if self.members_panel is not None:
            self.members_panel.consolidated.connect(self._written)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Re-read what may have changed elsewhere (records edited, bundles made)."""
        if self.export_panel is not None:
            self.export_panel.refresh()
        if self.members_panel is not None:
            self.members_panel.refresh()
        self.history_panel.refresh()
        self.keys_panel.refresh()

    def _written(self, _summary: Any) -> None:
        self.history_panel.refresh()
        if self._exchanged is not None:
            self._exchanged()

    def _imported(self, report: Any) -> None:
        self.refresh()
        if self._exchanged is not None:
            self._exchanged()
        if self._records_changed is not None:
            for entity in SYNCED_ENTITIES:  # reference data first: new member states
                if entity != REFERENCE_ENTITY or _changed(report, entity):
                    self._records_changed(entity)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = [
            translate("Sync", "Members and consolidation")
            if self.secretariat
            else translate("Sync", "Export"),
            translate("Sync", "Import"),
            translate("Sync", "History"),
            translate("Sync", "Keys"),
        ]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)


def home_of(session: Any) -> Home:
    """The data folder of a session (its ``home``, or the SQLite file's folder)."""
    home = getattr(session, "home", None)
    if isinstance(home, Home):
        return home
    database = session.store.engine.url.database
    return Home(Path(database).parent)


def create_page(session: Any) -> QWidget:
    return SyncPage(
        session.store,
        home_of(session),
        records_changed=session.changed,
        exchanged=session.exchanged.emit,
    )
