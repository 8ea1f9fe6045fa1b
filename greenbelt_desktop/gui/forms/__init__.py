"""Forms of records: one per entity, built from field descriptions (``forms/fields.py``)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from greenbelt_desktop.gui.session import Session


def open_form(session: Session, entity: str, record_id: str | None, parent: QWidget) -> QWidget:
    """Show the form of a record (``record_id`` None: a new one) and return it."""
    from greenbelt_desktop.gui.forms.record_form import RecordForm

    form = RecordForm(session, entity, record_id, parent)
    form.show()
    if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
        form.raise_()
        form.activateWindow()
    return form
