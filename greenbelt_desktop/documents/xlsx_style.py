"""What every Green Belt workbook looks like: header style, widths, safe text cells."""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.texts import Texts

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBDA")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
LINK_FONT = Font(color="0563C1", underline="single")
AMOUNT_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# Text a spreadsheet would take for a formula when a person edits the cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def text_cell(ws: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A cell that holds ``value`` as text, never as a formula, even once edited."""
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def header_cells(
    ws: WriteOnlyWorksheet, columns: tuple[s.Column, ...], lang: str, comments: bool = True
) -> list[WriteOnlyCell]:
    texts = Texts("xlsx", lang)
    cells = []
    for column in columns:
        cell = WriteOnlyCell(ws, s.header(column, lang))
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        if comments:
            help_text = texts(column.help_key) if column.field not in _META_HELP else ""
            help_text = texts(_META_HELP[column.field]) if column.field in _META_HELP else help_text
            if column.required:
                help_text = f"({texts('required')}) {help_text}"
            cell.comment = Comment(help_text, "Green Belt", width=260, height=90)
        cells.append(cell)
    return cells


_META_HELP = {
    "key": "help.key",
    "parent": "help.parent",
    "sharing": "help.sharing",
    "id": "help.id",
    "origin": "help.origin",
}


def set_widths(ws: WriteOnlyWorksheet | Worksheet, columns: tuple[s.Column, ...]) -> None:
    for number, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(number)].width = column.width
