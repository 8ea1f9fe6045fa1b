"""Undoable deletions: a deleted record comes back with ``Store.restore_deleted``."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.session import Session


class DeleteRecord(QUndoCommand):
    def __init__(self, session: Session, entity: str, record_id: str, title: str) -> None:
        super().__init__(translate("Undo", "delete “%1”").replace("%1", title))
        self.session, self.entity, self.record_id = session, entity, record_id

    def redo(self) -> None:
        self.session.store.delete(self.entity, self.record_id)
        self.session.changed(self.entity)

    def undo(self) -> None:
        self.session.store.restore_deleted(self.entity, self.record_id)
        self.session.changed(self.entity)
