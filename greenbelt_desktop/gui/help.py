"""Help ▸ Handbook (F1): the user handbook, opened in the person's language at the
section about what they are looking at.

- ``open_handbook(topic)`` opens the built handbook (``greenbelt_desktop.handbook``)
  with the system's browser, ``QDesktopServices.openUrl`` on the local file; a
  topic is a section's label (``backups``, ``tr-rollback``).
- ``install_help(window)`` adds the Help menu's actions to the main window
  (``MainWindow.help_menu`` where the window has one, else a Help menu of its
  own): *Handbook* (F1) and *Printable handbook (PDF)*. F1 opens the section of
  the window or page in front: the main window's current page (its Sync tab),
  or one of the windows of ``WINDOW_TOPICS``, each of which gets its own F1
  shortcut when it first takes the focus (a modal window blocks the main
  window's shortcuts).
- ``refusal_topic(error)`` is the entry of "When something goes wrong" that
  explains a refusal; ``ExplainLink`` is the "What does this mean?" link shown
  under one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from greenbelt_desktop import handbook
from greenbelt_desktop.sync.errors import Message

translate = QCoreApplication.translate

# Windows (by class name) and the section of the handbook about each.
WINDOW_TOPICS: dict[str, str] = {
    "BackupsDialog": "backups",
    "BriefingDialog": "briefing",
    "FilesDialog": "spreadsheets",
    "RecordForm": "forms",
    "FirstRunWizard": "wizard",
    "ReferenceEntryDialog": "reference-data",
}
# The Sync page's tabs (their panels' attribute names) and their sections.
SYNC_TAB_TOPICS: dict[str, str] = {
    "export_panel": "export",
    "members_panel": "consolidate",
    "import_panel": "import",
    "history_panel": "history",
    "keys_panel": "your-key-card",
}


def handbook_language() -> str:
    """The handbook's language for the application's language (its default locale)."""
    return handbook.language_of(QLocale().name())


def open_handbook(topic: str | None = None, parent: QWidget | None = None) -> bool:
    """Open the handbook at ``topic`` (its first page without one); say so when it is
    not installed."""
    language = handbook_language()
    if not handbook.is_built(language):
        QMessageBox.warning(
            parent,
            translate("Help", "Handbook"),
            translate(
                "Help",
                "The handbook is not installed with this copy of the program (%1 is "
                "missing). Install the program again, or ask your IT department.",
            ).replace("%1", str(handbook.page_file(None, language))),
        )
        return False
    return QDesktopServices.openUrl(QUrl(handbook.location(topic, language)))


def open_pdf(parent: QWidget | None = None) -> bool:
    path = handbook.pdf_file(handbook_language())
    if not path.is_file():
        return open_handbook(None, parent)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def topic_for(widget: QWidget | None) -> str | None:
    """The section about ``widget``'s window: a known window's, or the main window's
    current page (the Sync page's current tab); None for the first page."""
    while widget is not None:
        name = type(widget).__name__
        if name in WINDOW_TOPICS:
            return WINDOW_TOPICS[name]
        current_key = getattr(widget, "current_key", None)
        if isinstance(widget, QMainWindow) and callable(current_key):
            key = current_key()
            if key == "sync":
                return _sync_topic(getattr(widget, "pages", {}).get("sync"))
            return handbook.PAGE_TOPICS.get(key)
        widget = widget.parentWidget()
    return None


def _sync_topic(page: QWidget | None) -> str:
    tabs = getattr(page, "tabs", None)
    current = tabs.currentWidget() if tabs is not None else None
    for attribute, topic in SYNC_TAB_TOPICS.items():
        if current is not None and getattr(page, attribute, None) is current:
            return topic
    return "sending"


def refusal_topic(error: BaseException | None) -> str:
    """The entry of "When something goes wrong" that explains ``error``."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return handbook.refusal_topic(message.template)
    if isinstance(error, OSError):
        return "tr-file"
    return "troubleshooting"


class ExplainLink(QLabel):
    """ "What does this mean?": opens the handbook's entry about a refusal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explain_link")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.topic = "troubleshooting"
        self.linkActivated.connect(lambda _link: open_handbook(self.topic, self.window()))
        self._retranslate()

    def explain(self, error: BaseException | None) -> None:
        self.topic = refusal_topic(error)
        self._retranslate()

    def _retranslate(self) -> None:
        text = translate("Help", "What does this mean?")
        self.setText(f'<a href="#{self.topic}">{text}</a>')
        self.setToolTip(handbook.location(self.topic, handbook_language()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class HelpActions(QObject):
    """The Help menu's actions on the main window, retranslated with it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = getattr(window, "help_menu", None)
        self.own_menu = not isinstance(menu, QMenu)
        if not isinstance(menu, QMenu):
            menu = window.menuBar().addMenu("")
            menu.setObjectName("help-menu")
        self.menu: QMenu = menu
        self.handbook_action = QAction(self)
        self.handbook_action.setObjectName("handbook")
        self.handbook_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.handbook_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.handbook_action.triggered.connect(self.open_here)
        self.pdf_action = QAction(self)
        self.pdf_action.setObjectName("handbook-pdf")
        self.pdf_action.triggered.connect(lambda: open_pdf(self.window))
        self.menu.addAction(self.handbook_action)
        self.menu.addAction(self.pdf_action)
        window.addAction(self.handbook_action)  # F1 also while the menu bar is hidden
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._window_focused)
        self.retranslate()

    def open_here(self) -> bool:
        return open_handbook(topic_for(self.window), self.window)

    def retranslate(self) -> None:
        if self.own_menu:
            self.menu.setTitle(translate("Help", "&Help"))
        self.handbook_action.setText(translate("Help", "&Handbook"))
        self.pdf_action.setText(translate("Help", "Printable handbook (&PDF)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _window_focused(self, focused: QWindow | None) -> None:
        """F1 in a window of the program that blocks the main window (a dialog)."""
        if focused is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is focused and widget is not self.window:
                install_f1(widget)


def install_f1(widget: QWidget) -> QShortcut | None:
    """F1 on ``widget``'s window opens the handbook's section about it (once)."""
    if widget.property("handbook_f1") or topic_for(widget) is None:
        return None
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), widget)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: open_handbook(topic_for(widget), widget))
    widget.setProperty("handbook_f1", True)
    return shortcut


def install_help(window: QMainWindow) -> HelpActions:
    return HelpActions(window)
