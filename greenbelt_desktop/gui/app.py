"""Start the desktop application."""

from __future__ import annotations

import sys

from greenbelt_desktop.store.home import Home


def run(home: Home, argv: list[str], demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle("Green Belt Desktop")
    window.setCentralWidget(QLabel(str(home.path)))
    window.show()
    return int(app.exec())
