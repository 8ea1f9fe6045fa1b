"""The annotated copy of a refused workbook: what to fix, where, in the person's own file.

Bad cells are filled red with the problem in a comment; each sheet with
problems gets a "Problems found" column naming, per row, the field and the
problem; a first sheet lists every problem. The copy can be corrected and
imported again (the added column and sheet are ignored by the import).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.output import atomic_output
from greenbelt_desktop.documents.texts import Texts
from greenbelt_desktop.documents.xlsx_read import Problem
from greenbelt_desktop.domain.reference import LANGUAGES

BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
BAD_FONT = Font(color="9C0006")


def _language(title: str) -> str:
    for lang in LANGUAGES:
        if any(sheet.title(lang) == title for sheet in s.SHEETS):
            return lang
    return "en"


def write_annotated(source: Path, target: Path, problems: list[Problem]) -> None:
    wb = openpyxl.load_workbook(source)
    by_sheet: dict[str, list[Problem]] = defaultdict(list)
    for problem in problems:
        by_sheet[problem.sheet].append(problem)
    lang = "en"
    for title, found in by_sheet.items():
        if title not in wb.sheetnames:
            continue
        ws = wb[title]
        lang = _language(title)
        texts = Texts("xlsx", lang)
        message_headers = {s.fold(Texts("xlsx", lg)(s.MESSAGE_LABEL)) for lg in LANGUAGES}
        column = next(
            (
                cell.column
                for cell in ws[1]
                if isinstance(cell.value, str) and s.fold(cell.value) in message_headers
            ),
            ws.max_column + 1,
        )
        for row in range(2, ws.max_row + 1):
            ws.cell(row, column).value = None
        header = ws.cell(1, column, texts(s.MESSAGE_LABEL))
        header.font, header.fill = Font(bold=True, color="9C0006"), BAD_FILL
        ws.column_dimensions[header.column_letter].width = 60
        messages: dict[int, list[str]] = defaultdict(list)
        for problem in found:
            text = f"{problem.field}: {problem.message}" if problem.field else problem.message
            messages[problem.row].append(text)
            if problem.column is not None:
                cell = ws.cell(problem.row, problem.column)
                cell.fill, cell.font = BAD_FILL, BAD_FONT
                cell.comment = Comment(problem.message, "Green Belt", width=300, height=100)
        for row, lines in messages.items():
            cell = ws.cell(row, column, "\n".join(lines))
            cell.font, cell.alignment = BAD_FONT, Alignment(wrap_text=True, vertical="top")
    summary = wb.create_sheet(Texts("xlsx", lang)(s.MESSAGE_LABEL)[:31], 0)
    summary.append(["Sheet", "Row", "Field", "Problem"])
    for problem in problems:
        summary.append([problem.sheet, problem.row, problem.field, problem.message])
    for letter, width in zip("ABCD", (24, 8, 28, 90), strict=True):
        summary.column_dimensions[letter].width = width
    wb.active = 0
    with atomic_output(target) as temp:
        wb.save(temp)
