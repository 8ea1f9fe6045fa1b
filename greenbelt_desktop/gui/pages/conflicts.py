"""The Conflicts page: each local version that lost to a newer one, beside the winner.

When a bundle brings a newer version of a record that was also changed here
(and not yet acknowledged), the newer one wins and the local one is kept in
the sync layer's conflict log. This page lists them and compares the kept
version with the current one field by field, differences marked. "Restore my
version" makes the kept version a new edit (through the sync layer); it is
undoable: undo puts the previous winner back as another new edit through the
store. No choice here throws either side away.

Below, the received changes kept back and not applied (the sync layer's clash
list): an id already held under another kind of record or another owner, or a
version dated too far ahead, each with the party that sent it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenbelt_desktop.domain.entities import TITLE_FIELD
from greenbelt_desktop.gui.pages.conflicts_values import ValueFormatter, field_label, field_order
from greenbelt_desktop.gui.pages.sync_common import (
    MessageBar,
    local_time,
    read_only_table,
    reference_language,
    sharing_name,
)
from greenbelt_desktop.gui.texts import entity_name, entity_plural
from greenbelt_desktop.store.records import Record, RecordNotFound, Store, StoreError
from greenbelt_desktop.sync.conflicts import list_clashes, list_conflicts, restore

translate = QCoreApplication.translate


def put_back(
    store: Store, entity: str, record_id: str, data: dict[str, Any], sharing: str, deleted: bool
) -> None:
    """Make ``data`` (or a deletion) the record's current state as a new local edit."""
    current = store.get(entity, record_id, include_deleted=True)
    if deleted:
        if not current.deleted:
            store.delete(entity, record_id)
        return
    if current.deleted:
        store.restore_deleted(entity, record_id)
    store.update(entity, record_id, data, sharing=sharing)


class RestoreCommand(QUndoCommand):
    """Restoring a kept version; undo brings back the version it replaced."""

    def __init__(self, page: ConflictsPage, conflict: dict[str, Any], previous: Record) -> None:
        super().__init__(
            translate("Conflicts", "Restore the kept version of %1").replace(
                "%1", page.title_of(conflict)
            )
        )
        self.page, self.conflict, self.previous = page, conflict, previous
        self._done = True  # the first restore happened before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        c = self.conflict
        self.page.run_edit(
            lambda: put_back(
                self.page.store, c["entity"], c["record_id"], c["data"], c["sharing"], c["deleted"]
            ),
            translate("Conflicts", "Your kept version is the current one again."),
            c["entity"],
        )

    def undo(self) -> None:
        p = self.previous
        self.page.run_edit(
            lambda: put_back(self.page.store, p.entity, p.id, p.data, p.sharing, p.deleted),
            translate("Conflicts", "Undone: the version that had won is the current one again."),
            p.entity,
        )


