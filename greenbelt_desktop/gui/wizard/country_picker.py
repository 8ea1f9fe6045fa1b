"""A country picker: every ISO 3166-1 country, named in the person's language, searchable.

It is an editable list of "Name (CODE)" in the order of the person's
language. Typing any part of a name (or the code) offers the matching
countries; a typed name or two-letter code, in the person's language or in
English, is taken as that country even if not picked from the list
(:meth:`CountryPicker.code`). The names come from the reference data, which
names countries outside the SCO from CLDR (Babel).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QSizePolicy


class CountryPicker(QComboBox):
    """Pick a country from the list or type its name or code; :meth:`code` says which."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._typed: dict[str, str] = {}  # a name or code as typed (casefolded) -> code
        self.edit.editingFinished.connect(self.settle)

    def set_countries(
        self, offered: Iterable[str], names: Mapping[str, str], also: Iterable[Mapping[str, str]]
    ) -> None:
        """Offer the countries ``offered``, named by ``names`` (code -> name), sorted in
        the current locale's order. ``names`` and ``also`` (more code -> name maps, say
        English) tell which country a typed name means. The picked country stays."""
        keep = self.code()
        collator = QCollator(QLocale())
        listed = sorted(offered, key=lambda code: collator.sortKey(names.get(code, code)))
        self.blockSignals(True)
        self.clear()
        for code in listed:
            self.addItem(f"{names.get(code, code)} ({code})", code)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        self._typed = {}
        for mapping in (*also, names):
            for code, name in mapping.items():
                self._typed[name.casefold()] = code
                self._typed[code.casefold()] = code
                self._typed[f"{name} ({code})".casefold()] = code
        if keep:
            self.select(keep)
        else:
            self.setEditText("")

    def code(self) -> str:
        """The country picked or typed; "" when the text names none."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return self._typed.get(text.casefold(), "")

    def select(self, code: str) -> None:
        """Show ``code``: its entry when listed, else the code as typed."""
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def settle(self) -> None:
        """A typed name or code of a listed country becomes that entry of the list."""
        code = self.code()
        index = self.findData(code) if code else -1
        if index >= 0 and self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
