"""The Sync page's history: every bundle written, imported or refused (the ledger).

It answers "was this sent, did it arrive, what did it do" from the sync
layer's ledger, newest first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from greenbelt_desktop.domain.reference import Reference
from greenbelt_desktop.gui.pages.sync_common import (
    fill_table,
    local_time,
    party_name,
    read_only_table,
    translated,
)
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.sync.errors import Message
from greenbelt_desktop.sync.ledger import history

translate = QCoreApplication.translate


def what_happened(row: dict[str, Any]) -> str:
    direction, outcome = row.get("direction"), row.get("outcome")
    if direction == "export":
        if row.get("kind") == "consolidated":
            return translate("Sync", "Consolidated bundle written")
        return translate("Sync", "Bundle written")
    if outcome == "applied":
        return translate("Sync", "Imported")
    reason = str((row.get("report") or {}).get("reason", ""))
    if reason == "already applied":
        return translate("Sync", "Already imported before; nothing changed")
    return translate("Sync", "Refused")


def summary_of(row: dict[str, Any], reference: Reference | None = None) -> str:
    report = row.get("report") or {}
    if row.get("outcome") == "refused":
        reason = str(report.get("reason", ""))
        if reason == "already applied":
            return ""
        message = Message.from_json(report.get("message"))
        return translated(message, reference) if message else translate("SyncMessages", reason)
    if row.get("direction") == "export":
        text = translate("Sync", "%1 changes").replace("%1", str(report.get("total", 0)))
        if "forwarded" in report:
            text += "; " + translate("Sync", "%1 member bundles forwarded").replace(
                "%1", str(report.get("forwarded", 0))
            )
        return text
    totals = report.get("totals") or {}
    return (
        translate("Sync", "%1 new, %2 updated, %3 deleted, %4 conflicts")
        .replace("%1", str(totals.get("new", 0)))
        .replace("%2", str(totals.get("updated", 0)))
        .replace("%3", str(totals.get("deleted", 0)))
        .replace("%4", str(totals.get("conflicts", 0)))
    )


class HistoryPanel(QWidget):
    def __init__(self, store: Store, home: Home, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.home = store, home
        self.rows: list[dict[str, Any]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = read_only_table("history")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.rows = list(reversed(history(self.store, self.home.path)))
        self._show()

    def _show(self) -> None:
        reference = self.store.reference
        fill_table(
            self.table,
            [
                translate("Sync", "When"),
                translate("Sync", "What"),
                translate("Sync", "Party"),
                translate("Sync", "No."),
                translate("Sync", "Result"),
                translate("Sync", "File"),
            ],
            [
                [
                    local_time(str(row.get("at", ""))),
                    what_happened(row),
                    party_name(reference, str(row.get("party") or "")),
                    int(row.get("sequence") or 0),
                    summary_of(row, reference),
                    str(row.get("file_name", "")),
                ]
                for row in self.rows
            ],
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "Sync",
                "Every bundle written or imported on this computer, and every bundle refused, "
                "newest first.",
            )
        )
        self._show()
