"""A list of records as a Qt table model, fed page by page from the database.

Only the row count and the pages the view asks for are read
(``store.queries.page``: SQL ``LIMIT``/``OFFSET``, sorted and filtered in SQL),
so 100,000 projects open as fast as 100. Pages are cached until the filter,
the sort or the records change. Other parties' records are shown in italics
with their owner; they open read-only.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.models.columns import (
    ALIGN_RIGHT,
    COLUMNS,
    COMPANIONS,
    DEFAULT_VISIBLE,
    Column,
    display,
)
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.store import queries

PAGE_SIZE = 200
CACHED_PAGES = 64
ID_ROLE = Qt.ItemDataRole.UserRole
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    def __init__(self, session: Session, entity: str, visible: list[str] | None = None) -> None:
        super().__init__()
        self.session = session
        self.entity = entity
        self.available = COLUMNS[entity]
        self.columns: list[Column] = []
        self.filter = queries.ListFilter()
        self.sort_key = self.available[0].key
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._locale = QLocale()
        self._italic = QFont()
        self._italic.setItalic(True)
        self._set_visible(visible or list(DEFAULT_VISIBLE[entity]))
        self.reload()

    # -- what is shown -------------------------------------------------------

    def _set_visible(self, keys: list[str]) -> None:
        chosen = [column for column in self.available if column.key in keys]
        self.columns = chosen or [self.available[0]]

    def set_visible(self, keys: list[str]) -> None:
        self.beginResetModel()
        self._set_visible(keys)
        self._pages.clear()
        self.endResetModel()

    def visible_keys(self) -> list[str]:
        return [column.key for column in self.columns]

    def set_filter(self, flt: queries.ListFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Read the count again and forget cached pages (records or filter changed)."""
        self.beginResetModel()
        self._locale = QLocale()
        with self.session.store.engine.connect() as conn:
            self._count = queries.count(conn, self.entity, self.filter)
        self._pages.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        self._locale = QLocale()
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    # -- rows ----------------------------------------------------------------

    def _fetch(self, number: int) -> list[dict[str, Any]]:
        keys = self.visible_keys()
        keys += [COMPANIONS[key] for key in keys if key in COMPANIONS]
        with self.session.store.engine.connect() as conn:
            return queries.page(
                conn,
                self.entity,
                keys,
                self.filter,
                self.sort_key,
                self.descending,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
            )

    def row(self, row: int) -> dict[str, Any]:
        number = row // PAGE_SIZE
        rows = self._pages.get(number)
        if rows is None:
            rows = self._fetch(number)
            self._pages[number] = rows
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else {}

    def record_id(self, row: int) -> str:
        return str(self.row(row).get("id", ""))

    def origin(self, row: int) -> str:
        return str(self.row(row).get("origin", ""))

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self.session, column, self.row(index.row()), self._locale)
        if role == Qt.ItemDataRole.ToolTipRole:
            origin = self.origin(index.row())
            if origin and not self.session.is_own(origin):
                return translate(
                    "RecordTable", "Owned by %1: read-only here, its owner changes it."
                ).replace("%1", self.session.party_name(origin))
            return None
        if role == Qt.ItemDataRole.FontRole:
            origin = self.origin(index.row())
            return self._italic if origin and not self.session.is_own(origin) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ALIGN_RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role == ORIGIN_ROLE:
            return self.origin(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].header()
            return None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.beginResetModel()
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()
