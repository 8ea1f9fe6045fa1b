"""Export records to an .xlsx workbook that re-imports unchanged (streaming, write-only).

One sheet per kind of record plus the sub-record sheets, in the layout of
:mod:`greenbelt_desktop.documents.sheets`; typed cells (dates, numbers),
hyperlinks for e-mails and websites, frozen header, auto-filter. Memory stays
flat: records are read in batches and rows are streamed to disk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.cells import to_cell
from greenbelt_desktop.documents.output import atomic_output
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.documents.xlsx_style import (
    AMOUNT_FORMAT,
    DATETIME_FORMAT,
    LINK_FONT,
    header_cells,
    is_formula_like,
    set_widths,
    text_cell,
)
from greenbelt_desktop.domain.entities import RECORD_ENTITIES, TITLE_FIELD
from greenbelt_desktop.domain.validation import UnknownEntity
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Record, Store

RecordFilter = Callable[[Record], bool]
FORMATTED_ROWS = 20_000


@dataclass
class ExportSummary:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)


def field_filter(conditions: Sequence[str]) -> RecordFilter:
    """``["status=held", "country=KZ", "origin=KZ"]``: every condition must hold.
    A list field matches when it contains the value; metadata (origin, sharing) too."""
    pairs = []
    for condition in conditions:
        name, sep, value = condition.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"'{condition}' is not a filter of the form FIELD=VALUE")
        pairs.append((name.strip(), value.strip()))

    def matches(record: Record) -> bool:
        for name, value in pairs:
            if name in ("origin", "sharing", "id"):
                actual: Any = getattr(record, name)
            else:
                actual = record.data.get(name)
            if isinstance(actual, list):
                if value not in [str(item) for item in actual]:
                    return False
            elif actual is None or str(actual).casefold() != value.casefold():
                return False
        return True

    return matches


class _LinkNames:
    """A linked record is written by its title when that title is unique, else by id."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._names: dict[str, dict[str, str]] = {}

    def __call__(self, entity: str, record_id: str) -> str:
        names = self._names.get(entity)
        if names is None:
            titles = {
                r.id: str(r.data.get(TITLE_FIELD[entity]) or "")
                for r in self.store.iter_records(entity, include_deleted=True)
            }
            counts = Counter(title.casefold() for title in titles.values())
            names = {
                rid: title
                for rid, title in titles.items()
                if title and counts[title.casefold()] == 1 and ";" not in title
            }
            self._names[entity] = names
        return names.get(record_id, record_id)


class _SheetWriter:
    def __init__(self, wb: Workbook, sheet: s.Sheet, lang: str, format_numbers: bool) -> None:
        self.sheet = sheet
        self.format_numbers = format_numbers
        self.columns = s.layout(sheet)
        self.ws: WriteOnlyWorksheet = wb.create_sheet(sheet.title(lang))
        set_widths(self.ws, self.columns)
        self.ws.freeze_panes = "A2"
        self.ws.append(header_cells(self.ws, self.columns, lang, comments=False))
        self.rows = 1
        self._formatted: dict[str, WriteOnlyCell] = {}

    def formatted(self, name: str, value: Any, number_format: str) -> WriteOnlyCell:
        """A number cell with a format. One cell a column is reused row after row: a
        write-only row is written out as soon as it is appended, and creating and
        styling a new cell for every amount is a large part of a big export's time."""
        if not self.format_numbers:
            return value
        cell = self._formatted.get(name)
        if cell is None:
            cell = self._formatted[name] = WriteOnlyCell(self.ws)
            cell.number_format = number_format
        cell.value = value
        return cell

    def append(self, cells: list[Any]) -> None:
        self.ws.append(cells)
        self.rows += 1

    def close(self) -> None:
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{max(self.rows, 2)}"


