"""The main window: navigation, the page stack, the global search box, the status bar.

Pages come from the registry in ``gui/pages`` and are built the first time
they are shown. Opening a record (from a list, the search results or the
dashboard) goes through ``Session.open_record``; this window answers it by
showing the record's form (``gui/forms``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from greenbelt_desktop.gui.dialogs.briefing_action import action_text as briefing_action_text
from greenbelt_desktop.gui.dialogs.briefing_action import open_briefing
from greenbelt_desktop.gui.dialogs.files_dialog import action_text as files_action_text
from greenbelt_desktop.gui.dialogs.files_dialog import open_files_dialog
from greenbelt_desktop.gui.geometry import remember
from greenbelt_desktop.gui.i18n import translate
from greenbelt_desktop.gui.icons import icon
from greenbelt_desktop.gui.pages import PAGES, PageSpec
from greenbelt_desktop.gui.pages.search import SearchPage
from greenbelt_desktop.gui.session import Session
from greenbelt_desktop.gui.status import StatusBar

SEARCH_DELAY_MS = 200


class MainWindow(QMainWindow):
    def __init__(self, session: Session, pages: tuple[PageSpec, ...] = PAGES) -> None:
        super().__init__()
        self.session = session
        self.specs = pages
        self.pages: dict[str, QWidget] = {}
        self.forms: list[QWidget] = []
        self.setObjectName("MainWindow")
        self.setMinimumSize(960, 600)
        remember(self, "main", QSize(1280, 760), session.preferences)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in pages:
            item = QListWidgetItem(icon(spec.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 34))
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        for _spec in pages:
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self.search_page = SearchPage(session)
        self.stack.addWidget(self.search_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.undo_action = QAction(icon("undo"), "", self)
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(session.undo_stack.undo)
        session.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        # The text comes with the signal: the stack also signals while it is destroyed.
        session.undo_stack.undoTextChanged.connect(self._undo_text)
        self.toolbar.addAction(self.undo_action)
        self.backups_action = QAction(icon("backup-restore"), "", self)
        self.backups_action.setObjectName("backups")
        self.backups_action.triggered.connect(self.open_backups)
        self.backups_action.setEnabled(session.home is not None)
        self.toolbar.addAction(self.backups_action)
        self.briefing_action = QAction(icon("file-pdf-box"), "", self)
        self.briefing_action.setObjectName("briefing")
        self.briefing_action.triggered.connect(self.open_briefing)
        self.toolbar.addAction(self.briefing_action)
        self.files_action = QAction(icon("microsoft-excel"), "", self)
        self.files_action.setObjectName("exchange-files")
        self.files_action.triggered.connect(self.open_files)
        self.toolbar.addAction(self.files_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("global-search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.addAction(icon("magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.toolbar.addWidget(self.search_box)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)

        self.status = StatusBar(session)
        self.setStatusBar(self.status)

        for number, spec in enumerate(pages[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)

        self.navigation.currentRowChanged.connect(self._navigate)
        session.open_record.connect(self.open_record)
        session.show_page.connect(self.show_page)
        session.records_changed.connect(self._records_changed)
        self.retranslate()
        self.navigation.setCurrentRow(0)
        from greenbelt_desktop.gui.help import install_help

        self.help_actions = install_help(self)  # Help ▸ Handbook (F1)

    # -- pages ---------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built now if it was not yet."""
        if key not in self.pages:
            index = next(i for i, spec in enumerate(self.specs) if spec.key == key)
            page = self.specs[index].factory(self.session)
            page.setObjectName(f"page-{key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # calls _navigate
        else:
            self._navigate(row)
        return self.pages[key]

    def current_key(self) -> str:
        if self.stack.currentWidget() is self.search_page:
            return "search"
        return self.specs[self.navigation.currentRow()].key

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        built = key in self.pages
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if built and callable(refresh):  # a page just built is fresh
            refresh()

    def _records_changed(self, _entity: str) -> None:
        dashboard = self.pages.get("dashboard")
        refresh = getattr(dashboard, "refresh", None)
        if callable(refresh) and dashboard is not None and dashboard.isVisible():
            refresh()

    # -- search --------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        words = self.search_box.text().strip()
        self.search_page.search(words)
        if words:
            self.navigation.blockSignals(True)
            self.navigation.clearSelection()
            self.navigation.blockSignals(False)
            self.stack.setCurrentWidget(self.search_page)

    # -- records -------------------------------------------------------------

    def open_record(self, entity: str, record_id: str) -> QWidget:
        from greenbelt_desktop.gui.forms import open_form

        form = open_form(self.session, entity, record_id or None, self)
        self.forms = [f for f in self.forms if f.isVisible()] + [form]
        return form

    # -- backups -------------------------------------------------------------

    def open_backups(self) -> QWidget | None:
        from greenbelt_desktop.gui.backups import BackupsDialog

        home = self.session.home
        if home is None:
            return None
        dialog = BackupsDialog(home, release=self.session.store.engine.dispose, parent=self)
        dialog.restored.connect(lambda: self.session.reopen(home.open_store()))
        dialog.open()
        return dialog

    def open_briefing(self) -> QWidget:
        return open_briefing(self.session.store, self.session.ref_lang, parent=self)

    def open_files(self) -> QWidget:
        return open_files_dialog(self.session.store, self.session.ref_lang, parent=self)

    # -- language ------------------------------------------------------------

    def _undo_text(self, what: str) -> None:
        self.undo_action.setText(
            translate("MainWindow", "Undo %1").replace("%1", what).strip()
            if what
            else translate("MainWindow", "Undo")
        )

    def retranslate(self) -> None:
        self._undo_text(self.session.undo_stack.undoText())
        self.backups_action.setText(translate("MainWindow", "Backups…"))
        self.briefing_action.setText(briefing_action_text())
        self.files_action.setText(files_action_text())
        self.setWindowTitle(translate("MainWindow", "Green Belt Desktop"))
        for row, spec in enumerate(self.specs):
            self.navigation.item(row).setText(translate("Navigation", spec.title))
        self.navigation.setFixedWidth(max(190, self.navigation.sizeHintForColumn(0) + 24))
        self.search_box.setPlaceholderText(translate("MainWindow", "Search all records (Ctrl+F)…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for form in list(self.forms):
            if form.isVisible() and not form.close():
                event.ignore()
                return
        super().closeEvent(event)
