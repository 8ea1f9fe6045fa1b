"""Opening the data folder at start-up, with recovery from a damaged database.

:func:`open_store` is what the application calls instead of
``home.open_store()``: it runs the quick integrity check first; when the
database is damaged it says so and offers the newest backup that passes the
integrity check (restoring saves the damaged copy first), and a database
written by a newer version is refused in one sentence. It returns the open
store, or None when the user could not or chose not to go on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from greenbelt_desktop.store.backup import BackupError
from greenbelt_desktop.store.database import DatabaseDamaged, DatabaseTooNew
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

translate = QCoreApplication.translate


def _title() -> str:
    return translate("Backups", "Green Belt Desktop")


def open_store(home: Home, parent: QWidget | None = None) -> Store | None:
    try:
        return home.open_store(check=True)
    except DatabaseTooNew:
        QMessageBox.critical(
            parent,
            _title(),
            translate(
                "Backups",
                "This data was written by a newer version of Green Belt Desktop. "
                "Please install the newer version; nothing was changed.",
            ),
        )
        return None
    except DatabaseDamaged as error:
        return _offer_backup(home, error, parent)


def _offer_backup(home: Home, error: DatabaseDamaged, parent: QWidget | None) -> Store | None:
    backup = error.backup
    if backup is None:
        QMessageBox.critical(
            parent,
            _title(),
            translate(
                "Backups",
                "The database is damaged and there is no good backup to restore. "
                "Nothing was changed; please ask your IT department for help.",
            ),
        )
        return None
    answer = QMessageBox.question(
        parent,
        _title(),
        translate(
            "Backups",
            "The database is damaged. Restore the latest good backup, from {when}? "
            "The damaged database is kept in the backups folder.",
        ).format(when=backup.when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        home.backups().restore(backup)
        return home.open_store(check=True)
    except (BackupError, DatabaseDamaged, DatabaseTooNew) as failure:
        QMessageBox.critical(parent, _title(), str(failure))
        return None