def _cell(writer: _SheetWriter, column: s.Column, value: Any) -> Any:
    ws = writer.ws
    if value is None:
        return None
    if isinstance(value, str):
        if column.kind == s.EMAIL:
            cell = WriteOnlyCell(ws, value)
            cell.hyperlink, cell.font = f"mailto:{value}", LINK_FONT
            return cell
        if column.kind == s.URL:
            cell = WriteOnlyCell(ws, value)
            cell.hyperlink, cell.font = value, LINK_FONT
            return cell
        if is_formula_like(value):
            return text_cell(ws, value)
        return value
    if column.kind == s.NUMBER:
        return writer.formatted(column.field, value, AMOUNT_FORMAT)
    if column.kind == s.EVENT_TIME and hasattr(value, "hour"):
        cell = WriteOnlyCell(ws, value)
        cell.number_format = DATETIME_FORMAT
        return cell
    return value


def export_workbook(
    store: Store,
    path: Path,
    entities: Iterable[str] | None = None,
    lang: str = "en",
    record_filter: RecordFilter | None = None,
    ids: Mapping[str, Iterable[str]] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportSummary:
    """Write the records of ``entities`` (default: all kinds) to ``path``.

    ``record_filter`` keeps only matching records; ``ids`` (entity → ids) keeps only
    those records of the kinds it names (what a list view shows).
    """
    chosen = list(entities or RECORD_ENTITIES)
    for entity in chosen:
        if entity not in RECORD_ENTITIES:
            raise UnknownEntity(entity)
    wanted = {entity: set(values) for entity, values in (ids or {}).items()}
    vocab = Vocabulary(store.reference, lang)
    link_name = _LinkNames(store)
    tracker = Tracker(sum(store.count(e) for e in chosen), progress, cancelled)
    summary = ExportSummary(Path(path))
    wb = Workbook(write_only=True)
    with atomic_output(Path(path)) as temp:
        for entity in chosen:
            tracker.check()
            # Styled cells cost openpyxl about 15 % of a big export's time: amounts get
            # their thousands format up to FORMATTED_ROWS records a kind, plain numbers beyond.
            styled = store.count(entity) <= FORMATTED_ROWS
            main = _SheetWriter(wb, s.MAIN_SHEETS[entity], lang, styled)
            subs = [
                _SheetWriter(wb, s.BY_NAME[name], lang, styled)
                for name in s.MAIN_SHEETS[entity].sub_sheets
            ]
            count = 0
            for record in store.iter_records(entity):
                tracker.advance()
                if entity in wanted and record.id not in wanted[entity]:
                    continue
                if record_filter is not None and not record_filter(record):
                    continue
                count += 1
                main.append(_main_row(main, record, count, vocab, link_name))
                for sub in subs:
                    for item in record.data.get(sub.sheet.parent_field) or []:
                        sub.append(_sub_row(sub, item, count, vocab, link_name))
            for writer in (main, *subs):
                writer.close()
            summary.counts[entity] = count
        tracker.check()
        wb.save(temp)
    tracker.finish()
    return summary


def _cells(
    writer: _SheetWriter,
    data: Mapping[str, Any],
    vocab: Vocabulary,
    link_name: Callable[[str, str], str],
) -> list[Any]:
    cells: list[Any] = []
    for column in writer.sheet.columns:
        value = data.get(column.field)
        if value is None:
            cells.append(None)
        elif column.kind == s.TEXT and not is_formula_like(value):
            cells.append(value)  # the common case, kept cheap for large exports
        else:
            cells.append(_cell(writer, column, to_cell(column, value, vocab, link_name, data)))
    return cells


def _main_row(
    writer: _SheetWriter,
    record: Record,
    key: int,
    vocab: Vocabulary,
    link_name: Callable[[str, str], str],
) -> list[Any]:
    sharing = vocab.label("sharing", record.sharing)
    return [key, *_cells(writer, record.data, vocab, link_name), sharing, record.id, record.origin]


def _sub_row(
    writer: _SheetWriter,
    item: Mapping[str, Any],
    key: int,
    vocab: Vocabulary,
    link_name: Callable[[str, str], str],
) -> list[Any]:
    return [key, *_cells(writer, item, vocab, link_name)]
