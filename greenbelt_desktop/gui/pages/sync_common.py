"""What the Sync page's panels share: names of record kinds, a message bar,
read-only tables, and how a refusal or a note from the sync layer is shown.

A refusal is shown as one translated headline ("The bundle was refused;
nothing was changed.") followed by the sync layer's own sentence in the
person's language: its template translated through the ``SyncMessages``
context (the catalogue is :mod:`sync_messages`), then its values put in; a
value that is itself a message is translated on its own first. An import
report's notes are translated the same way.

A placeholder's name says what its value is. The values that are codes are
named in the person's language with the names the rest of the GUI uses:
``{entity}`` a kind of record (``gui/texts.entity_name``), ``{list_name}`` a
list of reference data (``gui/texts.list_names``), ``{party}``, ``{owner}``,
``{origin}`` and ``{old_party}`` a party, ``{sharing}`` and ``{level}`` a
sharing level (the reference data's names), ``{date}`` a moment (local
time). A value that is not a known code (an unknown kind of record the
bundle names, say) is shown as it is.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from greenbelt_desktop.domain.reference import Reference, default_reference
from greenbelt_desktop.domain.validation import Issue
from greenbelt_desktop.gui import texts
from greenbelt_desktop.gui.forms.messages import message as issue_message
from greenbelt_desktop.gui.help import ExplainLink
from greenbelt_desktop.gui.operations import Cancelled
from greenbelt_desktop.sync.errors import PLACEHOLDER, Message

translate = QCoreApplication.translate

# Placeholders whose value is a party's code, or a sharing level's.
PARTY_VALUES = frozenset({"party", "owner", "origin", "old_party"})
SHARING_VALUES = frozenset({"sharing", "level"})


def reference_language() -> str:
    """The reference data's language (en, ru, zh) for the current Qt locale."""
    name = QLocale().name()
    if name.startswith("zh"):
        return "zh"
    return name[:2] if name[:2] in ("en", "ru") else "en"


def party_name(reference: Reference, code: str) -> str:
    if not code:
        return "—"
    return reference.party_name(code, reference_language())


def sharing_name(reference: Reference, code: str) -> str:
    return reference.label("sharing", code, reference_language())


def local_time(rfc3339: str) -> str:
    """An RFC 3339 moment as the person's locale writes it, in local time."""
    moment = QDateTime.fromString(rfc3339, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return rfc3339
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def sync_message(error: BaseException, reference: Reference | None = None) -> str:
    """The sync layer's sentence in the person's language (a refusal of the sync layer
    through its template; any other error's text where the catalogue knows it).
    ``reference`` names the parties (the shipped reference data if not given)."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return translated(message, reference)
    if isinstance(error, OSError):
        return file_problem(error)
    text = str(error)
    return translate("SyncMessages", text) if text else ""


def file_problem(error: OSError) -> str:
    """A file that could not be read or written, and why, for a person (the system's own
    text only for a cause that is not one of the common ones)."""
    reasons = {
        errno.ENOENT: translate("Sync", "the file or folder does not exist"),
        errno.EACCES: translate("Sync", "access is denied"),
        errno.EPERM: translate("Sync", "access is denied"),
        errno.ENOSPC: translate("Sync", "the disk is full"),
        errno.EROFS: translate("Sync", "the disk is read-only"),
        errno.EISDIR: translate("Sync", "it is a folder"),
    }
    reason = reasons.get(error.errno or 0) or error.strerror or error.__class__.__name__
    if error.filename:
        return (
            translate("Sync", "The file %1 could not be read or written: %2.")
            .replace("%1", str(error.filename))
            .replace("%2", reason)
        )
    return translate("Sync", "A file could not be read or written: %1.").replace("%1", reason)


def translated(message: Message, reference: Reference | None = None) -> str:
    """``message`` with its template translated, then its values put in (codes named
    by their placeholder, see the module's docstring)."""
    text = translate("SyncMessages", message.template)
    if not message.params:
        return text
    reference = reference or default_reference()
    values = {name: _value(name, value, reference) for name, value in message.params.items()}
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _value(name: str, value: Any, reference: Reference) -> str:
    if isinstance(value, Message):
        return translated(value, reference)
    if isinstance(value, Issue):
        said = issue_message(value).rstrip(".。")
        return f"{value.field}: {said}" if value.field else said
    if isinstance(value, tuple | list):
        return "; ".join(_value(name, item, reference) for item in value)
    if isinstance(value, str):
        return _named_code(name, value, reference)
    return str(value)


def _named_code(name: str, code: str, reference: Reference) -> str:
    """A code in the person's language, by what its placeholder says it is."""
    if name == "entity":
        return texts.entity_name(code)
    if name == "list_name":
        return texts.list_names().get(code, code)
    if name in PARTY_VALUES:
        return party_name(reference, code)
    if name in SHARING_VALUES:
        return sharing_name(reference, code)
    if name == "date":
        return local_time(code)
    return code


class MessageBar(QFrame):
    """One line (or a few) saying what happened: information or a refusal. ``reference``
    gives the reference data that names the parties a refusal mentions."""

    def __init__(self, reference: Callable[[], Reference] | None = None) -> None:
        super().__init__()
        self._reference = reference
        self.setObjectName("message_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain = ExplainLink()  # "What does this mean?" under a refusal
        self.explain.hide()
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.explain, 0, Qt.AlignmentFlag.AlignBottom)
        self.is_refusal = False
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def inform(self, text: str) -> None:
        self.is_refusal = False
        self.setStyleSheet("")
        self.label.setText(text)
        self.explain.hide()
        self.show()

    def refuse(self, headline: str, error: BaseException) -> None:
        """A refusal: the headline, then why (nothing was written)."""
        self.is_refusal = True
        self.setStyleSheet("#message_bar { border: 2px solid #c0392b; border-radius: 4px; }")
        if isinstance(error, Cancelled):
            self.label.setText(translate("Operations", "Cancelled; nothing was changed."))
            self.explain.hide()
        else:
            detail = sync_message(error, self._reference() if self._reference else None)
            self.label.setText(f"{headline}\n{detail}" if detail else headline)
            self.explain.explain(error)
            self.explain.show()
        self.show()

    def clear(self) -> None:
        self.label.setText("")
        self.is_refusal = False
        self.explain.hide()
        self.hide()


def read_only_table(object_name: str, even: bool = False) -> QTableWidget:
    """A table for reading; ``even`` spreads the columns over the width (for counts)."""
    table = QTableWidget()
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    mode = QHeaderView.ResizeMode.Stretch if even else QHeaderView.ResizeMode.ResizeToContents
    table.horizontalHeader().setSectionResizeMode(mode)
    return table


def fill_table(
    table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """Every cell's text, row by row (what a person reads; used by tests too)."""
    rows = []
    for r in range(table.rowCount()):
        items = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows
