"""The main window's entry to the Briefing pack dialog: its text and opening it.

Kept apart from the dialog so the main window starts without loading reportlab
and PDFium; the dialog module is imported when the user opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from greenbelt_desktop.store.records import Store

translate = QCoreApplication.translate


def action_text() -> str:
    return translate("Briefing", "Briefing pack…")


def open_briefing(store: Store, language: str, parent: QWidget | None = None) -> QDialog:
    from greenbelt_desktop.gui.dialogs.briefing_dialog import BriefingDialog

    dialog = BriefingDialog(store, language=language, parent=parent)
    dialog.open()
    return dialog
