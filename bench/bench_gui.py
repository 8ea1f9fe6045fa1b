"""Desktop application: cold start with 100,000 records, the projects list, sorting, filtering.

Cold start is a real process (``python -c`` importing the application, opening
the data folder and showing an interactive main window, then quitting from its
event loop), measured against a bare ``QApplication`` + ``QMainWindow`` process
in the same run. The list figures are measured in this process: building the
projects page with its first screen of rows, sorting by each shown column and
filtering as a person types, each until the rows on screen are read.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

from bench.common import PYTHON, Figure
from bench.data import projects

COUNT = 100_000
VISIBLE_ROWS = 30

_START = """
import time, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from greenbelt_desktop.gui.app import application, open_window, wait_for_background_work
from greenbelt_desktop.store.home import Home
app = application([])
window = open_window(Home(Path(sys.argv[1])), app)
assert window is not None and window.isVisible()
QTimer.singleShot(0, app.quit)
app.exec()
print(time.time(), flush=True)  # the window has shown and its event loop answered
wait_for_background_work()
"""

_BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(time.time(), flush=True)
"""


def _process(code: str, *args: str) -> float:
    """From launching ``python -c code args`` to the moment it prints (interactive)."""
    start = time.time()
    done = subprocess.run([PYTHON, "-c", code, *args], check=True, capture_output=True, text=True)
    return float(done.stdout.split()[0]) - start


def _fill(home_path: Path) -> None:
    from greenbelt_desktop.store.home import Home

    store = Home(home_path).open_store()
    store.initialise("KZ", "Benchmark")
    store.add_many("project", [(data, None) for data in projects(COUNT)])
    store.engine.dispose()


def _screen(model: object) -> None:
    """Read what a view shows: the first screen of rows, every column."""
    from PySide6.QtCore import Qt

    for row in range(min(VISIBLE_ROWS, model.rowCount())):  # type: ignore[attr-defined]
        for column in range(model.columnCount()):  # type: ignore[attr-defined]
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]


def run(work: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home_path = work / "home"
    _fill(home_path)

    starts, bares = [], []
    for _ in range(3):
        starts.append(_process(_START, str(home_path)))
        bares.append(_process(_BARE))
    figures = [
        Figure(
            "cold start to main window (100,000 projects)",
            statistics.median(starts),
            "s",
            2.0,
            statistics.median(bares),
            "bare QApplication+QMainWindow",
        )
    ]

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from greenbelt_desktop.gui import look
    from greenbelt_desktop.gui.i18n import Translations
    from greenbelt_desktop.gui.pages.records import RecordListPage
    from greenbelt_desktop.gui.session import Session
    from greenbelt_desktop.store.home import Home

    app = QApplication.instance() or QApplication([])
    look.apply(app)  # type: ignore[arg-type]
    translations = Translations(app)
    translations.install("en")
    store = Home(home_path).open_store()
    session = Session(store, translations, Session.preferences_for(work))

    start = time.perf_counter()
    page = RecordListPage(session, "project")
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    _screen(page.model)
    opened = time.perf_counter() - start
    assert page.model.rowCount() == COUNT
    figures.append(Figure("open the projects list (100,000 rows)", opened, "s", 1.0))

    sorts = []
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            start = time.perf_counter()
            page.table.sortByColumn(column, order)
            app.processEvents()
            _screen(page.model)
            sorts.append(time.perf_counter() - start)
    figures.append(
        Figure("sort by a shown column, slowest of all (ms)", max(sorts) * 1000, "ms", 200.0)
    )
    figures.append(Figure("  median of those sorts", statistics.median(sorts) * 1000, "ms"))

    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    typed = []
    for words in ("с", "со", "сол", "солн", "солнечная", "风", "风电", "w", "wi", "win", "wind"):
        start = time.perf_counter()
        page.text_filter.setText(words)
        page.apply_filter()
        app.processEvents()
        _screen(page.model)
        typed.append(time.perf_counter() - start)
        assert page.model.rowCount() > 0, words
    figures.append(
        Figure("filter as you type, slowest keystroke (ms)", max(typed) * 1000, "ms", 200.0)
    )
    figures.append(Figure("  median keystroke", statistics.median(typed) * 1000, "ms"))
    page.close()
    store.engine.dispose()
    return figures