class ConflictsPage(QWidget):
    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack | None = None,
        records_changed: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_page")
        self.store = store
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._records_changed = records_changed
        self.conflicts: list[dict[str, Any]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.show_restored = QCheckBox()
        self.show_restored.toggled.connect(self.refresh)
        self.list = QListWidget()
        self.list.setObjectName("conflict_list")
        self.list.currentRowChanged.connect(self._show_current)
        self.heading = QLabel()
        self.heading.setObjectName("conflict_heading")
        self.heading.setWordWrap(True)
        self.table = read_only_table("comparison", even=True)
        self.table.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.restore_current)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.undo_button.clicked.connect(self.undo_restore)
        self.undo_stack.indexChanged.connect(self._update_undo)
        self._update_undo()
        self.message = MessageBar(lambda: self.store.reference)
        self.empty = QLabel()
        self.empty.setObjectName("no_conflicts")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clash_heading = QLabel()
        self.clash_heading.setWordWrap(True)
        self.clash_list = QListWidget()
        self.clash_list.setObjectName("clash_list")
        self.clash_list.setWordWrap(True)
        self.clashes: list[dict[str, Any]] = []

        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.table, 1)
        right.addWidget(self.legend)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        right.addLayout(buttons)
        self.detail = detail
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.show_restored)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.clash_heading)
        layout.addWidget(self.clash_list)
        bottom = QHBoxLayout()  # outside the comparison: undo stays reachable when empty
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.undo_button)
        layout.addLayout(bottom)
        self.splitter = splitter
        self.retranslate()

    # -- data ---------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current_conflict()
        self.conflicts = list_conflicts(self.store, include_restored=self.show_restored.isChecked())
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            text = f"{entity_plural(conflict['entity'])}: {self.title_of(conflict)}"
            if conflict["restored_at"]:
                text += " " + translate("Conflicts", "(restored)")
            item = QListWidgetItem(text)
            item.setToolTip(local_time(conflict["at"]))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.conflicts)
        self.splitter.setVisible(bool(self.conflicts))
        ids = [c["id"] for c in self.conflicts]
        row = ids.index(keep["id"]) if keep and keep["id"] in ids else 0
        if self.conflicts:
            self.list.setCurrentRow(row)
        self._show_current()
        self._show_clashes()

    def _show_clashes(self) -> None:
        self.clashes = list_clashes(self.store)
        self.clash_list.clear()
        for clash in self.clashes:
            item = QListWidgetItem(self.clash_text(clash))
            item.setToolTip(local_time(clash["at"]))
            self.clash_list.addItem(item)
        self.clash_heading.setVisible(bool(self.clashes))
        self.clash_list.setVisible(bool(self.clashes))

    def clash_text(self, clash: dict[str, Any]) -> str:
        """One received change kept back: what came, from whom, and why."""
        title = clash["title"] or clash["record_id"]
        held = clash["held"]
        if held is None:
            text = translate(
                "Conflicts",
                "%1 “%2” of %3, sent by %4: dated more than a day ahead of this computer's "
                "clock. Not applied.",
            )
        else:
            text = translate(
                "Conflicts",
                "%1 “%2” of %3, sent by %4: its id is already that of %5 “%6” of %7. "
                "Not applied; your record is unchanged.",
            )
            text = (
                text.replace("%5", entity_name(held["entity"]))
                .replace("%6", held["title"] or clash["record_id"])
                .replace("%7", held["origin"])
            )
        return (
            text.replace("%1", entity_name(clash["entity"]))
            .replace("%2", title)
            .replace("%3", clash["origin"])
            .replace("%4", clash["sender"])
        )

    def no_conflicts_visible(self) -> bool:
        return not self.empty.isHidden()

    def current_conflict(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def title_of(self, conflict: dict[str, Any]) -> str:
        field = TITLE_FIELD.get(conflict["entity"], "title")
        title = conflict["data"].get(field)
        if not title:
            title = self.store.titles(conflict["entity"], [conflict["record_id"]]).get(
                conflict["record_id"], conflict["record_id"]
            )
        return str(title)

    def select(self, conflict_id: int) -> None:
        for row, conflict in enumerate(self.conflicts):
            if conflict["id"] == conflict_id:
                self.list.setCurrentRow(row)

    # -- comparison -----------------------------------------------------------

    def comparison(self, conflict: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
        """(field label, kept value, current value, differ) for every field."""
        entity = conflict["entity"]
        try:
            current: Record | None = self.store.get(
                entity, conflict["record_id"], include_deleted=True
            )
        except RecordNotFound:
            current = None
        formatter = ValueFormatter(self.store.reference, reference_language(), self.store.titles)
        kept_data = {} if conflict["deleted"] else dict(conflict["data"])
        now_data = {} if current is None or current.deleted else dict(current.data)
        kept_data.pop("content", None)
        now_data.pop("content", None)
        rows = []
        deleted = translate("Conflicts", "(deleted)")
        rows.append(
            (
                translate("Conflicts", "State"),
                deleted if conflict["deleted"] else translate("Conflicts", "present"),
                deleted
                if current is None or current.deleted
                else translate("Conflicts", "present"),
                conflict["deleted"] != (current is None or current.deleted),
            )
        )
        now_sharing = current.sharing if current else ""
        rows.append(
            (
                translate("Conflicts", "Sharing"),
                sharing_name(self.store.reference, conflict["sharing"]),
                sharing_name(self.store.reference, now_sharing) if now_sharing else "—",
                conflict["sharing"] != now_sharing,
            )
        )
        for name in field_order(entity, kept_data, now_data):
            kept, now = kept_data.get(name), now_data.get(name)
            if kept in (None, "", []) and now in (None, "", []):
                continue
            rows.append(
                (
                    field_label(entity, name),
                    formatter.format(entity, name, kept),
                    formatter.format(entity, name, now),
                    kept != now,
                )
            )
        return rows

    def _show_current(self) -> None:
        conflict = self.current_conflict()
        self.detail.setEnabled(conflict is not None)
        self.table.clearContents()
        self.table.setRowCount(0)
        if conflict is None:
            self.heading.setText("")
            self.restore_button.setEnabled(False)
            return
        self.heading.setText(
            translate(
                "Conflicts",
                "%1 “%2”: your version was replaced on %3 by a newer one from a bundle. "
                "Both are kept.",
            )
            .replace("%1", entity_name(conflict["entity"]))
            .replace("%2", self.title_of(conflict))
            .replace("%3", local_time(conflict["at"]))
        )
        rows = self.comparison(conflict)
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Conflicts", "Field"),
                translate("Conflicts", "Your kept version"),
                translate("Conflicts", "Current version"),
            ]
        )
        self.table.setRowCount(len(rows))
        marked = self.palette().color(QPalette.ColorRole.Highlight)
        marked.setAlpha(60)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, (label, kept, now, differ) in enumerate(rows):
            for c, text in enumerate((("● " if differ else "") + label, kept, now)):
                item = QTableWidgetItem(text)
                if differ:
                    item.setBackground(QBrush(QColor(marked)))
                    item.setFont(bold)
                    item.setToolTip(translate("Conflicts", "The two versions differ here."))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.restore_button.setEnabled(not conflict["restored_at"])

    # -- restore and undo -------------------------------------------------------

    def restore_current(self) -> bool:
        conflict = self.current_conflict()
        if conflict is None:
            return False
        try:
            previous = self.store.get(
                conflict["entity"], conflict["record_id"], include_deleted=True
            )
            restore(self.store, conflict["id"])
        except StoreError as error:
            self.message.refuse(translate("Conflicts", "The version was not restored."), error)
            return False
        self.undo_stack.push(RestoreCommand(self, conflict, previous))
        self.message.inform(
            translate(
                "Conflicts",
                "Your kept version is the current one again, as a new edit that your next "
                "bundle carries. Undo brings back the version it replaced.",
            )
        )
        self._changed(conflict["entity"])
        return True

    def _last_restore(self) -> RestoreCommand | None:
        """The restore the stack would undo next, if its next undo is one."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index > 0 else None
        return command if isinstance(command, RestoreCommand) else None

    def _update_undo(self) -> None:
        try:
            self.undo_button.setEnabled(self._last_restore() is not None)
        except RuntimeError:  # the stack or this page is being destroyed (shutdown)
            return

    def undo_restore(self) -> None:
        """The page's Undo only undoes a restore (the stack may be the main window's)."""
        if self._last_restore() is not None:
            self.undo_stack.undo()

    def run_edit(self, edit: Callable[[], None], done_text: str, entity: str) -> None:
        """Run an undo or redo edit; a refusal (the record changed since) is shown."""
        try:
            edit()
        except StoreError as error:
            self.message.refuse(translate("Conflicts", "This could not be undone."), error)
            return
        self.message.inform(done_text)
        self._changed(entity)

    def _changed(self, entity: str) -> None:
        self.refresh()
        if self._records_changed is not None and entity:
            self._records_changed(entity)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "Conflicts",
                "When a bundle brings a newer version of a record you had also changed here, "
                "the newer version becomes the record and yours is kept on this page. Nothing "
                "is lost: compare them, and restore yours if it is the right one.",
            )
        )
        self.show_restored.setText(translate("Conflicts", "&Show restored ones too"))
        self.legend.setText(
            translate("Conflicts", "● marks the fields where the two versions differ.")
        )
        self.restore_button.setText(translate("Conflicts", "&Restore my version"))
        self.clash_heading.setText(
            translate(
                "Conflicts",
                "Received changes kept back, not applied (each names the party that sent it):",
            )
        )
        self.undo_button.setText(translate("Conflicts", "&Undo"))
        self.empty.setText(
            translate("Conflicts", "No conflicts: no change made here was replaced by a bundle.")
        )
        self.refresh()


def create_page(session: Any) -> QWidget:
    return ConflictsPage(
        session.store,
        undo_stack=getattr(session, "undo_stack", None),
        records_changed=session.changed,
    )
