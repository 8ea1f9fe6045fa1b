"""The status bar: the party, the last export and import, changes not yet exported.

The export/import times and the exported change counter come from the sync
layer's tables (``store.queries``); before the first exchange the bar says "never".
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from greenbelt_desktop.gui.i18n import translate
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


class StatusBar(QStatusBar):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.party = QLabel()
        self.last_export = QLabel()
        self.last_import = QLabel()
        self.pending = QLabel()
        for label in (self.party, self.last_export, self.last_import, self.pending):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.pending_count = 0
        session.records_changed.connect(lambda _entity: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        installation = store.installation()
        self.party.setText(
            f"{self.session.party_name(installation.party)} ({installation.party}) · "
            f"{installation.focal_point}"
        )
        with store.engine.connect() as conn:
            pending = queries.pending_export(conn)
            exported = queries.last_exchange(conn, "export")
            imported = queries.last_exchange(conn, "import")
        self.pending_count = sum(pending.values())
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
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
