"""Reads the sheets of a workbook a person filled in: which sheet, which column, which rows.

Sheets and headers are recognised in any of the three languages (or by the
internal names); sheets we do not know (a clerk's own notes, the read-me,
the lists) are skipped and reported. Only after :mod:`xlsx_safety` passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.texts import Texts
from greenbelt_desktop.documents.xlsx_safety import MAX_ROWS, WorkbookRefused
from greenbelt_desktop.domain.reference import LANGUAGES
from greenbelt_desktop.store.progress import Tracker


@dataclass
class Problem:
    sheet: str  # the sheet's title in the workbook
    row: int
    column: int | None  # None: the row as a whole
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}, row {self.row}"
        if self.field:
            where += f", {self.field}"
        return f"{where}: {self.message}"


@dataclass
class SheetRows:
    sheet: s.Sheet
    title: str
    columns: dict[int, s.Column]  # 1-based column number → column
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    headers: dict[int, str] = field(default_factory=dict)  # as the person sees them

    @property
    def present(self) -> set[str]:
        return {column.field for column in self.columns.values()}

    def column_of(self, name: str) -> int | None:
        for number, column in self.columns.items():
            if column.field == name:
                return number
        return None

    def label(self, number: int) -> str:
        """The column's header as written in the workbook, without the * of required."""
        return self.headers.get(number, "").rstrip(" *") or self.columns[number].field


_SKIPPED = {
    s.fold(Texts("xlsx", lang)(key))
    for lang in LANGUAGES
    for key in ("sheet.readme", "sheet.lists")
}
_MESSAGE_HEADERS = {s.fold(Texts("xlsx", lang)(s.MESSAGE_LABEL)) for lang in LANGUAGES}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_workbook(
    path: Path, tracker: Tracker, max_rows: int = MAX_ROWS
) -> tuple[list[SheetRows], list[Problem], list[str]]:
    """(sheets with their non-empty rows, header problems, titles of ignored sheets)."""
    known = s.sheet_index()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    found: list[SheetRows] = []
    problems: list[Problem] = []
    ignored: list[str] = []
    try:
        for ws in wb.worksheets:
            tracker.check()
            sheet = known.get(s.fold(ws.title))
            if sheet is None:
                if s.fold(ws.title) not in _SKIPPED:
                    ignored.append(ws.title)
                continue
            if any(existing.sheet is sheet for existing in found):
                problems.append(Problem(ws.title, 1, None, "", "this sheet appears twice"))
                continue
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            current = SheetRows(sheet, ws.title, {})
            index = s.header_index(sheet)
            for number, text in enumerate(header, start=1):
                if _blank(text) or s.fold(str(text)) in _MESSAGE_HEADERS:
                    continue
                column = index.get(s.fold(str(text)))
                if column is None:
                    problems.append(
                        Problem(ws.title, 1, number, str(text), "this is not a column we know")
                    )
                elif column.field in current.present:
                    problems.append(
                        Problem(ws.title, 1, number, str(text), "this column appears twice")
                    )
                else:
                    current.columns[number] = column
                    current.headers[number] = str(text).strip()
            for row_number, values in enumerate(rows, start=2):
                if row_number - 1 > max_rows:
                    raise WorkbookRefused(
                        f"{path.name}: the sheet {ws.title} has more than {max_rows:,} rows; "
                        "split it into smaller workbooks."
                    )
                cells = {
                    current.columns[number].field: value
                    for number, value in enumerate(values, start=1)
                    if number in current.columns and not _blank(value)
                }
                if cells:
                    current.rows.append((row_number, cells))
                    tracker.advance()
            found.append(current)
    finally:
        wb.close()
    return found, problems, ignored
