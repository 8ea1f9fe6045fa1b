"""Results of the global search box: every kind of record, in any of the three scripts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.texts import entity_name
from greenbelt_desktop.store.search import SearchHit

ID_ROLE = Qt.ItemDataRole.UserRole
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.words = ""
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.results)
        self._hits: list[SearchHit] = []
        self._retranslate()

    def search(self, words: str) -> int:
        self.words = words.strip()
        self._hits = self.session.store.search(self.words, limit=200) if self.words else []
        self._fill()
        return len(self._hits)

    def _fill(self) -> None:
        self.results.clear()
        for hit in self._hits:
            snippet = " ".join(hit.snippet.split())
            item = QListWidgetItem(f"{entity_name(hit.entity)} · {hit.title}\n{snippet}")
            item.setData(ID_ROLE, hit.id)
            item.setData(ENTITY_ROLE, hit.entity)
            self.results.addItem(item)
        if self._hits:
            self.results.setCurrentRow(0)
        self._retranslate()

    def _open(self, item: QListWidgetItem) -> None:
        entity, record_id = item.data(ENTITY_ROLE), item.data(ID_ROLE)
        if entity == "attachment":
            data = self.session.store.get("attachment", record_id).data
            entity, record_id = data["owner_entity"], data["owner"]
        self.session.open_record.emit(entity, record_id)

    def _retranslate(self) -> None:
        if not self.words:
            self.heading.setText(translate("SearchPage", "Type in the search box to find records."))
        else:
            self.heading.setText(
                translate(
                    "SearchPage", "%n record(s) found for “%1”", None, len(self._hits)
                ).replace("%1", self.words)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "results"):
            self._fill()
        super().changeEvent(event)
