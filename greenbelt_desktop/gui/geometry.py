"""Windows that fit the screen they open on and remember their size and place.

:func:`remember` replaces a window's fixed ``resize``: the window opens at its
preferred size, shrunk to the available geometry (the screen less panels and
task bars) of the screen it opens on, centred on its parent or that screen;
its geometry is saved in ``QSettings`` under ``windows/<key>`` when it is
hidden and restored the next time (Qt moves a restored window back onto a
screen that still exists; it is shrunk again if the screen became smaller).
The settings are the application's default ``QSettings`` unless given (the
main window uses the installation's preferences); tests point them at a
temporary INI file.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room kept for the window manager's title bar and borders around the client area.
FRAME_ALLOWANCE = QSize(16, 40)


def screen_of(window: QWidget) -> QScreen | None:
    parent = window.parentWidget()
    for widget in (parent.window() if parent is not None else None, window):
        if widget is not None and widget.isVisible() and widget.screen() is not None:
            return widget.screen()
    return QGuiApplication.primaryScreen()


def available(window: QWidget) -> QRect:
    screen = screen_of(window)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitting_size(preferred: QSize, room: QRect) -> QSize:
    """``preferred``, shrunk so that it and a window frame fit in ``room``."""
    return preferred.boundedTo(room.size() - FRAME_ALLOWANCE)


def fit(window: QWidget, preferred: QSize, room: QRect | None = None) -> None:
    """Size ``window`` to ``preferred`` within ``room`` and centre it there (or on its parent)."""
    room = room if room is not None else available(window)
    size = fitting_size(preferred, room).expandedTo(window.minimumSize())
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else room.center()
    top_left = centre - QPoint(size.width() // 2, size.height() // 2)
    x = min(max(top_left.x(), room.left()), max(room.left(), room.right() - size.width()))
    y = min(max(top_left.y(), room.top()), max(room.top(), room.bottom() - size.height()))
    window.move(x, y)


def shrink_into(window: QWidget, room: QRect) -> None:
    """Make a restored window fit ``room`` again (the screen may have become smaller)."""
    limit = fitting_size(window.size(), room).expandedTo(window.minimumSize())
    if limit != window.size():
        window.resize(limit)
    frame = window.frameGeometry()
    if not room.contains(frame):
        x = min(max(frame.left(), room.left()), max(room.left(), room.right() - frame.width()))
        y = min(max(frame.top(), room.top()), max(room.top(), room.bottom() - frame.height()))
        window.move(x, y)


class _Keeper(QObject):
    """Saves its window's geometry whenever the window is hidden or closed."""

    def __init__(self, window: QWidget, key: str, settings: QSettings | None) -> None:
        super().__init__(window)
        self.key = f"windows/{key}"
        self.settings = settings
        self.shown = False

    def _settings(self) -> QSettings:
        return self.settings if self.settings is not None else QSettings()

    def save(self, window: QWidget) -> None:
        settings = self._settings()
        settings.setValue(self.key, window.saveGeometry())
        settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and watched.isWindow():
            if event.type() == QEvent.Type.Show:
                self.shown = True
            elif event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and self.shown:
                self.save(watched)
        return False


def remember(
    window: QWidget, key: str, preferred: QSize, settings: QSettings | None = None
) -> None:
    """Open ``window`` at its remembered geometry, else at ``preferred`` fitted to the screen."""
    keeper = _Keeper(window, key, settings)
    window.installEventFilter(keeper)
    saved = keeper._settings().value(keeper.key)
    room = available(window)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        shrink_into(window, room)
    else:
        fit(window, preferred, room)
