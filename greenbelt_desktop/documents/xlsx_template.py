"""The blank data-entry workbook a focal point sends to ministries and companies.

A "Read me" sheet, then the sheets of :mod:`sheets` with translated headers
(help in each header's comment, * on required columns), drop-down lists fed
from a hidden "Lists" sheet (labels in the template's language), date cells,
a frozen header row and fitting widths. Multi-value columns (directions,
forms, countries …) accept several values separated by ";", so their
drop-downs warn instead of refusing a typed list.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.output import atomic_output
from greenbelt_desktop.documents.texts import Texts
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.documents.xlsx_style import DATE_FORMAT, header_cells, set_widths
from greenbelt_desktop.domain.entities import all_timezones
from greenbelt_desktop.domain.reference import Reference, default_reference

# Rows of each sheet that carry drop-downs and date formats.
TEMPLATE_ROWS = 1000


def _lists(vocab: Vocabulary) -> dict[str, list[str]]:
    """Name of a drop-down source → its values, one column each on the hidden sheet."""
    lists = {name: vocab.choices(name) for name in vocab.reference.lists}
    lists["country"] = vocab.country_choices()
    lists["member_states"] = vocab.member_choices()
    lists["party"] = vocab.party_choices()
    lists["currency"] = vocab.currency_choices()
    lists["timezone"] = all_timezones()
    lists["bool"] = [vocab.yes_no(True), vocab.yes_no(False)]
    return lists


def _source(column: s.Column) -> str | None:
    if column.kind in (s.CODE, s.CODES):
        return column.ref
    return {
        s.COUNTRY: "country",
        s.COUNTRIES: "country",
        s.MEMBER_STATES: "member_states",
        s.PARTY: "party",
        s.CURRENCY: "currency",
        s.TIMEZONE: "timezone",
        s.BOOL: "bool",
    }.get(column.kind)


def write_template(path: Path, lang: str = "en", reference: Reference | None = None) -> None:
    """Write the blank workbook in ``lang`` (en, ru or zh) to ``path``; its drop-downs
    offer the active codes of ``reference`` (pass the store's: new member states)."""
    texts = Texts("xlsx", lang)
    vocab = Vocabulary(reference or default_reference(), lang)
    lists = _lists(vocab)
    wb = Workbook(write_only=True)

    readme = wb.create_sheet(texts("sheet.readme"))
    readme.column_dimensions["A"].width = 110
    title = WriteOnlyCell(readme, texts("readme.title"))
    title.font = Font(bold=True, size=14)
    readme.append([title])
    for number in range(1, 7):
        readme.append([f"{number}. {texts(f'readme.{number}')}"])

    list_title = texts("sheet.lists")
    ranges: dict[str, str] = {}
    for number, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(number)
        ranges[name] = f"{quote_sheetname(list_title)}!${letter}$2:${letter}${len(values) + 1}"

    for sheet in s.SHEETS:
        columns = s.layout(sheet, with_origin=False)
        ws = wb.create_sheet(sheet.title(lang))
        set_widths(ws, columns)
        ws.freeze_panes = "A2"
        for number, column in enumerate(columns, start=1):
            letter = get_column_letter(number)
            area = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
            source = _source(column)
            if source is not None:
                multi = column.kind in s.MULTI
                check = DataValidation(
                    type="list",
                    formula1=ranges[source],
                    allow_blank=True,
                    showErrorMessage=True,
                    errorStyle="warning" if multi else "stop",
                    error=texts(column.help_key),
                    prompt=texts(column.help_key),
                    showInputMessage=True,
                )
                check.add(area)
                ws.data_validations.append(check)
            elif column.kind == s.DATE:
                check = DataValidation(
                    type="date",
                    operator="greaterThan",
                    formula1="1",
                    allow_blank=True,
                    showErrorMessage=True,
                    error=texts("help.date"),
                )
                check.add(area)
                ws.data_validations.append(check)
            if column.kind in (s.DATE, s.EVENT_TIME):
                ws.column_dimensions[letter].number_format = DATE_FORMAT
        ws.append(header_cells(ws, columns, lang))

    hidden = wb.create_sheet(list_title)
    hidden.sheet_state = "hidden"
    hidden.append(list(lists))
    longest = max(len(values) for values in lists.values())
    for row in range(longest):
        hidden.append([values[row] if row < len(values) else None for values in lists.values()])
    with atomic_output(Path(path)) as temp:
        wb.save(temp)
