"""Undoable changes on the session's undo stack.

- A deleted record comes back with ``Store.restore_deleted``.
- A change of reference data at the Secretariat (an added member state, new labels, a
  retired or brought back code) is undone by putting back the entry held before: its
  labels and whether it was retired, or, where there was none, a tombstone for the
  entry, after which a shipped code has its shipped labels again and a code the
  shipped files do not know stays known, retired (``store.reference_overlay``). Redo
  writes the entry as the change left it. Both travel in the next consolidated bundle
  like the change itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

from greenbelt_desktop.domain.reference_entries import (
    REFERENCE_ENTITY,
    canonical_code,
    reference_id,
)
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.store.records import RecordNotFound, Store
from greenbelt_desktop.store.reference_store import ReferenceItem, retire_entry, set_entry


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


@dataclass(frozen=True)
class HeldEntry:
    """The Secretariat's live entry for one code: its labels and whether it is active."""

    labels: dict[str, str]
    active: bool


def held_entry(store: Store, list_name: str, code: str) -> HeldEntry | None:
    try:
        record = store.get(REFERENCE_ENTITY, reference_id(list_name, code))
    except RecordNotFound:
        return None
    data: dict[str, Any] = record.data
    return HeldEntry(dict(data["labels"]), bool(data.get("active", True)))


def _put_back(store: Store, list_name: str, code: str, entry: HeldEntry | None) -> None:
    if entry is None:
        if held_entry(store, list_name, code) is not None:
            store.delete(REFERENCE_ENTITY, reference_id(list_name, code))
        return
    set_entry(store, list_name, code, entry.labels)
    if not entry.active:
        retire_entry(store, list_name, code)


class ChangeReference(QUndoCommand):
    """A change of reference data already made; the first redo (on push) does nothing."""

    def __init__(
        self,
        session: Session,
        text: str,
        list_name: str,
        code: str,
        before: HeldEntry | None,
        after: HeldEntry | None,
    ) -> None:
        super().__init__(text)
        self.session, self.list_name, self.code = session, list_name, code
        self.before, self.after = before, after
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        _put_back(self.session.store, self.list_name, self.code, self.after)
        self.session.changed(REFERENCE_ENTITY)

    def undo(self) -> None:
        _put_back(self.session.store, self.list_name, self.code, self.before)
        self.session.changed(REFERENCE_ENTITY)


def change_reference(
    session: Session,
    text: str,
    list_name: str,
    code: str,
    change: Callable[[], ReferenceItem],
) -> ReferenceItem:
    """Make ``change`` (a call of ``set_entry`` or ``retire_entry``) undoable as ``text``.

    A refusal (``RecordInvalid``, ``StoreError``) reaches the caller; nothing was written
    and nothing is pushed."""
    before = held_entry(session.store, list_name, canonical_code(list_name, code))
    item = change()
    after = held_entry(session.store, list_name, item.code)
    session.undo_stack.push(ChangeReference(session, text, list_name, item.code, before, after))
    session.changed(REFERENCE_ENTITY)
    return item
