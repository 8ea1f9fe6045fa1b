"""Dashboard: counts, projects by direction and status, financing by source, upcoming
events, recently changed records, and what is waiting to be exported.

Every figure is one SQL aggregate (``store.queries``), read on a worker thread
(``gui.operations``) so the window answers at once even over 100,000 records;
``loaded`` is emitted when the figures are on screen. The charts are
``widgets.charts.BarChart`` (QPainter, see there why not Qt Charts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from greenbelt_desktop.domain.entities import RECORD_ENTITIES
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.models.columns import format_date
from greenbelt_desktop.gui.operations import Operation, Progress, run_operation
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.texts import entity_name, entity_plural
from greenbelt_desktop.gui.widgets.charts import Bar, BarChart
from greenbelt_desktop.store import queries
from greenbelt_desktop.store.records import Store

ID_ROLE = Qt.ItemDataRole.UserRole
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Figures:
    counts: dict[str, int]
    directions: dict[str, int]
    statuses: dict[str, int]
    money: list[tuple[str, str, float, int]]
    upcoming: list[dict[str, Any]]
    recent: list[dict[str, Any]]
    pending: dict[str, int]


def read_figures(store: Store) -> Figures:
    """Every figure of the dashboard, in one connection (runs on a worker thread)."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.engine.connect() as conn:
        return Figures(
            counts={entity: queries.count(conn, entity) for entity in RECORD_ENTITIES},
            directions=queries.list_counts(
                conn, "project", "directions", store.reference.codes("directions")
            ),
            statuses=queries.grouped_counts(conn, "project", "status"),
            money=queries.financing_by_source(conn),
            upcoming=queries.upcoming_events(conn, now),
            recent=queries.recently_changed(conn, limit=10),
            pending=queries.pending_export(conn),
        )


