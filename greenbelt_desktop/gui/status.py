"""The status bar: the party, the last export and import, changes not yet exported.

The export/import times and the exported change counter come from the sync
layer's tables (``store.queries``); before the first exchange the bar says "never".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget
from shiboken6 import isValid

from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.operations import Operation, Progress, run_operation
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.store import queries


def format_moment(value: str | None, locale: QLocale | None = None) -> str:
    """An RFC 3339 time in the user's locale and time zone; "never" when absent."""
    if not value:
        return translate("StatusBar", "never")
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value
    return (locale or QLocale()).toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class SyncState:
    pending: int
    exported: str | None
    imported: str | None


class StatusBar(QStatusBar):
    """Reads the counts on a worker thread (they cost a scan of a large table);
    ``updated`` is emitted when the bar shows them."""

    updated = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: SyncState | None = None
        self._reading: Operation | None = None
        self._again = False
        self.party = QLabel()
        self.last_export = QLabel()
        self.last_import = QLabel()
        self.pending = QLabel()
        for label in (self.party, self.last_export, self.last_import, self.pending):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.pending_count = 0
        session.records_changed.connect(lambda _entity: self.refresh())
        session.exchanged.connect(self.refresh)
        self.show_state()
        self.refresh()

    def refresh(self) -> None:
        if self._reading is not None and self._reading.is_running():
            self._again = True
            return
        store = self.session.store

        def read(_progress: Progress) -> SyncState:
            with store.engine.connect() as conn:
                return SyncState(
                    sum(queries.pending_export(conn).values()),
                    queries.last_exchange(conn, "export"),
                    queries.last_exchange(conn, "import"),
                )

        # Not a child of this widget: the read finishes even if the widget goes first.
        self._reading = run_operation(None, read, on_success=self._if_alive, show_dialog=False)

    def _if_alive(self, result: object) -> None:
        if isValid(self):
            self._read(result)  # type: ignore[arg-type]

    def _read(self, state: SyncState) -> None:
        self.state = state
        if self._again:
            self._again = False
            self.refresh()
            return
        self.show_state()
        self.updated.emit()

    def show_state(self) -> None:
        store = self.session.store
        installation = store.installation()
        self.party.setText(
            f"{self.session.party_name(installation.party)} ({installation.party}) · "
            f"{installation.focal_point}"
        )
        if self.state is None:
            return
        exported, imported = self.state.exported, self.state.imported
        self.pending_count = self.state.pending
        self.last_export.setText(
            translate("StatusBar", "Last export: %1").replace("%1", format_moment(exported))
        )
        self.last_import.setText(
            translate("StatusBar", "Last import: %1").replace("%1", format_moment(imported))
        )
        self.pending.setText(
            translate("StatusBar", "%n change(s) not yet exported", None, self.pending_count)
        )
        for label in (self.party, self.last_export, self.last_import, self.pending):
            # The bar keeps a label's first width unless told; a translation may be longer.
            label.setMinimumWidth(label.sizeHint().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pending"):
            self.show_state()
        super().changeEvent(event)