def _card(layout_child: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(layout_child)
    return box, layout


class DashboardPage(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.figures: Figures | None = None
        self._reading: Operation | None = None
        self._again = False
        self.tiles: dict[str, QPushButton] = {}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for number, entity in enumerate(RECORD_ENTITIES):
            tile = QPushButton()
            tile.setObjectName(f"tile-{entity}")
            tile.setMinimumHeight(54)
            tile.clicked.connect(lambda _=False, e=entity: session.show_page.emit(e))
            tiles.addWidget(tile, 0, number)
            self.tiles[entity] = tile

        self.by_direction = BarChart()
        self.by_status = BarChart()
        self.by_source = BarChart()
        self.upcoming = QListWidget()
        self.recent = QListWidget()
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self.pending.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.to_sync = QPushButton()
        self.to_sync.clicked.connect(lambda: session.show_page.emit("sync"))
        for listing in (self.upcoming, self.recent):
            listing.setMinimumHeight(150)
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.itemActivated.connect(self._open)

        self.direction_box, _ = _card(self.by_direction)
        self.status_box, _ = _card(self.by_status)
        self.source_box, _ = _card(self.by_source)
        self.upcoming_box, _ = _card(self.upcoming)
        self.recent_box, _ = _card(self.recent)
        self.pending_box, pending_layout = _card(self.pending)
        pending_layout.addStretch(1)
        pending_layout.addWidget(self.to_sync)

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.direction_box, 0, 0, 1, 2)
        grid.addWidget(self.status_box, 0, 2)
        grid.addWidget(self.source_box, 1, 0)
        grid.addWidget(self.upcoming_box, 1, 1)
        grid.addWidget(self.recent_box, 1, 2)
        grid.addWidget(self.pending_box, 2, 0)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(tiles)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    # -- figures -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures again on a worker thread; they appear when read."""
        self._retitle()
        if self._reading is not None and self._reading.is_running():
            self._again = True
            return
        store = self.session.store

        def read(_progress: Progress) -> Figures:
            return read_figures(store)

        # Not a child of this widget: the read finishes even if the widget goes first.
        self._reading = run_operation(None, read, on_success=self._if_alive, show_dialog=False)

    def _if_alive(self, result: object) -> None:
        if isValid(self):
            self._read(result)  # type: ignore[arg-type]

    def _read(self, figures: Figures) -> None:
        self.figures = figures
        if self._again:
            self._again = False
            self.refresh()
            return
        self.show_figures()
        self.loaded.emit()

    def show_figures(self) -> None:
        figures = self.figures
        if figures is None:
            return
        session, ref, locale = self.session, self.session.reference, QLocale()
        counts, directions, statuses = figures.counts, figures.directions, figures.statuses
        money, upcoming, recent, pending = (
            figures.money,
            figures.upcoming,
            figures.recent,
            figures.pending,
        )

        for entity, tile in self.tiles.items():
            tile.setText(f"{locale.toString(counts[entity])}\n{entity_plural(entity)}")
        nothing = translate("Dashboard", "No projects yet")
        self.by_direction.set_bars(
            [
                Bar(session.label("directions", code), n, locale.toString(n))
                for code, n in sorted(directions.items(), key=lambda item: -item[1])
                if n
            ],
            nothing,
        )
        self.by_status.set_bars(
            [
                Bar(
                    session.label("project_status", code),
                    statuses[code],
                    locale.toString(statuses[code]),
                )
                for code in ref.codes("project_status")
                if statuses.get(code)
            ],
            nothing,
        )
        self.by_source.set_bars(
            [
                Bar(
                    f"{session.label('financing_source', source)} ({currency})",
                    total,
                    f"{locale.toString(total, 'f', 0)} {currency}",
                )
                for source, currency, total, _lines in money[:8]
            ],
            translate("Dashboard", "No financing recorded yet"),
        )

        self.upcoming.clear()
        for event in upcoming:
            when = format_date(event["start"], locale)
            item = QListWidgetItem(
                f"{when} · {event['title']} · {session.country(event['country'])}"
            )
            item.setData(ID_ROLE, event["id"])
            item.setData(ENTITY_ROLE, "event")
            self.upcoming.addItem(item)
        if not upcoming:
            self.upcoming.addItem(translate("Dashboard", "No upcoming events"))

        self.recent.clear()
        for row in recent:
            item = QListWidgetItem(f"{entity_name(row['entity'])} · {row['title']}")
            item.setToolTip(session.party_name(row["origin"]))
            item.setData(ID_ROLE, row["id"])
            item.setData(ENTITY_ROLE, row["entity"])
            self.recent.addItem(item)

        waiting = [(entity, n) for entity, n in pending.items() if n]
        if waiting:
            lines = [f"{entity_plural(entity)}: {locale.toString(n)}" for entity, n in waiting]
            total = sum(n for _entity, n in waiting)
            self.pending.setText(
                translate("Dashboard", "%n change(s) will leave with the next export:", None, total)
                + "\n"
                + "\n".join(lines)
            )
        else:
            self.pending.setText(translate("Dashboard", "Everything is exported."))
        self._retitle()

    def _open(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id:
            self.session.open_record.emit(item.data(ENTITY_ROLE), record_id)

    # -- language ------------------------------------------------------------

    def _retitle(self) -> None:
        self.direction_box.setTitle(translate("Dashboard", "Projects by direction of cooperation"))
        self.status_box.setTitle(translate("Dashboard", "Projects by status"))
        self.source_box.setTitle(translate("Dashboard", "Financing by source"))
        self.upcoming_box.setTitle(translate("Dashboard", "Upcoming events"))
        self.recent_box.setTitle(translate("Dashboard", "Recently changed"))
        self.pending_box.setTitle(translate("Dashboard", "Waiting to be exported"))
        self.to_sync.setText(translate("Dashboard", "Go to Sync…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tiles"):
            self._retitle()
            self.show_figures()
        super().changeEvent(event)
